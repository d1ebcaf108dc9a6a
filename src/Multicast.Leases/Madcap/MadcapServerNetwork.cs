using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// What a MADCAP server needs to know of this host's network: its unicast addresses (to name itself, RFC 2730 §3.3),
    /// the prefixes on its links (the clients it answers by default), their directed broadcast addresses (never a
    /// client's), and the interfaces that can join a group. Read from the operating system each time it is asked.
    /// </summary>
    public static class MadcapServerNetwork
    {
        /// <summary>The loopback networks, 127.0.0.0/8 and ::1/128.</summary>
        public static IReadOnlyList<IPPrefix> Loopback { get; } = new[] { IPPrefix.Parse("127.0.0.0/8"), IPPrefix.Parse("::1/128") };

        /// <summary>Every unicast address of every interface that is up, loopback included.</summary>
        public static IReadOnlyList<IPAddress> LocalAddresses() =>
            Unicast().Select(u => u.Address.Address).Distinct().ToList().AsReadOnly();

        /// <summary>The loopback networks and the prefix of every address on an interface that is up: who a server answers by default.</summary>
        public static IReadOnlyList<IPPrefix> OnLinkPrefixes()
        {
            var prefixes = new List<IPPrefix>(Loopback);
            foreach ((UnicastIPAddressInformation address, _) in Unicast())
            {
                if (TryPrefixOf(address, out IPPrefix prefix) && !prefixes.Contains(prefix))
                {
                    prefixes.Add(prefix);
                }
            }

            return prefixes.AsReadOnly();
        }

        /// <summary>The directed broadcast address of every on-link IPv4 prefix of /30 or shorter: a request never comes from one.</summary>
        public static IReadOnlyList<IPAddressValue> DirectedBroadcasts() =>
            OnLinkPrefixes().Where(p => p.Network.IsIPv4 && p.Length <= 30).Select(p => p.LastAddress).Distinct().ToList().AsReadOnly();

        /// <summary>An address of the interface with index <paramref name="index"/> in <paramref name="family"/>, or null.</summary>
        public static IPAddress? InterfaceAddress(int index, AddressFamily family)
        {
            foreach ((UnicastIPAddressInformation address, NetworkInterface nic) in Unicast())
            {
                if (address.Address.AddressFamily == family && IndexOf(nic, family) == index)
                {
                    return address.Address;
                }
            }

            return null;
        }

        /// <summary>The indexes of the interfaces that are up and can join groups of <paramref name="family"/>.</summary>
        public static IReadOnlyList<int> MulticastInterfaces(AddressFamily family)
        {
            var indexes = new List<int>();
            foreach (NetworkInterface nic in Interfaces())
            {
                if (nic.SupportsMulticast && IndexOf(nic, family) is int index && index > 0 && !indexes.Contains(index))
                {
                    indexes.Add(index);
                }
            }

            return indexes.AsReadOnly();
        }

        private static bool TryPrefixOf(UnicastIPAddressInformation address, out IPPrefix prefix)
        {
            prefix = default;
            IPAddressValue value = IPAddressValue.FromIPAddress(address.Address);
            int length;
            try
            {
                length = address.PrefixLength;
            }
            catch (NotImplementedException)
            {
                length = address.IPv4Mask is IPAddress mask && value.IsIPv4 ? MaskLength(mask) : -1;
            }

            if (length < 0 || length > value.BitLength)
            {
                return false;
            }

            prefix = new IPPrefix(AddressMath.Network(value, length), length);
            return true;
        }

        private static int MaskLength(IPAddress mask)
        {
            int length = 0;
            foreach (byte octet in mask.GetAddressBytes())
            {
                for (int bit = 7; bit >= 0 && (octet & (1 << bit)) != 0; bit--)
                {
                    length++;
                }
            }

            return length;
        }

        private static int? IndexOf(NetworkInterface nic, AddressFamily family)
        {
            try
            {
                IPInterfaceProperties properties = nic.GetIPProperties();
                return family == AddressFamily.InterNetworkV6 ? properties.GetIPv6Properties()?.Index : properties.GetIPv4Properties()?.Index;
            }
            catch (NetworkInformationException)
            {
                return null;
            }
            catch (PlatformNotSupportedException)
            {
                return null;
            }
        }

        private static IEnumerable<(UnicastIPAddressInformation Address, NetworkInterface Interface)> Unicast()
        {
            foreach (NetworkInterface nic in Interfaces())
            {
                UnicastIPAddressInformationCollection addresses;
                try
                {
                    addresses = nic.GetIPProperties().UnicastAddresses;
                }
                catch (NetworkInformationException)
                {
                    continue;
                }

                foreach (UnicastIPAddressInformation address in addresses)
                {
                    if (address.Address.AddressFamily == AddressFamily.InterNetwork || address.Address.AddressFamily == AddressFamily.InterNetworkV6)
                    {
                        yield return (address, nic);
                    }
                }
            }
        }

        private static IEnumerable<NetworkInterface> Interfaces()
        {
            NetworkInterface[] all;
            try
            {
                all = NetworkInterface.GetAllNetworkInterfaces();
            }
            catch (NetworkInformationException)
            {
                yield break;
            }

            foreach (NetworkInterface nic in all)
            {
                if (nic.OperationalStatus == OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
                {
                    yield return nic;
                }
            }
        }
    }
}
