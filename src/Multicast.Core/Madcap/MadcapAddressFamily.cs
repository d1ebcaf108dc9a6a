namespace Multicast.Madcap
{
    /// <summary>
    /// The addrfamily field and the family of a Server Identifier: IANA Address Family Numbers
    /// (RFC 2730 §2.1.3 and §3.3, citing RFC 1700). Other numbers can be read but not interpreted.
    /// </summary>
    public enum MadcapAddressFamily : ushort
    {
        /// <summary>IANA address family 1, "IP (IP version 4)": 4-octet addresses.</summary>
        IPv4 = 1,

        /// <summary>IANA address family 2, "IP6 (IP version 6)": 16-octet addresses.</summary>
        IPv6 = 2,
    }
}
