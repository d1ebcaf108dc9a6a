using System.Collections.Generic;
namespace Multicast.Leases
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
}
