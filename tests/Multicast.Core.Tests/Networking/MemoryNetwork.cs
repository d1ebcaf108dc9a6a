using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Tests.Networking
{
    /// <summary>
    /// A network in memory for engine tests, with a clock the tests own. A datagram sent to an endpoint is
    /// queued for the transport bound there, or handed at once to a handler registered for it (a peer that
    /// answers in the sender's thread). A transport's receive with nothing queued moves the clock on by the
    /// whole timeout and returns null, so retransmission and timeouts run without waiting for real time.
    /// Sends to a group reach every transport that joined it. Datagrams to nobody are kept in <see cref="Lost"/>.
    /// </summary>
    internal sealed class MemoryNetwork
    {
        private readonly Dictionary<IPEndPoint, MemoryTransport> _bound = new Dictionary<IPEndPoint, MemoryTransport>();
        private readonly Dictionary<IPEndPoint, Action<ReceivedDatagram, MemoryTransport>> _handlers = new Dictionary<IPEndPoint, Action<ReceivedDatagram, MemoryTransport>>();
        private int _nextPort = 49152;

        public DateTime UtcNow { get; set; } = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        /// <summary>Every datagram sent, in order: who sent it, where to, and its bytes.</summary>
        public List<(IPEndPoint From, IPEndPoint To, byte[] Data)> Sent { get; } = new List<(IPEndPoint, IPEndPoint, byte[])>();

        public List<(IPEndPoint From, IPEndPoint To, byte[] Data)> Lost { get; } = new List<(IPEndPoint, IPEndPoint, byte[])>();

        public Func<DateTime> Clock => () => UtcNow;

        /// <summary>A transport bound to <paramref name="address"/>:<paramref name="port"/> (0: the next free port).</summary>
        public MemoryTransport Bind(string address, int port = 0)
        {
            var endPoint = new IPEndPoint(IPAddress.Parse(address), port == 0 ? _nextPort++ : port);
            var transport = new MemoryTransport(this, endPoint);
            _bound.Add(endPoint, transport);
            return transport;
        }

        /// <summary>Answers datagrams sent to <paramref name="endPoint"/> in the sender's thread; the handler replies through the given transport.</summary>
        public MemoryTransport Serve(string address, int port, Action<ReceivedDatagram, MemoryTransport> handler)
        {
            MemoryTransport transport = Bind(address, port);
            _handlers.Add(transport.LocalEndPoint, handler);
            return transport;
        }

        internal void Deliver(IPEndPoint from, IPEndPoint to, byte[] data)
        {
            Sent.Add((from, to, data));
            bool delivered = false;
            foreach (MemoryTransport transport in new List<MemoryTransport>(_bound.Values))
            {
                bool unicast = transport.LocalEndPoint.Equals(to);
                bool group = transport.LocalEndPoint.Port == to.Port && transport.Groups.Contains(to.Address);
                if (!unicast && !group)
                {
                    continue;
                }

                delivered = true;
                var datagram = new ReceivedDatagram((byte[])data.Clone(), from, to.Address);
                if (_handlers.TryGetValue(transport.LocalEndPoint, out Action<ReceivedDatagram, MemoryTransport>? handler))
                {
                    handler(datagram, transport);
                }
                else
                {
                    transport.Queue.Enqueue(datagram);
                }
            }

            if (!delivered)
            {
                Lost.Add((from, to, data));
            }
        }
    }

    /// <summary>One endpoint of a <see cref="MemoryNetwork"/>.</summary>
    internal sealed class MemoryTransport : IDatagramTransport, IMulticastHopLimit
    {
        private readonly MemoryNetwork _network;

        internal MemoryTransport(MemoryNetwork network, IPEndPoint local)
        {
            _network = network;
            LocalEndPoint = local;
        }

        public IPEndPoint LocalEndPoint { get; }

        public HashSet<IPAddress> Groups { get; } = new HashSet<IPAddress>();

        public Queue<ReceivedDatagram> Queue { get; } = new Queue<ReceivedDatagram>();

        public bool Disposed { get; private set; }

        /// <summary>The hops set for multicast sends; 1 until set, as a socket's default.</summary>
        public int MulticastHops { get; private set; } = 1;

        public void SetMulticastHops(int hops) => MulticastHops = hops;

        public void JoinGroup(IPAddress group) => Groups.Add(group);

        public void Send(byte[] buffer, int offset, int count, IPEndPoint destination)
        {
            var data = new byte[count];
            Buffer.BlockCopy(buffer, offset, data, 0, count);
            _network.Deliver(LocalEndPoint, destination, data);
        }

        public ReceivedDatagram? Receive(TimeSpan timeout, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            if (Queue.Count > 0)
            {
                return Queue.Dequeue();
            }

            _network.UtcNow += timeout;
            return null;
        }

        public void Dispose() => Disposed = true;
    }
}
