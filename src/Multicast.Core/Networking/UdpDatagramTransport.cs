using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace Multicast.Networking
{
    /// <summary>
    /// A real UDP socket behind <see cref="IDatagramTransport"/>. It reports each datagram's destination
    /// (IP_PKTINFO), so that an engine can tell a multicast request from a unicast one, and can join groups.
    /// </summary>
    public sealed class UdpDatagramTransport : IDatagramTransport, IMulticastHopLimit
    {
        // How often a blocked receive looks at its cancellation token: Ctrl+C stops within this time.
        private static readonly TimeSpan CancellationPoll = TimeSpan.FromMilliseconds(100);

        private readonly Socket _socket;
        private readonly byte[] _buffer = new byte[65536];

        /// <summary>Binds a socket to <paramref name="local"/>; port 0 takes a free port.</summary>
        /// <param name="local">The address and port to bind. IPAddress.Any or IPv6Any listens on every interface.</param>
        /// <param name="reuseAddress">Let other sockets bind the same port, as listeners on a well-known group port must.</param>
        public UdpDatagramTransport(IPEndPoint local, bool reuseAddress = false)
        {
            if (local is null)
            {
                throw new ArgumentNullException(nameof(local));
            }

            _socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                if (reuseAddress)
                {
                    _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                }

                if (local.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    _socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.IPv6Only, true);
                    _socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.PacketInformation, true);
                }
                else
                {
                    _socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.PacketInformation, true);
                }

                _socket.Bind(local);
                LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
            }
            catch
            {
                _socket.Dispose();
                throw;
            }
        }

        public IPEndPoint LocalEndPoint { get; }

        /// <summary>The socket, for a transport that waits on several at once (<see cref="MulticastGroupTransport"/>).</summary>
        internal Socket Socket => _socket;

        /// <summary>Receives datagrams sent to <paramref name="group"/> on the interface with that index (0: the system's choice).</summary>
        public void JoinGroup(IPAddress group, int interfaceIndex = 0)
        {
            if (group.AddressFamily == AddressFamily.InterNetworkV6)
            {
                _socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.AddMembership, new IPv6MulticastOption(group, interfaceIndex));
            }
            else
            {
                _socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(group, interfaceIndex));
            }
        }

        /// <summary>The hop limit (IPv6) or TTL (IPv4) of multicast datagrams this transport sends.</summary>
        public int MulticastHops => LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6
            ? (int)_socket.GetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastTimeToLive)!
            : (int)_socket.GetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastTimeToLive)!;

        /// <summary>Sets the hop limit (IPv6) or TTL (IPv4) of multicast datagrams this transport sends.</summary>
        public void SetMulticastHops(int hops)
        {
            if (LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6)
            {
                _socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastTimeToLive, hops);
            }
            else
            {
                _socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastTimeToLive, hops);
            }
        }

        /// <summary>Sends multicast datagrams out of the interface with that index, and sets whether this host hears its own.</summary>
        public void SetMulticastInterface(int interfaceIndex, bool loopback = true)
        {
            if (LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6)
            {
                _socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastInterface, interfaceIndex);
                _socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastLoopback, loopback);
            }
            else
            {
                // IP_MULTICAST_IF takes an interface index in network byte order (Windows and Linux alike).
                _socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, IPAddress.HostToNetworkOrder(interfaceIndex));
                _socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastLoopback, loopback);
            }
        }

        public void Send(byte[] buffer, int offset, int count, IPEndPoint destination) =>
            _socket.SendTo(buffer, offset, count, SocketFlags.None, destination);

        public ReceivedDatagram? Receive(TimeSpan timeout, CancellationToken cancellation)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                int? wait = NextWaitMicroseconds(deadline, cancellation);
                if (wait is null)
                {
                    return null;
                }

                if (!_socket.Poll(wait.Value, SelectMode.SelectRead))
                {
                    continue;
                }

                ReceivedDatagram? datagram = ReceiveAvailable();
                if (datagram != null)
                {
                    return datagram;
                }
            }
        }

        /// <summary>
        /// The next wait of a receive loop, in microseconds: until <paramref name="deadline"/>, but no longer than
        /// the cancellation poll; null once the deadline has passed. Throws once <paramref name="cancellation"/> is cancelled.
        /// </summary>
        internal static int? NextWaitMicroseconds(DateTime deadline, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            TimeSpan left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }

            TimeSpan wait = left < CancellationPoll ? left : CancellationPoll;
            return (int)Math.Max(1, wait.Ticks / 10);
        }

        /// <summary>Reads the datagram waiting on the socket; null for one that is not for the engine (an ICMP error, a datagram too long).</summary>
        internal ReceivedDatagram? ReceiveAvailable()
        {
            EndPoint from = LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6
                ? new IPEndPoint(IPAddress.IPv6Any, 0)
                : new IPEndPoint(IPAddress.Any, 0);
            SocketFlags flags = SocketFlags.None;
            int count;
            IPPacketInformation info;
            try
            {
                count = _socket.ReceiveMessageFrom(_buffer, 0, _buffer.Length, ref flags, ref from, out info);
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset || exception.SocketErrorCode == SocketError.MessageSize)
            {
                // An ICMP port-unreachable from an earlier send (Windows), or a datagram too long: not for the engine.
                return null;
            }

            var data = new byte[count];
            Buffer.BlockCopy(_buffer, 0, data, 0, count);
            IPAddress? destination = info.Address is null || info.Address.Equals(IPAddress.Any) || info.Address.Equals(IPAddress.IPv6Any) ? null : info.Address;
            return new ReceivedDatagram(data, (IPEndPoint)from, destination, info.Interface);
        }

        public void Dispose() => _socket.Dispose();
    }
}
