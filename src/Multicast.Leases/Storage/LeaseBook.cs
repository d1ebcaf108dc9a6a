using System;
using System.Collections.Generic;
using System.Linq;
namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The in-memory content of a store: pools by name, leases by group and by pool, and a bound on each
    /// pool's earliest lease end, so that looking for expired leases on every change costs nothing while
    /// there are none. Inside a transaction it records an undo log, so that a failed transaction on a book
    /// that stays in memory leaves no trace, and, when asked, the list of changes, which the file store
    /// appends to its journal.
    /// </summary>
    internal sealed class LeaseBook : ILeaseTransaction
    {
        private readonly Dictionary<string, MulticastAddressPool> _pools = new Dictionary<string, MulticastAddressPool>(StringComparer.OrdinalIgnoreCase);
        private readonly List<PoolLeases> _indexes = new List<PoolLeases>();
        private readonly Dictionary<string, PoolLeases> _byPool = new Dictionary<string, PoolLeases>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<ClientIdentifier, List<LeaseRecord>> _byClient = new Dictionary<ClientIdentifier, List<LeaseRecord>>();
        private readonly Dictionary<IPAddressValue, HeldGroup> _held = new Dictionary<IPAddressValue, HeldGroup>();
        private List<Action>? _undo;
        private List<LeaseChange>? _changes;
        private int _changesMark;
        private PoolLeases? _lastPool;

        private PoolLeases? _lastRouted;

        public LeaseBook()
        {
        }

        /// <summary>True once anything was saved or deleted.</summary>
        public bool Modified { get; private set; }

        /// <summary>When true, every change throws: for <see cref="ILeaseStore.Read{T}"/>.</summary>
        public bool ReadOnly { get; set; }

        public IEnumerable<MulticastAddressPool> Pools => _pools.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase);

        public IEnumerable<LeaseRecord> Leases => _indexes.SelectMany(index => index.Leases.Values);

        public int LeaseCount => _indexes.Sum(index => index.Leases.Count);

        /// <summary>The changes recorded since <see cref="ClearChanges"/>, over every transaction that asked to record them, in order.</summary>
        public IReadOnlyList<LeaseChange> Changes => (IReadOnlyList<LeaseChange>?)_changes ?? Array.Empty<LeaseChange>();

        public MulticastAddressPool? FindPool(string name) => _pools.TryGetValue(name, out MulticastAddressPool? pool) ? pool : null;

        public void SavePool(MulticastAddressPool pool)
        {
            Change();
            MulticastAddressPool? old = FindPool(pool.Name);
            if (old != null)
            {
                _pools.Remove(old.Name);
            }

            _pools[pool.Name] = pool;
            IndexOf(pool.Name).Prefix = pool.Prefix;
            _changes?.Add(LeaseChange.SavePool(pool));
            _undo?.Add(() =>
            {
                _pools.Remove(pool.Name);
                IndexOf(pool.Name).Prefix = old?.Prefix;
                if (old != null)
                {
                    _pools[old.Name] = old;
                }
            });
        }

        public bool DeletePool(string name)
        {
            MulticastAddressPool? old = FindPool(name);
            if (old is null)
            {
                return false;
            }

            Change();
            _pools.Remove(old.Name);
            IndexOf(old.Name).Prefix = null;
            _changes?.Add(LeaseChange.DeletePool(old.Name));
            _undo?.Add(() =>
            {
                _pools[old.Name] = old;
                IndexOf(old.Name).Prefix = old.Prefix;
            });
            return true;
        }

        public IEnumerable<LeaseRecord> LeasesInPool(string pool) =>
            _byPool.TryGetValue(pool, out PoolLeases? leases) ? leases.Leases.Values : Enumerable.Empty<LeaseRecord>();

        public IEnumerable<LeaseRecord> ExpiredLeases(string pool, DateTime nowUtc)
        {
            return _byPool.TryGetValue(pool, out PoolLeases? leases) ? leases.Expired(nowUtc) : Enumerable.Empty<LeaseRecord>();
        }

        /// <summary>The group's lease: found in the index of the one pool whose prefix holds the group (pools never overlap).</summary>
        public LeaseRecord? FindLease(IPAddressValue address) =>
            RouteOf(address) is PoolLeases index && index.Leases.TryGetValue(address, out LeaseRecord? lease) ? lease : null;

        /// <summary>Groups held in quarantine (a journal record that could not be trusted may lease them), each with a note for people: never leased until repaired.</summary>
        public IReadOnlyDictionary<IPAddressValue, HeldGroup> Held => _held;

        public bool IsHeld(IPAddressValue address) => _held.Count > 0 && _held.ContainsKey(address);

        public IEnumerable<IPAddressValue> HeldGroups => _held.Keys;

        /// <summary>Holds <paramref name="group"/> in quarantine. Holds are not journaled: a store that changes them compacts.</summary>
        public void Hold(HeldGroup group) => _held[group.Address] = group;

        public void ReleaseHolds() => _held.Clear();

        /// <summary>Makes room for <paramref name="count"/> more leases of <paramref name="pool"/>, before a snapshot is read into the book.</summary>
        public void Reserve(string pool, int count) => IndexOf(pool).Reserve(count);

        /// <summary>
        /// Adds a lease read from a snapshot, of a pool the book holds and inside it, with no transaction, undo or
        /// change record: one hash insert per index. False when the group already has a lease.
        /// </summary>
        public bool TryLoad(LeaseRecord lease)
        {
            PoolLeases index = IndexOf(lease.Pool);
            if (index.Leases.ContainsKey(lease.Address))
            {
                return false;
            }

            index.Add(lease);
            if (lease.ClientId != null)
            {
                if (!_byClient.TryGetValue(lease.ClientId, out List<LeaseRecord>? held))
                {
                    _byClient[lease.ClientId] = held = new List<LeaseRecord>(1);
                }

                held.Add(lease);
            }

            return true;
        }

        public IReadOnlyList<LeaseRecord> FindLeases(ClientIdentifier clientId) =>
            _byClient.TryGetValue(clientId, out List<LeaseRecord>? leases) ? leases.ToArray() : Array.Empty<LeaseRecord>();

        public void SaveLease(LeaseRecord lease)
        {
            Change();
            LeaseRecord? old = FindLease(lease.Address);
            Put(old, lease);
            _changes?.Add(LeaseChange.SaveLease(lease));
            _undo?.Add(() => Put(lease, old));
        }

        public bool DeleteLease(IPAddressValue address)
        {
            LeaseRecord? old = FindLease(address);
            if (old is null)
            {
                return false;
            }

            Change();
            Put(old, null);
            _changes?.Add(LeaseChange.DeleteLease(address));
            _undo?.Add(() => Put(null, old));
            return true;
        }

        /// <summary>
        /// Starts recording how to undo the changes that follow and clears <see cref="Modified"/>; with
        /// <paramref name="recordChanges"/>, also adds them to <see cref="Changes"/>, after those of the
        /// transactions before it (a batch committed as one journal record).
        /// </summary>
        public void BeginTransaction(bool recordChanges = false)
        {
            _undo = new List<Action>();
            _changes = recordChanges ? _changes ?? new List<LeaseChange>() : null;
            _changesMark = _changes?.Count ?? 0;
            Modified = false;
        }

        /// <summary>Undoes every change since <see cref="BeginTransaction"/>, newest first, and forgets them.</summary>
        public void Rollback()
        {
            List<Action>? undo = _undo;
            _undo = null;
            for (int i = (undo?.Count ?? 0) - 1; i >= 0; i--)
            {
                undo![i]();
            }

            _changes?.RemoveRange(_changesMark, _changes.Count - _changesMark);
            Modified = false;
        }

        /// <summary>Keeps the transaction's changes; they stay in <see cref="Changes"/> until <see cref="ClearChanges"/>.</summary>
        public void EndTransaction() => _undo = null;

        /// <summary>Stops recording changes and forgets those recorded.</summary>
        public void ClearChanges() => _changes = null;

        /// <summary>Replaces <paramref name="old"/> (or nothing) with <paramref name="lease"/> (or nothing) in both indexes.</summary>
        private void Put(LeaseRecord? old, LeaseRecord? lease)
        {
            if (old != null)
            {
                IndexOf(old.Pool).Remove(old);
                if (old.ClientId != null && _byClient.TryGetValue(old.ClientId, out List<LeaseRecord>? held))
                {
                    held.Remove(old);
                    if (held.Count == 0)
                    {
                        _byClient.Remove(old.ClientId);
                    }
                }
            }

            if (lease != null)
            {
                IndexOf(lease.Pool).Add(lease);
                if (lease.ClientId != null)
                {
                    if (!_byClient.TryGetValue(lease.ClientId, out List<LeaseRecord>? held))
                    {
                        _byClient[lease.ClientId] = held = new List<LeaseRecord>(1);
                    }

                    held.Add(lease);
                }
            }
        }

        /// <summary>The index of the pool whose prefix holds <paramref name="address"/>, or null; the last one found is tried first.</summary>
        private PoolLeases? RouteOf(IPAddressValue address)
        {
            PoolLeases? last = _lastRouted;
            if (last?.Prefix is IPPrefix known && known.Contains(address))
            {
                return last;
            }

            foreach (PoolLeases index in _indexes)
            {
                if (index.Prefix is IPPrefix prefix && prefix.Contains(address))
                {
                    return _lastRouted = index;
                }
            }

            return null;
        }

        /// <summary>The pool's index; leases come pool by pool, so the last one found is likely the next.</summary>
        private PoolLeases IndexOf(string pool)
        {
            if (_lastPool != null && ReferenceEquals(_lastPool.Name, pool))
            {
                return _lastPool;
            }

            if (!_byPool.TryGetValue(pool, out PoolLeases? leases))
            {
                _byPool[pool] = leases = new PoolLeases(pool);
                _indexes.Add(leases);
            }

            return _lastPool = leases;
        }

        private void Change()
        {
            if (ReadOnly)
            {
                throw new InvalidOperationException("This is a read-only view of the lease store.");
            }

            Modified = true;
        }

        /// <summary>
        /// One pool's leases, and a lower bound on their earliest end: while it lies in the future, no lease
        /// has expired and nothing needs scanning. Adding a lease can only lower it; removing one leaves a
        /// bound that is still true. A scan, when the bound has passed, makes it exact again.
        /// </summary>
        private sealed class PoolLeases
        {
            private DateTime? _endBound;

            public PoolLeases(string name) => Name = name;

            /// <summary>The pool's name as first seen; lease records of one pool share this string.</summary>
            public string Name { get; }

            /// <summary>The pool's prefix while the book holds the pool: lookups by group go to the index whose prefix holds it.</summary>
            public IPPrefix? Prefix { get; set; }

            public Dictionary<IPAddressValue, LeaseRecord> Leases { get; private set; } = new Dictionary<IPAddressValue, LeaseRecord>();

            public void Reserve(int count)
            {
                if (Leases.Count == 0)
                {
                    Leases = new Dictionary<IPAddressValue, LeaseRecord>(count);
                }
            }

            public void Add(LeaseRecord lease)
            {
                Leases[lease.Address] = lease;
                if (_endBound.HasValue && lease.EndUtc < _endBound.Value)
                {
                    _endBound = lease.EndUtc;
                }
            }

            public void Remove(LeaseRecord lease) => Leases.Remove(lease.Address);

            public List<LeaseRecord> Expired(DateTime nowUtc)
            {
                var expired = new List<LeaseRecord>();
                if (_endBound.HasValue && _endBound.Value > nowUtc)
                {
                    return expired;
                }

                DateTime earliest = DateTime.MaxValue;
                foreach (LeaseRecord lease in Leases.Values)
                {
                    earliest = lease.EndUtc < earliest ? lease.EndUtc : earliest;
                    if (lease.IsExpired(nowUtc))
                    {
                        expired.Add(lease);
                    }
                }

                _endBound = earliest;
                return expired;
            }
        }
    }
}
