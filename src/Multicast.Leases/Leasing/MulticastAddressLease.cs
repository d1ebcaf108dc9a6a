using System;

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
        {
            Record = record;
            StateValue = state;
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

        /// <summary>The Ethernet address the group is sent to (RFC 1112 §6.4, RFC 2464 §7), such as 01-00-5E-40-01-02.</summary>
        public string MacAddress => MulticastMac.Format(MulticastMac.GetMac(AddressValue));

        internal IPAddressValue AddressValue => Record.Address;

        internal LeaseState StateValue { get; }

        internal ClientIdentifier? ClientIdValue => Record.ClientId;

        /// <summary>The stored lease behind this view.</summary>
        internal LeaseRecord Record { get; }

        public override string ToString() => Record.Address.ToString();
    }
}
