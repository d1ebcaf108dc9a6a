using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// The Ethernet MAC address a multicast group is sent to. IPv4 (RFC 1112 §6.4): the low 23 bits of the
    /// group under 01-00-5E-00-00-00, so the 5 bits above them are lost and 32 groups share each MAC. IPv6
    /// (RFC 2464 §7): 33-33 followed by the group's last four octets. A MAC is held as the low 48 bits of a
    /// ulong, so nothing here allocates except <see cref="Format"/>, <see cref="Map"/> and <see cref="GetIPv4Aliases"/>.
    /// </summary>
    public static class MulticastMac
    {
        /// <summary>How many IPv4 groups share one MAC: 2^5, for the 5 group bits the mapping drops.</summary>
        public const int IPv4GroupsPerMac = 32;

        private const ulong IPv4Base = 0x0100_5E00_0000;    // 01-00-5E-00-00-00 (RFC 1112 §6.4)
        private const ulong IPv6Base = 0x3333_0000_0000;    // 33-33-00-00-00-00 (RFC 2464 §7)
        private const uint LowBits = 0x007F_FFFF;           // the 23 bits that reach the MAC
        private const int DroppedBitsShift = 23;            // the 5 bits above them
        private const uint ControlBlocks = 0xE000_0000;     // 224.0.0.0/23: 224.0.0.0/24 and 224.0.1.0/24

        /// <summary>The MAC of a multicast address; false for a unicast address.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryGetMac(IPAddressValue address, out ulong mac)
        {
            mac = 0;
            if (!address.IsMulticast)
            {
                return false;
            }

            mac = address.IsIPv6
                ? IPv6Base | (address.Low & 0xFFFF_FFFF)
                : IPv4Base | (address.IPv4 & LowBits);
            return true;
        }

        /// <summary>The MAC of a multicast address, or a <see cref="MulticastRuleException"/> (MacMappingNotMulticast).</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static ulong GetMac(IPAddressValue address)
        {
            if (TryGetMac(address, out ulong mac))
            {
                return mac;
            }

            string text = address.ToString();
            throw new MulticastRuleException(
                "MacMappingNotMulticast",
                text,
                text + " is not a multicast address. Only multicast addresses (224.0.0.0/4, ff00::/8) have a mapped Ethernet MAC "
                + "(RFC 1112 §6.4, RFC 2464 §7); a unicast address's MAC is learned with " + (address.IsIPv6 ? "Neighbor Discovery." : "ARP."));
        }

        /// <summary>The MAC in the Windows form: six uppercase hex pairs joined by hyphens, 01-00-5E-7F-FF-FA.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static string Format(ulong mac)
        {
            const string Hex = "0123456789ABCDEF";
            var text = new char[17];
            for (int i = 0; i < 6; i++)
            {
                int octet = (int)(mac >> (40 - (8 * i))) & 0xFF;
                text[3 * i] = Hex[octet >> 4];
                text[(3 * i) + 1] = Hex[octet & 0xF];
                if (i < 5)
                {
                    text[(3 * i) + 2] = '-';
                }
            }

            return new string(text);
        }

        /// <summary>
        /// True when an IPv4 group's MAC is one that a 224.0.0.x or 224.0.1.x group uses (01-00-5E-00-00-xx,
        /// 01-00-5E-00-01-xx), including those groups themselves. IGMP-snooping switches flood 224.0.0.x to
        /// every port (RFC 4541 §2.1.2); those that forward by MAC flood every group sharing its MAC, and many
        /// treat 224.0.1.x the same way. False for IPv6 and unicast. Allocates nothing.
        /// </summary>
        public static bool SharesControlBlockMac(IPAddressValue address) =>
            address.IsIPv4 && address.IsMulticast && (address.IPv4 & LowBits & ~0x1FFu) == 0;

        /// <summary>
        /// True for a group outside 224.0.0.0/24 and 224.0.1.0/24 whose MAC is one of theirs, such as 230.0.0.1
        /// and 239.128.0.1 (both 01-00-5E-00-00-01, the MAC of 224.0.0.1). Allocates nothing.
        /// </summary>
        public static bool AliasesControlBlockMac(IPAddressValue address) =>
            SharesControlBlockMac(address) && (address.IPv4 & 0xFFFF_FE00) != ControlBlocks;

        /// <summary>The mapping of one multicast address, for output. Throws as <see cref="GetMac"/> does.</summary>
        public static MulticastMacMapping Map(IPAddressValue address) => new MulticastMacMapping(address, GetMac(address), null);

        /// <summary>The mapping of <paramref name="alias"/>, listed as one of the groups that share <paramref name="aliasOf"/>'s MAC.</summary>
        public static MulticastMacMapping MapAlias(IPAddressValue alias, IPAddressValue aliasOf) =>
            new MulticastMacMapping(alias, GetMac(alias), aliasOf);

        /// <summary>
        /// The other 31 IPv4 groups that share this group's MAC, in ascending order: the same low 23 bits
        /// under each of the 32 values of the 5 dropped bits (RFC 1112 §6.4). One allocation, the result.
        /// </summary>
        public static IPAddressValue[] GetIPv4Aliases(IPAddressValue address)
        {
            if (address.IsIPv6 || !address.IsMulticast)
            {
                string text = address.ToString();
                throw new MulticastRuleException(
                    "MacAliasesNotIPv4Multicast",
                    text,
                    text + " is not an IPv4 multicast address. Only IPv4 groups share MACs 32 to one (RFC 1112 §6.4); an IPv6 MAC "
                    + "carries the group's last 32 bits (RFC 2464 §7), so the groups sharing it are not worth listing.");
            }

            uint v4 = address.IPv4;
            uint low = v4 & LowBits;
            var aliases = new IPAddressValue[IPv4GroupsPerMac - 1];
            int next = 0;
            for (uint dropped = 0; dropped < IPv4GroupsPerMac; dropped++)
            {
                uint group = 0xE000_0000 | (dropped << DroppedBitsShift) | low;
                if (group != v4)
                {
                    aliases[next++] = IPAddressValue.FromIPv4(group);
                }
            }

            return aliases;
        }
    }
}
