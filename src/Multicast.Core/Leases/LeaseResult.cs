using System.Collections.Generic;

namespace Multicast
{
    /// <summary>What a lease operation did: the leases it made, renewed or released, and the expired ones it reclaimed.</summary>
    public sealed class LeaseResult
    {
        internal LeaseResult(IReadOnlyList<MulticastAddressLease> leases, IReadOnlyList<MulticastAddressLease> reclaimed)
        {
            Leases = leases;
            Reclaimed = reclaimed;
        }

        public IReadOnlyList<MulticastAddressLease> Leases { get; }

        /// <summary>Expired leases of the same pool that this operation took back (State Reclaimed). Never empty silently: callers report them.</summary>
        public IReadOnlyList<MulticastAddressLease> Reclaimed { get; }
    }

    /// <summary>What a pool change did: the pool as it now is (or was, when removed) and the leases it touched.</summary>
    public sealed class PoolChangeResult
    {
        internal PoolChangeResult(MulticastAddressPool pool, IReadOnlyList<MulticastAddressLease> leases)
        {
            Pool = pool;
            Leases = leases;
        }

        public MulticastAddressPool Pool { get; }

        /// <summary>For a removal, the leases removed with the pool; for a change, active leases on groups the pool now excludes.</summary>
        public IReadOnlyList<MulticastAddressLease> Leases { get; }
    }
}
