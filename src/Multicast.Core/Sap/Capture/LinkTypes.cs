namespace Multicast.Sap
{
    /// <summary>The LINKTYPE_ values read here (draft-gharris-opsawg-pcap §8.2, the tcpdump.org registry).</summary>
    internal static class LinkTypes
    {
        /// <summary>LINKTYPE_NULL: BSD loopback, a 4-byte address family in the capturing host's byte order.</summary>
        public const int Null = 0;

        /// <summary>LINKTYPE_ETHERNET: IEEE 802.3 Ethernet.</summary>
        public const int Ethernet = 1;

        /// <summary>LINKTYPE_RAW: raw IP, starting with an IPv4 or IPv6 header.</summary>
        public const int Raw = 101;

        /// <summary>LINKTYPE_LOOP: OpenBSD loopback, a 4-byte address family in network byte order.</summary>
        public const int Loop = 108;

        /// <summary>LINKTYPE_LINUX_SLL: Linux cooked capture, a 16-byte header ending with the protocol type.</summary>
        public const int LinuxSll = 113;

        /// <summary>LINKTYPE_IPV4: raw IPv4.</summary>
        public const int IPv4 = 228;

        /// <summary>LINKTYPE_IPV6: raw IPv6.</summary>
        public const int IPv6 = 229;

        /// <summary>LINKTYPE_LINUX_SLL2: Linux cooked capture v2, a 20-byte header starting with the protocol type.</summary>
        public const int LinuxSll2 = 276;
    }
}
