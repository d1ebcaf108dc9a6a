using System;
using System.Collections.Generic;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases
{
    /// <summary>
    /// Pools and leases on a store: every method is one store transaction, so that processes sharing the
    /// store never lease one group twice. Pools may not overlap, so a group belongs to one pool and has at
    /// most one lease. A change to a pool's leases first reclaims that pool's expired leases and reports them.
    /// Not thread-safe; make one per thread.
    /// </summary>
    public sealed class LeaseService
    {
        private readonly Func<DateTime> _utcNow;
        private readonly LeaseAllocator _allocator;

        public LeaseService(ILeaseStore store, Random? random = null, Func<DateTime>? utcNow = null)
        {
            Store = store ?? throw new ArgumentNullException(nameof(store));
            _allocator = new LeaseAllocator(random ?? new CryptoRandom());
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
        }

        public ILeaseStore Store { get; }

        /// <summary>For tests: random draws before the allocator counts free groups instead.</summary>
        internal int RandomAttempts
        {
            get => _allocator.Attempts;
            set => _allocator.Attempts = value;
        }

        public MulticastAddressPool CreatePool(MulticastAddressPool pool) => Store.Update(transaction =>
        {
            MulticastAddressPool? sameName = transaction.FindPool(pool.Name);
            if (sameName != null)
            {
                throw new LeaseException("PoolNameTaken", MulticastErrorKind.Conflict, pool.Name, "The store already has a pool named '" + sameName.Name + "' (" + sameName.Prefix + ").", Remedy.Of(RemedyKind.ChooseAnotherPoolName, ("Pool", sameName.Name)));
            }

            foreach (MulticastAddressPool other in transaction.Pools)
            {
                if (other.Prefix.Contains(pool.Prefix) || pool.Prefix.Contains(other.Prefix))
                {
                    throw new LeaseException(
                        "PoolOverlap",
                        MulticastErrorKind.Conflict,
                        pool.Prefix.ToString(),
                        pool.Prefix + " overlaps pool '" + other.Name + "' (" + other.Prefix + "). A group belongs to one pool so that it is never leased twice; choose a prefix outside " + other.Prefix + ".");
                }
            }

            transaction.SavePool(pool);
            return pool;
        });

        /// <summary>Every pool, by name, with its count of active leases.</summary>
        public IReadOnlyList<MulticastAddressPool> GetPools() => Store.Read(transaction =>
        {
            DateTime now = _utcNow();
            var active = transaction.Leases.Where(l => !l.IsExpired(now)).GroupBy(l => l.Pool, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
            return transaction.Pools.Select(p => p.WithActiveLeases(active.TryGetValue(p.Name, out int count) ? count : 0)).ToList();
        });

        /// <summary>Changes a pool's exclusions, default lease length or MAC policy; null leaves a setting as it is.</summary>
        public PoolChangeResult SetPool(string name, IEnumerable<IPPrefix>? exclusions = null, TimeSpan? defaultDuration = null, bool? excludeFloodedMac = null) => Store.Update(transaction =>
        {
            DateTime now = _utcNow();
            MulticastAddressPool updated = FindPool(transaction, name).With(exclusions, defaultDuration, excludeFloodedMac);
            transaction.SavePool(updated);
            var active = transaction.LeasesInPool(updated.Name).Where(l => !l.IsExpired(now)).ToList();
            var nowExcluded = active
                .Where(l => updated.TryGetOffset(l.Address, out ulong offset) && updated.IsBlocked(offset))
                .OrderBy(l => l.Address)
                .Select(l => new MulticastAddressLease(l, LeaseState.Active))
                .ToList();
            return new PoolChangeResult(updated.WithActiveLeases(active.Count), nowExcluded);
        });

        /// <summary>Removes a pool. With active leases it needs <paramref name="force"/>, and then removes them too.</summary>
        public PoolChangeResult RemovePool(string name, bool force) => Store.Update(transaction =>
        {
            DateTime now = _utcNow();
            MulticastAddressPool pool = FindPool(transaction, name);
            var leases = transaction.LeasesInPool(pool.Name).OrderBy(l => l.Address).ToList();
            var active = leases.Where(l => !l.IsExpired(now)).ToList();
            if (active.Count > 0 && !force)
            {
                throw new LeaseException(
                    "PoolHasActiveLeases",
                    MulticastErrorKind.InvalidState,
                    pool.Name,
                    "Pool '" + pool.Name + "' has " + active.Count + " active lease(s), such as " + string.Join(", ", active.Take(3).Select(l => l.Address + " (" + l.Owner + ")")) + ".",
                    Remedy.Of(RemedyKind.ReleaseLeasesOrForce, ("Pool", pool.Name)));
            }

            foreach (LeaseRecord lease in leases)
            {
                transaction.DeleteLease(lease.Address);
            }

            transaction.DeletePool(pool.Name);
            return new PoolChangeResult(pool, leases.Select(l => new MulticastAddressLease(l, l.IsExpired(now) ? LeaseState.Reclaimed : LeaseState.Released)).ToList());
        });

        /// <summary>Leases <paramref name="count"/> groups chosen at random among the pool's free ones, all or none.</summary>
        public LeaseResult Request(string pool, string owner, TimeSpan? duration = null, int count = 1)
        {
            string checkedOwner = LeaseRules.CheckOwner(owner);
            if (count < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for at least one group.");
            }

            return Store.Update(transaction =>
            {
                DateTime now = _utcNow();
                MulticastAddressPool found = FindPool(transaction, pool);
                TimeSpan length = LeaseRules.CheckDuration(duration ?? found.DefaultDuration);
                List<MulticastAddressLease> reclaimed = Reclaim(transaction, found, now);
                var leases = new List<MulticastAddressLease>(count);
                foreach (ulong offset in _allocator.Pick(found, transaction, count))
                {
                    var lease = new LeaseRecord(found.AddressAt(offset), found.Name, checkedOwner, now, now + length);
                    transaction.SaveLease(lease);
                    leases.Add(new MulticastAddressLease(lease, LeaseState.Active));
                }

                return new LeaseResult(leases, reclaimed);
            });
        }

        /// <summary>Leases exactly <paramref name="address"/>, or says why it cannot be.</summary>
        public LeaseResult Request(string pool, string owner, IPAddressValue address, TimeSpan? duration = null)
        {
            string checkedOwner = LeaseRules.CheckOwner(owner);
            return Store.Update(transaction =>
            {
                DateTime now = _utcNow();
                MulticastAddressPool found = FindPool(transaction, pool);
                TimeSpan length = LeaseRules.CheckDuration(duration ?? found.DefaultDuration);
                if (!found.TryGetOffset(address, out ulong offset))
                {
                    throw new MulticastRuleException("LeaseAddressNotInPool", address.ToString(), address + " is not in pool '" + found.Name + "' (" + found.Prefix + "). Ask for a group inside " + found.Prefix + ", or use the pool that holds it.");
                }

                MulticastRuleException? blocked = found.ExplainBlocked(offset);
                if (blocked != null)
                {
                    throw blocked;
                }

                List<MulticastAddressLease> reclaimed = Reclaim(transaction, found, now);
                LeaseRecord? holder = transaction.FindLease(address);
                if (holder != null)
                {
                    throw new LeaseException(
                        "LeaseAddressTaken",
                        MulticastErrorKind.Conflict,
                        address.ToString(),
                        address + " is leased to '" + holder.Owner + "' until " + Utc(holder.EndUtc) + ".",
                        Remedy.Of(RemedyKind.RequestAnotherGroup, ("Owner", holder.Owner)));
                }

                var lease = new LeaseRecord(address, found.Name, checkedOwner, now, now + length);
                transaction.SaveLease(lease);
                return new LeaseResult(new[] { new MulticastAddressLease(lease, LeaseState.Active) }, reclaimed);
            });
        }

        /// <summary>Leases that <paramref name="filter"/> accepts, by group; expired ones only with <paramref name="includeExpired"/>.</summary>
        public IReadOnlyList<MulticastAddressLease> GetLeases(Func<LeaseRecord, bool>? filter = null, bool includeExpired = false) => Store.Read(transaction =>
        {
            DateTime now = _utcNow();
            return transaction.Leases
                .Where(l => (includeExpired || !l.IsExpired(now)) && (filter is null || filter(l)))
                .OrderBy(l => l.Address)
                .Select(l => new MulticastAddressLease(l, l.IsExpired(now) ? LeaseState.Expired : LeaseState.Active))
                .ToList();
        });

        /// <summary>
        /// Renews a lease for <paramref name="duration"/> (or the pool's default) from now. An expired lease
        /// cannot be renewed: its group is free, and Request gets it back. <paramref name="owner"/> and
        /// <paramref name="pool"/>, when given, must match the lease.
        /// </summary>
        public LeaseResult Renew(IPAddressValue address, TimeSpan? duration = null, string? owner = null, string? pool = null) => Store.Update(transaction =>
        {
            DateTime now = _utcNow();
            LeaseRecord lease = FindLease(transaction, address, owner, pool);
            MulticastAddressPool found = FindPool(transaction, lease.Pool);
            TimeSpan length = LeaseRules.CheckDuration(duration ?? found.DefaultDuration);
            if (lease.IsExpired(now))
            {
                throw new LeaseException(
                    "LeaseExpired",
                    MulticastErrorKind.InvalidState,
                    address.ToString(),
                    "The lease on " + address + " ended at " + Utc(lease.EndUtc) + ", so it cannot be renewed; the next change to pool '" + found.Name + "' reclaims it.",
                    Remedy.Of(RemedyKind.RequestAgain, ("Address", address), ("Pool", found.Name), ("Owner", lease.Owner)));
            }

            List<MulticastAddressLease> reclaimed = Reclaim(transaction, found, now);
            LeaseRecord renewed = lease.Renewed(now + length);
            transaction.SaveLease(renewed);
            return new LeaseResult(new[] { new MulticastAddressLease(renewed, LeaseState.Active) }, reclaimed);
        });

        /// <summary>Releases a lease, active or expired. <paramref name="owner"/> and <paramref name="pool"/>, when given, must match it.</summary>
        public LeaseResult Release(IPAddressValue address, string? owner = null, string? pool = null) => Store.Update(transaction =>
        {
            DateTime now = _utcNow();
            LeaseRecord lease = FindLease(transaction, address, owner, pool);
            transaction.DeleteLease(address);
            List<MulticastAddressLease> reclaimed = Reclaim(transaction, FindPool(transaction, lease.Pool), now);
            return new LeaseResult(new[] { new MulticastAddressLease(lease, LeaseState.Released) }, reclaimed);
        });

        private static List<MulticastAddressLease> Reclaim(ILeaseTransaction transaction, MulticastAddressPool pool, DateTime now)
        {
            var expired = transaction.ExpiredLeases(pool.Name, now).OrderBy(l => l.Address).ToList();
            foreach (LeaseRecord lease in expired)
            {
                transaction.DeleteLease(lease.Address);
            }

            return expired.Select(l => new MulticastAddressLease(l, LeaseState.Reclaimed)).ToList();
        }

        private static MulticastAddressPool FindPool(ILeaseTransaction transaction, string name) =>
            transaction.FindPool(name ?? string.Empty)
            ?? throw new MulticastNotFoundException("PoolNotFound", name, "The store has no pool named '" + name + "'.", Remedy.Of(RemedyKind.ListOrCreatePool));

        private static LeaseRecord FindLease(ILeaseTransaction transaction, IPAddressValue address, string? owner, string? pool)
        {
            LeaseRecord? lease = transaction.FindLease(address);
            if (lease is null || (pool != null && !string.Equals(lease.Pool, pool, StringComparison.OrdinalIgnoreCase)))
            {
                throw new MulticastNotFoundException(
                    "LeaseNotFound",
                    address.ToString(),
                    "No lease holds " + address + (pool is null ? string.Empty : " in pool '" + pool + "'") + ".",
                    Remedy.Of(RemedyKind.ListLeases));
            }

            if (owner != null && !string.Equals(lease.Owner, owner.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                throw new LeaseException(
                    "LeaseOwnerMismatch",
                    MulticastErrorKind.InvalidState,
                    address.ToString(),
                    "The lease on " + address + " belongs to '" + lease.Owner + "', not '" + owner + "'; only its owner's name opens it.",
                    Remedy.Of(RemedyKind.GiveOwner, ("Owner", lease.Owner)));
            }

            return lease;
        }

        private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
