namespace Multicast
{
    /// <summary>A multicast group and the Ethernet MAC it is sent to (RFC 1112 §6.4, RFC 2464 §7). Made by <see cref="MulticastMac"/>.</summary>
    /// <remarks>
    /// The public properties are what a serializer writes (canonical text); the typed values are the internal
    /// <c>...Value</c> members, which the module shows under the public names (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class MulticastMacMapping
    {
        private readonly ulong mac;

        // Made on first read, so that a pipeline of mappings makes no text it does not show.
        private string? macAddress;

        internal MulticastMacMapping(IPAddressValue address, ulong mac, IPAddressValue? aliasOf)
        {
            AddressValue = address;
            this.mac = mac;
            AliasOfValue = aliasOf;
        }

        public string Address => AddressValue.ToString();

        /// <summary>01-00-5E-xx-xx-xx for IPv4, 33-33-xx-xx-xx-xx for IPv6.</summary>
        public string MacAddress => macAddress ??= MulticastMac.Format(mac);

        /// <summary>When this group is listed as an alias, the group whose MAC it shares; otherwise null.</summary>
        public string? AliasOf => AliasOfValue?.ToString();

        /// <summary>
        /// True when the MAC is that of a 224.0.0.x or 224.0.1.x group, which IGMP-snooping switches flood to
        /// every port (RFC 4541 §2.1.2). See <see cref="MulticastMac.SharesControlBlockMac"/>.
        /// </summary>
        public bool SharesControlBlockMac => MulticastMac.SharesControlBlockMac(AddressValue);

        internal IPAddressValue AddressValue { get; }

        internal IPAddressValue? AliasOfValue { get; }

        /// <summary>The canonical address (RFC 5952 for IPv6).</summary>
        public override string ToString() => AddressValue.ToString();
    }
}
