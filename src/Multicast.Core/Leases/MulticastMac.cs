using System.Globalization;

namespace Multicast
{
    /// <summary>The Ethernet address a multicast group is sent to.</summary>
    internal static class MulticastMac
    {
        /// <summary>
        /// 01-00-5E plus the low 23 bits for IPv4 (RFC 1112 §6.4); 33-33 plus the last four octets for
        /// IPv6 (RFC 2464 §7). Written as Windows writes MAC addresses: upper-case hex joined by '-'.
        /// </summary>
        public static string Format(IPAddressValue group)
        {
            if (group.IsIPv4)
            {
                uint low23 = group.IPv4 & 0x7F_FFFF;
                return Join(0x01, 0x00, 0x5E, (byte)(low23 >> 16), (byte)(low23 >> 8), (byte)low23);
            }

            return Join(0x33, 0x33, group.GetByte(12), group.GetByte(13), group.GetByte(14), group.GetByte(15));
        }

        /// <summary>
        /// True when an IPv4 group's low 23 bits equal those of 224.0.0.x or 224.0.1.x (RFC 1112 §6.4), so
        /// that it shares their MAC address, which IGMP-snooping switches flood to every port
        /// (RFC 4541 §2.1.2). 239.0.0.1 and 239.128.1.7 are such groups.
        /// </summary>
        internal static bool AliasesFloodedMac(uint group) => (group & 0x7F_FE00) == 0;

        private static string Join(byte a, byte b, byte c, byte d, byte e, byte f) =>
            string.Format(CultureInfo.InvariantCulture, "{0:X2}-{1:X2}-{2:X2}-{3:X2}-{4:X2}-{5:X2}", a, b, c, d, e, f);
    }
}
