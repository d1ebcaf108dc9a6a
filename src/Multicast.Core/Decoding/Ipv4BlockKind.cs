namespace Multicast
{
    /// <summary>
    /// How the decoder treats each IPv4 block of RFC 5771 §3: who assigns it, and for what. The registry
    /// resource gives each block its kind by name (data/iana/ipv4-blocks.csv), so decoding compares no strings.
    /// </summary>
    internal enum Ipv4BlockKind : byte
    {
        /// <summary>No block: IPv6, or IPv4 unicast.</summary>
        Unknown,
        LocalNetworkControl,
        InternetworkControl,
        AdHoc,
        SdpSap,
        DisTransient,
        Reserved,
        SourceSpecific,
        Glop,
        AdHocBlock3,
        UnicastPrefix,
        AdministrativelyScoped,
    }
}
