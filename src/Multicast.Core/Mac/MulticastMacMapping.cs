using System.Net;

namespace Multicast
{
    /// <summary>A multicast group and the Ethernet MAC it is sent to (RFC 1112 §6.4, RFC 2464 §7). Made by <see cref="MulticastMac"/>.</summary>
    public sealed class MulticastMacMapping
    {
        private readonly IPAddressValue address;
        private readonly ulong mac;
        private readonly IPAddressValue? aliasOf;

        // Made on first read, so that a pipeline of mappings makes no text or IPAddress it does not show.
        private IPAddress? addressObject;
        private string? macAddress;
        private IPAddress? aliasOfObject;

        internal MulticastMacMapping(IPAddressValue address, ulong mac, IPAddressValue? aliasOf)
        {
            this.address = address;
            this.mac = mac;
            this.aliasOf = aliasOf;
        }

        public IPAddress Address => addressObject ??= address.ToIPAddress();

        /// <summary>01-00-5E-xx-xx-xx for IPv4, 33-33-xx-xx-xx-xx for IPv6.</summary>
        public string MacAddress => macAddress ??= MulticastMac.Format(mac);

        /// <summary>When this group is listed as an alias, the group whose MAC it shares; otherwise null.</summary>
        public IPAddress? AliasOf => aliasOf.HasValue ? aliasOfObject ??= aliasOf.Value.ToIPAddress() : null;

        /// <summary>
        /// True when the MAC is that of a 224.0.0.x or 224.0.1.x group, which IGMP-snooping switches flood to
        /// every port (RFC 4541 §2.1.2). See <see cref="MulticastMac.SharesControlBlockMac"/>.
        /// </summary>
        public bool SharesControlBlockMac => MulticastMac.SharesControlBlockMac(address);

        /// <summary>The canonical address (RFC 5952 for IPv6).</summary>
        public override string ToString() => address.ToString();
    }
}
