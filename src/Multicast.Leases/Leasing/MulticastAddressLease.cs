using System;
using System.Net;
namespace Multicast.Leases
{
    /// <summary>
    /// A lease as the module shows it: the group, its pool, owner, times, state and Ethernet MAC address.
    /// Start and End are local times, so they compare with Get-Date; the store keeps UTC. ToString() is the group.
    /// </summary>
    public sealed class MulticastAddressLease
    {
        internal MulticastAddressLease(LeaseRecord record, LeaseState state)
            : this(record, state, null, null)
        {
        }

        /// <summary>A lease a MADCAP server holds (RFC 2730): <paramref name="server"/> is where it is renewed and released.</summary>
        internal MulticastAddressLease(LeaseRecord record, LeaseState state, IPEndPoint? server, IPAddress? scopeId)
        {
            Record = record;
            State = state;
            Address = record.Address.ToIPAddress();
            MacAddress = MulticastMac.Format(MulticastMac.GetMac(record.Address));
            Server = server;
            ScopeId = scopeId;
        }

        public IPAddress Address { get; }

        /// <summary>The name of the pool the group was leased from.</summary>
        public string Pool => Record.Pool;

        public string Owner => Record.Owner;

        public DateTime Start => Record.StartUtc.ToLocalTime();

        public DateTime End => Record.EndUtc.ToLocalTime();

        public LeaseState State { get; }

        /// <summary>The client's own name for the lease (a MADCAP Lease Identifier), or null.</summary>
        public ClientIdentifier? ClientId => Record.ClientId;

        /// <summary>The MADCAP server that holds the lease, where it is renewed and released (RFC 2730 §2.2.7, §2.2.8); null for a lease of a local store.</summary>
        public IPEndPoint? Server { get; }

        /// <summary>For a lease from a MADCAP server, the Scope ID of the scope it came from (RFC 2730 §3.5); otherwise null.</summary>
        public IPAddress? ScopeId { get; }

        /// <summary>The Ethernet address the group is sent to (RFC 1112 §6.4, RFC 2464 §7), such as 01-00-5E-40-01-02.</summary>
        public string MacAddress { get; }

        /// <summary>The stored lease behind this view.</summary>
        internal LeaseRecord Record { get; }

        public override string ToString() => Record.Address.ToString();
    }
}
