using System.Globalization;

namespace Multicast
{
    /// <summary>
    /// Which unicast prefixes may be embedded in a multicast address: RFC 3306 §4 for IPv6, RFC 6034 §3
    /// for IPv4. Throws a <see cref="MulticastRuleException"/> that names the rule and the alternative.
    /// </summary>
    internal static class UnicastPrefixRules
    {
        /// <summary>The longest IPv4 prefix RFC 6034 §3 gives multicast space to.</summary>
        public const int MaxIPv4PrefixLength = 24;

        // RFC 6034 §3: "MUST be a global unicast prefix (i.e., no loopback, multicast, link-local, or
        // private-use IP address space)". Added: the blocks that are not unicast at all, and the shared
        // address space, which like private-use space is not globally unique. The documentation blocks
        // (RFC 5737) are deliberately absent: RFC 6676 §2.3 derives its examples from them.
        private static readonly (IPPrefix Block, string Name)[] NonGlobalIPv4 =
        {
            (IPPrefix.Parse("0.0.0.0/8"), "\"this network\" (RFC 1122 §3.2.1.3)"),
            (IPPrefix.Parse("10.0.0.0/8"), "private-use space (RFC 1918)"),
            (IPPrefix.Parse("100.64.0.0/10"), "shared address space (RFC 6598)"),
            (IPPrefix.Parse("127.0.0.0/8"), "loopback (RFC 1122 §3.2.1.3)"),
            (IPPrefix.Parse("169.254.0.0/16"), "link-local (RFC 3927)"),
            (IPPrefix.Parse("172.16.0.0/12"), "private-use space (RFC 1918)"),
            (IPPrefix.Parse("192.168.0.0/16"), "private-use space (RFC 1918)"),
            (IPPrefix.Parse("224.0.0.0/4"), "multicast (RFC 5771)"),
            (IPPrefix.Parse("240.0.0.0/4"), "reserved space and the limited broadcast address (RFC 1112 §4)"),
        };

        private static readonly IPPrefix IPv6Multicast = IPPrefix.Parse("ff00::/8");
        private static readonly IPPrefix IPv6LinkLocal = IPPrefix.Parse("fe80::/10");

        /// <summary>The non-global block (RFC 6034 §3) that an IPv4 unicast prefix overlaps, if any.</summary>
        public static bool TryFindNonGlobalIPv4(IPPrefix prefix, out IPPrefix block, out string name)
        {
            foreach ((IPPrefix candidate, string candidateName) in NonGlobalIPv4)
            {
                if (prefix.Contains(candidate) || candidate.Contains(prefix))
                {
                    block = candidate;
                    name = candidateName;
                    return true;
                }
            }

            block = default;
            name = string.Empty;
            return false;
        }

        /// <summary>RFC 6034 §3: a global unicast prefix of /24 or shorter, and global scope (234/8 is global).</summary>
        public static void RequireIPv4(IPPrefix prefix, uint groupId, MulticastScope scope)
        {
            string text = prefix.ToString();
            if (prefix.Length > MaxIPv4PrefixLength)
            {
                throw new MulticastRuleException(
                    "UnicastPrefixTooLong",
                    text,
                    text + " is longer than /24, and RFC 6034 §3 gives such prefixes no multicast space; AD-HOC Block III space comes from IANA (RFC 5771 §9.2).",
                    new Remedy(RemedyKind.UseGlopRange));
            }

            if (TryFindNonGlobalIPv4(prefix, out IPPrefix block, out string name))
            {
                throw new MulticastRuleException(
                    "UnicastPrefixNotGlobal",
                    text,
                    text + " overlaps " + block + ", " + name + ". RFC 6034 §3 embeds only global unicast prefixes (no loopback, multicast, link-local or private-use space). For a private network, use the administratively scoped block 239.0.0.0/8 (RFC 2365).");
            }

            if (scope != MulticastScope.Global)
            {
                throw new MulticastRuleException(
                    "UnicastPrefixIPv4ScopeNotGlobal",
                    scope,
                    "234.0.0.0/8 is global scope (RFC 6034, RFC 2365 §8), so it cannot be made " + scope + ". For a scoped IPv4 group, use the administratively scoped block 239.0.0.0/8 (RFC 2365).");
            }

            int groupBits = MaxIPv4PrefixLength - prefix.Length;
            uint largest = (uint)((1UL << groupBits) - 1);
            if (groupId > largest)
            {
                string room = groupBits == 0
                    ? "a /24 gets exactly one address, so the group ID must be 0"
                    : "a /" + prefix.Length.ToString(CultureInfo.InvariantCulture) + " leaves " + groupBits.ToString(CultureInfo.InvariantCulture)
                      + " bits for the group ID, 0-" + largest.ToString(CultureInfo.InvariantCulture);
                throw new MulticastRuleException(
                    "UnicastPrefixGroupIdTooLarge",
                    groupId,
                    "The group ID " + groupId.ToString(CultureInfo.InvariantCulture) + " does not fit: " + room + " (RFC 6034 §3).");
            }
        }

        /// <summary>
        /// RFC 3306 §4: a unicast prefix of /1 to /64, whose scope the multicast scope does not exceed;
        /// plen 0 is SSM (RFC 3306 §6) and has its own constructor.
        /// </summary>
        public static void RequireIPv6(IPPrefix prefix, MulticastScope scope)
        {
            string text = prefix.ToString();
            if (prefix.Length > UnicastPrefixFields.MaxPrefixLength)
            {
                IPPrefix shorter = new IPPrefix(AddressMath.Network(prefix.Network, 64), 64);
                throw new MulticastRuleException(
                    "UnicastPrefixTooLong",
                    text,
                    text + " is longer than /64; the network prefix field holds 64 bits (RFC 3306 §4). Use the /64 that holds it, " + shorter + ".");
            }

            if (prefix.Length == 0)
            {
                throw new MulticastRuleException(
                    "UnicastPrefixLengthZero",
                    text,
                    text + " has length 0, which RFC 3306 §6 reserves for source-specific multicast (FF3x::/96).",
                    new Remedy(RemedyKind.UseSourceSpecific));
            }

            // RFC 4291 §2.4: :: and ::1 are not unicast prefixes anyone holds; ff00::/8 is multicast.
            string? notUnicast =
                prefix.Network.High == 0 ? "holds the unspecified address :: and the loopback address ::1"
                : IPv6Multicast.Contains(prefix) ? "is multicast (ff00::/8)"
                : prefix.Contains(IPv6Multicast) ? "covers the multicast block ff00::/8"
                : prefix.Contains(IPv6LinkLocal) && prefix.Length < IPv6LinkLocal.Length ? "mixes link-local fe80::/10 with other space"
                : null;
            if (notUnicast != null)
            {
                throw new MulticastRuleException(
                    "UnicastPrefixNotUnicast",
                    text,
                    text + " is not the unicast prefix of one network (RFC 4291 §2.4): it " + notUnicast
                    + ". Give the global or unique-local prefix of the network that owns the group.");
            }

            // RFC 3306 §4: the multicast scope MUST NOT exceed the scope of the embedded unicast prefix.
            if (IPv6LinkLocal.Contains(prefix) && scope > MulticastScope.LinkLocal)
            {
                throw new MulticastRuleException(
                    "ScopeExceedsUnicastPrefix",
                    text,
                    text + " is link-local, and RFC 3306 §4 says the group's scope MUST NOT exceed the prefix's, so " + scope
                    + " is too wide; RFC 4489 §1 prefers link-scoped addresses at link-local scope.",
                    Remedy.Of(RemedyKind.UseLinkScopedAddress, ("Scope", MulticastScope.LinkLocal)));
            }

            SendableScope.Require(scope);
        }
    }
}
