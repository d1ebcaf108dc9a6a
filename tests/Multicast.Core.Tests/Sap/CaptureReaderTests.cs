using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Multicast.Sap;
using static Multicast.Tests.Sap.CaptureFiles;

namespace Multicast.Tests.Sap
{
    public class CaptureReaderTests
    {
        private static readonly byte[] Payload = Encoding.ASCII.GetBytes("SAP!");

        [Fact]
        public void AHandWrittenPcapFile()
        {
            // draft-gharris-opsawg-pcap §4: magic 0xA1B2C3D4 written little-endian, version 2.4, reserved, snap
            // length 65535, link type 1 (Ethernet). §5: seconds 1700000000 (0x6553F100), 250000 us, 46 bytes.
            // The frame: Ethernet to 01:00:5e:02:7f:fe, type 0x0800; IPv4 (RFC 791) 192.0.2.1 > 224.2.127.254,
            // UDP (RFC 768) 40000 > 9875, length 12, and the payload "SAP!".
            byte[] file = TestBytes.Of(
                "D4 C3 B2 A1", "02 00 04 00", "00 00 00 00", "00 00 00 00", "FF FF 00 00", "01 00 00 00",
                "00 F1 53 65", "90 D0 03 00", "2E 00 00 00", "2E 00 00 00",
                "01 00 5E 02 7F FE", "02 00 00 00 00 01", "08 00",
                "45 00 00 20", "00 01 00 00", "FF 11 00 00", "C0 00 02 01", "E0 02 7F FE",
                "9C 40 26 93", "00 0C 00 00",
                "53 41 50 21");

            CaptureReader reader = Reader(file);
            CapturedDatagram datagram = reader.ReadDatagrams().Single();

            Assert.Equal(CaptureFormat.Pcap, reader.Format);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 250, DateTimeKind.Utc), datagram.Timestamp);
            Assert.Equal("192.0.2.1:40000", datagram.Source.ToString());
            Assert.Equal("224.2.127.254:9875", datagram.Destination.ToString());
            Assert.Equal(Payload, datagram.Data);
            Assert.Equal(1, datagram.Record);
            Assert.Equal(1, reader.Records);
            Assert.Equal(0, reader.DamagedRecords);
            Assert.False(reader.StoppedEarly);
        }

        [Theory]
        [InlineData(false, false, 123456u, 1234560L)]
        [InlineData(true, false, 999999u, 9999990L)]
        [InlineData(false, true, 123456789u, 1234567L)]
        [InlineData(true, true, 999999999u, 9999999L)]
        public void BothByteOrdersAndBothResolutions(bool bigEndian, bool nanoseconds, uint fraction, long ticks)
        {
            byte[] file = Pcap(bigEndian, nanoseconds, 1, (1700000000u, fraction, SapFrame()));
            CapturedDatagram datagram = Reader(file).ReadDatagrams().Single();
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc).AddTicks(ticks), datagram.Timestamp);
            Assert.Equal(Payload, datagram.Data);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void AModifiedPcapFile(bool bigEndian)
        {
            // Magic 0xA1B2CD34: records carry 8 more header bytes, which must not be read as the frame.
            byte[] file = ModifiedPcap(bigEndian, 1, (1700000000u, 250000u, SapFrame()), (1700000001u, 0u, SapFrame()));
            CaptureReader reader = Reader(file);
            List<CapturedDatagram> datagrams = reader.ReadDatagrams().ToList();

            Assert.Equal(CaptureFormat.Pcap, reader.Format);
            Assert.Equal(2, datagrams.Count);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 250, DateTimeKind.Utc), datagrams[0].Timestamp);
            Assert.All(datagrams, d => Assert.Equal(Payload, d.Data));
            Assert.Equal(0, reader.DamagedRecords);
            Assert.False(reader.StoppedEarly);
        }

        [Fact]
        public void TheFcsBitsOfTheLinkTypeFieldAreIgnored()
        {
            byte[] file = Pcap(false, false, 1, (1u, 0u, Join(SapFrame(), new byte[] { 0xDE, 0xAD, 0xBE, 0xEF })));
            file[23] = 0x18; // f = 1 and an FCS of 4 16-bit words, above the 16-bit link type
            Assert.Equal(Payload, Reader(file).ReadDatagrams().Single().Data);
        }

        [Theory]
        [InlineData(new ushort[] { 0x8100 })]
        [InlineData(new ushort[] { 0x88A8, 0x8100 })]
        [InlineData(new ushort[] { 0x9100, 0x8100 })]
        public void VlanTagsAreSkipped(ushort[] tags)
        {
            byte[] frame = Ethernet(EtherTypeIPv4, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload)), tags);
            Assert.Equal(Payload, Read(1, frame).Single().Data);
        }

        [Fact]
        public void LinuxCookedCaptures()
        {
            byte[] ip = IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload));
            Assert.Equal(Payload, Read(113, Sll(EtherTypeIPv4, ip)).Single().Data);
            Assert.Equal(Payload, Read(276, Sll2(EtherTypeIPv4, ip)).Single().Data);
            Assert.Equal(Payload, Read(276, Sll2(EtherTypeIPv6, IPv6("2001:db8::1", "ff0e::2:7ffe", Udp(1, 9875, Payload)))).Single().Data);
        }

        [Theory]
        [InlineData(101)]
        [InlineData(228)]
        public void RawIPv4(int linkType) =>
            Assert.Equal("224.2.127.254", Read(linkType, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload))).Single().Destination.Address.ToString());

        [Theory]
        [InlineData(101)]
        [InlineData(229)]
        public void RawIPv6(int linkType)
        {
            CapturedDatagram datagram = Read(linkType, IPv6("2001:db8::1", "ff0e::2:7ffe", Udp(5000, 9875, Payload))).Single();
            Assert.Equal("[2001:db8::1]:5000", datagram.Source.ToString());
            Assert.Equal("[ff0e::2:7ffe]:9875", datagram.Destination.ToString());
        }

        [Theory]
        [InlineData(0, new byte[] { 2, 0, 0, 0 })]
        [InlineData(108, new byte[] { 0, 0, 0, 2 })]
        public void LoopbackHeaders(int linkType, byte[] family) =>
            Assert.Equal(Payload, Read(linkType, Join(family, IPv4("127.0.0.1", "127.0.0.1", Udp(1, 9875, Payload)))).Single().Data);

        [Fact]
        public void IPv6ExtensionHeadersAndAnAtomicFragmentAreSkipped()
        {
            // Hop-by-Hop (0) > Destination Options (60) > Fragment (44), offset 0 and M 0 > UDP (17).
            byte[] chain = ExtensionHeader(60, ExtensionHeader(44, FragmentHeader(17, 0, false, Udp(1, 9875, Payload))));
            Assert.Equal(Payload, Read(1, Ethernet(EtherTypeIPv6, IPv6("2001:db8::1", "ff0e::2:7ffe", chain, next: 0))).Single().Data);
        }

        [Fact]
        public void AnAuthenticationHeaderIsSkippedByItsOwnLength()
        {
            // RFC 4302 §2.2: Payload Len 4 means (4 + 2) * 4 = 24 bytes.
            byte[] ah = Join(new byte[] { 17, 4, 0, 0 }, new byte[20], Udp(1, 9875, Payload));
            Assert.Equal(Payload, Read(229, IPv6("2001:db8::1", "ff0e::2:7ffe", ah, next: 51)).Single().Data);
        }

        [Fact]
        public void FragmentsAreCountedAndSkipped()
        {
            CaptureReader reader = Reader(Pcap(false, false, 101,
                (1u, 0u, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload), flagsAndOffset: 0x2000)),
                (2u, 0u, IPv4("192.0.2.1", "224.2.127.254", Payload, flagsAndOffset: 0x0003)),
                (3u, 0u, IPv6("2001:db8::1", "ff0e::2:7ffe", FragmentHeader(17, 0, true, Udp(1, 9875, Payload)), next: 44)),
                (4u, 0u, IPv6("2001:db8::1", "ff0e::2:7ffe", FragmentHeader(17, 10, false, Payload), next: 44)),
                (5u, 0u, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload), flagsAndOffset: 0x4000))));

            Assert.Single(reader.ReadDatagrams());
            Assert.Equal(4, reader.Fragments);
        }

        [Fact]
        public void OtherTrafficAndOtherPorts()
        {
            byte[] tcp = IPv4("192.0.2.1", "192.0.2.2", new byte[20], protocol: 6);
            byte[] dns = IPv4("192.0.2.1", "192.0.2.2", Udp(1000, 53, Payload));
            byte[] arp = Ethernet(0x0806, new byte[28]);
            byte[] file = Pcap(false, false, 1, (1u, 0u, Ethernet(EtherTypeIPv4, tcp)), (2u, 0u, Ethernet(EtherTypeIPv4, dns)), (3u, 0u, arp), (4u, 0u, SapFrame()));

            CaptureReader sap = Reader(file);
            Assert.Single(sap.ReadDatagrams());
            Assert.Equal(3, sap.OtherPackets);

            CaptureReader dnsOnly = new CaptureReader(new MemoryStream(file), port: 53);
            Assert.Equal(53, dnsOnly.ReadDatagrams().Single().Destination.Port);

            CaptureReader anyPort = new CaptureReader(new MemoryStream(file), port: null);
            Assert.Equal(2, anyPort.ReadDatagrams().Count());
        }

        [Fact]
        public void EthernetPaddingIsNotPartOfTheDatagram()
        {
            byte[] frame = Join(SapFrame(), new byte[10]);
            Assert.Equal(Payload, Read(1, frame).Single().Data);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void APcapNgFile(bool bigEndian)
        {
            // Interface 0: Ethernet, microseconds by default. Interface 1: raw IP, nanoseconds, offset 10 s.
            byte[] file = Join(
                SectionHeader(bigEndian),
                InterfaceDescription(bigEndian, 1),
                InterfaceDescription(bigEndian, 101, resolution: 9, offsetSeconds: 10),
                EnhancedPacket(bigEndian, 0, 1_700_000_000_250_000UL, SapFrame()),
                Block(0x00000005, new byte[8], bigEndian),
                EnhancedPacket(bigEndian, 1, 1_000_000_500UL, IPv4("192.0.2.9", "224.2.127.254", Udp(1, 9875, Payload))),
                SimplePacket(bigEndian, SapFrame()));

            CaptureReader reader = Reader(file);
            List<CapturedDatagram> datagrams = reader.ReadDatagrams().ToList();

            Assert.Equal(CaptureFormat.PcapNg, reader.Format);
            Assert.Equal(3, datagrams.Count);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 250, DateTimeKind.Utc), datagrams[0].Timestamp);
            Assert.Equal(new DateTime(1970, 1, 1, 0, 0, 11, DateTimeKind.Utc).AddTicks(5), datagrams[1].Timestamp);
            Assert.Equal("192.0.2.9", datagrams[1].Source.Address.ToString());
            Assert.Null(datagrams[2].Timestamp);
            Assert.Equal(0, reader.DamagedRecords);
            Assert.False(reader.StoppedEarly);
        }

        [Theory]
        [InlineData(ulong.MaxValue, 6, 0L)]                  // 1.8e13 s after 1970, past the year 9999
        [InlineData(0UL, 6, -62_200_000_000L)]                 // an offset to before the year 1
        public void ATimeOutsideWhatADateCanHoldIsNoTime(ulong units, byte resolution, long offsetSeconds)
        {
            byte[] file = Join(SectionHeader(false), InterfaceDescription(false, 1, resolution: resolution, offsetSeconds: offsetSeconds), EnhancedPacket(false, 0, units, SapFrame()));
            CapturedDatagram datagram = Reader(file).ReadDatagrams().Single();
            Assert.Null(datagram.Timestamp);
            Assert.Equal(Payload, datagram.Data);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void AnObsoletePacketBlockIsRead(bool bigEndian)
        {
            // pcapng's type 2, which old writers still produce: like an Enhanced Packet Block with a 16-bit interface.
            byte[] file = Join(
                SectionHeader(bigEndian),
                InterfaceDescription(bigEndian, 1),
                InterfaceDescription(bigEndian, 101),
                ObsoletePacket(bigEndian, 0, 1_700_000_000_250_000UL, SapFrame()),
                ObsoletePacket(bigEndian, 1, 0, IPv4("192.0.2.9", "224.2.127.254", Udp(1, 9875, Payload))),
                ObsoletePacket(bigEndian, 2, 0, SapFrame()));

            CaptureReader reader = Reader(file);
            List<CapturedDatagram> datagrams = reader.ReadDatagrams().ToList();

            Assert.Equal(2, datagrams.Count);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 250, DateTimeKind.Utc), datagrams[0].Timestamp);
            Assert.Equal("192.0.2.9", datagrams[1].Source.Address.ToString());
            Assert.Equal(5, datagrams[1].Record);
            Assert.Equal(1, reader.DamagedRecords);
        }

        [Fact]
        public void APowerOfTwoResolution()
        {
            // if_tsresol 0x8A: 2^-10 seconds. 3 * 1024 + 512 units is 3.5 s.
            byte[] file = Join(SectionHeader(false), InterfaceDescription(false, 1, resolution: 0x8A), EnhancedPacket(false, 0, (3 * 1024) + 512, SapFrame()));
            Assert.Equal(new DateTime(1970, 1, 1, 0, 0, 3, 500, DateTimeKind.Utc), Reader(file).ReadDatagrams().Single().Timestamp);
        }

        [Fact]
        public void ANewSectionStartsItsOwnInterfacesAndByteOrder()
        {
            byte[] file = Join(
                SectionHeader(false), InterfaceDescription(false, 1), InterfaceDescription(false, 1),
                SectionHeader(true), InterfaceDescription(true, 101),
                EnhancedPacket(true, 0, 0, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload))),
                EnhancedPacket(true, 1, 0, SapFrame()));

            CaptureReader reader = Reader(file);
            Assert.Single(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords);
        }

        [Fact]
        public void ASectionOfAnotherMajorVersionIsSkipped()
        {
            byte[] file = Join(
                SectionHeader(false, majorVersion: 2), InterfaceDescription(false, 1), EnhancedPacket(false, 0, 0, SapFrame()),
                SectionHeader(false), InterfaceDescription(false, 1), EnhancedPacket(false, 0, 0, SapFrame()));
            CaptureReader reader = Reader(file);
            Assert.Single(reader.ReadDatagrams());
            Assert.Equal(0, reader.DamagedRecords);
        }

        [Fact]
        public void ASimplePacketIsCutToTheSnapshotLength()
        {
            // A snapshot length of 40 cuts the UDP datagram short: it cannot be read whole.
            byte[] file = Join(SectionHeader(false), InterfaceDescription(false, 1, snapLength: 40), SimplePacket(false, SapFrame()));
            CaptureReader reader = Reader(file);
            Assert.Empty(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords);
        }

        [Fact]
        public void ATruncatedPcapGivesWhatCameBefore()
        {
            byte[] file = Pcap(false, false, 1, (1u, 0u, SapFrame()), (2u, 0u, SapFrame()));
            for (int cut = 1; cut < SapFrame().Length + 16; cut++)
            {
                CaptureReader reader = Reader(file.Take(file.Length - cut).ToArray());
                Assert.Single(reader.ReadDatagrams());
                Assert.Equal(1, reader.DamagedRecords);
                Assert.True(reader.StoppedEarly);
            }
        }

        [Fact]
        public void AStreamThatCannotSeekIsReadTheSameWay()
        {
            // A damaged length of 16 MB in a small file: read in chunks, it is found short without a 16 MB buffer.
            byte[] file = Join(Pcap(false, false, 1, (1u, 0u, SapFrame())), TestBytes.Of("01 00 00 00", "00 00 00 00", "00 00 00 01", "00 00 00 01"), SapFrame());
            var reader = new CaptureReader(new ForwardOnlyStream(file));
            Assert.Single(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords);
            Assert.True(reader.StoppedEarly);
        }

        [Fact]
        public void AnImpossibleRecordLengthStopsThePcap()
        {
            byte[] file = Join(Pcap(false, false, 1, (1u, 0u, SapFrame())), TestBytes.Of("01 00 00 00", "00 00 00 00", "00 00 00 7F", "00 00 00 7F"), SapFrame());
            CaptureReader reader = Reader(file);
            Assert.Single(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords);
            Assert.True(reader.StoppedEarly);
        }

        [Fact]
        public void DamagedPcapNgBlocks()
        {
            byte[] badTrailer = EnhancedPacket(false, 0, 0, SapFrame());
            badTrailer[^1] ^= 0x40;
            byte[] badInterface = EnhancedPacket(false, 7, 0, SapFrame());
            byte[] file = Join(SectionHeader(false), InterfaceDescription(false, 1), badTrailer, badInterface, EnhancedPacket(false, 0, 0, SapFrame()), TestBytes.Of("06 00 00 00", "0D 00 00 00"));

            CaptureReader reader = Reader(file);
            Assert.Single(reader.ReadDatagrams());
            Assert.Equal(3, reader.DamagedRecords);
            Assert.True(reader.StoppedEarly);
        }

        [Theory]
        [InlineData("46 00 00 20")] // IHL 6 with only 20 header bytes before UDP: the UDP header is misread
        [InlineData("44 00 00 20")] // IHL 4 is under the 20-byte minimum
        [InlineData("45 00 00 10")] // a total length under the header length
        public void DamagedIPv4Headers(string firstWord)
        {
            byte[] ip = IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload));
            TestBytes.Of(firstWord).CopyTo(ip, 0);
            CaptureReader reader = Reader(Pcap(false, false, 101, (1u, 0u, ip)));
            Assert.Empty(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords + reader.OtherPackets);
            Assert.Equal(firstWord == "46 00 00 20" ? 0 : 1, reader.DamagedRecords);
        }

        [Fact]
        public void AUdpLengthPastTheCaptureIsDamaged()
        {
            byte[] udp = Udp(1, 9875, Payload);
            udp[5] = 0xFF;
            CaptureReader reader = Reader(Pcap(false, false, 101, (1u, 0u, IPv4("192.0.2.1", "224.2.127.254", udp))));
            Assert.Empty(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords);
        }

        [Fact]
        public void ShortFramesAreDamagedAndOtherLinkTypesCounted()
        {
            CaptureReader reader = Reader(Pcap(false, false, 1, (1u, 0u, new byte[10])));
            Assert.Empty(reader.ReadDatagrams());
            Assert.Equal(1, reader.DamagedRecords);

            CaptureReader wifi = Reader(Pcap(false, false, 105, (1u, 0u, SapFrame())));
            Assert.Empty(wifi.ReadDatagrams());
            Assert.Equal(1, wifi.UnsupportedLinkTypeRecords);
        }

        [Fact]
        public void NotACaptureFile()
        {
            CaptureReader text = Reader(Encoding.ASCII.GetBytes("v=0\r\n"));
            Assert.Empty(text.ReadDatagrams());
            Assert.Equal(CaptureFormat.Unknown, text.Format);

            CaptureReader empty = Reader(new byte[0]);
            Assert.Empty(empty.ReadDatagrams());
            Assert.Equal(CaptureFormat.Unknown, empty.Format);

            CaptureReader headerOnly = Reader(TestBytes.Of("D4 C3 B2 A1 02 00"));
            Assert.Empty(headerOnly.ReadDatagrams());
            Assert.Equal(CaptureFormat.Pcap, headerOnly.Format);
            Assert.True(headerOnly.StoppedEarly);
        }

        [Fact]
        public void AStreamIsReadOnce()
        {
            CaptureReader reader = Reader(Pcap(false, false, 1));
            reader.ReadDatagrams().ToList();
            Assert.Throws<InvalidOperationException>(() => reader.ReadDatagrams());
        }

        [Fact]
        public void DamagedCapturesNeverThrow()
        {
            byte[][] originals =
            {
                Pcap(false, false, 1, (1u, 0u, SapFrame()), (2u, 0u, Ethernet(EtherTypeIPv6, IPv6("2001:db8::1", "ff0e::2:7ffe", ExtensionHeader(17, Udp(1, 9875, Payload)), next: 60)))),
                Pcap(true, true, 276, (1u, 0u, Sll2(EtherTypeIPv4, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload))))),
                Join(SectionHeader(false), InterfaceDescription(false, 1, resolution: 0x89, offsetSeconds: -5), EnhancedPacket(false, 0, ulong.MaxValue, SapFrame()), SimplePacket(false, SapFrame())),
                Join(SectionHeader(true), InterfaceDescription(true, 113), EnhancedPacket(true, 0, 5, Sll(EtherTypeIPv4, IPv4("192.0.2.1", "224.2.127.254", Udp(1, 9875, Payload))))),
            };
            var random = new Random(5);
            for (int i = 0; i < 20_000; i++)
            {
                byte[] file = (byte[])originals[i % originals.Length].Clone();
                for (int flips = random.Next(1, 6); flips > 0; flips--)
                {
                    file[random.Next(file.Length)] = (byte)random.Next(256);
                }

                int length = random.Next(4) == 0 ? random.Next(file.Length) : file.Length;
                CaptureReader reader = new CaptureReader(new MemoryStream(file, 0, length), port: random.Next(2) == 0 ? 9875 : (int?)null);
                foreach (CapturedDatagram datagram in reader.ReadDatagrams())
                {
                    SapPacketDecoder.Decode(datagram.Data);
                }
            }
        }

        private sealed class ForwardOnlyStream : MemoryStream
        {
            public ForwardOnlyStream(byte[] data)
                : base(data)
            {
            }

            public override bool CanSeek => false;
        }

        private static byte[] SapFrame() => Ethernet(EtherTypeIPv4, IPv4("192.0.2.1", "224.2.127.254", Udp(40000, 9875, Payload)));

        private static CaptureReader Reader(byte[] file) => new CaptureReader(new MemoryStream(file));

        private static List<CapturedDatagram> Read(int linkType, byte[] frame) => Reader(Pcap(false, false, linkType, (1u, 0u, frame))).ReadDatagrams().ToList();
    }
}
