using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Multicast.Madcap;
using Multicast.Networking;

namespace Multicast.PowerShell
{
    /// <summary>
    /// A cmdlet's MADCAP client: one UDP socket for each address family used, at a free port, closed with the cmdlet; each
    /// transmission and retransmission written as verbose output (RFC 2730 §2.3); Ctrl+C (StopProcessing) ends a wait at
    /// once. A socket that fails is this item's error, not the pipeline's.
    /// </summary>
    internal sealed class MadcapSession : IDisposable
    {
        private readonly Cmdlet _cmdlet;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Dictionary<AddressFamily, (UdpDatagramTransport Socket, MadcapClient Client)> _clients = new Dictionary<AddressFamily, (UdpDatagramTransport, MadcapClient)>();

        public MadcapSession(Cmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        public CancellationToken Token => _stop.Token;

        /// <summary>The server <paramref name="text"/> names (host[:port], or a group to find servers on).</summary>
        public static IPEndPoint Resolve(string text) => MadcapServerAddress.Resolve(text);

        /// <summary>The client for talking to <paramref name="server"/>'s address family.</summary>
        public MadcapClient ClientFor(IPEndPoint server)
        {
            AddressFamily family = server.AddressFamily;
            if (!_clients.TryGetValue(family, out (UdpDatagramTransport Socket, MadcapClient Client) pair))
            {
                UdpDatagramTransport socket;
                try
                {
                    socket = new UdpDatagramTransport(new IPEndPoint(family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0));
                }
                catch (SocketException exception)
                {
                    throw new MulticastNetworkException("MadcapClientSocket", server.ToString(), "No UDP socket could be opened for " + family + ": " + exception.Message + ".", exception);
                }

                var options = new MadcapClientOptions { Transmitted = t => _cmdlet.WriteVerbose(t.ToString() + ".") };
                pair = (socket, new MadcapClient(socket, options));
                _clients.Add(family, pair);
            }

            return pair.Client;
        }

        /// <summary>The address this host sends to <paramref name="server"/> from, as the server sees it (without NAT).</summary>
        public static IPAddress LocalAddressFor(IPEndPoint server)
        {
            try
            {
                using var probe = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                probe.Connect(server);
                return ((IPEndPoint)probe.LocalEndPoint!).Address;
            }
            catch (SocketException)
            {
                return server.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
            }
        }

        /// <summary>Runs one exchange: Ctrl+C stops the pipeline, a socket failure becomes a Core error for the item.</summary>
        public T Run<T>(Func<CancellationToken, T> exchange)
        {
            try
            {
                return exchange(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            catch (SocketException exception)
            {
                throw new MulticastNetworkException("MadcapSocketFailed", exception.SocketErrorCode.ToString(), "The MADCAP exchange failed on the network: " + exception.Message + " (" + exception.SocketErrorCode + ").", exception);
            }
        }

        public void Stop() => _stop.Cancel();

        public void Dispose()
        {
            foreach ((UdpDatagramTransport socket, MadcapClient _) in _clients.Values)
            {
                socket.Dispose();
            }

            _clients.Clear();
            _stop.Dispose();
        }
    }
}
