using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
namespace Multicast.Leases
{
    /// <summary>
    /// A multicast prefix that leases are handed out from, with its RFC rules, exclusions, default lease
    /// length and MAC policy. Immutable: changes make a new pool. ToString() is the name.
    /// </summary>
    /// <remarks>
    /// The public properties are what a serializer writes (canonical text, enum names, the duration as
    /// d.hh:mm:ss); the typed values are the internal <c>...Value</c> members, which the module shows under the
    /// public names (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class MulticastAddressPool
    {
        private readonly OffsetRange[] _rules;

        private MulticastAddressPool(string name, IPPrefix prefix, PoolPrefixKind kind, IPPrefix[] exclusions, TimeSpan defaultDuration, bool excludeFloodedMac, int activeLeases)
        {
            Name = name;
            PrefixValue = prefix;
            KindValue = kind;
            ExclusionsValue = exclusions;
            DefaultDurationValue = defaultDuration;
            ExcludeFloodedMac = excludeFloodedMac;
            ActiveLeases = activeLeases;
            Span = (ulong)prefix.AddressCount;

            var rules = new List<OffsetRange>(PoolPrefixRules.ReservedRanges(prefix, kind));
            foreach (IPPrefix exclusion in exclusions)
            {
                ulong first = Offset(exclusion.FirstAddress);
                rules.Add(new OffsetRange(first, first + ((ulong)exclusion.AddressCount - 1), BlockReason.Excluded));
            }

            if (excludeFloodedMac)
            {
                rules.AddRange(FloodedMacRanges());
            }

            _rules = rules.ToArray();
            Blocked = OffsetRange.Merge(_rules);
            ulong blocked = 0;
            foreach (OffsetRange range in Blocked)
            {
                blocked += range.Count;
            }

            Capacity = (long)(Span - blocked);
        }

        /// <summary>The pool's name, unique in its store without regard to case.</summary>
        public string Name { get; }

        public string Prefix => PrefixValue.ToString();

        /// <summary>The kind of prefix and so its RFC rules (<see cref="PoolPrefixKind"/>).</summary>
        public string Kind => KindValue.ToString();

        /// <summary>Groups the pool never leases, besides those its RFC rules keep out: prefixes, in order.</summary>
        public string[] Exclusions => ExclusionsValue.Select(e => e.ToString()).ToArray();

        /// <summary>The lease length when a request gives none, as d.hh:mm:ss (TimeSpan's "c" format).</summary>
        public string DefaultDuration => DefaultDurationValue.ToString("c", CultureInfo.InvariantCulture);

        /// <summary>True when IPv4 groups whose MAC address is that of 224.0.0.x or 224.0.1.x are never leased.</summary>
        public bool ExcludeFloodedMac { get; }

        /// <summary>How many groups the pool can lease at once: its size less every excluded and reserved group.</summary>
        public long Capacity { get; }

        /// <summary>Active leases when the pool was read from the store.</summary>
        public int ActiveLeases { get; }

        /// <summary>Groups of the pool held in quarantine when it was read: a journal record that could not be trusted may lease them (the store needs repair).</summary>
        public int HeldGroups { get; private set; }

        internal IPPrefix PrefixValue { get; }

        internal PoolPrefixKind KindValue { get; }

        internal IReadOnlyList<IPPrefix> ExclusionsValue { get; }

        internal TimeSpan DefaultDurationValue { get; }

        /// <summary>The number of addresses in the prefix (at most 2^32: IPv6 pools are /96 or longer).</summary>
        internal ulong Span { get; }

        /// <summary>Sorted, merged offsets that are never leased.</summary>
        internal OffsetRange[] Blocked { get; }

        /// <summary>Makes a pool, checking the prefix's RFC rules, the exclusions, the lease length and the MAC policy.</summary>
        public static MulticastAddressPool Create(string name, IPPrefix prefix, IEnumerable<IPPrefix>? exclusions = null, TimeSpan? defaultDuration = null, bool excludeFloodedMac = false)
        {
            PoolPrefixKind kind = PoolPrefixRules.Classify(prefix);
            var pool = new MulticastAddressPool(
                LeaseRules.CheckPoolName(name),
                prefix,
                kind,
                CheckExclusions(prefix, exclusions),
                LeaseRules.CheckDuration(defaultDuration ?? LeaseRules.StandardDuration),
                CheckMacPolicy(prefix, excludeFloodedMac),
                0);
            if (pool.Capacity == 0)
            {
                throw new MulticastRuleException(
                    "PoolHasNoFreeGroup",
                    prefix.ToString(),
                    "Pool '" + name + "' (" + prefix + ") would have no group to lease: its RFC rules, exclusions and MAC policy keep out all of it. Exclude less, or use a larger prefix.");
            }

            return pool;
        }

        public override string ToString() => Name;

        /// <summary>A copy with new settings; null keeps a setting as it is.</summary>
        public MulticastAddressPool With(IEnumerable<IPPrefix>? exclusions = null, TimeSpan? defaultDuration = null, bool? excludeFloodedMac = null) =>
            Create(Name, PrefixValue, exclusions ?? ExclusionsValue, defaultDuration ?? DefaultDurationValue, excludeFloodedMac ?? ExcludeFloodedMac);

        internal MulticastAddressPool WithActiveLeases(int activeLeases, int heldGroups = 0) =>
            new MulticastAddressPool(Name, PrefixValue, KindValue, (IPPrefix[])ExclusionsValue, DefaultDurationValue, ExcludeFloodedMac, activeLeases) { HeldGroups = heldGroups };

        /// <summary>The address's offset from the first address, when the prefix holds it.</summary>
        internal bool TryGetOffset(IPAddressValue address, out ulong offset)
        {
            offset = 0;
            if (!PrefixValue.Contains(address))
            {
                return false;
            }

            offset = Offset(address);
            return true;
        }

        internal IPAddressValue AddressAt(ulong offset) => AddressMath.Add(PrefixValue.Network, offset);

        internal bool IsBlocked(ulong offset) => OffsetRange.Contains(Blocked, offset);

        /// <summary>Why the group at <paramref name="offset"/> cannot be leased, or null when it can be.</summary>
        internal MulticastRuleException? ExplainBlocked(ulong offset)
        {
            string group = AddressAt(offset).ToString();
            foreach (OffsetRange rule in _rules.Where(r => offset >= r.First && offset <= r.Last))
            {
                switch (rule.Reason)
                {
                    case BlockReason.RelativeAssignments:
                        return new MulticastRuleException("LeaseRelativeAssignment", group, group + " is in the highest /24 of an admin scope zone, which RFC 2365 §9 keeps for relative assignments (SAP, MADCAP, SLPv2...). Lease a group below it.");
                    case BlockReason.SsmReserved:
                        return new MulticastRuleException("LeaseSsmReserved", group, group + " is in 232.0.0.0/24, which RFC 4607 §4.3 keeps out of dynamic allocation. Lease a group from 232.0.1.0 up.");
                    case BlockReason.GroupIdNotDynamic:
                        return new MulticastRuleException("LeaseGroupIdNotDynamic", group, group + " has a group ID below 0x80000000; dynamically allocated IPv6 groups use 0x80000000-0xFFFFFFFF (RFC 3307 §4.3, RFC 4607 §1).");
                    case BlockReason.FloodedMac:
                        return new MulticastRuleException("LeaseFloodedMac", group, group + " maps to MAC " + MulticastMac.Format(MulticastMac.GetMac(AddressAt(offset))) + ", the MAC of a 224.0.0.x or 224.0.1.x group, which snooping switches flood (RFC 4541 §2.1.2); pool '" + Name + "' excludes such groups.");
                    default:
                        return new MulticastRuleException("LeaseExcluded", group, group + " is excluded from pool '" + Name + "' (" + string.Join(", ", ExclusionsValue) + ").");
                }
            }

            return null;
        }

        private ulong Offset(IPAddressValue address) =>
            address.IsIPv4 ? address.IPv4 - PrefixValue.Network.IPv4 : address.Low - PrefixValue.Network.Low;

        private IEnumerable<OffsetRange> FloodedMacRanges()
        {
            // Every 2^23 addresses, the 512 groups whose low 23 bits are 0x000000-0x0001FF (MulticastMac.SharesControlBlockMac).
            uint first = PrefixValue.Network.IPv4;
            ulong last = first + (Span - 1);
            for (ulong bottom = first & 0xFF80_0000u; bottom <= last; bottom += 0x80_0000)
            {
                ulong from = Math.Max(bottom, first), to = Math.Min(bottom + 0x1FF, last);
                if (from <= to)
                {
                    yield return new OffsetRange(from - first, to - first, BlockReason.FloodedMac);
                }
            }
        }

        private static IPPrefix[] CheckExclusions(IPPrefix prefix, IEnumerable<IPPrefix>? exclusions)
        {
            var list = new List<IPPrefix>();
            foreach (IPPrefix exclusion in exclusions ?? Array.Empty<IPPrefix>())
            {
                if (!prefix.Contains(exclusion) || exclusion.Network.IsIPv6 != prefix.Network.IsIPv6)
                {
                    throw new MulticastRuleException(
                        "PoolExclusionOutsidePrefix",
                        exclusion.ToString(),
                        "The exclusion " + exclusion + " is not inside the pool's prefix " + prefix + ". Exclude addresses or prefixes within " + prefix + ".");
                }

                if (!list.Contains(exclusion))
                {
                    list.Add(exclusion);
                }
            }

            list.Sort((a, b) => a.Network.CompareTo(b.Network) != 0 ? a.Network.CompareTo(b.Network) : a.Length.CompareTo(b.Length));
            return list.ToArray();
        }

        private static bool CheckMacPolicy(IPPrefix prefix, bool excludeFloodedMac)
        {
            if (excludeFloodedMac && prefix.Network.IsIPv6)
            {
                throw new MulticastRuleException(
                    "PoolFloodedMacIPv4Only",
                    prefix.ToString(),
                    "Only IPv4 pools exclude groups by flooded MAC: IPv6 groups map to 33-33 plus their last 32 bits (RFC 2464 §7), which no flooded 224.0.0.x MAC shares, so " + prefix + " has none to exclude.");
            }

            return excludeFloodedMac;
        }
    }
}
