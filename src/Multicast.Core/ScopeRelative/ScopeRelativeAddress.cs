using System.Net;
using System.Net.Sockets;

namespace Multicast
{
    /// <summary>
    /// A scope-relative assignment placed in a scope: an IPv4 relative offset in an administrative scope
    /// (RFC 2365 §9), or an IPv6 variable-scope address at a scope (RFC 2375 §3). ToString is the address,
    /// or for a variable-scope range (such as ff05::db8:0:0/96) the prefix or range.
    /// </summary>
    public sealed class ScopeRelativeAddress
    {
        // Made on first read, so that a pipeline of addresses makes no IPAddress it does not show.
        private IPAddress? addressObject;
        private IPAddress? lastAddressObject;

        internal ScopeRelativeAddress(MulticastAssignment assignment, IPAddressValue address, IPAddressValue lastAddress, int? offset, IPPrefix? scopePrefix, MulticastScope? scope)
        {
            Assignment = assignment;
            AddressValue = address;
            LastAddressValue = lastAddress;
            Offset = offset;
            ScopePrefix = scopePrefix;
            Scope = scope;
        }

        /// <summary>The group address (for a range, its first address).</summary>
        public IPAddress Address => addressObject ??= AddressValue.ToIPAddress();

        /// <summary>The last address: the same as <see cref="Address"/> except for variable-scope ranges.</summary>
        public IPAddress LastAddress => AddressValue == LastAddressValue ? Address : lastAddressObject ??= LastAddressValue.ToIPAddress();

        /// <summary>The address, or for a variable-scope range "first-last": what the table shows and ToString gives.</summary>
        public string Range => ToString();

        /// <summary>The IPv4 relative offset, 0-255, counted down from the scope's highest address; null for IPv6.</summary>
        public int? Offset { get; }

        /// <summary>The IANA description, such as "SLPv2 Discovery" or "Unassigned".</summary>
        public string Name => Assignment.Name;

        /// <summary>The IPv4 administrative scope (inside 239.0.0.0/8, /8 to /24); null for IPv6.</summary>
        public IPPrefix? ScopePrefix { get; }

        /// <summary>The IPv6 scope; null for IPv4.</summary>
        public MulticastScope? Scope { get; }

        public string Reference => Assignment.Reference;

        public AddressFamily AddressFamily => AddressValue.AddressFamily;

        /// <summary>The registry row: the relative offset, or the FF0X row.</summary>
        public MulticastAssignment Assignment { get; }

        internal IPAddressValue AddressValue { get; }

        internal IPAddressValue LastAddressValue { get; }

        public override string ToString() => RangeFormatter.Format(AddressValue, LastAddressValue);
    }
}
