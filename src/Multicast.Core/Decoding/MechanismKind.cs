namespace Multicast
{
    /// <summary>
    /// The mechanism a decoded address belongs to, kept in a byte by <see cref="MulticastAddressInfo"/>; each
    /// has its text in <see cref="MulticastMechanism"/>.
    /// </summary>
    internal enum MechanismKind : byte
    {
        /// <summary>Not multicast, or an IPv4 block this code does not know.</summary>
        None,
        StaticIana,
        SdpSap,
        Reserved,
        SourceSpecific,
        Glop,
        AdHocBlock3,
        McastTestNet,
        UnicastPrefixIPv4,
        AdministrativelyScoped,
        ScopeRelative,
        EmbeddedRp,
        UnicastPrefixIPv6,
        LinkScoped,
        SolicitedNode,
        Permanent,
        Transient,
    }
}
