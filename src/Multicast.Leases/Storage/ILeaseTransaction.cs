using System.Collections.Generic;
namespace Multicast.Leases.Storage
{
    /// <summary>The store's content inside one transaction. Pool names compare without case; a group has at most one lease.</summary>
    public interface ILeaseTransaction
    {
        IEnumerable<MulticastAddressPool> Pools { get; }

        MulticastAddressPool? FindPool(string name);

        /// <summary>Adds the pool, or replaces the one with its name.</summary>
        void SavePool(MulticastAddressPool pool);

        bool DeletePool(string name);

        /// <summary>Every lease, active or expired.</summary>
        IEnumerable<LeaseRecord> Leases { get; }

        IEnumerable<LeaseRecord> LeasesInPool(string pool);

        /// <summary>How many of the pool's leases have not ended at <paramref name="nowUtc"/>; a store may count without reading each lease.</summary>
        int CountActiveLeases(string pool, System.DateTime nowUtc);

        /// <summary>The pool's leases that ended at or before <paramref name="nowUtc"/>. Called on every change, so it should be cheap when there are none.</summary>
        IEnumerable<LeaseRecord> ExpiredLeases(string pool, System.DateTime nowUtc);

        LeaseRecord? FindLease(IPAddressValue address);

        /// <summary>The leases the client named <paramref name="clientId"/> holds (a MADCAP lease may hold several groups); looked up, not searched.</summary>
        System.Collections.Generic.IReadOnlyList<LeaseRecord> FindLeases(ClientIdentifier clientId);

        /// <summary>True when the group is held in quarantine: a journal record that could not be trusted may lease it, so nobody gets it until a person repairs the store.</summary>
        bool IsHeld(IPAddressValue address);

        /// <summary>Every group held in quarantine.</summary>
        IEnumerable<IPAddressValue> HeldGroups { get; }

        /// <summary>Adds the lease, or replaces the one for its group.</summary>
        void SaveLease(LeaseRecord lease);

        bool DeleteLease(IPAddressValue address);
    }
}
