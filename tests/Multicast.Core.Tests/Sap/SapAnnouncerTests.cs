using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using Multicast.Networking;
using Multicast.Sap;
using Multicast.Sdp;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Sap
{
    /// <summary>The announcer on an in-memory network whose clock moves only while the announcer waits.</summary>
    public class SapAnnouncerTests
    {
        private static readonly IPEndPoint Group = SapAddresses.EndPoint(SapAddresses.GlobalIPv4);
        private readonly MemoryNetwork _network = new MemoryNetwork();
        private readonly MemoryTransport _transport;

        public SapAnnouncerTests()
        {
            _transport = _network.Bind("192.0.2.1", SapAddresses.Port);
            _transport.JoinGroup(Group.Address);
        }

        [Fact]
        public void AnnouncesAtOnceThenEveryIntervalThenDeletes()
        {
            DateTime start = _network.UtcNow;
            SapAnnouncement announcement = Announcement();
            var announcer = new SapAnnouncer(_transport, _network.Clock, new FixedRandom(0.5));

            List<SapTransmission> sent = announcer.Announce(announcement, Group, count: 3).ToList();

            // RFC 2974 §3.1: with one announcement the interval is 300 s, and a draw of 0.5 is no offset.
            Assert.Equal(new[] { start, start.AddSeconds(300), start.AddSeconds(600), start.AddSeconds(600) }, sent.Select(t => t.Time));
            Assert.Equal(new[] { SapMessageType.Announcement, SapMessageType.Announcement, SapMessageType.Announcement, SapMessageType.Deletion }, sent.Select(t => t.MessageTypeValue));
            Assert.All(sent, t => Assert.Equal(TimeSpan.FromSeconds(300), t.IntervalValue));

            // What went on the wire: three copies of the announcement, then the deletion, all to the SAP group.
            List<byte[]> wire = _network.Sent.Where(s => s.To.Equals(Group)).Select(s => s.Data).ToList();
            Assert.Equal(4, wire.Count);
            Assert.Equal(announcement.ToPacket().Encode(), wire[0]);
            Assert.Equal(wire[0], wire[2]);
            SapPacket deletion = SapPacketDecoder.Decode(wire[3]).Packet!;
            Assert.Equal(SapMessageType.Deletion, deletion.MessageType);
            Assert.Equal(announcement.MessageIdHash, deletion.MessageIdHash);
            Assert.Equal("o=" + announcement.Description.Origin + "\r\n", Encoding.UTF8.GetString(deletion.Payload));
        }

        [Fact]
        public void AnnouncementsGoWithATimeToLiveOf255()
        {
            // RFC 2974 §3: announcements "SHOULD be sent with an IP time-to-live of 255".
            Assert.Equal(1, _transport.MulticastHops);
            new SapAnnouncer(_transport, _network.Clock);
            Assert.Equal(255, _transport.MulticastHops);
        }

        [Fact]
        public void TheJitterStaysWithinAThirdOfTheInterval()
        {
            var announcer = new SapAnnouncer(_transport, _network.Clock, new Random(42));
            List<DateTime> times = announcer.Announce(Announcement(), Group, count: 50).Where(t => t.MessageTypeValue == SapMessageType.Announcement).Select(t => t.Time).ToList();

            var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
            Assert.All(gaps, gap => Assert.InRange(gap, 200, 400));
            Assert.True(gaps.Min() < 230 && gaps.Max() > 370, "The offsets should spread over the range.");
        }

        [Fact]
        public void AnnouncementsHeardOnTheGroupLengthenTheInterval()
        {
            // 200 other sessions of this size: no_of_ads = 201, and 8 * 201 * size / 4000 passes 300 s.
            SapAnnouncement announcement = Announcement(new string('x', 900));
            int size = announcement.ToPacket().Encode().Length;
            MemoryTransport others = _network.Bind("198.51.100.1");
            var announcer = new SapAnnouncer(_transport, _network.Clock, new FixedRandom(0.5));
            List<SapTransmission> sent = new List<SapTransmission>();
            foreach (SapTransmission transmission in announcer.Announce(announcement, Group, count: 2))
            {
                sent.Add(transmission);
                if (sent.Count == 1)
                {
                    for (int i = 0; i < 200; i++)
                    {
                        byte[] other = SapTestPackets.Announcement(SapTestPackets.Description(name: new string('y', 900), sessionId: (5000 + i).ToString()), (ushort)(i + 1), AddressParser.Parse("198.51.100.1")).Encode();
                        others.Send(other, 0, other.Length, Group);
                    }
                }
            }

            TimeSpan expected = SapTiming.BaseInterval(size, 201);
            Assert.True(expected > TimeSpan.FromSeconds(300));
            Assert.Equal(200, sent[1].AnnouncementsHeard);
            Assert.Equal(expected, sent[1].IntervalValue);
            Assert.Equal(sent[0].Time + expected, sent[1].Time);
        }

        [Fact]
        public void ItsOwnAnnouncementsAreNotCounted()
        {
            // The transport joined the group, so it hears itself; that is not another announcement.
            var announcer = new SapAnnouncer(_transport, _network.Clock, new FixedRandom(0.5));
            List<SapTransmission> sent = announcer.Announce(Announcement(), Group, count: 3).ToList();
            Assert.All(sent, t => Assert.Equal(0, t.AnnouncementsHeard));
            Assert.Equal(1, announcer.Heard.Count);
        }

        [Fact]
        public void CancellingSendsTheDeletion()
        {
            using var cancel = new CancellationTokenSource();
            var announcer = new SapAnnouncer(_transport, _network.Clock, new FixedRandom(0.5));
            var kinds = new List<SapMessageType>();
            foreach (SapTransmission transmission in announcer.Announce(Announcement(), Group, null, cancel.Token))
            {
                kinds.Add(transmission.MessageTypeValue);
                if (kinds.Count == 2)
                {
                    cancel.Cancel();
                }
            }

            Assert.Equal(new[] { SapMessageType.Announcement, SapMessageType.Announcement, SapMessageType.Deletion }, kinds);
        }

        [Fact]
        public void CancellingWhileWaitingSendsTheDeletion()
        {
            using var cancel = new CancellationTokenSource();
            var waiting = new CancelOnReceive(_transport, cancel);
            var announcer = new SapAnnouncer(waiting, _network.Clock, new FixedRandom(0.5));
            List<SapTransmission> sent = announcer.Announce(Announcement(), Group, null, cancel.Token).ToList();
            Assert.Equal(new[] { SapMessageType.Announcement, SapMessageType.Deletion }, sent.Select(t => t.MessageTypeValue));
        }

        [Fact]
        public void AbandoningTheEnumerationStillSendsTheDeletion()
        {
            var announcer = new SapAnnouncer(_transport, _network.Clock, new FixedRandom(0.5));
            using (IEnumerator<SapTransmission> running = announcer.Announce(Announcement(), Group).GetEnumerator())
            {
                Assert.True(running.MoveNext());
            }

            List<byte[]> wire = _network.Sent.Where(s => s.To.Equals(Group)).Select(s => s.Data).ToList();
            Assert.Equal(2, wire.Count);
            Assert.Equal(SapMessageType.Deletion, SapPacketDecoder.Decode(wire[1]).Packet!.MessageType);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        public void ACountBelowOneIsRefused(int count)
        {
            var announcer = new SapAnnouncer(_transport, _network.Clock);
            Assert.Equal("SapAnnouncementCountInvalid", Assert.Throws<MulticastRuleException>(() => announcer.Announce(Announcement(), Group, count)).ErrorId);
        }

        [Fact]
        public void ACompressedAnnouncementIsReadBackByAListener()
        {
            MemoryTransport listening = _network.Bind("0.0.0.0", SapAddresses.Port);
            listening.JoinGroup(Group.Address);
            var listener = new SapListener(listening, utcNow: _network.Clock);
            SapAnnouncement announcement = SapAnnouncement.Create(Description(), AddressParser.Parse("192.0.2.1"), compress: true);
            var announcer = new SapAnnouncer(_network.Bind("192.0.2.1"), _network.Clock, new FixedRandom(0.5));

            var kinds = new List<SapSessionEventKind>();
            foreach (SapTransmission transmission in announcer.Announce(announcement, Group, count: 2))
            {
                while (listening.Queue.Count > 0)
                {
                    kinds.AddRange(listener.Handle(listening.Queue.Dequeue()).Select(e => e.Kind));
                }
            }

            Assert.True(SapPacketDecoder.Decode(_network.Sent[0].Data).Packet!.IsCompressed);
            Assert.Equal(new[] { SapSessionEventKind.New, SapSessionEventKind.Deleted }, kinds);
            Assert.Equal(0, listener.MalformedDatagrams);
        }

        [Fact]
        public void AModificationHasANewHashAndAHigherVersion()
        {
            SapAnnouncement first = Announcement();
            SessionDescription changed = Description();
            changed.SessionName = "Moved";

            SapAnnouncement second = first.Modify(changed, new Random(5));

            Assert.NotEqual(first.MessageIdHash, second.MessageIdHash);
            Assert.NotEqual(0, second.MessageIdHash);
            Assert.Equal("3724394401", second.Description.Origin!.SessionVersion);
            Assert.Equal(first.OriginatingSource, second.OriginatingSource);

            SessionDescription other = Description();
            other.Origin = new SdpOrigin("-", 1, 1, AddressParser.Parse("192.0.2.1"));
            Assert.Equal("SapSessionIdentityChanged", Assert.Throws<MulticastRuleException>(() => first.Modify(other)).ErrorId);
        }

        [Fact]
        public void AnnouncementsOfAKilobyteOrMoreAreFlagged()
        {
            // RFC 2974 §6 recommends SAP packets smaller than 1 KB; compression brings a repetitive one under it.
            SapAnnouncement large = SapAnnouncement.Create(Description(new string('x', 1000)), AddressParser.Parse("192.0.2.1"));
            SapAnnouncement compressed = SapAnnouncement.Create(Description(new string('x', 1000)), AddressParser.Parse("192.0.2.1"), compress: true);

            Assert.True(large.ExceedsRecommendedLength);
            Assert.Equal(large.ToPacket().Encode().Length, large.PacketLength);
            Assert.False(compressed.ExceedsRecommendedLength);
            Assert.False(Announcement().ExceedsRecommendedLength);
        }

        [Fact]
        public void AnInvalidDescriptionIsRefusedBeforeAnythingIsSent()
        {
            SessionDescription sdp = Description();
            sdp.Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"));
            Assert.Equal("SdpConnectionTtlRequired", Assert.Throws<MulticastRuleException>(() => SapAnnouncement.Create(sdp, AddressParser.Parse("192.0.2.1"))).ErrorId);
        }

        internal static SessionDescription Description(string name = "Seminar")
        {
            var sdp = new SessionDescription
            {
                Origin = new SdpOrigin("-", 3724394400, 3724394400, AddressParser.Parse("192.0.2.1")),
                SessionName = name,
                Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"), 127),
            };
            sdp.Times.Add(new SdpTimeDescription(0, 0));
            sdp.Media.Add(new SdpMediaDescription("audio", 49170, "RTP/AVP", "0"));
            return sdp;
        }

        private static SapAnnouncement Announcement(string name = "Seminar") =>
            SapAnnouncement.Create(Description(name), AddressParser.Parse("192.0.2.1"), random: new Random(7));

        /// <summary>A Random whose every draw is the same.</summary>
        private sealed class FixedRandom : Random
        {
            private readonly double _value;

            public FixedRandom(double value) => _value = value;

            protected override double Sample() => _value;
        }

        /// <summary>A transport that is cancelled the first time anyone waits on it.</summary>
        private sealed class CancelOnReceive : IDatagramTransport
        {
            private readonly IDatagramTransport _inner;
            private readonly CancellationTokenSource _cancel;

            public CancelOnReceive(IDatagramTransport inner, CancellationTokenSource cancel)
            {
                _inner = inner;
                _cancel = cancel;
            }

            public IPEndPoint LocalEndPoint => _inner.LocalEndPoint;

            public void Send(byte[] buffer, int offset, int count, IPEndPoint destination) => _inner.Send(buffer, offset, count, destination);

            public ReceivedDatagram? Receive(TimeSpan timeout, CancellationToken cancellation)
            {
                _cancel.Cancel();
                return _inner.Receive(timeout, cancellation);
            }

            public void Dispose() => _inner.Dispose();
        }
    }
}
