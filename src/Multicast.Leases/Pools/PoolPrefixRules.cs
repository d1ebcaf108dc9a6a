using System.Collections.Generic;
namespace Multicast.Leases
{
    /// <summary>
    /// Which kind of allocatable multicast prefix a pool prefix is, and which of its groups the RFCs keep
    /// out of dynamic assignment. Kept here, small, until the shared decoder takes it over.
    /// </summary>
    public static class PoolPrefixRules
    {
        private const string Kinds =
            "A pool takes an admin scope zone in 239/8 (RFC 2365), a GLOP /24 in 233/8 (RFC 3180), a 234/8 prefix (RFC 6034), "
            + "SSM 232/8 or FF3x::/96 (RFC 4607), an RFC 3306 FF3x:00pl:prefix::/96 or an embedded-RP FF7x:RIIDpl:prefix::/96 (RFC 3956).";

        private const uint DynamicGroupIdStart = 0x8000_0000; // RFC 3307 §4.3

        /// <summary>The kind of <paramref name="prefix"/>, or a <see cref="MulticastRuleException"/> saying why no pool can use it.</summary>
        public static PoolPrefixKind Classify(IPPrefix prefix) =>
            prefix.Network.IsIPv4 ? ClassifyIPv4(prefix) : ClassifyIPv6(prefix);

        /// <summary>The offsets (from the prefix's first address) that the kind's RFC rules keep out of dynamic assignment.</summary>
        internal static IEnumerable<OffsetRange> ReservedRanges(IPPrefix prefix, PoolPrefixKind kind)
        {
            ulong last = (ulong)(prefix.AddressCount - 1);
            switch (kind)
            {
                case PoolPrefixKind.AdminScope:
                    // RFC 2365 §9: the high-order /24 of every scoped region is for relative assignments. The
                    // pool is a zone; the Local Scope and the Organization Local Scope (§6.1, §6.2) are zones too.
                    yield return new OffsetRange(last - 255, last, BlockReason.RelativeAssignments);
                    foreach (uint relative in new[] { 0xEFFF_FF00u, 0xEFC3_FF00u })
                    {
                        uint network = prefix.Network.IPv4;
                        if (relative >= network && relative - network <= last)
                        {
                            yield return new OffsetRange(relative - network, relative - network + 255, BlockReason.RelativeAssignments);
                        }
                    }

                    break;
                case PoolPrefixKind.SourceSpecific when prefix.Network.IsIPv4:
                    // RFC 4607 §4.3: 232.0.0.0 is reserved and 232.0.0.1-232.0.0.255 are for IANA to assign.
                    // Classify refused pools inside that /24, so a pool that holds any of it starts at 232.0.0.0.
                    if (prefix.Network.IPv4 == 0xE800_0000)
                    {
                        yield return new OffsetRange(0, 255, BlockReason.SsmReserved);
                    }

                    break;
                case PoolPrefixKind.SourceSpecific:
                case PoolPrefixKind.UnicastPrefixIPv6:
                case PoolPrefixKind.EmbeddedRP:
                    // RFC 3307 §4.3 (and RFC 4607 §1 for SSM): dynamic group IDs are 0x80000000-0xFFFFFFFF.
                    uint firstGroupId = (uint)prefix.Network.Low;
                    if (firstGroupId < DynamicGroupIdStart)
                    {
                        ulong below = DynamicGroupIdStart - firstGroupId - 1;
                        yield return new OffsetRange(0, below < last ? below : last, BlockReason.GroupIdNotDynamic);
                    }

                    break;
            }
        }

        private static PoolPrefixKind ClassifyIPv4(IPPrefix prefix)
        {
            uint network = prefix.Network.IPv4;
            int length = prefix.Length;
            uint first = network >> 24;
            if (length < 8 || first < 224 || first > 239)
            {
                throw Rule("PoolPrefixNotAllocatable", prefix, prefix + " is not a multicast range a pool can lease from. " + Kinds);
            }

            switch (first)
            {
                case 239:
                    if (length > 23)
                    {
                        throw Rule(
                            "PoolAdminScopeTooSmall",
                            prefix,
                            prefix + " is too small for an admin scope zone: RFC 2365 §9 keeps the highest /24 of every zone for relative assignments, "
                            + "so a zone pool is a /23 or shorter, such as " + AddressFormatter.FormatPrefix(AddressMath.Network(prefix.Network, 23), 23)
                            + ".",
                            Remedy.Of(RemedyKind.ExcludeFromZonePool, ("Zone", new IPPrefix(AddressMath.Network(prefix.Network, 23), 23))));
                    }

                    return PoolPrefixKind.AdminScope;
                case 233:
                    return ClassifyGlop(prefix, network, length);
                case 234:
                    return ClassifyUnicastPrefixIPv4(prefix, network, length);
                case 232:
                    if (length < 24 || (network & 0xFFFF_FF00) != 0xE800_0000)
                    {
                        return PoolPrefixKind.SourceSpecific;
                    }

                    throw Rule(
                        "PoolSsmReserved",
                        prefix,
                        prefix + " lies in 232.0.0.0/24, which RFC 4607 §4.3 keeps out of dynamic allocation (232.0.0.0 is reserved, 232.0.0.1-232.0.0.255 are for IANA). Use 232.0.1.0 to 232.255.255.255, for example 232.0.0.0/8.");
                default:
                    throw Rule(
                        "PoolPrefixNotAllocatable",
                        prefix,
                        prefix + " is in " + first + "/8, which RFC 5771 §3 gives to IANA assignments or keeps reserved; no pool leases from it. " + Kinds);
            }
        }

        private static PoolPrefixKind ClassifyGlop(IPPrefix prefix, uint network, int length)
        {
            // RFC 5771 §9: GLOP is 233.0.0.0-233.251.255.255; 233.252.0.0/14 is AD-HOC Block III (§9.2).
            if (network >= 0xE9FC_0000)
            {
                throw Rule(
                    "PoolGlopAdHocBlock",
                    prefix,
                    prefix + " is in 233.252.0.0/14, AD-HOC Block III, which IANA assigns (RFC 5771 §9.2); it is not GLOP space. A GLOP /24 is 233.X.Y.0/24 for a 16-bit AS number X*256+Y below 64512.");
            }

            if (length < 24)
            {
                throw Rule(
                    "PoolGlopNotOneAs",
                    prefix,
                    prefix + " spans more than one AS's GLOP range: RFC 3180 §4 gives each AS one /24, 233.X.Y.0/24. Use that /24, or a part of it.");
            }

            if ((network >> 8 & 0xFFFF) == 0)
            {
                throw Rule(
                    "PoolGlopAsZero",
                    prefix,
                    prefix + " is the GLOP range of AS 0, which is reserved (RFC 7607) and owned by no domain. Use 233.X.Y.0/24 for your own AS number X*256+Y (RFC 3180 §3).");
            }

            return PoolPrefixKind.Glop;
        }

        private static PoolPrefixKind ClassifyUnicastPrefixIPv4(IPPrefix prefix, uint network, int length)
        {
            // RFC 6034 §3: 234 then the unicast prefix; a /N unicast prefix (N <= 24) gives a /(8+N) multicast prefix.
            if (length < 9)
            {
                throw Rule(
                    "PoolUnicastPrefixMissing",
                    prefix,
                    prefix + " embeds no unicast prefix: RFC 6034 §3 appends the organization's unicast prefix to 234/8, so 192.0.2.0/24 gives 234.192.0.2/32 and 198.51.0.0/16 gives 234.198.51.0/24.");
            }

            uint unicast = network << 8;
            int unicastLength = length - 8;

            // RFC 6034 §3: "MUST be a global unicast prefix (i.e., no loopback, multicast, link-local, or private-use)".
            var embedded = new IPPrefix(IPAddressValue.FromIPv4(unicast), unicastLength);
            if (UnicastPrefixRules.TryFindNonGlobalIPv4(embedded, out IPPrefix block, out string name))
            {
                throw Rule(
                    "PoolUnicastPrefixNotGlobal",
                    prefix,
                    prefix + " embeds the unicast prefix " + embedded + ", which overlaps " + block + ", " + name + "; RFC 6034 §3 requires a global unicast prefix. Embed your organization's public prefix.");
            }

            return PoolPrefixKind.UnicastPrefixIPv4;
        }

        private static PoolPrefixKind ClassifyIPv6(IPPrefix prefix)
        {
            IPAddressValue network = prefix.Network;
            if (!network.IsMulticast)
            {
                throw Rule("PoolPrefixNotAllocatable", prefix, prefix + " is not a multicast prefix. " + Kinds);
            }

            if (prefix.Length < 96)
            {
                throw Rule(
                    "PoolIPv6PrefixTooShort",
                    prefix,
                    prefix + " is shorter than /96: a pool leases the 32-bit group IDs of one /96 (RFC 3306 §4, RFC 4607 §1), such as "
                    + AddressFormatter.FormatPrefix(AddressMath.Network(network, 96), 96) + ".");
            }

            // The RFC 3306 / RFC 7371 fields, read with the shared accessors.
            MulticastScope scope = UnicastPrefixFields.Scope(network);
            int ff2 = UnicastPrefixFields.Ff2(network);
            int riid = UnicastPrefixFields.Riid(network);
            int plen = UnicastPrefixFields.Plen(network);
            ulong networkPrefix = UnicastPrefixFields.NetworkPrefixField(network);
            bool r = UnicastPrefixFields.HasFlagR(network), p = UnicastPrefixFields.HasFlagP(network), t = UnicastPrefixFields.HasFlagT(network);

            if (!p)
            {
                throw Rule(
                    "PoolIPv6NotPrefixBased",
                    prefix,
                    prefix + " has the P flag clear, so it is not unicast-prefix-based (RFC 3306 §4) and no rule says who may assign its groups. " + Kinds);
            }

            if (!t)
            {
                throw Rule("PoolIPv6TransientFlagClear", prefix, prefix + " has P = 1 but T = 0; RFC 3306 §4 says that if P = 1, T MUST be 1 (FF3x, FF7x).");
            }

            if (MulticastScopeInfo.IsReserved(scope))
            {
                throw Rule("PoolIPv6ScopeReserved", prefix, prefix + " has the reserved scop " + ((int)scope).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + " (RFC 4291 §2.7). Use a scop from 1 to E, such as E (global) or 5 (site).");
            }

            if (ff2 != 0)
            {
                throw Rule("PoolIPv6Ff2Set", prefix, prefix + " sets ff2 flag bits, which RFC 7371 §4 says MUST be sent as zero. Clear the high 4 bits of the third byte.");
            }

            if (r)
            {
                return ClassifyEmbeddedRP(prefix, network);
            }

            if (riid != 0)
            {
                throw Rule("PoolIPv6ReservedBitsSet", prefix, prefix + " sets the reserved bits after ff2; without the R flag they MUST be zero (RFC 3956 §3, RFC 7371 §4). For embedded-RP use FF7x.");
            }

            if (plen == 0)
            {
                if (networkPrefix != 0)
                {
                    throw Rule("PoolSsmPrefixNotZero", prefix, prefix + " has plen 0 but a non-zero network prefix; SSM addresses have both zero, so SSM allocation happens in FF3x::/96 (RFC 4607 §1, RFC 3306 §6).");
                }

                return PoolPrefixKind.SourceSpecific;
            }

            CheckPlen(prefix, plen, "RFC 3306 §4");

            // RFC 3306 §4: "All non-significant bits of the network prefix field SHOULD be zero."
            if (UnicastPrefixFields.HasBitsAfterPlen(network, plen))
            {
                throw Rule(
                    "PoolUnicastPrefixHostBits",
                    prefix,
                    prefix + " has bits set in the network prefix after its plen of " + plen + "; RFC 3306 §4 says they SHOULD be zero. Check plen, or clear those bits.");
            }

            // RFC 3306 §4: the multicast scope MUST NOT exceed the embedded prefix's; fe80::/10 is link-local.
            if ((networkPrefix >> 54) == 0x3FA && plen >= 10 && scope > MulticastScope.LinkLocal)
            {
                throw Rule("PoolUnicastPrefixScope", prefix, prefix + " embeds a link-local prefix in a wider scope; RFC 3306 §4: the scope MUST NOT exceed the unicast prefix's. Use scop 2 (FF32).");
            }

            return PoolPrefixKind.UnicastPrefixIPv6;
        }

        private static PoolPrefixKind ClassifyEmbeddedRP(IPPrefix prefix, IPAddressValue network)
        {
            // RFC 3956 §4 as updated by RFC 7371 §4.2.3: R = 1 with P = T = 1, plen 1-64.
            int plen = UnicastPrefixFields.Plen(network);
            if (plen == 0)
            {
                throw Rule("PoolEmbeddedRpPlenZero", prefix, prefix + " has plen 0; RFC 3956 §4: an embedded-RP address's plen MUST NOT be 0 (that would be SSM, FF3x::/96).");
            }

            CheckPlen(prefix, plen, "RFC 3956 §4");

            if (UnicastPrefixFields.Riid(network) == 0)
            {
                throw Rule("PoolEmbeddedRpRiidZero", prefix, prefix + " has RIID 0, which RFC 3956 §6.3 forbids (it would be the Subnet-Router anycast address). Use an RIID from 1 to F.");
            }

            IPAddressValue rendezvousPoint = EmbeddedRp.RendezvousPointOf(network);
            if (EmbeddedRp.IsExcludedRendezvousPoint(rendezvousPoint))
            {
                throw Rule(
                    "PoolEmbeddedRpAddressInvalid",
                    prefix,
                    prefix + " embeds the RP address " + rendezvousPoint + ", which is in fe80::/10, ::/16 or ff00::/8; RFC 3956 §4 says routers MUST reject those. Embed a global unicast RP prefix.");
            }

            return PoolPrefixKind.EmbeddedRP;
        }

        private static void CheckPlen(IPPrefix prefix, int plen, string rfc)
        {
            if (plen > UnicastPrefixFields.MaxPrefixLength)
            {
                throw Rule("PoolPlenTooLong", prefix, prefix + " has plen " + plen + "; " + rfc + ": plen MUST NOT be greater than 64, as the network prefix field has 64 bits.");
            }
        }

        private static MulticastRuleException Rule(string errorId, IPPrefix prefix, string message, Remedy? remedy = null) =>
            new MulticastRuleException(errorId, prefix.ToString(), message, remedy);
    }
}
