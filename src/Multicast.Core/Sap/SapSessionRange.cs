using System;

namespace Multicast.Sap
{
    /// <summary>
    /// Where a new SAP session takes its group, and how: at random among the addresses of its scope's range
    /// that no session heard announces (the informed random allocation of session directories; RFC 2974 §3
    /// gives the ranges). IPv4 global sessions use 224.2.128.0/17 (RFC 2974 §3); an IPv4 administrative scope,
    /// the scope less its highest /24, which RFC 2365 §9 keeps for relative assignments such as SAP's own group;
    /// IPv6 sessions, the dynamic group IDs 0x80000000-0xFFFFFFFF under a T flag (ff1X::8000:0 - ff1X::ffff:ffff,
    /// RFC 3307 §4.3, RFC 4291 §2.7).
    /// </summary>
    public static class SapSessionRange
    {
        /// <summary>RFC 2974 §3: 224.2.128.0 - 224.2.255.255, the IPv4 global scope session range.</summary>
        public static AddressRange IPv4Global { get; } = AddressRange.FromPrefix(SapAddresses.GlobalSessionRange);

        /// <summary>An IPv4 administrative scope (inside 239/8, /8 to /23) less its relative /24 (RFC 2365 §9).</summary>
        public static AddressRange ForIPv4Scope(IPPrefix scope)
        {
            IPPrefix relative = ScopeRelativeAddressing.GetRelativeRange(scope);
            if (relative.Network == scope.Network)
            {
                throw new MulticastRuleException(
                    "SapScopeHasNoSessionRange",
                    scope.ToString(),
                    scope + " is a /24, all of it the relative range RFC 2365 §9 keeps for assignments such as SAP's own group; no address is left for sessions.");
            }

            return new AddressRange(scope.Network, IPAddressValue.FromIPv4(relative.Network.IPv4 - 1));
        }

        /// <summary>The dynamic IPv6 groups of a scope: ff1X::8000:0 - ff1X::ffff:ffff (RFC 3307 §4.3: T = 1, group ID high bit 1).</summary>
        public static AddressRange ForIPv6Scope(MulticastScope scope)
        {
            if (scope == MulticastScope.Reserved0 || scope == MulticastScope.ReservedF)
            {
                throw new MulticastRuleException("SapScopeReserved", scope, "The scope " + scope + " is reserved (RFC 4291 §2.7), so no session can use it.");
            }

            ulong high = 0xFF10_0000_0000_0000UL | ((ulong)scope << 48);
            return new AddressRange(IPAddressValue.FromIPv6(high, 0x8000_0000UL), IPAddressValue.FromIPv6(high, 0xFFFF_FFFFUL));
        }

        /// <summary>
        /// The IPv4 range of a scope as RFC 2365 §8 maps them: Global is 224.2.128.0/17 (RFC 2974 §3), RealmLocal the
        /// Local Scope (239.255.0.0/16) and OrganizationLocal the Organization Local Scope (239.192.0.0/14), each less
        /// its relative /24. No other scope has an IPv4 range.
        /// </summary>
        public static AddressRange ForIPv4(MulticastScope scope)
        {
            switch (scope)
            {
                case MulticastScope.Global:
                    return IPv4Global;
                case MulticastScope.RealmLocal:
                    return ForIPv4Scope(ScopeRelativeAddressing.LocalScope);
                case MulticastScope.OrganizationLocal:
                    return ForIPv4Scope(ScopeRelativeAddressing.OrganizationLocalScope);
                default:
                    throw new MulticastRuleException(
                        "SapScopeNotIPv4",
                        scope,
                        "The scope " + scope + " has no IPv4 session range: RFC 2365 §8 maps only the Local Scope (RealmLocal), the Organization Local Scope (OrganizationLocal) and global scope to IPv4; other IPv4 administrative scopes are given by their prefix, and IPv6 has every scope.");
            }
        }

        /// <summary>
        /// A group of <paramref name="range"/> that no address of <paramref name="inUse"/> is, every such group equally
        /// likely; a <see cref="LeaseException"/> (Exhausted) when there is none. With <paramref name="count"/> above 1,
        /// the first of that many contiguous groups (an SDP c= line's "/number of addresses", RFC 8866 §5.7), all of
        /// them in the range and none in use, found by random draws.
        /// </summary>
        public static IPAddressValue Choose(AddressRange range, AddressRangeSet? inUse = null, Random? random = null, int count = 1)
        {
            if (count < 1)
            {
                throw new MulticastRuleException("SapSessionCountInvalid", count, "A session has at least one group; " + count + " is not a number of addresses (RFC 8866 §9, numaddr).");
            }

            inUse ??= new AddressRangeSet();
            random ??= new CryptoRandom();
            if ((ulong)(count - 1) <= range.Span)
            {
                var starts = new AddressRange(range.First, Below(range.Last, (ulong)(count - 1)));
                for (int attempt = 0; attempt < (count == 1 ? 1 : 256); attempt++)
                {
                    if (!inUse.TryChooseOutside(starts, random, out IPAddressValue chosen))
                    {
                        break;
                    }

                    if (count == 1 || !inUse.Within(AddressRange.FromCount(chosen, (ulong)count)).GetEnumerator().MoveNext())
                    {
                        return chosen;
                    }
                }
            }

            throw new LeaseException(
                "SapSessionRangeExhausted",
                MulticastErrorKind.Exhausted,
                range.ToString(),
                (count == 1 ? "Every group of " + range + " is announced by a session heard; none is free to choose." : "No " + count + " contiguous groups of " + range + " were found that no session heard announces."));
        }

        // The address n below another (n no more than its distance from the family's first address).
        private static IPAddressValue Below(IPAddressValue address, ulong n)
        {
            if (address.IsIPv4)
            {
                return IPAddressValue.FromIPv4((uint)(address.IPv4 - n));
            }

            ulong low = address.Low - n;
            return IPAddressValue.FromIPv6(low > address.Low ? address.High - 1 : address.High, low);
        }
    }
}
