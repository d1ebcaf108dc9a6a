using System;
using System.Collections.Generic;
using Multicast.Leases.Storage;

namespace Multicast.Leases
{
    /// <summary>
    /// Chooses free groups in a pool uniformly at random, never enumerating the pool: it draws random
    /// offsets and keeps one that is neither blocked nor leased. Only when a pool is so full that
    /// <see cref="Attempts"/> draws all miss does it list the leased groups, count the free ones and pick
    /// by rank. Both ways every free group is equally likely.
    /// </summary>
    internal sealed class LeaseAllocator
    {
        private readonly Random _random;
        private readonly byte[] _eight = new byte[8];

        public LeaseAllocator(Random random) => _random = random;

        /// <summary>Draws before falling back to counting. 64 misses in a row are likely only past ~90% full.</summary>
        public int Attempts { get; set; } = 64;

        /// <summary>
        /// <paramref name="count"/> distinct free offsets, in ascending order, or a <see cref="LeaseException"/>
        /// when the pool has fewer free groups. Expired leases must have been reclaimed already. Groups in
        /// <paramref name="avoid"/> count as taken (informed allocation: groups in use outside the store).
        /// </summary>
        public ulong[] Pick(MulticastAddressPool pool, ILeaseTransaction transaction, int count, AddressRangeSet? avoid = null)
        {
            if (avoid != null && avoid.IsEmpty)
            {
                avoid = null;
            }

            var picked = new HashSet<ulong>();
            while (picked.Count < count && TryDraw(pool, transaction, picked, avoid, out ulong offset))
            {
                picked.Add(offset);
            }

            if (picked.Count < count)
            {
                PickByRank(pool, transaction, picked, count - picked.Count, avoid);
            }

            var result = new ulong[picked.Count];
            picked.CopyTo(result);
            Array.Sort(result);
            return result;
        }

        /// <summary>A uniform integer in [0, <paramref name="bound"/>): rejection keeps it unbiased.</summary>
        internal ulong Below(ulong bound)
        {
            ulong threshold = (0 - bound) % bound; // 2^64 mod bound
            while (true)
            {
                _random.NextBytes(_eight);
                ulong value = BitConverter.ToUInt64(_eight, 0);
                if (value >= threshold)
                {
                    return value % bound;
                }
            }
        }

        private bool TryDraw(MulticastAddressPool pool, ILeaseTransaction transaction, HashSet<ulong> picked, AddressRangeSet? avoid, out ulong offset)
        {
            for (int attempt = 0; attempt < Attempts; attempt++)
            {
                offset = Below(pool.Span);
                IPAddressValue address = pool.AddressAt(offset);
                if (!pool.IsBlocked(offset) && !picked.Contains(offset) && transaction.FindLease(address) is null && !transaction.IsHeld(address)
                    && (avoid is null || !avoid.Contains(address)))
                {
                    return true;
                }
            }

            offset = 0;
            return false;
        }

        private static ulong Free(ulong span, OffsetRange[] occupied)
        {
            ulong free = span;
            foreach (OffsetRange range in occupied)
            {
                free -= range.Count;
            }

            return free;
        }

        /// <summary>Counts the free offsets between blocked and leased ones, picks <paramref name="needed"/> ranks among them (Floyd's sampling) and maps them back.</summary>
        private void PickByRank(MulticastAddressPool pool, ILeaseTransaction transaction, HashSet<ulong> picked, int needed, AddressRangeSet? avoid)
        {
            var taken = new List<OffsetRange>(pool.Blocked);
            foreach (LeaseRecord lease in transaction.LeasesInPool(pool.Name))
            {
                if (pool.TryGetOffset(lease.Address, out ulong offset))
                {
                    taken.Add(new OffsetRange(offset, offset));
                }
            }

            foreach (IPAddressValue held in transaction.HeldGroups)
            {
                if (pool.TryGetOffset(held, out ulong offset))
                {
                    taken.Add(new OffsetRange(offset, offset));
                }
            }

            // The groups drawn so far are free in the store: the count the caller hears includes them.
            ulong freeInStore = Free(pool.Span, OffsetRange.Merge(taken));
            foreach (AddressRange inUse in avoid?.Within(AddressRange.FromPrefix(pool.PrefixValue)) ?? new AddressRange[0])
            {
                if (pool.TryGetOffset(inUse.First, out ulong first) && pool.TryGetOffset(inUse.Last, out ulong last))
                {
                    taken.Add(new OffsetRange(first, last));
                }
            }

            ulong avoided = freeInStore - Free(pool.Span, OffsetRange.Merge(taken));
            foreach (ulong offset in picked)
            {
                taken.Add(new OffsetRange(offset, offset));
            }

            OffsetRange[] occupied = OffsetRange.Merge(taken);
            ulong free = Free(pool.Span, occupied);
            if (free < (ulong)needed)
            {
                throw new LeaseException(
                    "PoolExhausted",
                    MulticastErrorKind.Exhausted,
                    pool.Name,
                    "Pool '" + pool.Name + "' (" + pool.PrefixValue + ") has " + freeInStore + " free group(s),"
                    + (avoid is null ? string.Empty : " " + avoided + " of them in use outside the store and avoided,")
                    + " fewer than the " + (needed + picked.Count) + " asked for; nothing was leased.",
                    Remedy.Of(RemedyKind.ReleaseLeasesOrWait));
            }

            var ranks = new HashSet<ulong>();
            for (ulong j = free - (ulong)needed; j < free; j++)
            {
                ulong rank = Below(j + 1);
                ranks.Add(ranks.Contains(rank) ? j : rank);
            }

            var sorted = new List<ulong>(ranks);
            sorted.Sort();

            // Walk the gaps between occupied ranges, turning each rank into an offset.
            int next = 0;
            ulong gapStart = 0, passed = 0;
            foreach (OffsetRange range in occupied)
            {
                ulong gapSize = range.First - gapStart;
                while (next < sorted.Count && sorted[next] < passed + gapSize)
                {
                    picked.Add(gapStart + (sorted[next++] - passed));
                }

                passed += gapSize;
                gapStart = range.Last + 1;
            }

            while (next < sorted.Count)
            {
                picked.Add(gapStart + (sorted[next++] - passed));
            }
        }
    }
}
