using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// One pool's leases in a <see cref="LeaseBook"/>: those of the snapshot it was read from, left in the
    /// snapshot's bytes (<see cref="SnapshotLeases"/>), under the changes made since (a lease saved, or null for
    /// one deleted), and a lower bound on their earliest end: while it lies in the future, no lease has expired
    /// and nothing needs scanning. Adding a lease can only lower it; removing one leaves a bound that is still
    /// true. A scan, when the bound has passed, makes it exact again.
    /// </summary>
    internal sealed class PoolLeases
    {
        private readonly Dictionary<IPAddressValue, LeaseRecord?> _changed = new Dictionary<IPAddressValue, LeaseRecord?>();
        private SnapshotLeases? _snapshot;
        private DateTime? _endBound;

        public PoolLeases(string name) => Name = name;

        /// <summary>The pool's name as first seen; lease records of one pool share this string.</summary>
        public string Name { get; }

        /// <summary>The pool's prefix while the book holds the pool: lookups by group go to the index whose prefix holds it.</summary>
        public IPPrefix? Prefix { get; set; }

        public int Count { get; private set; }

        /// <summary>The pool's leases in a snapshot just read, before any change.</summary>
        public void Load(SnapshotLeases snapshot)
        {
            _snapshot = snapshot;
            Count += snapshot.Count;
            _endBound = null;
        }

        public LeaseRecord? Find(IPAddressValue address)
        {
            if (_changed.TryGetValue(address, out LeaseRecord? changed))
            {
                return changed;
            }

            int index = SnapshotIndexOf(address);
            return index < 0 ? null : _snapshot!.LeaseAt(index);
        }

        /// <summary>Puts <paramref name="lease"/> (or, when null, no lease) on <paramref name="address"/>.</summary>
        public void Set(IPAddressValue address, LeaseRecord? lease)
        {
            bool had = _changed.TryGetValue(address, out LeaseRecord? changed) ? changed != null : SnapshotIndexOf(address) >= 0;
            _changed[address] = lease;
            Count += (lease is null ? 0 : 1) - (had ? 1 : 0);
            if (lease != null && _endBound.HasValue && lease.EndUtc < _endBound.Value)
            {
                _endBound = lease.EndUtc;
            }
        }

        /// <summary>Every lease, as objects: the snapshot's that no change replaced, then the changes'.</summary>
        public IEnumerable<LeaseRecord> All()
        {
            if (_snapshot != null)
            {
                for (int i = 0; i < _snapshot.Count; i++)
                {
                    if (_changed.Count == 0 || !_changed.ContainsKey(_snapshot.AddressAt(i)))
                    {
                        yield return _snapshot.LeaseAt(i);
                    }
                }
            }

            foreach (LeaseRecord? lease in _changed.Values)
            {
                if (lease != null)
                {
                    yield return lease;
                }
            }
        }

        /// <summary>The leases not ended at <paramref name="nowUtc"/>, counted with the snapshot's end times read in place.</summary>
        public int CountActive(DateTime nowUtc)
        {
            int active = 0;
            for (int i = 0; i < (_snapshot?.Count ?? 0); i++)
            {
                if (_snapshot!.EndTicksAt(i) > nowUtc.Ticks && (_changed.Count == 0 || !_changed.ContainsKey(_snapshot.AddressAt(i))))
                {
                    active++;
                }
            }

            foreach (LeaseRecord? lease in _changed.Values)
            {
                active += lease != null && !lease.IsExpired(nowUtc) ? 1 : 0;
            }

            return active;
        }

        public List<LeaseRecord> Expired(DateTime nowUtc)
        {
            var expired = new List<LeaseRecord>();
            if (_endBound.HasValue && _endBound.Value > nowUtc)
            {
                return expired;
            }

            // The snapshot's ends are read in place: only expired leases become objects.
            long earliest = DateTime.MaxValue.Ticks;
            for (int i = 0; i < (_snapshot?.Count ?? 0); i++)
            {
                long end = _snapshot!.EndTicksAt(i);
                if ((end <= nowUtc.Ticks || end < earliest) && (_changed.Count == 0 || !_changed.ContainsKey(_snapshot.AddressAt(i))))
                {
                    earliest = Math.Min(earliest, end);
                    if (end <= nowUtc.Ticks)
                    {
                        expired.Add(_snapshot.LeaseAt(i));
                    }
                }
            }

            foreach (LeaseRecord? lease in _changed.Values)
            {
                if (lease != null)
                {
                    earliest = Math.Min(earliest, lease.EndUtc.Ticks);
                    if (lease.IsExpired(nowUtc))
                    {
                        expired.Add(lease);
                    }
                }
            }

            _endBound = new DateTime(earliest, DateTimeKind.Utc);
            return expired;
        }

        private int SnapshotIndexOf(IPAddressValue address) =>
            _snapshot is null || !(Prefix is IPPrefix prefix) || !prefix.Contains(address)
                ? -1
                : _snapshot.IndexOf(address.IsIPv4 ? address.IPv4 - prefix.Network.IPv4 : address.Low - prefix.Network.Low);
    }
}
