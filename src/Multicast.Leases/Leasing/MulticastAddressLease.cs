using System;
using System.Net;

namespace Multicast.Leases
{
    /// <summary>
    /// A lease as the module shows it: the group, its pool, owner, times, state and Ethernet MAC address.
    /// Start and End are local times, so they compare with Get-Date; the store keeps UTC. ToString() is the group.
    /// </summary>
    /// <remarks>
    /// The public properties are what a serializer writes (canonical text, enum names); the typed values are the
    /// internal <c>...Value</c> members, which the module shows under the public names (Multicast.Types.ps1xml).
    /// </remarks>
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
            StateValue = state;
            ServerValue = server;
            ScopeIdValue = scopeId is null ? (IPAddressValue?)null : IPAddressValue.FromIPAddress(scopeId);
        }

        public string Address => AddressValue.ToString();

        /// <summary>The name of the pool the group was leased from.</summary>
        public string Pool => Record.Pool;

        public string Owner => Record.Owner;

        public DateTime Start => Record.StartUtc.ToLocalTime();

        public DateTime End => Record.EndUtc.ToLocalTime();

        /// <summary>Where the lease stands (<see cref="LeaseState"/>).</summary>
        public string State => StateValue.ToString();

        /// <summary>The client's own name for the lease (a MADCAP Lease Identifier) in hex, or null.</summary>
        public string? ClientId => ClientIdValue?.ToString();

        /// <summary>The MADCAP server that holds the lease, where it is renewed and released (RFC 2730 §2.2.7, §2.2.8); null for a lease of a local store.</summary>
        public string? Server => ServerValue is null ? null : EndPointText.Format(ServerValue);

        /// <summary>For a lease from a MADCAP server, the Scope ID of the scope it came from (RFC 2730 §3.5); otherwise null.</summary>
        public string? ScopeId => ScopeIdValue?.ToString();

        /// <summary>The Ethernet address the group is sent to (RFC 1112 §6.4, RFC 2464 §7), such as 01-00-5E-40-01-02.</summary>
        public string MacAddress => MulticastMac.Format(MulticastMac.GetMac(AddressValue));

        internal IPAddressValue AddressValue => Record.Address;

        internal LeaseState StateValue { get; }

        internal ClientIdentifier? ClientIdValue => Record.ClientId;

        internal IPEndPoint? ServerValue { get; }

        internal IPAddressValue? ScopeIdValue { get; }

        /// <summary>The stored lease behind this view.</summary>
        internal LeaseRecord Record { get; }

        public override string ToString() => Record.Address.ToString();
    }
}
