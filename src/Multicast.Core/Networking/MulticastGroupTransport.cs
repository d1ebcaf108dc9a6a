using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace Multicast.Networking
{
    /// <summary>
    /// UDP sockets on one port, one for each address family of the groups given, bound to every interface and
    /// joined to each group: what a SAP listener or announcer needs to hear its groups (RFC 2974 §3). It receives
    /// from whichever socket has a datagram, and sends through the socket of the destination's family. A group
    /// that cannot be joined (no route for its family, say) is set aside in <see cref="FailedGroups"/>, and the
    /// others are still joined; only when none can be is it an error.
    /// </summary>
    public sealed class MulticastGroupTransport : IDatagramTransport, IMulticastHopLimit
    {
        private readonly List<UdpDatagramTransport> _sockets = new List<UdpDatagramTransport>();
        private readonly List<IPAddressValue> _joined = new List<IPAddressValue>();
        private readonly List<KeyValuePair<IPAddressValue, SocketException>> _failed = new List<KeyValuePair<IPAddressValue, SocketException>>();

        /// <summary>Binds <paramref name="port"/> (shared with other listeners on the host) and joins each group on the interface with that index (0: the system's choice).</summary>
        public MulticastGroupTransport(int port, IEnumerable<IPAddressValue> groups, int interfaceIndex = 0)
        {
            if (groups is null)
            {
                throw new ArgumentNullException(nameof(groups));
            }

            try
            {
                foreach (IPAddressValue group in groups)
                {
                    if (_joined.Contains(group))
                    {
                        continue;
                    }

                    try
                    {
                        UdpDatagramTransport socket = SocketFor(group.AddressFamily, port);
                        socket.JoinGroup(group.ToIPAddress(), interfaceIndex);
                        _joined.Add(group);
                    }
                    catch (SocketException exception)
                    {
                        _failed.Add(new KeyValuePair<IPAddressValue, SocketException>(group, exception));
                    }
                }

                if (_joined.Count == 0)
                {
                    SocketException? first = _failed.Count > 0 ? _failed[0].Value : null;
                    throw new MulticastGroupJoinException(_failed.Count > 0 ? string.Join(", ", _failed.ConvertAll(f => f.Key.ToString())) : "(none)", first);
                }
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>The groups joined.</summary>
        public IReadOnlyList<IPAddressValue> JoinedGroups => _joined;

        /// <summary>The groups that could not be joined, and why.</summary>
        public IReadOnlyList<KeyValuePair<IPAddressValue, SocketException>> FailedGroups => _failed;

        /// <summary>The first socket's address and port.</summary>
        public IPEndPoint LocalEndPoint => _sockets[0].LocalEndPoint;

        /// <summary>Each socket's address and port: one an address family.</summary>
        public IReadOnlyList<IPEndPoint> LocalEndPoints => _sockets.ConvertAll(s => s.LocalEndPoint);

        public int MulticastHops => _sockets[0].MulticastHops;

        /// <summary>
        /// The address this host sends from to reach <paramref name="destination"/>, as its routing table picks it:
        /// the originating source a SAP announcer writes (RFC 2974 §6). Nothing is sent.
        /// </summary>
        public static IPAddressValue SourceAddressFor(IPEndPoint destination)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            using var probe = new Socket(destination.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            probe.Connect(destination);
            var local = (IPEndPoint)probe.LocalEndPoint!;
            IPAddress address = local.Address;
            if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0)
            {
                // The zone (%2) is the host's own business; the SAP header and the o= line carry the address.
                address = new IPAddress(address.GetAddressBytes());
            }

            return IPAddressValue.FromIPAddress(address);
        }

        public void SetMulticastHops(int hops)
        {
            foreach (UdpDatagramTransport socket in _sockets)
            {
                socket.SetMulticastHops(hops);
            }
        }

        public void Send(byte[] buffer, int offset, int count, IPEndPoint destination)
        {
            foreach (UdpDatagramTransport socket in _sockets)
            {
                if (socket.LocalEndPoint.AddressFamily == destination.AddressFamily)
                {
                    socket.Send(buffer, offset, count, destination);
                    return;
                }
            }

            throw new InvalidOperationException("No socket of the family of " + destination + " was opened.");
        }

        public ReceivedDatagram? Receive(TimeSpan timeout, CancellationToken cancellation)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            var ready = new List<Socket>(_sockets.Count);
            while (true)
            {
                // Ctrl+C stops within the poll of UdpDatagramTransport, which each wait is no longer than.
                int? wait = UdpDatagramTransport.NextWaitMicroseconds(deadline, cancellation);
                if (wait is null)
                {
                    return null;
                }

                ready.Clear();
                foreach (UdpDatagramTransport socket in _sockets)
                {
                    ready.Add(socket.Socket);
                }

                Socket.Select(ready, null, null, wait.Value);
                foreach (UdpDatagramTransport socket in _sockets)
                {
                    if (ready.Contains(socket.Socket) && socket.ReceiveAvailable() is ReceivedDatagram datagram)
                    {
                        return datagram;
                    }
                }
            }
        }

        public void Dispose()
        {
            foreach (UdpDatagramTransport socket in _sockets)
            {
                socket.Dispose();
            }
        }

        private UdpDatagramTransport SocketFor(AddressFamily family, int port)
        {
            foreach (UdpDatagramTransport existing in _sockets)
            {
                if (existing.LocalEndPoint.AddressFamily == family)
                {
                    return existing;
                }
            }

            var socket = new UdpDatagramTransport(new IPEndPoint(family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, port), reuseAddress: true);
            _sockets.Add(socket);
            return socket;
        }
    }
}
