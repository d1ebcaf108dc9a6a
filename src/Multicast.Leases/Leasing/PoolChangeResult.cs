using System.Collections.Generic;
namespace Multicast.Leases
{
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
