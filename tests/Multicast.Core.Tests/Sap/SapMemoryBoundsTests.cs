using System;
using System.Linq;
using System.Text;
using Multicast.Sap;
using Multicast.Sdp;
using static Multicast.Tests.Sap.SapTestPackets;

namespace Multicast.Tests.Sap
{
    /// <summary>
    /// Small hostile packets cannot make a listener keep much: the payload a compressed packet may inflate
    /// to, the warnings one description may carry, and the bytes a directory keeps are all bounded. Runs
    /// alone (the serial collection), because it reads the process's heap.
    /// </summary>
    [Collection(SerialSapTests.Name)]
    public class SapMemoryBoundsTests
    {
        [Fact]
        public void TheDefaultInflateLimitIsTheLargestUdpPayload()
        {
            // 65,535 bytes of IPv4 datagram less the 20-byte IP and 8-byte UDP headers: no SAP packet can carry more.
            Assert.Equal(65_507, SapPacketDecoder.DefaultMaxPayloadLength);
            byte[] body = Encoding.ASCII.GetBytes("application/sdp\0" + new string('a', 65_507));
            byte[] datagram = TestBytes.Of("21 00 00 07", "C0 00 02 01", SapPacketDecoderTests.ZLib(body));
            Assert.Equal(SapDecodeStatus.PayloadTooLarge, SapPacketDecoder.Decode(datagram).Status);
        }

        [Fact]
        public void ADescriptionKeepsAtMost64WarningsAndCountsTheRest()
        {
            SessionDescription sdp = SessionDescription.Parse(string.Concat(Enumerable.Repeat("v=\n", 1000)));

            Assert.Equal(SessionDescription.MaxWarnings + 1, sdp.Warnings.Count);
            SdpWarning last = sdp.Warnings[sdp.Warnings.Count - 1];
            Assert.Equal(SdpWarningIds.WarningsTruncated, last.Id);
            Assert.Contains((1003 - SessionDescription.MaxWarnings).ToString(), last.Message);
        }

        [Fact]
        public void TheXEqualsBombRetainsLittle()
        {
            // The review's packet: "x=\n" as many times as the inflate limit lets through, compressed to a few hundred bytes.
            int lines = SapPacketDecoder.DefaultMaxPayloadLength / 3;
            byte[] payload = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("x=\n", lines)));
            byte[] datagram = TestBytes.Of("21 00 00 07", "C0 00 02 01", SapPacketDecoderTests.ZLib(payload));
            Assert.True(datagram.Length < 1000, "The bomb is a small packet: " + datagram.Length + " bytes.");

            var directory = new SapDirectory(() => new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc));
            long before = GC.GetTotalMemory(forceFullCollection: true);
            SapSession session = new SapPacketIntake(directory).Take(datagram, null, null).Single().Session;
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(directory);

            Assert.True(session.Warnings.Count <= SessionDescription.MaxWarnings + 1);
            Assert.InRange(directory.RetainedBytes, payload.Length, 4 * payload.Length);
            Assert.InRange(after - before, 0, 1_000_000);
        }

        [Fact]
        public void TheDirectoryKeepsNoMoreBytesThanItsBudget()
        {
            var directory = new SapDirectory(() => new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), maxRetainedBytes: 40_000);
            int kept = 0;
            for (int i = 0; i < 20; i++)
            {
                string sdp = Description(name: new string('n', 2000), sessionId: (100 + i).ToString());
                kept += directory.Process(Announcement(sdp, hash: (ushort)(i + 1))).Count;
            }

            Assert.InRange(kept, 1, 19);
            Assert.Equal(kept, directory.Count);
            Assert.Equal(20 - kept, directory.DroppedSessions);
            Assert.True(directory.RetainedBytes <= 40_000);

            // A removal gives its bytes back.
            long full = directory.RetainedBytes;
            directory.Process(Deletion("o=- 100 1 IN IP4 192.0.2.1", hash: 1));
            Assert.True(directory.RetainedBytes < full);
        }

        [Fact]
        public void AChangeThatWouldPassTheBudgetKeepsTheVersionCached()
        {
            var directory = new SapDirectory(() => new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), maxRetainedBytes: 20_000);
            directory.Process(Announcement(Description(version: "1"), hash: 1));
            Assert.Empty(directory.Process(Announcement(Description(name: new string('n', 9000), version: "2"), hash: 2)));

            Assert.Equal("Seminar", directory.Sessions.Single().Name);
            Assert.Equal(1, directory.DroppedSessions);
        }
    }
}
