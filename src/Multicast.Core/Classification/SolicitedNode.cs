namespace Multicast
{
    /// <summary>
    /// Solicited-node multicast addresses, FF02:0:0:0:0:1:FF00::/104 (RFC 4291 §2.7.1): a node joins the
    /// one whose low 24 bits are the low 24 bits of each of its unicast and anycast addresses.
    /// </summary>
    public static class SolicitedNode
    {
        private const ulong PrefixHigh = 0xFF02_0000_0000_0000;
        private const ulong PrefixLow = 0x0000_0001_FF00_0000;

        /// <summary>True for exactly FF02:0:0:0:0:1:FF00::/104.</summary>
        public static bool IsSolicitedNode(IPAddressValue address) =>
            address.IsIPv6 && address.High == PrefixHigh && (address.Low & 0xFFFF_FFFF_FF00_0000) == PrefixLow;

        /// <summary>The low 24 bits that the served unicast addresses share, or null when not solicited-node.</summary>
        public static uint? GetServedSuffix(IPAddressValue address) =>
            IsSolicitedNode(address) ? (uint)(address.Low & 0xFF_FFFF) : (uint?)null;

        /// <summary>The solicited-node address of a unicast or anycast address (RFC 4291 §2.7.1).</summary>
        public static IPAddressValue For(IPAddressValue unicast)
        {
            if (!unicast.IsIPv6 || unicast.IsMulticast)
            {
                throw new MulticastRuleException(
                    "SolicitedNodeNeedsIPv6Unicast",
                    unicast.ToString(),
                    unicast + " is not an IPv6 unicast or anycast address; only those have a solicited-node address (RFC 4291 §2.7.1).");
            }

            return IPAddressValue.FromIPv6(PrefixHigh, PrefixLow | (unicast.Low & 0xFF_FFFF));
        }
    }
}
