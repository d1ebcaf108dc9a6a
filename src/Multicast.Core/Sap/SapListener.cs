using System;
using System.Collections.Generic;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Sap
{
    /// <summary>
    /// A SAP listener (RFC 2974 §3): reads datagrams from a transport, counts and drops those that are not
    /// SAP packets, feeds the rest to a <see cref="SapDirectory"/>, and yields its events as they happen,
    /// timeouts included, until a deadline or cancellation. The transport is set up by the caller: bound to
    /// port 9875 and joined to the SAP groups of the scopes it is within.
    /// </summary>
    public sealed class SapListener
    {
        // The longest single wait: a listener with nothing to expire still looks at its clock this often.
        private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(1);

        private readonly IDatagramTransport _transport;
        private readonly Func<DateTime> _utcNow;

        /// <summary>A listener on <paramref name="transport"/>. Without a directory it makes one on the same clock.</summary>
        public SapListener(IDatagramTransport transport, SapDirectory? directory = null, Func<DateTime>? utcNow = null, int maxPayloadLength = SapPacketDecoder.DefaultMaxPayloadLength)
        {
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            Intake = new SapPacketIntake(directory ?? new SapDirectory(_utcNow), maxPayloadLength);
        }

        public SapDirectory Directory => Intake.Directory;

        /// <summary>What was received: counts of datagrams, malformed ones by reason, encrypted packets.</summary>
        public SapPacketIntake Intake { get; }

        public int DatagramsReceived => Intake.DatagramsReceived;

        /// <summary>Datagrams that were not SAP packets, dropped.</summary>
        public int MalformedDatagrams => Intake.MalformedDatagrams;

        /// <summary>The dropped datagrams by why they could not be read.</summary>
        public IReadOnlyDictionary<SapDecodeStatus, int> MalformedByStatus => Intake.MalformedByStatus;

        /// <summary>Packets with encrypted payloads (RFC 2974 §7): kept by hash and source, unread.</summary>
        public int EncryptedPackets => Intake.EncryptedPackets;

        /// <summary>
        /// Listens for <paramref name="duration"/> (null: until cancelled) and yields each session event as it
        /// happens. Cancellation ends the enumeration without an exception.
        /// </summary>
        public IEnumerable<SapSessionEvent> Listen(TimeSpan? duration, CancellationToken cancellation = default)
        {
            DateTime now = _utcNow();
            DateTime deadline = duration is null || duration.Value >= DateTime.MaxValue - now ? DateTime.MaxValue : now + duration.Value;
            return ListenUntil(deadline, cancellation);
        }

        /// <summary>Listens until the clock reaches <paramref name="deadlineUtc"/> or cancellation; see <see cref="Listen"/>.</summary>
        public IEnumerable<SapSessionEvent> ListenUntil(DateTime deadlineUtc, CancellationToken cancellation = default)
        {
            while (true)
            {
                foreach (SapSessionEvent expired in Directory.Expire())
                {
                    yield return expired;
                }

                DateTime now = _utcNow();
                if (now >= deadlineUtc || cancellation.IsCancellationRequested)
                {
                    yield break;
                }

                TimeSpan wait = deadlineUtc - now;
                if (Directory.NextExpiry is DateTime next && next - now < wait)
                {
                    wait = next - now;
                }

                if (wait > MaxWait)
                {
                    wait = MaxWait;
                }

                if (wait <= TimeSpan.Zero)
                {
                    continue;
                }

                if (!TryReceive(wait, cancellation, out ReceivedDatagram? datagram))
                {
                    yield break;
                }

                if (datagram != null)
                {
                    foreach (SapSessionEvent happened in Handle(datagram))
                    {
                        yield return happened;
                    }
                }
            }
        }

        /// <summary>Reads one datagram as a SAP packet and gives it to the directory; a malformed one is counted and dropped.</summary>
        public IReadOnlyList<SapSessionEvent> Handle(ReceivedDatagram datagram)
        {
            if (datagram is null)
            {
                throw new ArgumentNullException(nameof(datagram));
            }

            return Intake.Take(datagram.Data, datagram.Source, datagram.Destination);
        }

        // False when cancelled: the transport throws OperationCanceledException, and the listener just stops.
        private bool TryReceive(TimeSpan wait, CancellationToken cancellation, out ReceivedDatagram? datagram)
        {
            try
            {
                datagram = _transport.Receive(wait, cancellation);
                return true;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                datagram = null;
                return false;
            }
        }
    }
}
