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
        private bool _clientsIndexed;
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

        public IEnumerable<LeaseRecord> Leases => _indexes.SelectMany(index => index.All());

        public int LeaseCount => _indexes.Sum(index => index.Count);

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
            IndexOf(pool.Name).Prefix = pool.PrefixValue;
            _changes?.Add(LeaseChange.SavePool(pool));
            _undo?.Add(() =>
            {
                _pools.Remove(pool.Name);
                IndexOf(pool.Name).Prefix = old?.PrefixValue;
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
                IndexOf(old.Name).Prefix = old.PrefixValue;
            });
            return true;
        }

        public IEnumerable<LeaseRecord> LeasesInPool(string pool) =>
            _byPool.TryGetValue(pool, out PoolLeases? leases) ? leases.All() : Enumerable.Empty<LeaseRecord>();

        public int CountActiveLeases(string pool, DateTime nowUtc) => _byPool.TryGetValue(pool, out PoolLeases? leases) ? leases.CountActive(nowUtc) : 0;

        public IEnumerable<LeaseRecord> ExpiredLeases(string pool, DateTime nowUtc)
        {
            return _byPool.TryGetValue(pool, out PoolLeases? leases) ? leases.Expired(nowUtc) : Enumerable.Empty<LeaseRecord>();
        }

        /// <summary>The group's lease: found in the index of the one pool whose prefix holds the group (pools never overlap).</summary>
        public LeaseRecord? FindLease(IPAddressValue address) =>
            RouteOf(address)?.Find(address);

        /// <summary>Groups held in quarantine (a journal record that could not be trusted may lease them), each with a note for people: never leased until repaired.</summary>
        public IReadOnlyDictionary<IPAddressValue, HeldGroup> Held => _held;

        public bool IsHeld(IPAddressValue address) => _held.Count > 0 && _held.ContainsKey(address);

        public IEnumerable<IPAddressValue> HeldGroups => _held.Keys;

        /// <summary>Holds <paramref name="group"/> in quarantine. Holds are not journaled: a store that changes them compacts.</summary>
        public void Hold(HeldGroup group) => _held[group.AddressValue] = group;

        public void ReleaseHolds() => _held.Clear();

        /// <summary>Takes <paramref name="pool"/>'s leases from a snapshot just read, left in its bytes until asked for.</summary>
        public void Load(string pool, SnapshotLeases leases) => IndexOf(pool).Load(leases);

        public IReadOnlyList<LeaseRecord> FindLeases(ClientIdentifier clientId)
        {
            if (!_clientsIndexed)
            {
                // Made at the first lookup by client: a process that never asks pays nothing.
                foreach (LeaseRecord lease in Leases)
                {
                    IndexClient(lease);
                }

                _clientsIndexed = true;
            }

            return _byClient.TryGetValue(clientId, out List<LeaseRecord>? leases) ? leases.ToArray() : Array.Empty<LeaseRecord>();
        }

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

        /// <summary>Replaces <paramref name="old"/> (or nothing) with <paramref name="lease"/> (or nothing) on their group.</summary>
        private void Put(LeaseRecord? old, LeaseRecord? lease)
        {
            LeaseRecord either = (lease ?? old)!;
            IndexOf(either.Pool).Set(either.Address, lease);
            if (!_clientsIndexed)
            {
                return;
            }

            if (old?.ClientId != null && _byClient.TryGetValue(old.ClientId, out List<LeaseRecord>? held))
            {
                held.RemoveAll(l => l.Address == old.Address);
                if (held.Count == 0)
                {
                    _byClient.Remove(old.ClientId);
                }
            }

            if (lease != null)
            {
                IndexClient(lease);
            }
        }

        private void IndexClient(LeaseRecord lease)
        {
            if (lease.ClientId is null)
            {
                return;
            }

            if (!_byClient.TryGetValue(lease.ClientId, out List<LeaseRecord>? held))
            {
                _byClient[lease.ClientId] = held = new List<LeaseRecord>(1);
            }

            held.Add(lease);
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
    }
}
