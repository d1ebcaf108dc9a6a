using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast
{
    /// <summary>
    /// The in-memory content of a store: pools by name, leases by group. It can record an undo log, so
    /// that a failed transaction on a store that stays in memory leaves no trace.
    /// </summary>
    internal sealed class LeaseBook : ILeaseTransaction
    {
        private readonly Dictionary<string, MulticastAddressPool> _pools = new Dictionary<string, MulticastAddressPool>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<IPAddressValue, LeaseRecord> _leases = new Dictionary<IPAddressValue, LeaseRecord>();
        private List<Action>? _undo;

        /// <summary>True once anything was saved or deleted.</summary>
        public bool Modified { get; private set; }

        /// <summary>When true, every change throws: for <see cref="ILeaseStore.Read{T}"/>.</summary>
        public bool ReadOnly { get; set; }

        public IEnumerable<MulticastAddressPool> Pools => _pools.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase);

        public IEnumerable<LeaseRecord> Leases => _leases.Values;

        public int LeaseCount => _leases.Count;

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
            _undo?.Add(() =>
            {
                _pools.Remove(pool.Name);
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
            _undo?.Add(() => _pools[old.Name] = old);
            return true;
        }

        public IEnumerable<LeaseRecord> LeasesInPool(string pool) =>
            _leases.Values.Where(l => string.Equals(l.Pool, pool, StringComparison.OrdinalIgnoreCase));

        public LeaseRecord? FindLease(IPAddressValue address) => _leases.TryGetValue(address, out LeaseRecord? lease) ? lease : null;

        public void SaveLease(LeaseRecord lease)
        {
            Change();
            LeaseRecord? old = FindLease(lease.Address);
            _leases[lease.Address] = lease;
            _undo?.Add(() =>
            {
                if (old is null)
                {
                    _leases.Remove(lease.Address);
                }
                else
                {
                    _leases[old.Address] = old;
                }
            });
        }

        public bool DeleteLease(IPAddressValue address)
        {
            LeaseRecord? old = FindLease(address);
            if (old is null)
            {
                return false;
            }

            Change();
            _leases.Remove(address);
            _undo?.Add(() => _leases[old.Address] = old);
            return true;
        }

        /// <summary>Starts recording how to undo the changes that follow.</summary>
        public void BeginUndoLog()
        {
            _undo = new List<Action>();
            Modified = false;
        }

        /// <summary>Undoes every change since <see cref="BeginUndoLog"/>, newest first.</summary>
        public void Rollback()
        {
            if (_undo is null)
            {
                return;
            }

            for (int i = _undo.Count - 1; i >= 0; i--)
            {
                _undo[i]();
            }

            _undo = null;
        }

        public void EndUndoLog() => _undo = null;

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
