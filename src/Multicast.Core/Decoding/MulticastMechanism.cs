namespace Multicast
{
    /// <summary>
    /// The allocation or assignment mechanism an address belongs to (RFC 6308 §4, Figures 1 and 2), as
    /// <see cref="MulticastAddressInfo.Mechanism"/> names it: the mechanism, then its RFC.
    /// </summary>
    public static class MulticastMechanism
    {
        // IPv4 blocks of RFC 5771 §3.
        public const string StaticIana = "Static IANA assignment (RFC 5771)";
        public const string SdpSap = "SDP/SAP (RFC 5771 §7)";
        public const string Reserved = "Reserved (RFC 5771 §3)";
        public const string SourceSpecific = "Source-specific (RFC 4607)";
        public const string Glop = "GLOP (RFC 3180)";
        public const string AdHocBlock3 = "AD-HOC Block III (formerly EGLOP, RFC 5771 §9.2)";
        public const string McastTestNet = "MCAST-TEST-NET (RFC 5771 §9.2, RFC 6676)";
        public const string UnicastPrefixIPv4 = "Unicast-prefix-based (RFC 6034)";
        public const string AdministrativelyScoped = "Administratively scoped (RFC 2365)";
        public const string ScopeRelative = "Scope-relative IANA assignment (RFC 2365 §9, RFC 6308 §3.4.2)";

        // IPv6, by the flag bits (RFC 4291 §2.7, RFC 7371).
        public const string EmbeddedRp = "Embedded RP (RFC 3956, RFC 7371)";
        public const string UnicastPrefixIPv6 = "Unicast-prefix-based (RFC 3306)";
        public const string LinkScoped = "Link-scoped (RFC 4489)";
        public const string SolicitedNode = "Solicited-node (RFC 4291 §2.7.1)";
        public const string Permanent = "Permanent, IANA-assigned (RFC 4291 §2.7)";
        public const string Transient = "Transient (RFC 4291 §2.7)";

        /// <summary>The text of a mechanism the decoder concluded; null for none.</summary>
        internal static string? Text(MechanismKind kind) => kind switch
        {
            MechanismKind.StaticIana => StaticIana,
            MechanismKind.SdpSap => SdpSap,
            MechanismKind.Reserved => Reserved,
            MechanismKind.SourceSpecific => SourceSpecific,
            MechanismKind.Glop => Glop,
            MechanismKind.AdHocBlock3 => AdHocBlock3,
            MechanismKind.McastTestNet => McastTestNet,
            MechanismKind.UnicastPrefixIPv4 => UnicastPrefixIPv4,
            MechanismKind.AdministrativelyScoped => AdministrativelyScoped,
            MechanismKind.ScopeRelative => ScopeRelative,
            MechanismKind.EmbeddedRp => EmbeddedRp,
            MechanismKind.UnicastPrefixIPv6 => UnicastPrefixIPv6,
            MechanismKind.LinkScoped => LinkScoped,
            MechanismKind.SolicitedNode => SolicitedNode,
            MechanismKind.Permanent => Permanent,
            MechanismKind.Transient => Transient,
            _ => null,
        };
    }
}
