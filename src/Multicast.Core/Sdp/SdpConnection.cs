using System;
using System.Collections.Generic;

namespace Multicast.Sdp
{
    /// <summary>
    /// A c= line (RFC 8866 §5.7): network type, address type and connection address. An IP4 multicast
    /// address carries a TTL and may carry a number of addresses ("224.2.1.1/127/3"); an IP6 one only the
    /// number ("ff15::101/3"): "the TTL value MUST NOT be present for "IP6" multicast".
    /// </summary>
    public sealed class SdpConnection
    {
        public const string InternetNetworkType = "IN";
        public const string IPv4AddressType = "IP4";
        public const string IPv6AddressType = "IP6";

        /// <summary>A connection as written: <paramref name="address"/> without its slash fields.</summary>
        public SdpConnection(string networkType, string addressType, string address, int? ttl = null, int addressCount = 1)
        {
            NetworkType = networkType ?? throw new ArgumentNullException(nameof(networkType));
            AddressType = addressType ?? throw new ArgumentNullException(nameof(addressType));
            Address = address ?? throw new ArgumentNullException(nameof(address));
            Ttl = ttl;
            AddressCount = addressCount;
        }

        /// <summary>An Internet connection to a group (or unicast address); the address type follows its family.</summary>
        public SdpConnection(IPAddressValue address, int? ttl = null, int addressCount = 1)
            : this(InternetNetworkType, address.IsIPv6 ? IPv6AddressType : IPv4AddressType, address.ToString(), ttl, addressCount)
        {
        }

        public string NetworkType { get; }

        public string AddressType { get; }

        /// <summary>The connection address as written, without "/ttl" or "/count": an address, or a domain name.</summary>
        public string Address { get; }

        /// <summary>The TTL after an IP4 multicast address (0-255), or null.</summary>
        public int? Ttl { get; }

        /// <summary>How many contiguous addresses from <see cref="Address"/> up; 1 when not written (RFC 8866 §5.7).</summary>
        public int AddressCount { get; }

        /// <summary>The address, when <see cref="Address"/> is one (a name gives null).</summary>
        public IPAddressValue? Group => AddressParser.TryParse(Address, out IPAddressValue value) ? value : (IPAddressValue?)null;

        public bool IsMulticast => Group is IPAddressValue group && group.IsMulticast;

        /// <summary>Every address the line stands for: "contiguously allocated above the base address" (RFC 8866 §5.7).</summary>
        public IEnumerable<IPAddressValue> Addresses
        {
            get
            {
                if (Group is IPAddressValue first)
                {
                    for (int i = 0; i < AddressCount; i++)
                    {
                        yield return AddressMath.Add(first, (ulong)i);
                    }
                }
            }
        }

        /// <summary>The c= value: "IN IP4 224.2.1.1/127/3".</summary>
        public override string ToString()
        {
            string text = NetworkType + " " + AddressType + " " + Address;
            if (Ttl.HasValue)
            {
                text += "/" + Ttl.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (AddressCount != 1)
            {
                text += "/" + AddressCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return text;
        }
    }
}
