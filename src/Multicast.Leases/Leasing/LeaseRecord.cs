using System;
namespace Multicast.Leases
{
    /// <summary>One lease as a store keeps it: the group, its pool and owner, and when it began and ends (UTC).</summary>
    public sealed class LeaseRecord
    {
        public LeaseRecord(IPAddressValue address, string pool, string owner, DateTime startUtc, DateTime endUtc)
        {
            if (startUtc.Kind != DateTimeKind.Utc || endUtc.Kind != DateTimeKind.Utc)
            {
                throw new ArgumentException("Lease times are kept in UTC.");
            }

            Address = address;
            Pool = pool ?? throw new ArgumentNullException(nameof(pool));
            Owner = owner ?? throw new ArgumentNullException(nameof(owner));
            StartUtc = startUtc;
            EndUtc = endUtc;
        }

        public IPAddressValue Address { get; }

        public string Pool { get; }

        public string Owner { get; }

        public DateTime StartUtc { get; }

        public DateTime EndUtc { get; }

        /// <summary>True once the lease has run out at <paramref name="nowUtc"/>.</summary>
        public bool IsExpired(DateTime nowUtc) => EndUtc <= nowUtc;

        public LeaseRecord Renewed(DateTime endUtc) => new LeaseRecord(Address, Pool, Owner, StartUtc, endUtc);
    }
}
