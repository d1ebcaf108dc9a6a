using System;
using System.Collections.Generic;

namespace Multicast.Leases
{
    /// <summary>
    /// What a client asks of <see cref="LeaseService.Request(LeaseRequest)"/>: <see cref="Count"/> groups chosen
    /// at random, or exactly <see cref="Address"/>, from a pool, for an owner, for a time, from a start time
    /// (now when null or past), under the client's own identifier when it gives one.
    /// </summary>
    public sealed class LeaseRequest
    {
        public LeaseRequest(string pool, string owner)
        {
            Pool = pool;
            Owner = owner;
        }

        public string Pool { get; }

        public string Owner { get; }

        /// <summary>How many groups, chosen at random among the free ones; 1 when <see cref="Address"/> is given.</summary>
        public int Count { get; set; } = 1;

        /// <summary>The one group wanted, or null for any free one.</summary>
        public IPAddressValue? Address { get; set; }

        /// <summary>The exact groups wanted, all or none (a MADCAP List of Address Ranges, RFC 2730 §3.11); null for any free ones. Overrides <see cref="Address"/> and <see cref="Count"/>.</summary>
        public IReadOnlyList<IPAddressValue>? Addresses { get; set; }

        /// <summary>The lease length from its start; null for the pool's default.</summary>
        public TimeSpan? Duration { get; set; }

        /// <summary>When the lease starts (UTC), such as a MADCAP Start Time; null or a past time means now. The group is held from now on.</summary>
        public DateTime? StartUtc { get; set; }

        /// <summary>The client's name for the lease (a MADCAP Lease Identifier), unique among the store's leases; null for none.</summary>
        public ClientIdentifier? ClientId { get; set; }

        /// <summary>
        /// Groups in use that this request must not get, though the store has them free: informed allocation.
        /// The module fills it with the groups of the SAP sessions heard (RFC 2974); a server (MADCAP) fills it from
        /// its own listener, or any list of groups it knows to be in use. A random choice draws among the other free
        /// groups, every one equally likely, and fails as exhausted when none is left; an exact <see cref="Address"/>
        /// in the set is refused (LeaseAddressInUse). Null or empty: no group is avoided.
        /// </summary>
        public AddressRangeSet? Avoid { get; set; }
    }
}
