using System;
using System.Linq;
using System.Net;
using System.Text;
using Multicast.Sap;

using static Multicast.Tests.Sap.SapTestPackets;

namespace Multicast.Tests.Sap
{
    public class SapDirectoryTests
    {
        private static readonly IPAddressValue Global = SapAddresses.GlobalIPv4;
        private readonly TestClock _clock = new TestClock();
        private readonly SapDirectory _directory;

        public SapDirectoryTests() => _directory = new SapDirectory(() => _clock.UtcNow);

        [Fact]
        public void ANewSessionCarriesWhatWasAnnounced()
        {
            var source = new IPEndPoint(IPAddress.Parse("198.51.100.7"), 32768);
            SapSessionEvent added = _directory.Process(Announcement(Description(group: "233.252.0.1/127/2")), source, Global).Single();

            Assert.Equal(SapSessionEventKind.New, added.Kind);
            SapSession session = added.Session;
            Assert.Equal("Seminar", session.Name);
            Assert.Equal("3724394400", session.Origin!.SessionId);
            Assert.Equal(Announcer, session.OriginatingSource);
            Assert.Equal(source, session.Source);
            Assert.Equal(Global, session.SapGroup);
            Assert.Equal(0x1234, session.MessageIdHash);
            Assert.Equal(_clock.UtcNow, session.LastHeard);
            Assert.Equal(_clock.UtcNow, session.FirstHeard);

            // The SDP's own faults travel with the session: two addresses in a session-level c=.
            Assert.Equal(Multicast.Sdp.SdpWarningIds.SessionConnectionMultipleAddresses, session.Warnings.Single().Id);

            SapSessionGroup group = session.Groups.Single();
            Assert.Equal(AddressParser.Parse("233.252.0.1"), group.AddressValue);
            Assert.Equal(127, group.Ttl);
            Assert.Equal(2, group.AddressCount);
            Assert.Equal(new[] { "233.252.0.1", "233.252.0.2" }, group.GetAddresses().Select(a => a.ToString()));
            Assert.Equal(MulticastScope.Global, group.ScopeValue);
            Assert.Equal(49170, group.Port);
            Assert.Equal("audio", group.Media);
            Assert.Equal("RTP/AVP", group.Protocol);

            // The groups are the module's own address type, which its decoder takes.
            Assert.True(MulticastAddressDecoder.Decode(group.AddressValue).IsMulticast);
        }

        [Fact]
        public void AnIPv6SessionHasAScopeAndNoTtl()
        {
            string sdp = "v=0\r\no=- 1 1 IN IP6 2001:db8::1\r\ns=Six\r\nt=0 0\r\nm=video 5004 RTP/AVP 96\r\nc=IN IP6 ff15::101/2\r\nm=audio 5006 RTP/AVP 0\r\nc=IN IP6 ff15::201\r\n";
            SapSession session = _directory.Process(Announcement(sdp, source: AddressParser.Parse("2001:db8::1"))).Single().Session;

            Assert.Equal(2, session.Groups.Count);
            Assert.All(session.Groups, g => Assert.Equal(MulticastScope.SiteLocal, g.ScopeValue));
            Assert.All(session.Groups, g => Assert.Null(g.Ttl));
            Assert.Equal(new[] { 5004, 5006 }, session.Groups.Select(g => g.Port!.Value));
            Assert.Equal(2, session.Groups[0].AddressCount);
        }

        [Fact]
        public void ASessionLevelConnectionServesEveryMedia()
        {
            string sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=x\r\nc=IN IP4 233.252.0.9/15\r\nt=0 0\r\nm=audio 1 RTP/AVP 0\r\nm=video 2 RTP/AVP 31\r\n";
            SapSession session = _directory.Process(Announcement(sdp)).Single().Session;
            Assert.Equal(new[] { "233.252.0.9/15 audio 1 RTP/AVP", "233.252.0.9/15 video 2 RTP/AVP" }, session.Groups.Select(g => g.ToString()));
        }

        [Fact]
        public void ARepeatOnlyRefreshesTheTimeHeard()
        {
            _directory.Process(Announcement(Description()));
            _clock.Advance(TimeSpan.FromMinutes(5));

            Assert.Empty(_directory.Process(Announcement(Description())));
            SapSession session = _directory.Sessions.Single();
            Assert.Equal(_clock.UtcNow, session.LastHeard);
            Assert.Equal(2, session.TimesHeard);
        }

        [Fact]
        public void AModifiedDescriptionIsAChange()
        {
            SapSession first = _directory.Process(Announcement(Description(version: "1"), hash: 1)).Single().Session;
            _clock.Advance(TimeSpan.FromMinutes(1));

            SapSessionEvent changed = _directory.Process(Announcement(Description(name: "Renamed", version: "2"), hash: 2)).Single();

            Assert.Equal(SapSessionEventKind.Changed, changed.Kind);
            Assert.Same(first, changed.Previous);
            Assert.Equal("Renamed", changed.Session.Name);
            Assert.Equal(2, changed.Session.MessageIdHash);
            Assert.Equal(first.FirstHeard, changed.Session.FirstHeard);
            Assert.Single(_directory.Sessions);
        }

        [Fact]
        public void AnOlderVersionIsIgnored()
        {
            _directory.Process(Announcement(Description(version: "10"), hash: 2));
            Assert.Empty(_directory.Process(Announcement(Description(name: "Old", version: "9"), hash: 1)));
            Assert.Equal("Seminar", _directory.Sessions.Single().Name);
            Assert.Equal(1, _directory.StaleAnnouncements);
        }

        [Fact]
        public void TheSameHashWithADifferentPayloadIsStillReadAsAChange()
        {
            // RFC 2974 §10: trusting the hash and source alone invites a denial of service.
            _directory.Process(Announcement(Description(version: "1")));
            Assert.Equal(SapSessionEventKind.Changed, _directory.Process(Announcement(Description(name: "Other", version: "2"))).Single().Kind);
        }

        [Fact]
        public void TheSameDescriptionUnderANewHashIsNoChange()
        {
            _directory.Process(Announcement(Description(), hash: 1));
            Assert.Empty(_directory.Process(Announcement(Description(), hash: 2)));
            Assert.Equal(2, _directory.Sessions.Single().MessageIdHash);
        }

        [Fact]
        public void AModificationFromAnotherHostIsAnotherSession()
        {
            // RFC 2974 §5: without authentication, only the host that announced a session may modify it.
            _directory.Process(Announcement(Description(version: "1")));
            SapSessionEvent other = _directory.Process(Announcement(Description(name: "Spoof", version: "2"), source: AddressParser.Parse("203.0.113.9"))).Single();

            Assert.Equal(SapSessionEventKind.New, other.Kind);
            Assert.Equal(2, _directory.Count);
        }

        [Fact]
        public void AnAuthenticatedModificationOfAnUnauthenticatedSessionIsAnotherSession()
        {
            // RFC 2974 §5: "treated as a new and different announcement, and displayed in addition".
            _directory.Process(Announcement(Description(version: "1")));
            Assert.Equal(SapSessionEventKind.New, _directory.Process(Announcement(Description(version: "2"), authentication: new byte[4])).Single().Kind);
            Assert.Equal(2, _directory.Count);
        }

        [Fact]
        public void ADeletionRemovesTheSessionItsOriginNames()
        {
            _directory.Process(Announcement(Description(), hash: 7));
            SapSessionEvent deleted = _directory.Process(Deletion(hash: 99)).Single();

            Assert.Equal(SapSessionEventKind.Deleted, deleted.Kind);
            Assert.Equal("Seminar", deleted.Session.Name);
            Assert.Equal(0, _directory.Count);
        }

        [Fact]
        public void ModifyingThenDeletingTheOldVersionKeepsTheModifiedSession()
        {
            // RFC 2974 §6: the hash changes with the description, "and a session deletion message SHOULD be sent
            // for the old version of the session". That deletion names version 1; the session is at version 2.
            _directory.Process(Announcement(Description(version: "1"), hash: 1));
            Assert.Equal(SapSessionEventKind.Changed, _directory.Process(Announcement(Description(name: "Moved", version: "2"), hash: 2)).Single().Kind);

            Assert.Empty(_directory.Process(Deletion("o=- 3724394400 1 IN IP4 192.0.2.1", hash: 1)));
            Assert.Equal("Moved", _directory.Sessions.Single().Name);
            Assert.Equal(1, _directory.StaleDeletions);

            Assert.Equal(SapSessionEventKind.Deleted, _directory.Process(Deletion("o=- 3724394400 2 IN IP4 192.0.2.1", hash: 2)).Single().Kind);
            Assert.Equal(0, _directory.Count);
        }

        [Fact]
        public void ADeletionOfAnotherVersionUnderAnotherHashIsStale()
        {
            // Version 3 was never heard, and the hash is not the cached one's: nothing says it is this session's current version.
            _directory.Process(Announcement(Description(version: "2"), hash: 2));
            Assert.Empty(_directory.Process(Deletion("o=- 3724394400 3 IN IP4 192.0.2.1", hash: 3)));
            Assert.Equal(1, _directory.Count);
            Assert.Equal(1, _directory.StaleDeletions);

            // The cached hash with another version still names the cached announcement.
            Assert.Equal(SapSessionEventKind.Deleted, _directory.Process(Deletion("o=- 3724394400 3 IN IP4 192.0.2.1", hash: 2)).Single().Kind);
        }

        [Fact]
        public void ADeletionWithoutAnOriginFallsBackToTheHash()
        {
            _directory.Process(Announcement(Description(), hash: 7));
            var encrypted = new SapPacket(SapMessageType.Deletion, Announcer, 7, new byte[] { 1, 2, 3 }, payloadType: null, isEncrypted: true);
            Assert.Equal(SapSessionEventKind.Deleted, _directory.Process(encrypted).Single().Kind);
        }

        [Fact]
        public void AnUnauthenticatedDeletionOfAnAuthenticatedSessionIsIgnored()
        {
            // RFC 2974 §4: "If this authentication is missing, the deletion message SHOULD be ignored."
            _directory.Process(Announcement(Description(), hash: 7, authentication: new byte[4]));
            Assert.Empty(_directory.Process(Deletion(hash: 7)));
            Assert.Equal(1, _directory.Count);
            Assert.Equal(1, _directory.IgnoredDeletions);

            Assert.Equal(SapSessionEventKind.Deleted, _directory.Process(Deletion(hash: 7, authentication: new byte[4])).Single().Kind);
        }

        [Fact]
        public void ADeletionFromAnotherHostIsIgnored()
        {
            _directory.Process(Announcement(Description(), hash: 7));
            Assert.Empty(_directory.Process(Deletion(hash: 7, source: AddressParser.Parse("203.0.113.9"))));
            Assert.Equal(1, _directory.Count);
        }

        [Fact]
        public void ASessionTimesOutAfterAnHourUnheard()
        {
            _directory.Process(Announcement(Description()), null, Global);
            SapSession session = _directory.Sessions.Single();
            Assert.Equal(TimeSpan.FromHours(1), _directory.GetTimeout(session));
            Assert.Equal(_clock.UtcNow.AddHours(1), _directory.NextExpiry);

            _clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
            Assert.Empty(_directory.Expire());

            _clock.Advance(TimeSpan.FromTicks(1));
            SapSessionEvent timedOut = _directory.Expire().Single();
            Assert.Equal(SapSessionEventKind.TimedOut, timedOut.Kind);
            Assert.Null(_directory.NextExpiry);
        }

        [Fact]
        public void ManySessionsOnAGroupLengthenTheTimeout()
        {
            // 8 * n * size / 4000 passes 360 s (an hour's tenth) when n * size passes 180000 bytes.
            for (int i = 0; i < 400; i++)
            {
                _directory.Process(Announcement(Description(name: "Session " + i + new string('x', 400), sessionId: (1000 + i).ToString()), hash: (ushort)(i + 1)), null, Global);
            }

            SapSession session = _directory.Sessions.First();
            TimeSpan interval = SapTiming.BaseInterval(session.AnnouncementLength, 400);
            Assert.True(interval > TimeSpan.FromSeconds(360));
            Assert.Equal(TimeSpan.FromTicks(interval.Ticks * 10), _directory.GetTimeout(session));

            // Sessions on another SAP group do not count.
            _directory.Process(Announcement(Description(sessionId: "9"), hash: 999), null, AddressParser.Parse("239.255.255.255"));
            Assert.Equal(TimeSpan.FromHours(1), _directory.GetTimeout(_directory.Sessions.Single(s => s.Origin!.SessionId == "9")));
        }

        [Fact]
        public void ASessionEndsAtItsStopTime()
        {
            ulong stop = Multicast.Sdp.SdpTime.FromDateTime(_clock.UtcNow.AddMinutes(10));
            _directory.Process(Announcement(Description(time: "t=0 " + stop)));
            Assert.Equal(_clock.UtcNow.AddMinutes(10).AddTicks(1), _directory.NextExpiry);

            _clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Empty(_directory.Expire());
            _clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(SapSessionEventKind.Ended, _directory.Expire().Single().Kind);
        }

        [Fact]
        public void AnAnnouncementOfAnEndedSessionIsNotKept()
        {
            ulong stop = Multicast.Sdp.SdpTime.FromDateTime(_clock.UtcNow.AddMinutes(-1));
            Assert.Empty(_directory.Process(Announcement(Description(time: "t=3724394400 " + stop))));
            Assert.Equal(0, _directory.Count);
        }

        [Fact]
        public void AnUnboundedTimeNeverEnds()
        {
            ulong stop = Multicast.Sdp.SdpTime.FromDateTime(_clock.UtcNow.AddMinutes(-1));
            string sdp = Description(time: "t=3724394400 " + stop + "\r\nt=3724394400 0");
            _directory.Process(Announcement(sdp));
            Assert.Null(_directory.Sessions.Single().Ends);
        }

        [Fact]
        public void AnEncryptedAnnouncementIsKeptByHashAndSource()
        {
            var encrypted = new SapPacket(SapMessageType.Announcement, Announcer, 5, new byte[] { 9, 9, 9 }, payloadType: null, isEncrypted: true);
            SapSession session = _directory.Process(encrypted).Single().Session;

            Assert.True(session.IsEncrypted);
            Assert.Null(session.Name);
            Assert.Empty(session.Groups);
            Assert.Empty(_directory.Process(encrypted));
        }

        [Fact]
        public void ADescriptionWithAnUnknownLineTypeIsKeptByHashAndSourceOnly()
        {
            // RFC 8866 §5: such a description MUST be ignored completely: no name, no groups, only why.
            string sdp = Description(group: "233.252.0.7/127") + "x=something new\r\n";
            SapSession session = _directory.Process(Announcement(sdp, hash: 9)).Single().Session;

            Assert.True(session.DescriptionRejected);
            Assert.Null(session.Description);
            Assert.Null(session.Name);
            Assert.Null(session.Origin);
            Assert.Empty(session.Groups);
            Assert.Equal(9, session.MessageIdHash);
            Assert.Contains(session.Warnings, w => w.Id == Multicast.Sdp.SdpWarningIds.UnknownLineType);
            Assert.Empty(_directory.Process(Announcement(sdp, hash: 9)));

            // The session it names is not known, so its deletion finds the announcement by hash and source.
            Assert.Equal(SapSessionEventKind.Deleted, _directory.Process(Deletion(hash: 9)).Single().Kind);
            Assert.False(_directory.Process(Announcement(Description())).Single().Session.DescriptionRejected);
        }

        [Fact]
        public void ZeroHashesAreToldApartByTheirPayloads()
        {
            // RFC 2974 §3.1: with a zero hash "the entire message MUST be compared".
            _directory.Process(new SapPacket(SapMessageType.Announcement, Announcer, 0, Encoding.ASCII.GetBytes("one"), "text/plain"));
            _directory.Process(new SapPacket(SapMessageType.Announcement, Announcer, 0, Encoding.ASCII.GetBytes("two"), "text/plain"));
            Assert.Empty(_directory.Process(new SapPacket(SapMessageType.Announcement, Announcer, 0, Encoding.ASCII.GetBytes("one"), "text/plain")));
            Assert.Equal(2, _directory.Count);
        }

        [Fact]
        public void ASapVersion0HashSaysNothing()
        {
            // RFC 2974 §3.1: for a SAPv0 announcement "the entire message MUST be compared to determine uniqueness".
            SapPacket first = SapPacketDecoder.Decode(TestBytes.Of("00 00 12 34", "C0 00 02 01", TestBytes.Ascii("text/plain"), "00", TestBytes.Ascii("one"))).Packet!;
            SapPacket second = SapPacketDecoder.Decode(TestBytes.Of("00 00 12 34", "C0 00 02 01", TestBytes.Ascii("text/plain"), "00", TestBytes.Ascii("two"))).Packet!;
            Assert.Equal(SapSessionEventKind.New, _directory.Process(first).Single().Kind);
            Assert.Equal(SapSessionEventKind.New, _directory.Process(second).Single().Kind);
            Assert.Empty(_directory.Process(first));
            Assert.Equal(2, _directory.Count);
        }

        [Fact]
        public void AFullDirectoryDropsNewSessions()
        {
            var small = new SapDirectory(() => _clock.UtcNow, maxSessions: 1);
            small.Process(Announcement(Description(sessionId: "1"), hash: 1));
            Assert.Empty(small.Process(Announcement(Description(sessionId: "2"), hash: 2)));
            Assert.Equal(1, small.DroppedSessions);
        }

        [Fact]
        public void CountingAnnouncementsPerGroup()
        {
            _directory.Process(Announcement(Description(sessionId: "1"), hash: 1), null, Global);
            _directory.Process(Announcement(Description(sessionId: "2"), hash: 2), null, Global);
            _directory.Process(Announcement(Description(sessionId: "3"), hash: 3), null, AddressParser.Parse("239.255.255.255"));

            Assert.Equal(2, _directory.CountAnnouncements(Global));
            Assert.Equal(1, _directory.CountAnnouncements(Global, exceptHash: 2, exceptSource: Announcer));
            Assert.Equal(3, _directory.CountAnnouncements(null));
        }
    }
}
