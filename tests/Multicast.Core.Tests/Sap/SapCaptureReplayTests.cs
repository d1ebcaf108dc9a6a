using System.IO;
using System.Linq;
using Multicast.Sap;
using static Multicast.Tests.Sap.CaptureFiles;
using static Multicast.Tests.Sap.SapTestPackets;

namespace Multicast.Tests.Sap
{
    public class SapCaptureReplayTests
    {
        [Fact]
        public void ACaptureReplaysOnItsOwnClock()
        {
            const uint t0 = 1_700_000_000;
            byte[] a = Announcement(Description(name: "A", sessionId: "1"), hash: 1).Encode();
            byte[] b = Announcement(Description(name: "B", sessionId: "2"), hash: 2).Encode();
            byte[] c = Announcement(Description(name: "C", sessionId: "3"), hash: 3).Encode();
            byte[] deleteB = Deletion("o=- 2 1 IN IP4 192.0.2.1", hash: 2).Encode();
            byte[] file = Pcap(false, false, 1,
                (t0, 0u, Frame(a)),
                (t0 + 300, 0u, Frame(a)),
                (t0 + 600, 0u, Frame(b)),
                (t0 + 601, 0u, Frame(new byte[] { 1, 2, 3 })),
                (t0 + 3000, 0u, Frame(deleteB)),
                (t0 + 7200, 0u, Frame(c)));

            var reader = new CaptureReader(new MemoryStream(file));
            var replay = new SapCaptureReplay();
            var events = replay.Replay(reader.ReadDatagrams()).ToList();

            Assert.Equal(
                new[] { "New A", "New B", "Deleted B", "TimedOut A", "New C" },
                events.Select(e => e.Kind + " " + e.Session.Name));

            // A was last heard at t0 + 300 s, so it timed out an hour later; the directory saw it at the next packet.
            Assert.Equal(System.DateTimeOffset.FromUnixTimeSeconds(t0 + 300).UtcDateTime, events[3].Session.LastHeard);
            Assert.Equal(System.DateTimeOffset.FromUnixTimeSeconds(t0 + 7200).UtcDateTime, replay.Now);
            Assert.Equal("C", replay.Directory.Sessions.Single().Name);
            Assert.Equal(1, replay.Intake.MalformedDatagrams);
            Assert.Equal(6, replay.Intake.DatagramsReceived);
            Assert.Equal("224.2.127.254", events[0].Session.SapGroup.ToString());
        }

        [Fact]
        public void TheLastHourOfTheCalendarReplaysWithoutOverflow()
        {
            // Two announcements in the last hour DateTime holds: a timeout of an hour runs past its end.
            var epoch = new System.DateTime(1970, 1, 1, 0, 0, 0, System.DateTimeKind.Utc);
            ulong Micros(System.DateTime time) => (ulong)((time - epoch).Ticks / 10);
            var late = new System.DateTime(9999, 12, 31, 23, 0, 0, System.DateTimeKind.Utc);
            byte[] file = Join(
                SectionHeader(false),
                InterfaceDescription(false, 1),
                EnhancedPacket(false, 0, Micros(late), Frame(Announcement(Description(name: "A", sessionId: "1"), hash: 1).Encode())),
                EnhancedPacket(false, 0, Micros(late.AddMinutes(30)), Frame(Announcement(Description(name: "B", sessionId: "2"), hash: 2).Encode())));

            var replay = new SapCaptureReplay();
            var events = replay.Replay(new CaptureReader(new MemoryStream(file)).ReadDatagrams()).ToList();

            Assert.Equal(new[] { "New A", "New B" }, events.Select(e => e.Kind + " " + e.Session.Name));
            Assert.Equal(System.DateTime.MaxValue, replay.Directory.NextExpiry);
            Assert.Empty(replay.Directory.Expire());
        }

        private static byte[] Frame(byte[] sap) => Ethernet(EtherTypeIPv4, IPv4("192.0.2.1", "224.2.127.254", Udp(40000, 9875, sap)));
    }
}
