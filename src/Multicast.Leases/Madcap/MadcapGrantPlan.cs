using System;
using System.Collections.Generic;

namespace Multicast.Leases.Madcap
{
    /// <summary>What a server grants one request (RFC 2730 §2.2.2-§2.2.7): the Lease Time, the start, how long the store holds the groups (the lease plus [EXTRA-ALLOCATION-TIME], §2.12), and how many groups, or exactly which.</summary>
    internal readonly struct MadcapGrantPlan
    {
        public MadcapGrantPlan(uint leaseSeconds, DateTime start, TimeSpan held, int minimum, int desired, IReadOnlyList<IPAddressValue>? exact)
        {
            LeaseSeconds = leaseSeconds;
            Start = start;
            Held = held;
            Minimum = minimum;
            Desired = desired;
            Exact = exact;
        }

        /// <summary>The Lease Time to answer with, seconds from <see cref="Start"/>.</summary>
        public uint LeaseSeconds { get; }

        /// <summary>UTC; now, or the Start Time asked for.</summary>
        public DateTime Start { get; }

        /// <summary>The store lease's length from <see cref="Start"/>: the lease and the extra allocation time.</summary>
        public TimeSpan Held { get; }

        public int Minimum { get; }

        public int Desired { get; }

        /// <summary>The groups a List of Address Ranges asked for, or null for any.</summary>
        public IReadOnlyList<IPAddressValue>? Exact { get; }
    }
}
