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
    /// Thread-safe: the store runs one transaction at a time, so many threads (a server's) may share one service;
    /// on a file store, the changes of the threads that wait for a commit are committed together.
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
                throw new LeaseException("PoolNameTaken", MulticastErrorKind.Conflict, pool.Name, "The store already has a pool named '" + sameName.Name + "' (" + sameName.PrefixValue + ").", Remedy.Of(RemedyKind.ChooseAnotherPoolName, ("Pool", sameName.Name)));
            }

            foreach (MulticastAddressPool other in transaction.Pools)
            {
                if (other.PrefixValue.Contains(pool.PrefixValue) || pool.PrefixValue.Contains(other.PrefixValue))
                {
                    throw new LeaseException(
                        "PoolOverlap",
                        MulticastErrorKind.Conflict,
                        pool.PrefixValue.ToString(),
                        pool.PrefixValue + " overlaps pool '" + other.Name + "' (" + other.PrefixValue + "). A group belongs to one pool so that it is never leased twice; choose a prefix outside " + other.PrefixValue + ".");
                }
            }

            transaction.SavePool(pool);
            return pool;
        });

        /// <summary>Every pool, by name, with its count of active leases.</summary>
        public IReadOnlyList<MulticastAddressPool> GetPools() => Store.Read(transaction =>
        {
            DateTime now = _utcNow();
            var held = transaction.HeldGroups.ToList();
            return transaction.Pools.Select(p => p.WithActiveLeases(transaction.CountActiveLeases(p.Name, now), held.Count(g => p.PrefixValue.Contains(g)))).ToList();
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
        public LeaseResult Request(string pool, string owner, TimeSpan? duration = null, int count = 1) =>
            Request(new LeaseRequest(pool, owner) { Duration = duration, Count = count });

        /// <summary>Leases exactly <paramref name="address"/>, or says why it cannot be.</summary>
        public LeaseResult Request(string pool, string owner, IPAddressValue address, TimeSpan? duration = null) =>
            Request(new LeaseRequest(pool, owner) { Address = address, Duration = duration });

        /// <summary>Leases what <paramref name="request"/> asks for, all or none, in one transaction.</summary>
        public LeaseResult Request(LeaseRequest request)
        {
            Func<ILeaseTransaction, LeaseResult> change = Requesting(request);
            return Store.Update(change);
        }

        /// <summary>
        /// Each request as its own transaction, committed together (for a file store, one journal append and one
        /// flush): what a server does with the requests that arrived while the last commit was flushed. Each
        /// outcome is that request's result, or its own error.
        /// </summary>
        public IReadOnlyList<TransactionOutcome<LeaseResult>> RequestEach(IReadOnlyList<LeaseRequest> requests)
        {
            var changes = new List<Func<ILeaseTransaction, LeaseResult>>(requests.Count);
            foreach (LeaseRequest request in requests)
            {
                Func<ILeaseTransaction, LeaseResult> change;
                try
                {
                    change = Requesting(request);
                }
                catch (Exception exception) when (exception is MulticastException || exception is ArgumentException)
                {
                    change = _ => throw exception;
                }

                changes.Add(change);
            }

            return Store.UpdateEach(changes);
        }

        /// <summary>The lease on <paramref name="address"/>, active, scheduled or expired, or null: a lookup, not a search.</summary>
        public MulticastAddressLease? FindLease(IPAddressValue address) => Store.Read(transaction =>
        {
            LeaseRecord? lease = transaction.FindLease(address);
            return lease is null ? null : View(lease, _utcNow());
        });

        /// <summary>The leases held under <paramref name="clientId"/>, by group: a lookup, not a search.</summary>
        public IReadOnlyList<MulticastAddressLease> FindLeases(ClientIdentifier clientId) => Store.Read(transaction =>
        {
            DateTime now = _utcNow();
            return transaction.FindLeases(clientId).OrderBy(l => l.Address).Select(l => View(l, now)).ToList();
        });

        /// <summary>
        /// Renews every group of the client's lease (RFC 2730 §2.2.7) for <paramref name="duration"/> (or the pool's
        /// default) from <paramref name="startUtc"/> (or its start, or now if that has passed). An expired lease cannot be renewed.
        /// </summary>
        public LeaseResult Renew(ClientIdentifier clientId, TimeSpan? duration = null, DateTime? startUtc = null) => Store.Update(transaction =>
        {
            DateTime now = _utcNow();
            IReadOnlyList<LeaseRecord> leases = FindClient(transaction, clientId);
            MulticastAddressPool found = FindPool(transaction, leases[0].Pool);
            TimeSpan length = LeaseRules.CheckDuration(duration ?? found.DefaultDurationValue);
            if (leases.All(l => l.IsExpired(now)))
            {
                throw new LeaseException(
                    "LeaseExpired",
                    MulticastErrorKind.InvalidState,
                    clientId.ToString(),
                    "The lease of client " + clientId + " ended at " + Utc(leases.Max(l => l.EndUtc)) + ", so it cannot be renewed; the next change to pool '" + found.Name + "' reclaims it.");
            }

            List<MulticastAddressLease> reclaimed = Reclaim(transaction, found, now);
            var renewed = new List<MulticastAddressLease>();
            foreach (LeaseRecord lease in transaction.FindLeases(clientId).OrderBy(l => l.Address))
            {
                DateTime start = Start(startUtc ?? lease.StartUtc, now);
                LeaseRecord next = lease.Renewed(start, (start > now ? start : now) + length);
                transaction.SaveLease(next);
                renewed.Add(View(next, now));
            }

            return new LeaseResult(renewed, reclaimed);
        });

        /// <summary>Releases every group of the client's lease (RFC 2730 §2.2.8: a lease is released whole).</summary>
        public LeaseResult Release(ClientIdentifier clientId) => Store.Update(transaction =>
        {
            DateTime now = _utcNow();
            IReadOnlyList<LeaseRecord> leases = FindClient(transaction, clientId);
            foreach (LeaseRecord lease in leases)
            {
                transaction.DeleteLease(lease.Address);
            }

            List<MulticastAddressLease> reclaimed = Reclaim(transaction, FindPool(transaction, leases[0].Pool), now);
            return new LeaseResult(leases.OrderBy(l => l.Address).Select(l => new MulticastAddressLease(l, LeaseState.Released)).ToList(), reclaimed);
        });

        /// <summary>The transaction that leases what <paramref name="request"/> asks for; the checks that need no store are made now.</summary>
        private Func<ILeaseTransaction, LeaseResult> Requesting(LeaseRequest request)
        {
            string checkedOwner = LeaseRules.CheckOwner(request.Owner);
            IReadOnlyList<IPAddressValue>? wanted = request.Addresses ?? (request.Address is IPAddressValue one ? new[] { one } : null);
            int count = wanted?.Count ?? request.Count;
            if (count < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(request), count, "Ask for at least one group.");
            }

            if (wanted != null && new HashSet<IPAddressValue>(wanted).Count != wanted.Count)
            {
                throw new ArgumentException("Each group is asked for once.", nameof(request));
            }

            if (request.StartUtc is DateTime asked && asked.Kind != DateTimeKind.Utc)
            {
                throw new ArgumentException("A start time is given in UTC.", nameof(request));
            }

            return transaction =>
            {
                DateTime now = _utcNow();
                MulticastAddressPool found = FindPool(transaction, request.Pool);
                TimeSpan length = LeaseRules.CheckDuration(request.Duration ?? found.DefaultDurationValue);
                DateTime start = Start(request.StartUtc, now);
                if (request.ClientId != null && transaction.FindLeases(request.ClientId).Count > 0)
                {
                    throw new LeaseException(
                        "LeaseClientIdInUse",
                        MulticastErrorKind.Conflict,
                        request.ClientId.ToString(),
                        "Client " + request.ClientId + " already holds a lease; a client identifier names one lease (RFC 2730 §2.4).");
                }

                IEnumerable<ulong> offsets;
                List<MulticastAddressLease> reclaimed;
                if (wanted != null)
                {
                    var exact = new List<ulong>(wanted.Count);
                    foreach (IPAddressValue address in wanted)
                    {
                        exact.Add(CheckWanted(found, address));
                        if (request.Avoid != null && request.Avoid.Contains(address))
                        {
                            throw new LeaseException(
                                "LeaseAddressInUse",
                                MulticastErrorKind.Conflict,
                                address.ToString(),
                                address + " is free in pool '" + found.Name + "', but in use outside the store: a group this request avoids, such as one an announced session uses.",
                                Remedy.Of(RemedyKind.RequestUnusedGroup));
                        }

                        if (transaction.IsHeld(address))
                        {
                            throw new LeaseException(
                                "LeaseAddressQuarantined",
                                MulticastErrorKind.InvalidState,
                                address.ToString(),
                                address + " is held in quarantine: a journal record of the store that could not be trusted may lease it, so nobody gets it until the store is repaired.",
                                Remedy.Of(RemedyKind.RepairStore, ("Path", Store.Location), ("Kept", Store.Location + LeaseQuarantine.Suffix)));
                        }
                    }

                    reclaimed = Reclaim(transaction, found, now);
                    foreach (IPAddressValue address in wanted)
                    {
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
                    }

                    offsets = exact;
                }
                else
                {
                    reclaimed = Reclaim(transaction, found, now);
                    offsets = _allocator.Pick(found, transaction, count, request.Avoid);
                }

                var leases = new List<MulticastAddressLease>(count);
                foreach (ulong offset in offsets)
                {
                    var lease = new LeaseRecord(found.AddressAt(offset), found.Name, checkedOwner, start, start + length, request.ClientId);
                    transaction.SaveLease(lease);
                    leases.Add(View(lease, now));
                }

                return new LeaseResult(leases, reclaimed);
            };
        }

        /// <summary>The offset of <paramref name="address"/> in <paramref name="pool"/>, or why it cannot be leased.</summary>
        private static ulong CheckWanted(MulticastAddressPool pool, IPAddressValue address)
        {
            if (!pool.TryGetOffset(address, out ulong offset))
            {
                throw new MulticastRuleException("LeaseAddressNotInPool", address.ToString(), address + " is not in pool '" + pool.Name + "' (" + pool.PrefixValue + "); ask for a group inside " + pool.PrefixValue + ", or use the pool that holds it.");
            }

            MulticastRuleException? blocked = pool.ExplainBlocked(offset);
            if (blocked != null)
            {
                throw blocked;
            }

            return offset;
        }

        /// <summary>Leases that <paramref name="filter"/> accepts, by group; expired ones only with <paramref name="includeExpired"/>.</summary>
        public IReadOnlyList<MulticastAddressLease> GetLeases(Func<LeaseRecord, bool>? filter = null, bool includeExpired = false) => Store.Read(transaction =>
        {
            DateTime now = _utcNow();
            return transaction.Leases
                .Where(l => (includeExpired || !l.IsExpired(now)) && (filter is null || filter(l)))
                .OrderBy(l => l.Address)
                .Select(l => View(l, now))
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
            TimeSpan length = LeaseRules.CheckDuration(duration ?? found.DefaultDurationValue);
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
            LeaseRecord renewed = lease.Renewed((lease.StartUtc > now ? lease.StartUtc : now) + length);
            transaction.SaveLease(renewed);
            return new LeaseResult(new[] { View(renewed, now) }, reclaimed);
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
            var expired = new List<LeaseRecord>(transaction.ExpiredLeases(pool.Name, now));
            var reclaimed = new List<MulticastAddressLease>(expired.Count);
            if (expired.Count == 0)
            {
                return reclaimed;
            }

            expired.Sort((a, b) => a.Address.CompareTo(b.Address));
            foreach (LeaseRecord lease in expired)
            {
                transaction.DeleteLease(lease.Address);
                reclaimed.Add(new MulticastAddressLease(lease, LeaseState.Reclaimed));
            }

            return reclaimed;
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

        private static IReadOnlyList<LeaseRecord> FindClient(ILeaseTransaction transaction, ClientIdentifier clientId)
        {
            IReadOnlyList<LeaseRecord> leases = transaction.FindLeases(clientId ?? throw new ArgumentNullException(nameof(clientId)));
            return leases.Count > 0
                ? leases
                : throw new MulticastNotFoundException("LeaseClientNotFound", clientId.ToString(), "No lease is held under client identifier " + clientId + ".", Remedy.Of(RemedyKind.ListLeases));
        }

        /// <summary>A lease starts when asked, or now when that is not later.</summary>
        private static DateTime Start(DateTime? asked, DateTime now) => asked is DateTime start && start > now ? start : now;

        /// <summary>The lease as a caller sees it at <paramref name="now"/>.</summary>
        private static MulticastAddressLease View(LeaseRecord lease, DateTime now) =>
            new MulticastAddressLease(lease, lease.IsExpired(now) ? LeaseState.Expired : lease.StartUtc > now ? LeaseState.Scheduled : LeaseState.Active);

        private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
