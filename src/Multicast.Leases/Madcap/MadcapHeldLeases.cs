using System;
using System.Collections.Generic;
using System.Linq;
using Multicast.Madcap;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// A lease a MADCAP server granted this client, as the module shows leases: one <see cref="MulticastAddressLease"/> a
    /// group, with the server that holds it (where it is renewed and released, RFC 2730 §2.2.7, §2.2.8), its scope, and
    /// its Lease Identifier as the client identifier.
    /// </summary>
    public static class MadcapHeldLeases
    {
        public static IReadOnlyList<MulticastAddressLease> From(MadcapLease lease, string pool, string owner, DateTime nowUtc)
        {
            if (lease is null)
            {
                throw new ArgumentNullException(nameof(lease));
            }

            byte[] octets = lease.LeaseIdentifier.ToArray();
            ClientIdentifier? clientId = octets.Length <= ClientIdentifier.MaximumLength ? new ClientIdentifier(octets) : null;
            DateTime start = DateTime.SpecifyKind(lease.Start, DateTimeKind.Utc);
            DateTime end = DateTime.SpecifyKind(lease.End, DateTimeKind.Utc);
            LeaseState state = end <= nowUtc ? LeaseState.Expired : start > nowUtc ? LeaseState.Scheduled : LeaseState.Active;
            return lease.EnumerateAddresses()
                .Select(address => new MulticastAddressLease(new LeaseRecord(IPAddressValue.FromIPAddress(address), pool, owner, start, end, clientId), state, lease.Server, lease.Scope))
                .ToList()
                .AsReadOnly();
        }
    }
}
