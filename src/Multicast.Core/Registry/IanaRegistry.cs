using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// Look-ups in the IANA multicast registries (RFC 6308 §3.4): the IPv4 Multicast Address Space
    /// Registry of 2024-02-02 with its relative offsets (RFC 2365 §9), and the rows of the IPv6 registry
    /// that could be found (partial: see <see cref="IPv6Coverage"/>). By address and by block, a look-up is
    /// a binary search over sorted, non-overlapping ranges: O(log n), no allocation.
    /// </summary>
    public static class IanaRegistry
    {
        /// <summary>What the IPv6 data holds, for help text and warnings.</summary>
        public const string IPv6Coverage =
            "The IPv6 registry here is partial: the scopes, 4 node-local rows, 33 link-local rows and 100 variable-scope rows "
            + "(IANA's tables of about 2015-2016, without their Unassigned rows), and 4 site-local rows from RFC 2375 §2.3 (1998). "
            + "The sub-registry of unicast-based (including SSM) group IDs is missing.";

        private static RegistryData Data => RegistryData.Instance;

        /// <summary>The IPv4 registry's date, 2024-02-02.</summary>
        public static string IPv4RegistryUpdated => Data.IPv4Updated;

        /// <summary>The date of the IANA IPv6 page the scope table was read from; most IPv6 rows are older (see <see cref="IPv6Coverage"/>).</summary>
        public static string IPv6RegistryUpdated => Data.IPv6Updated;

        /// <summary>Every row: IPv4 fixed, IPv4 relative offsets, IPv6 fixed-scope, IPv6 variable-scope.</summary>
        public static IReadOnlyList<MulticastAssignment> Assignments => Data.AllView;

        /// <summary>The IPv4 blocks of RFC 5771 §3, as the current registry names them, in address order.</summary>
        public static IReadOnlyList<MulticastAddressBlock> Blocks => Data.BlocksView;

        /// <summary>The RFC 5771 block of an IPv4 multicast address. False for IPv6 and IPv4 unicast.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryGetBlock(IPAddressValue address, out MulticastAddressBlock block)
        {
            int index = address.IsIPv4 ? LastAtOrBelow(Data.BlockFirsts, address) : -1;
            block = index >= 0 && address.CompareTo(Data.Blocks[index].Last) <= 0 ? Data.Blocks[index] : null!;
            return block != null;
        }

        /// <summary>
        /// The most specific row for an address: in the relative /24 of the Local Scope (239.255.0.0/16) or
        /// the Organization Local Scope (239.192.0.0/14), the relative offset's row; for IPv6, a fixed-scope
        /// row before a variable-scope one. Every IPv4 multicast address has a row; IPv6 ones may not.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryFind(IPAddressValue address, out MulticastAssignment assignment) =>
            TryFindRelative(address, out assignment) || TryFindFixed(address, out assignment) || TryFindVariableScope(address, out assignment);

        /// <summary>The fixed row holding the address: IPv4, or IPv6 node-, link- or site-local.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryFindFixed(IPAddressValue address, out MulticastAssignment assignment) =>
            address.IsIPv4 ? TryFindIn(Data.IPv4Firsts, Data.IPv4Rows, address, out assignment) : TryFindIn(Data.IPv6Firsts, Data.IPv6Rows, address, out assignment);

        /// <summary>
        /// The FF0X row of an IPv6 address (RFC 2375 §3). Only permanent addresses (flags 0) of a scope
        /// that may be used (1-E) match: RFC 4291 §2.7 forbids scop 0 and reserves F, and a transient
        /// address such as ff15::101 "bears no relationship" to the permanent group.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryFindVariableScope(IPAddressValue address, out MulticastAssignment assignment)
        {
            assignment = null!;
            if (!address.IsIPv6 || (address.High >> 52) != 0xFF0 || !IsUsableScope((MulticastScope)((address.High >> 48) & 0xF)))
            {
                return false;
            }

            return TryFindIn(Data.VariableFirsts, Data.VariableRows, WithScope(address, 0), out assignment);
        }

        /// <summary>The row of a relative offset, 0-255 (RFC 2365 §9).</summary>
        public static MulticastAssignment GetRelativeOffset(int offset) =>
            offset >= 0 && offset <= 255
                ? Data.RelativeByOffset[offset]
                : throw new ArgumentOutOfRangeException(nameof(offset), offset, "A relative offset is 0-255 (RFC 2365 §9).");

        /// <summary>Every row holding the address, most specific first (see <see cref="TryFind"/>).</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static IReadOnlyList<MulticastAssignment> FindAll(IPAddressValue address)
        {
            var result = new List<MulticastAssignment>(2);
            if (TryFindRelative(address, out MulticastAssignment row))
            {
                result.Add(row);
            }

            if (TryFindFixed(address, out row))
            {
                result.Add(row);
            }

            if (TryFindVariableScope(address, out row))
            {
                result.Add(row);
            }

            return result;
        }

        /// <summary>
        /// Every row that overlaps the prefix: fixed rows, relative offsets whose address in the Local or
        /// Organization Local Scope lies in it, and variable-scope rows that lie in it at some scope 1-E.
        /// </summary>
        public static IReadOnlyList<MulticastAssignment> FindInRange(IPPrefix prefix)
        {
            var result = new List<MulticastAssignment>();
            IPAddressValue first = prefix.FirstAddress, last = prefix.LastAddress;
            bool ipv4 = first.IsIPv4;
            MulticastAssignment[] rows = ipv4 ? Data.IPv4Rows : Data.IPv6Rows;
            int start = Math.Max(0, LastAtOrBelow(ipv4 ? Data.IPv4Firsts : Data.IPv6Firsts, first));
            for (int i = start; i < rows.Length && rows[i].First.CompareTo(last) <= 0; i++)
            {
                if (rows[i].Last.CompareTo(first) >= 0)
                {
                    result.Add(rows[i]);
                }
            }

            if (ipv4)
            {
                foreach (IPPrefix scope in new[] { ScopeRelativeAddressing.LocalScope, ScopeRelativeAddressing.OrganizationLocalScope })
                {
                    for (int offset = 0; offset <= 255; offset++)
                    {
                        MulticastAssignment row = Data.RelativeByOffset[offset];
                        if (prefix.Contains(ScopeRelativeAddressing.GetAddress(scope, offset)) && !result.Contains(row))
                        {
                            result.Add(row);
                        }
                    }
                }

                return result;
            }

            foreach (MulticastAssignment row in Data.VariableRows)
            {
                for (int scop = 1; scop <= 0xE; scop++)
                {
                    if (WithScope(row.First, scop).CompareTo(last) <= 0 && WithScope(row.Last, scop).CompareTo(first) >= 0)
                    {
                        result.Add(row);
                        break;
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// Rows whose name matches: with wildcards (* ? [a-z]) the whole name, as -like does; plain text
        /// as whole words, so "NTP" finds 224.0.1.1 "NTP Network Time Protocol" and ff0x::101 "Network
        /// Time Protocol (NTP)". Case-insensitive.
        /// </summary>
        public static IReadOnlyList<MulticastAssignment> FindByName(string pattern)
        {
            NamePattern matcher = NamePattern.Parse(pattern);
            var result = new List<MulticastAssignment>();
            foreach (MulticastAssignment row in Data.All)
            {
                if (matcher.IsMatch(row.Name))
                {
                    result.Add(row);
                }
            }

            return result;
        }

        /// <summary>True for text that holds wildcard characters (* ? [...]) as <see cref="FindByName"/> reads them.</summary>
        public static bool HasWildcards(string pattern) => NamePattern.Parse(pattern).HasWildcards;

        /// <summary>Why <see cref="FindAll"/> found nothing: a unicast address, or an IPv6 group the partial data lacks.</summary>
        public static MulticastException ExplainNotFound(IPAddressValue address) =>
            address.IsMulticast
                ? new MulticastNotFoundException("AssignmentNotFound", address.ToString(), "No IANA registry row holds " + address + ". " + IPv6Coverage)
                : NotMulticast(address.ToString(), address + " is not a multicast address");

        /// <summary>Why <see cref="FindInRange"/> found nothing: a unicast prefix, or IPv6 space the partial data lacks.</summary>
        public static MulticastException ExplainNotFound(IPPrefix prefix)
        {
            IPPrefix multicast = prefix.Network.IsIPv6
                ? new IPPrefix(IPAddressValue.FromIPv6(0xFF00UL << 48, 0), 8)
                : new IPPrefix(IPAddressValue.FromIPv4(0xE000_0000), 4);
            return multicast.Contains(prefix) || prefix.Contains(multicast)
                ? new MulticastNotFoundException("AssignmentNotFound", prefix.ToString(), "No IANA registry row lies in " + prefix + ". " + IPv6Coverage)
                : NotMulticast(prefix.ToString(), prefix + " holds no multicast address");
        }

        /// <summary>Why <see cref="FindByName"/> found nothing for a name without wildcards.</summary>
        public static MulticastException ExplainNameNotFound(string pattern) =>
            new MulticastNotFoundException(
                "AssignmentNameNotFound",
                pattern,
                "No IANA registry row is named '" + pattern + "'. A name without wildcards matches whole words of the description (NTP, SSDP, mDNS); "
                + "use wildcards for parts of words (*ntp*). " + IPv6Coverage);

        private static MulticastException NotMulticast(string input, string what) =>
            new MulticastRuleException(
                "AddressNotMulticast",
                input,
                what + ". The IANA multicast registries cover 224.0.0.0/4 (RFC 5771) and ff00::/8 (RFC 4291 §2.7).");

        /// <summary>The address with its scop field (RFC 4291 §2.7, the low 4 bits of the second byte) replaced.</summary>
        internal static IPAddressValue WithScope(IPAddressValue address, int scop) =>
            IPAddressValue.FromIPv6((address.High & ~(0xFUL << 48)) | ((ulong)scop << 48), address.Low);

        /// <summary>Scopes 1-E: RFC 4291 §2.7 forbids sending to scop 0 and reserves F.</summary>
        internal static bool IsUsableScope(MulticastScope scope) => scope != MulticastScope.Reserved0 && scope != MulticastScope.ReservedF;

        // The relative offset of an address in the relative /24 of the Local or Organization Local Scope.
        [MethodImpl(Jit.FullyOptimized)]
        private static bool TryFindRelative(IPAddressValue address, out MulticastAssignment assignment)
        {
            if (ScopeRelativeAddressing.TryInferScope(address, out IPPrefix scope) && ScopeRelativeAddressing.TryGetOffset(scope, address, out int offset))
            {
                assignment = Data.RelativeByOffset[offset];
                return true;
            }

            assignment = null!;
            return false;
        }

        [MethodImpl(Jit.FullyOptimized)]
        private static bool TryFindIn(IPAddressValue[] firsts, MulticastAssignment[] rows, IPAddressValue address, out MulticastAssignment assignment)
        {
            int index = LastAtOrBelow(firsts, address);
            assignment = index >= 0 && address.CompareTo(rows[index].Last) <= 0 ? rows[index] : null!;
            return assignment != null;
        }

        // Rows are sorted and do not overlap, so only the last one starting at or below the address can hold it.
        [MethodImpl(Jit.FullyOptimized)]
        internal static int LastAtOrBelow(IPAddressValue[] firsts, IPAddressValue address)
        {
            int low = 0, high = firsts.Length - 1, found = -1;
            while (low <= high)
            {
                int middle = low + ((high - low) >> 1);
                if (firsts[middle].CompareTo(address) <= 0)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found;
        }
    }
}
