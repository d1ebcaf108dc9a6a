using System;
using System.Collections.Generic;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// How many groups each MADCAP client holds, so that none takes more than its share of the pools (RFC 2730 §1.5: "MADCAP
    /// servers may be configured to limit the number of multicast addresses allocated to a single client"; §4). A client
    /// is an owner, "madcap:" and its address. The counts start from the store and follow this server's grants and
    /// releases; leases that ended, or that someone released through the store, are found when a client reaches its limit,
    /// by looking its Lease Identifiers up again, so the limit never refuses a client that is truly under it. Requests in
    /// flight reserve their groups first, so that concurrent requests of one client cannot pass the limit together.
    /// Thread-safe; no store work is done under the lock.
    /// </summary>
    internal sealed class MadcapClientLeaseLimit
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Dictionary<ClientIdentifier, int>> _held = new Dictionary<string, Dictionary<ClientIdentifier, int>>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _reserved = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _totals = new Dictionary<string, int>(StringComparer.Ordinal);

        public MadcapClientLeaseLimit(int maximum)
        {
            Maximum = maximum;
        }

        public int Maximum { get; }

        /// <summary>Counts the leases of the store that MADCAP clients hold.</summary>
        public void Load(IEnumerable<MulticastAddressLease> leases)
        {
            lock (_gate)
            {
                foreach (MulticastAddressLease lease in leases)
                {
                    if (lease.ClientIdValue != null && lease.Owner.StartsWith(MadcapServerEngine.OwnerPrefix, StringComparison.Ordinal))
                    {
                        Leases(lease.Owner).TryGetValue(lease.ClientIdValue, out int groups);
                        Set(lease.Owner, lease.ClientIdValue, groups + 1);
                    }
                }
            }
        }

        /// <summary>How many more groups <paramref name="owner"/> may get now (not counting reservations of others).</summary>
        public int Room(string owner)
        {
            lock (_gate)
            {
                return Math.Max(0, Maximum - Used(owner));
            }
        }

        /// <summary>Reserves <paramref name="groups"/> for a request of <paramref name="owner"/>; false when that would pass the limit.</summary>
        public bool TryReserve(string owner, int groups)
        {
            lock (_gate)
            {
                if (Used(owner) + groups > Maximum)
                {
                    return false;
                }

                _reserved.TryGetValue(owner, out int reserved);
                _reserved[owner] = reserved + groups;
                return true;
            }
        }

        /// <summary>Ends a reservation; <paramref name="granted"/> groups (0 when the request failed) are now held under <paramref name="clientId"/>.</summary>
        public void Settle(string owner, int reservedGroups, ClientIdentifier clientId, int granted)
        {
            lock (_gate)
            {
                _reserved[owner] = Math.Max(0, _reserved[owner] - reservedGroups);
                if (granted > 0)
                {
                    Set(owner, clientId, granted);
                }
            }
        }

        /// <summary>The lease <paramref name="clientId"/> of <paramref name="owner"/> is gone.</summary>
        public void Forget(string owner, ClientIdentifier clientId)
        {
            lock (_gate)
            {
                Set(owner, clientId, 0);
            }
        }

        /// <summary>Looks the owner's leases up again in the store: those that ended or were released elsewhere stop counting.</summary>
        public void Recount(string owner, ILeaseStore store, DateTime nowUtc)
        {
            List<ClientIdentifier> ids;
            lock (_gate)
            {
                ids = _held.TryGetValue(owner, out Dictionary<ClientIdentifier, int>? leases) ? leases.Keys.ToList() : new List<ClientIdentifier>();
            }

            if (ids.Count == 0)
            {
                return;
            }

            Dictionary<ClientIdentifier, int> counted = store.Read(transaction => ids.ToDictionary(
                id => id,
                id => transaction.FindLeases(id).Count(l => !l.IsExpired(nowUtc) && string.Equals(l.Owner, owner, StringComparison.Ordinal))));
            lock (_gate)
            {
                Dictionary<ClientIdentifier, int> leases = Leases(owner);
                foreach (KeyValuePair<ClientIdentifier, int> pair in counted)
                {
                    if (leases.ContainsKey(pair.Key))
                    {
                        Set(owner, pair.Key, pair.Value);
                    }
                }
            }
        }

        private int Used(string owner)
        {
            _reserved.TryGetValue(owner, out int reserved);
            _totals.TryGetValue(owner, out int held);
            return reserved + held;
        }

        /// <summary>The lease holds <paramref name="groups"/> groups now (0: it is gone); the owner's total follows.</summary>
        private void Set(string owner, ClientIdentifier clientId, int groups)
        {
            Dictionary<ClientIdentifier, int> leases = Leases(owner);
            leases.TryGetValue(clientId, out int before);
            if (groups == 0)
            {
                leases.Remove(clientId);
            }
            else
            {
                leases[clientId] = groups;
            }

            _totals.TryGetValue(owner, out int total);
            _totals[owner] = total - before + groups;
        }

        private Dictionary<ClientIdentifier, int> Leases(string owner)
        {
            if (!_held.TryGetValue(owner, out Dictionary<ClientIdentifier, int>? leases))
            {
                leases = new Dictionary<ClientIdentifier, int>();
                _held.Add(owner, leases);
            }

            return leases;
        }
    }
}
