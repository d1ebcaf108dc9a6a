using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Sap
{
    /// <summary>
    /// A SAP announcer (RFC 2974 §3.1): sends a session's announcement at once and then at the §3.1
    /// interval, reconsidering each time as it hears other announcements, for a number of times or until
    /// cancelled; then it sends the deletion (§4). It waits by receiving on its transport, so a transport
    /// bound to port 9875 and joined to the SAP group also counts the group's other announcements. A transport
    /// that can set its multicast hops (<see cref="IMulticastHopLimit"/>) is set to 255, which RFC 2974 §3 says
    /// announcements SHOULD be sent with; the scope of the SAP group, not the TTL, keeps them in their zone.
    /// </summary>
    public sealed class SapAnnouncer
    {
        private readonly IDatagramTransport _transport;
        private readonly Func<DateTime> _utcNow;
        private readonly Random _random;

        public SapAnnouncer(IDatagramTransport transport, Func<DateTime>? utcNow = null, Random? random = null, int bandwidthLimit = SapTiming.DefaultBandwidthLimit)
        {
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _random = random ?? new CryptoRandom();
            Heard = new SapDirectory(_utcNow, bandwidthLimit);
            if (transport is IMulticastHopLimit hops)
            {
                try
                {
                    hops.SetMulticastHops(SapAddresses.RecommendedHops);
                }
                catch (SocketException)
                {
                    // A SHOULD: a socket that refuses keeps its own default, and announcing goes on.
                }
            }
        }

        /// <summary>The announcements heard while waiting: their number on the group sets the interval (RFC 2974 §3.1).</summary>
        public SapDirectory Heard { get; }

        /// <summary>
        /// Announces to <paramref name="destination"/> (normally <see cref="SapAddresses.EndPoint"/> of the
        /// session's SAP group) <paramref name="count"/> times, or until cancelled when null, and then sends
        /// the deletion. Yields each packet as it is sent. Abandoning the enumeration early also sends the deletion.
        /// </summary>
        public IEnumerable<SapTransmission> Announce(SapAnnouncement announcement, IPEndPoint destination, int? count = null, CancellationToken cancellation = default)
        {
            if (announcement is null)
            {
                throw new ArgumentNullException(nameof(announcement));
            }

            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            if (count < 1)
            {
                throw new MulticastRuleException("SapAnnouncementCountInvalid", count, "Announce a session at least once; a count of " + count + " sends nothing.");
            }

            return Run(announcement, destination, count, cancellation);
        }

        private IEnumerable<SapTransmission> Run(SapAnnouncement announcement, IPEndPoint destination, int? count, CancellationToken cancellation)
        {
            SapPacket packet = announcement.ToPacket();
            byte[] bytes = packet.Encode();
            byte[] deletion = announcement.ToDeletionPacket().Encode();
            IPAddressValue group = IPAddressValue.FromIPAddress(destination.Address);
            int sent = 0;
            bool finished = false;
            try
            {
                // RFC 2974 §3.1 step 1: tp is the last transmission, or the current time for the first, which goes now.
                int heard = OthersHeard(group, packet);
                TimeSpan interval = SapTiming.BaseInterval(bytes.Length, heard + 1, Heard.BandwidthLimit);
                DateTime last = Send(bytes, destination);
                sent++;
                yield return new SapTransmission(announcement, SapMessageType.Announcement, sent, last, destination, bytes.Length, interval, heard);

                // One random draw per transmission: reconsidering tn with a new interval keeps the same draw.
                double draw = _random.NextDouble();
                while ((count is null || sent < count) && !cancellation.IsCancellationRequested)
                {
                    // Steps 2-4, recalculated at every wake-up: "If the new value of tn is before the current
                    // time, the announcement is sent immediately. Otherwise the transmission is rescheduled".
                    heard = OthersHeard(group, packet);
                    interval = SapTiming.BaseInterval(bytes.Length, heard + 1, Heard.BandwidthLimit);
                    DateTime next = SapTiming.NextTransmission(last, interval, draw);
                    DateTime now = _utcNow();
                    if (next <= now)
                    {
                        last = Send(bytes, destination);
                        sent++;
                        draw = _random.NextDouble();
                        yield return new SapTransmission(announcement, SapMessageType.Announcement, sent, last, destination, bytes.Length, interval, heard);
                        continue;
                    }

                    if (!Listen(next - now, cancellation))
                    {
                        break;
                    }
                }

                DateTime deleted = Send(deletion, destination);
                finished = true;
                yield return new SapTransmission(announcement, SapMessageType.Deletion, sent, deleted, destination, deletion.Length, interval, heard);
            }
            finally
            {
                // Abandoned before the deletion went (or failed): still withdraw the session if it was announced.
                if (!finished && sent > 0)
                {
                    TrySend(deletion, destination);
                }
            }
        }

        private int OthersHeard(IPAddressValue group, SapPacket own)
        {
            Heard.Expire();
            return Heard.CountAnnouncements(group, own.MessageIdHash, own.OriginatingSource);
        }

        // Waits by receiving; what is heard counts towards no_of_ads. False when cancelled.
        private bool Listen(TimeSpan wait, CancellationToken cancellation)
        {
            ReceivedDatagram? datagram;
            try
            {
                datagram = _transport.Receive(wait, cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return false;
            }

            if (datagram != null && SapPacketDecoder.Decode(datagram.Data).Packet is SapPacket packet)
            {
                IPAddressValue? to = datagram.Destination is null ? (IPAddressValue?)null : IPAddressValue.FromIPAddress(datagram.Destination);
                Heard.Process(packet, datagram.Source, to);
            }

            return true;
        }

        private DateTime Send(byte[] bytes, IPEndPoint destination)
        {
            _transport.Send(bytes, 0, bytes.Length, destination);
            return _utcNow();
        }

        private void TrySend(byte[] bytes, IPEndPoint destination)
        {
            try
            {
                _transport.Send(bytes, 0, bytes.Length, destination);
            }
            catch (SocketException)
            {
                // The socket failed already; the error that stopped announcing is the one to report.
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
