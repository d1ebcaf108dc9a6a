using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using Multicast.Madcap;
using Multicast.Networking;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// Which address a MADCAP server names itself by. RFC 2730 §2.2.5, §3.3: every message a server sends carries "a
    /// Server Identifier option with the IP address of the server sending the message". A server with several addresses
    /// answers a unicast request with the address it was sent to, and a multicast one with an address of the interface it
    /// came in on, so that the client can reach it there; a multicast REQUEST naming any of its addresses is for it (§2.2.4).
    /// </summary>
    public sealed class MadcapServerIdentity
    {
        private readonly HashSet<IPAddress> _addresses;
        private readonly Func<int, AddressFamily, IPAddress?> _interfaceAddress;

        /// <param name="addresses">This server's unicast addresses; the first of each family is the one it names when nothing better is known.</param>
        /// <param name="interfaceAddress">An address of the interface with the given index in the given family, or null.</param>
        public MadcapServerIdentity(IEnumerable<IPAddress> addresses, Func<int, AddressFamily, IPAddress?>? interfaceAddress = null)
        {
            List<IPAddress> list = (addresses ?? throw new ArgumentNullException(nameof(addresses))).Where(a => a != null).Distinct().ToList();
            if (list.Count == 0)
            {
                throw new ArgumentException("A server has at least one address to name itself by.", nameof(addresses));
            }

            _addresses = new HashSet<IPAddress>(list);
            _interfaceAddress = interfaceAddress ?? ((_, __) => null);
            Primary = new MadcapServerIdentifier(list[0]);
            Others = list.Skip(1).Select(a => new MadcapServerIdentifier(a)).ToList().AsReadOnly();
        }

        /// <summary>The identifier used when nothing better is known.</summary>
        public MadcapServerIdentifier Primary { get; }

        /// <summary>The identifiers of the server's other addresses.</summary>
        public IReadOnlyCollection<MadcapServerIdentifier> Others { get; }

        /// <summary>The identifier to answer <paramref name="datagram"/> with, received on a socket bound to <paramref name="local"/>.</summary>
        public MadcapServerIdentifier For(ReceivedDatagram datagram, IPEndPoint local)
        {
            IPAddress? to = datagram.Destination;
            if (to != null && !IsMulticast(to) && !to.Equals(IPAddress.Any) && !to.Equals(IPAddress.IPv6Any))
            {
                return new MadcapServerIdentifier(to);
            }

            if (!local.Address.Equals(IPAddress.Any) && !local.Address.Equals(IPAddress.IPv6Any))
            {
                return new MadcapServerIdentifier(local.Address);
            }

            IPAddress? onInterface = datagram.InterfaceIndex > 0 ? _interfaceAddress(datagram.InterfaceIndex, local.AddressFamily) : null;
            if (onInterface != null)
            {
                return new MadcapServerIdentifier(onInterface);
            }

            IPAddress? sameFamily = _addresses.FirstOrDefault(a => a.AddressFamily == local.AddressFamily && !IPAddress.IsLoopback(a));
            return sameFamily is null ? Primary : new MadcapServerIdentifier(sameFamily);
        }

        private static bool IsMulticast(IPAddress address) => IPAddressValue.FromIPAddress(address).IsMulticast;
    }
}
