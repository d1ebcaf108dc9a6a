using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Multicast.Sap;
using Multicast.Tests.Registry;
using static Multicast.Tests.Sap.CaptureFiles;

namespace Multicast.Tests.Sap
{
    /// <summary>
    /// The sample capture the module's specs and help examples read, tests/Data/sap-sessions.pcapng, is made here:
    /// the test fails when the committed file is not what this code makes. To make it again after a change, run the
    /// test with MULTICAST_WRITE_SAMPLE_CAPTURE=1. Everything in it is synthetic: documentation addresses
    /// (RFC 5737, RFC 3849), groups in the Local and Organization Local Scopes, an hour and a bit of SAP traffic.
    /// </summary>
    public class SampleCaptureTests
    {
        // 2025-03-01 09:00:00 UTC: Unix seconds, and SDP seconds since 1900 (RFC 8866 §5.9).
        private const uint T0 = 1_740_819_600;
        private const string Ntp0 = "3949808400";

        public static string SamplePath => Path.Combine(RepositoryData.Root, "tests", "Data", "sap-sessions.pcapng");

        [Fact]
        public void TheCommittedSampleIsWhatThisCodeMakes()
        {
            byte[] made = Make();
            if (Environment.GetEnvironmentVariable("MULTICAST_WRITE_SAMPLE_CAPTURE") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(SamplePath)!);
                File.WriteAllBytes(SamplePath, made);
            }

            Assert.True(File.Exists(SamplePath), SamplePath + " is missing; run this test with MULTICAST_WRITE_SAMPLE_CAPTURE=1.");
            Assert.Equal(made, File.ReadAllBytes(SamplePath));
        }

        [Fact]
        public void TheSampleReplaysAsItsStoryTells()
        {
            using FileStream stream = File.OpenRead(SamplePath);
            var reader = new CaptureReader(stream);
            var replay = new SapCaptureReplay();
            List<SapSessionEvent> events = replay.Replay(reader.ReadDatagrams()).ToList();

            Assert.Equal(
                new[]
                {
                    "New Lobby camera", "New Studio A", "New Campus lecture", "New ", "New Hallway", "Changed Lobby camera (HD)",
                    "Deleted Studio A", "TimedOut Campus lecture", "TimedOut ", "TimedOut Hallway",
                },
                events.Select(e => e.Kind + " " + e.Session.Name));

            Assert.Equal(11, reader.Datagrams);
            Assert.Equal(1, replay.Intake.MalformedByStatus[SapDecodeStatus.UnsupportedVersion]);
            Assert.Equal(1, replay.Intake.EncryptedPackets);
            Assert.Equal(1, replay.Directory.StaleDeletions);
            Assert.Equal("Lobby camera (HD)", replay.Directory.Sessions.Single().Name);

            SapSession studio = events[1].Session;
            Assert.True(studio.Groups.Single().AddressCount == 2 && studio.Groups.Single().Ttl == 32);
            Assert.Equal("239.195.255.255", studio.SapGroup.ToString());
            SapSession lecture = events[2].Session;
            Assert.Equal("2001:db8::30", lecture.OriginatingSource.ToString());
            Assert.True(lecture.IsAuthenticated);
            Assert.Equal(MulticastScope.SiteLocal, lecture.Groups.Single().ScopeValue);
            Assert.Single(lecture.Times.Single().RepeatsValue);
            Assert.Equal(
                new[] { Multicast.Sdp.SdpWarningIds.LineOutOfOrder, Multicast.Sdp.SdpWarningIds.ConnectionTtlMissing },
                events[4].Session.Warnings.Select(w => w.Id));
        }

        private static byte[] Make()
        {
            const string Lobby = "192.0.2.10", Studio = "192.0.2.20", Secret = "192.0.2.40", Hall = "192.0.2.50";
            string lobby1 = Sdp("o=- " + Ntp0 + " 1 IN IP4 " + Lobby, "s=Lobby camera", "i=Entrance, north side", "t=0 0", "m=video 5004 RTP/AVP 33", "c=IN IP4 239.255.10.1/127");
            string lobby2 = Sdp("o=- " + Ntp0 + " 2 IN IP4 " + Lobby, "s=Lobby camera (HD)", "i=Entrance, north side", "t=0 0", "m=video 5004 RTP/AVP 96", "c=IN IP4 239.255.10.1/127", "a=rtpmap:96 H264/90000");
            string studio = Sdp(
                "o=- 3949808401 1 IN IP4 " + Studio, "s=Studio A", "t=0 0", "a=recvonly", "m=audio 5004 RTP/AVP 96", "c=IN IP4 239.192.40.1/32/2",
                "a=rtpmap:96 L24/48000/2", "a=ptime:1", "a=ts-refclk:ptp=IEEE1588-2008:00-1D-C1-FF-FE-12-34-56:0", "a=mediaclk:direct=0");
            string lecture = Sdp(
                "o=lecturer 3949808402 1 IN IP6 2001:db8::30", "s=Campus lecture", "i=Weekly, Tuesdays", "t=" + Ntp0 + " 0", "r=7d 2h 0",
                "m=video 5006 RTP/AVP 96", "c=IN IP6 ff15::8000:1234", "a=rtpmap:96 H264/90000");

            // SDP that breaks RFC 8866 as real announcers do: LF line ends, c= after t=, an IPv4 group with no TTL.
            string hallway = "v=0\no=- 3949808405 1 IN IP4 " + Hall + "\ns=Hallway\nt=0 0\nc=IN IP4 239.255.20.1\nm=audio 5004 RTP/AVP 0\n";

            byte[] lecturePacket = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("2001:db8::30"), 0x3003, Encoding.UTF8.GetBytes(lecture), authenticationData: new byte[] { 0x20, 0, 0, 0, 0xA5, 0xA5, 0xA5, 0xA5 }).Encode();

            // Compressed with a stored deflate block (RFC 1951 §3.2.4), so the bytes do not depend on a deflater.
            byte[] studioPacket = TestBytes.Of("21 00 20 02", Ip(Studio), StoredZlib(Encoding.ASCII.GetBytes("application/sdp\0" + studio)));

            var packets = new List<(uint Seconds, string From, string To, byte[] Sap)>
            {
                (0, Lobby, "239.255.255.255", Announce(lobby1, 0x1001, Lobby)),
                (1, Studio, "239.195.255.255", studioPacket),
                (2, "2001:db8::30", "ff05::2:7ffe", lecturePacket),
                (3, Secret, "224.2.127.254", new SapPacket(SapMessageType.Announcement, AddressParser.Parse(Secret), 0x4004, new byte[] { 0x8E, 0x11, 0x5C, 0x02, 0x7B, 0xD0, 0x33, 0x91 }, payloadType: null, isEncrypted: true).Encode()),
                (4, "192.0.2.99", "224.2.127.254", TestBytes.Of("40 00 00 01", Ip("192.0.2.99"), TestBytes.Ascii("v=0\r\n"))),
                (5, Hall, "239.255.255.255", Announce(hallway, 0x5005, Hall)),
                (300, Lobby, "239.255.255.255", Announce(lobby1, 0x1001, Lobby)),
                (600, Lobby, "239.255.255.255", Announce(lobby2, 0x1011, Lobby)),
                (601, Lobby, "239.255.255.255", Delete("o=- " + Ntp0 + " 1 IN IP4 " + Lobby, 0x1001, Lobby)),
                (900, Studio, "239.195.255.255", Delete("o=- 3949808401 1 IN IP4 " + Studio, 0x2002, Studio)),
                (3700, Lobby, "239.255.255.255", Announce(lobby2, 0x1011, Lobby)),
            };

            var blocks = new List<byte[]> { SectionHeader(false), InterfaceDescription(false, 1, snapLength: 262144) };
            foreach (var (seconds, from, to, sap) in packets)
            {
                byte[] udp = Udp(9875, 9875, sap);
                byte[] frame = from.Contains(':') ? Ethernet(EtherTypeIPv6, IPv6(from, to, udp)) : Ethernet(EtherTypeIPv4, IPv4(from, to, udp));
                blocks.Add(EnhancedPacket(false, 0, (T0 + (ulong)seconds) * 1_000_000UL, frame));
            }

            return Join(blocks.ToArray());
        }

        private static string Sdp(params string[] lines) => "v=0\r\n" + string.Join("\r\n", lines) + "\r\n";

        private static byte[] Announce(string sdp, ushort hash, string from) =>
            new SapPacket(SapMessageType.Announcement, AddressParser.Parse(from), hash, Encoding.UTF8.GetBytes(sdp)).Encode();

        private static byte[] Delete(string origin, ushort hash, string from) =>
            new SapPacket(SapMessageType.Deletion, AddressParser.Parse(from), hash, Encoding.UTF8.GetBytes(origin + "\r\n")).Encode();

        private static byte[] Ip(string address) => System.Net.IPAddress.Parse(address).GetAddressBytes();

        // RFC 1950 §2.2: CMF 0x78, FLG 0x01; one final stored block: 0x01, LEN, NLEN (little-endian); the Adler-32.
        private static byte[] StoredZlib(byte[] data)
        {
            uint adler = Adler32.Compute(data, 0, data.Length);
            var zlib = new List<byte> { 0x78, 0x01, 0x01, (byte)data.Length, (byte)(data.Length >> 8), (byte)~data.Length, (byte)(~data.Length >> 8) };
            zlib.AddRange(data);
            zlib.AddRange(new[] { (byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler });
            return zlib.ToArray();
        }
    }
}
