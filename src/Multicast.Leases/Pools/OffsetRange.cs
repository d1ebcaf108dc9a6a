using System.Collections.Generic;
namespace Multicast.Leases
{
    /// <summary>A run of offsets from a pool's first address, both ends included, and why it is blocked.</summary>
    internal readonly struct OffsetRange
    {
        public OffsetRange(ulong first, ulong last, BlockReason reason = BlockReason.Excluded)
        {
            First = first;
            Last = last;
            Reason = reason;
        }

        public ulong First { get; }

        public ulong Last { get; }

        public BlockReason Reason { get; }

        public ulong Count => Last - First + 1;

        /// <summary>Sorts and joins overlapping or touching ranges, so that searches and counts see each offset once.</summary>
        public static OffsetRange[] Merge(IEnumerable<OffsetRange> ranges)
        {
            var sorted = new List<OffsetRange>(ranges);
            sorted.Sort((a, b) => a.First.CompareTo(b.First));
            var merged = new List<OffsetRange>(sorted.Count);
            foreach (OffsetRange range in sorted)
            {
                if (merged.Count > 0 && (range.First <= merged[merged.Count - 1].Last || range.First == merged[merged.Count - 1].Last + 1))
                {
                    OffsetRange last = merged[merged.Count - 1];
                    merged[merged.Count - 1] = new OffsetRange(last.First, range.Last > last.Last ? range.Last : last.Last, last.Reason);
                }
                else
                {
                    merged.Add(range);
                }
            }

            return merged.ToArray();
        }

        /// <summary>True when a sorted, merged array holds <paramref name="offset"/> (binary search).</summary>
        public static bool Contains(OffsetRange[] merged, ulong offset)
        {
            int low = 0, high = merged.Length - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                if (offset < merged[middle].First)
                {
                    high = middle - 1;
                }
                else if (offset > merged[middle].Last)
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
    }
}
