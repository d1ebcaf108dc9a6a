using System;
using System.Collections.Generic;

namespace Multicast
{
    /// <summary>
    /// A set of addresses kept as sorted, merged ranges: the groups in use that an allocator must not hand out
    /// (the groups of the sessions a SAP listener heard, RFC 2974; a server's own list). Adding is cheap; the
    /// ranges are sorted and merged when next read. Not thread-safe while being filled; safe to read from many
    /// threads once filled.
    /// </summary>
    public sealed class AddressRangeSet
    {
        private readonly List<AddressRange> _ranges = new List<AddressRange>();
        private readonly object _gate = new object();
        private volatile bool _merged = true;

        public AddressRangeSet()
        {
        }

        public AddressRangeSet(IEnumerable<AddressRange> ranges)
        {
            foreach (AddressRange range in ranges ?? throw new ArgumentNullException(nameof(ranges)))
            {
                Add(range);
            }
        }

        /// <summary>The ranges, sorted (IPv4 first) and merged where they overlap or touch.</summary>
        public IReadOnlyList<AddressRange> Ranges
        {
            get
            {
                Merge();
                return _ranges.ToArray();
            }
        }

        public bool IsEmpty => _ranges.Count == 0;

        public void Add(AddressRange range)
        {
            _ranges.Add(range);
            _merged = _ranges.Count < 2;
        }

        public void Add(IPAddressValue address) => Add(new AddressRange(address, address));

        public void Add(IPPrefix prefix) => Add(AddressRange.FromPrefix(prefix));

        /// <summary>True when an address of the set is <paramref name="address"/> (binary search).</summary>
        public bool Contains(IPAddressValue address)
        {
            Merge();
            int low = 0, high = _ranges.Count - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                AddressRange range = _ranges[middle];
                if (address.CompareTo(range.First) < 0)
                {
                    high = middle - 1;
                }
                else if (address.CompareTo(range.Last) > 0)
                {
                    low = middle + 1;
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The parts of the set inside <paramref name="within"/>, cut to it, in order.</summary>
        public IEnumerable<AddressRange> Within(AddressRange within)
        {
            foreach (AddressRange range in Ranges)
            {
                if (range.Overlaps(within))
                {
                    yield return new AddressRange(
                        range.First.CompareTo(within.First) < 0 ? within.First : range.First,
                        range.Last.CompareTo(within.Last) > 0 ? within.Last : range.Last);
                }
            }
        }

        /// <summary>
        /// An address of <paramref name="range"/> outside the set, every one equally likely (by rank among the free
        /// ones, so a nearly full range costs no more than an empty one); false when every address is in the set.
        /// The range may hold at most 2^64 addresses.
        /// </summary>
        public bool TryChooseOutside(AddressRange range, Random random, out IPAddressValue chosen)
        {
            if (random is null)
            {
                throw new ArgumentNullException(nameof(random));
            }

            chosen = default;

            // The free addresses less one, counted down part by part, so that a range of 2^64 never overflows.
            ulong freeLessOne = range.Span;
            var inside = new List<AddressRange>(Within(range));
            foreach (AddressRange part in inside)
            {
                if (part.Span >= freeLessOne)
                {
                    return false;
                }

                freeLessOne -= part.Span + 1;
            }

            ulong rank = Below(random, freeLessOne);

            // Walk the gaps before, between and after the taken parts, counting down the rank.
            IPAddressValue gapStart = range.First;
            foreach (AddressRange part in inside)
            {
                ulong gap = Distance(gapStart, part.First);
                if (rank < gap)
                {
                    chosen = AddressMath.Add(gapStart, rank);
                    return true;
                }

                rank -= gap;
                gapStart = AddressMath.Add(part.Last, 1);
            }

            chosen = AddressMath.Add(gapStart, rank);
            return true;
        }

        public override string ToString() => string.Join(", ", Ranges);

        // The number of addresses from a up to, not including, b (b at or after a, in one family, under 2^64 apart).
        private static ulong Distance(IPAddressValue a, IPAddressValue b) =>
            a.IsIPv6 ? b.Low - a.Low : (ulong)(b.IPv4 - a.IPv4);

        // A uniform integer in [0, most]; rejection keeps it unbiased.
        private static ulong Below(Random random, ulong most)
        {
            var eight = new byte[8];
            if (most == ulong.MaxValue)
            {
                random.NextBytes(eight);
                return BitConverter.ToUInt64(eight, 0);
            }

            ulong count = most + 1;
            ulong threshold = (0 - count) % count;
            while (true)
            {
                random.NextBytes(eight);
                ulong value = BitConverter.ToUInt64(eight, 0);
                if (value >= threshold)
                {
                    return value % count;
                }
            }
        }

        private void Merge()
        {
            if (_merged)
            {
                return;
            }

            lock (_gate)
            {
                if (_merged)
                {
                    return;
                }

                _ranges.Sort((a, b) => a.First.CompareTo(b.First));
                var merged = new List<AddressRange>(_ranges.Count);
                foreach (AddressRange range in _ranges)
                {
                    AddressRange? previous = merged.Count > 0 ? merged[merged.Count - 1] : (AddressRange?)null;
                    if (previous is AddressRange last && Touches(last, range))
                    {
                        merged[merged.Count - 1] = new AddressRange(last.First, range.Last.CompareTo(last.Last) > 0 ? range.Last : last.Last);
                    }
                    else
                    {
                        merged.Add(range);
                    }
                }

                _ranges.Clear();
                _ranges.AddRange(merged);
                _merged = true;
            }
        }

        // A range that starts at or right after another's end, in the same family (the family's last address has no next).
        private static bool Touches(AddressRange earlier, AddressRange later) =>
            earlier.First.IsIPv6 == later.First.IsIPv6
            && (later.First.CompareTo(earlier.Last) <= 0
                || (earlier.Last != AddressMath.Broadcast(earlier.Last, 0) && later.First == AddressMath.Add(earlier.Last, 1)));
    }
}
