using System;

namespace Multicast.Leases
{
    /// <summary>
    /// One lease as a store keeps it: the group, its pool and owner, when it starts and ends (UTC), and the
    /// client's identifier when the client gave one. A lease holds its group from the moment it is made until
    /// it ends, even when it starts later (a MADCAP Start Time, RFC 2730 §2.2.4): nobody else gets the group
    /// for the time before.
    /// </summary>
    public sealed class LeaseRecord
    {
        public LeaseRecord(IPAddressValue address, string pool, string owner, DateTime startUtc, DateTime endUtc, ClientIdentifier? clientId = null)
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
            ClientId = clientId;
        }

        public IPAddressValue Address { get; }

        public string Pool { get; }

        public string Owner { get; }

        public DateTime StartUtc { get; }

        public DateTime EndUtc { get; }

        /// <summary>The client's own name for the lease (a MADCAP Lease Identifier), or null.</summary>
        public ClientIdentifier? ClientId { get; }

        /// <summary>True once the lease has run out at <paramref name="nowUtc"/>.</summary>
        public bool IsExpired(DateTime nowUtc) => EndUtc <= nowUtc;

        /// <summary>The same lease, ending at <paramref name="endUtc"/>.</summary>
        public LeaseRecord Renewed(DateTime endUtc) => new LeaseRecord(Address, Pool, Owner, StartUtc, endUtc, ClientId);

        /// <summary>The same lease over a new period.</summary>
        public LeaseRecord Renewed(DateTime startUtc, DateTime endUtc) => new LeaseRecord(Address, Pool, Owner, startUtc, endUtc, ClientId);
    }
}
