using System;
using System.Net;
using System.Threading;

namespace Multicast.Networking
{
    /// <summary>
    /// The seam between a protocol engine (MADCAP, SAP) and the network: one UDP socket's sends and receives.
    /// <see cref="UdpDatagramTransport"/> is the real one; tests supply their own, so that an engine runs
    /// without sockets and without waiting for real time.
    /// </summary>
    public interface IDatagramTransport : IDisposable
    {
        /// <summary>The local address and port the transport is bound to.</summary>
        IPEndPoint LocalEndPoint { get; }

        /// <summary>Sends <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        void Send(byte[] buffer, int offset, int count, IPEndPoint destination);

        /// <summary>
        /// Waits up to <paramref name="timeout"/> for one datagram and returns it, or null when none came.
        /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> is signalled.
        /// </summary>
        ReceivedDatagram? Receive(TimeSpan timeout, CancellationToken cancellation);
    }
}
