using System;
using System.Linq;
using System.Threading;
using Multicast.Sap;
using Multicast.Tests.Networking;
using static Multicast.Tests.Sap.SapTestPackets;

namespace Multicast.Tests.Sap
{
    /// <summary>The listener on an in-memory network whose clock moves only when the listener waits.</summary>
    public class SapListenerTests
    {
        private readonly MemoryNetwork _network = new MemoryNetwork();
        private readonly MemoryTransport _listening;
        private readonly MemoryTransport _sender;
        private readonly SapListener _listener;

        public SapListenerTests()
        {
            _listening = _network.Bind("0.0.0.0", SapAddresses.Port);
            _listening.JoinGroup(SapAddresses.GlobalIPv4.ToIPAddress());
            _sender = _network.Bind("192.0.2.1");
            _listener = new SapListener(_listening, utcNow: _network.Clock);
        }

        [Fact]
        public void AnnouncementsAndDeletionsBecomeEvents()
        {
            Send(Announcement(Description()).Encode());
            Send(Announcement(Description(name: "Changed", version: "2"), hash: 2).Encode());
            Send(Deletion("o=- 3724394400 2 IN IP4 192.0.2.1", hash: 2).Encode());
            DateTime start = _network.UtcNow;

            var events = _listener.Listen(TimeSpan.FromMinutes(1)).ToList();

            Assert.Equal(new[] { SapSessionEventKind.New, SapSessionEventKind.Changed, SapSessionEventKind.Deleted }, events.Select(e => e.Kind));
            Assert.Equal(SapAddresses.GlobalIPv4, events[0].Session.SapGroup);
            Assert.Equal(_sender.LocalEndPoint, events[0].Session.Source);
            Assert.Equal(start, events[0].Time);
            Assert.Equal(start.AddMinutes(1), _network.UtcNow);
            Assert.Equal(3, _listener.DatagramsReceived);
        }

        [Fact]
        public void MalformedDatagramsAreCountedAndDropped()
        {
            Send(new byte[] { 0x20, 0x00 });
            Send(TestBytes.Of("40 00 00 01", "C0 00 02 01", "76 3D 30"));
            Send(TestBytes.Of("20 05 00 01", "C0 00 02 01"));
            Send(new SapPacket(SapMessageType.Announcement, Announcer, 3, new byte[] { 1, 2 }, payloadType: null, isEncrypted: true).Encode());
            Send(Announcement(Description()).Encode());

            var events = _listener.Listen(TimeSpan.FromMinutes(1)).ToList();

            Assert.Equal(2, events.Count);
            Assert.Equal(5, _listener.DatagramsReceived);
            Assert.Equal(3, _listener.MalformedDatagrams);
            Assert.Equal(1, _listener.MalformedByStatus[SapDecodeStatus.TooShort]);
            Assert.Equal(1, _listener.MalformedByStatus[SapDecodeStatus.UnsupportedVersion]);
            Assert.Equal(1, _listener.MalformedByStatus[SapDecodeStatus.AuthenticationTruncated]);
            Assert.Equal(1, _listener.EncryptedPackets);
        }

        [Fact]
        public void ASessionNotHeardForAnHourTimesOutWhileListening()
        {
            Send(Announcement(Description()).Encode());
            DateTime start = _network.UtcNow;

            var events = _listener.Listen(TimeSpan.FromHours(2)).ToList();

            Assert.Equal(new[] { SapSessionEventKind.New, SapSessionEventKind.TimedOut }, events.Select(e => e.Kind));
            Assert.Equal(start.AddHours(1), events[1].Time);
            Assert.Equal(start.AddHours(2), _network.UtcNow);
            Assert.Equal(0, _listener.Directory.Count);
        }

        [Fact]
        public void ListeningStopsAtTheDeadline()
        {
            DateTime start = _network.UtcNow;
            Assert.Empty(_listener.Listen(TimeSpan.FromMinutes(10)));
            Assert.Equal(start.AddMinutes(10), _network.UtcNow);
        }

        [Fact]
        public void CancellationStopsWithoutAnException()
        {
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            Assert.Empty(_listener.Listen(null, cancel.Token));
        }

        [Fact]
        public void CancellingDuringAReceiveEndsTheEnumeration()
        {
            // The transport throws when it sees the token; the listener ends quietly.
            using var cancel = new CancellationTokenSource();
            Send(Announcement(Description()).Encode());
            int seen = 0;
            foreach (SapSessionEvent happened in _listener.Listen(null, cancel.Token))
            {
                seen++;
                cancel.Cancel();
            }

            Assert.Equal(1, seen);
        }

        private void Send(byte[] datagram) => _sender.Send(datagram, 0, datagram.Length, SapAddresses.EndPoint(SapAddresses.GlobalIPv4));
    }
}
