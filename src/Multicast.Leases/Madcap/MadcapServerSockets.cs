using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using Multicast.Madcap;
using Multicast.Networking;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// The sockets of a MADCAP server: one UDP socket for each address to listen on, at the MADCAP port (RFC 2730 §2: 2535).
    /// A wildcard address (0.0.0.0, ::) receives every unicast datagram to the port and joins the server's groups on
    /// every interface that can; a unicast address receives only what is sent to it.
    /// </summary>
    public static class MadcapServerSockets
    {
        /// <summary>The addresses listened on when none are given: every IPv4 and every IPv6 address.</summary>
        public static IReadOnlyList<IPAddress> Wildcards { get; } = new[] { IPAddress.Any, IPAddress.IPv6Any };

        /// <summary>Opens a socket on each address at <paramref name="port"/> (0: a free port each); throws <see cref="MulticastNetworkException"/>, closing what it opened, when one cannot be.</summary>
        public static IReadOnlyList<MadcapListener> Open(IReadOnlyList<IPAddress> addresses, int port = MadcapConstants.ServerPort)
        {
            if (addresses is null || addresses.Count == 0)
            {
                throw new ArgumentException("A server listens on one address at least.", nameof(addresses));
            }

            if (port < 0 || port > IPEndPoint.MaxPort)
            {
                throw new ArgumentOutOfRangeException(nameof(port), port, "A UDP port is 0 to 65535.");
            }

            var listeners = new List<MadcapListener>();
            try
            {
                foreach (IPAddress address in addresses)
                {
                    UdpDatagramTransport socket;
                    try
                    {
                        socket = new UdpDatagramTransport(new IPEndPoint(address, port));
                    }
                    catch (SocketException exception)
                    {
                        throw new MulticastNetworkException(
                            "MadcapServerCannotListen",
                            address + ":" + port,
                            "No UDP socket could be bound to " + new IPEndPoint(address, port) + ": " + exception.Message + " (" + exception.SocketErrorCode + "). The address must be one of this host's, and the port free; ports below 1024 may need administrator rights.",
                            exception);
                    }

                    bool wildcard = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
                    listeners.Add(new MadcapListener(socket, wildcard ? group => JoinEverywhere(socket, group) : (Action<IPAddress>?)null));
                }

                return listeners.AsReadOnly();
            }
            catch
            {
                foreach (MadcapListener listener in listeners)
                {
                    listener.Dispose();
                }

                throw;
            }
        }

        /// <summary>Joins <paramref name="group"/> on every interface that can; on none of them, on the system's choice.</summary>
        private static void JoinEverywhere(UdpDatagramTransport socket, IPAddress group)
        {
            int joined = 0;
            foreach (int index in MadcapServerNetwork.MulticastInterfaces(group.AddressFamily))
            {
                try
                {
                    socket.JoinGroup(group, index);
                    joined++;
                }
                catch (SocketException)
                {
                    // An interface that cannot join this group (down since, no address of the family) is left out.
                }
            }

            if (joined == 0)
            {
                socket.JoinGroup(group);
            }
        }
    }
}
