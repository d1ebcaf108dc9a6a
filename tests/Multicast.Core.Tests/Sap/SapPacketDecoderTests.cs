using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using Multicast.Sap;
using static Multicast.Tests.Sap.TestBytes;

namespace Multicast.Tests.Sap
{
    /// <summary>
    /// SAP packets written byte by byte from RFC 2974 Figure 1: V (3 bits) = 1, A, R, T, E, C; an 8-bit
    /// authentication length in 32-bit words; a 16-bit message ID hash; the originating source; the
    /// authentication data; the payload type and its NUL; the payload.
    /// </summary>
    public class SapPacketDecoderTests
    {
        private const string Sdp = "v=0\r\n";

        [Fact]
        public void AnIPv4AnnouncementWithAPayloadType()
        {
            byte[] datagram = Of("20 00 12 34", "C0 00 02 01", Ascii("application/sdp"), "00", Ascii(Sdp));

            SapPacket packet = Decode(datagram);

            Assert.Equal(SapMessageType.Announcement, packet.MessageType);
            Assert.False(packet.IsIPv6);
            Assert.False(packet.ReservedBit);
            Assert.False(packet.IsEncrypted);
            Assert.False(packet.IsCompressed);
            Assert.False(packet.IsAuthenticated);
            Assert.Equal(0x1234, packet.MessageIdHash);
            Assert.Equal(AddressParser.Parse("192.0.2.1"), packet.OriginatingSource);
            Assert.Equal("application/sdp", packet.PayloadType);
            Assert.True(packet.IsSdp);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(packet.Payload));
            Assert.Equal(datagram.Length, packet.WireLength);
        }

        [Fact]
        public void AnIPv6OriginWithoutAPayloadTypeIsSdp()
        {
            // A = 1: a 128-bit originating source, 2001:db8::1. "v=0" where a type would be: application/sdp (§6).
            byte[] datagram = Of("30 00 AB CD", "20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01", Ascii(Sdp));

            SapPacket packet = Decode(datagram);

            Assert.True(packet.IsIPv6);
            Assert.Equal(AddressParser.Parse("2001:db8::1"), packet.OriginatingSource);
            Assert.Equal(0xABCD, packet.MessageIdHash);
            Assert.Null(packet.PayloadType);
            Assert.Equal("application/sdp", packet.EffectivePayloadType);
            Assert.True(packet.IsSdp);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(packet.Payload));
        }

        [Fact]
        public void AuthenticationDataIsSkippedByItsLength()
        {
            // Two words of authentication data; Figure 2's first byte, V = 1, P = 0, Auth = 0 (PGP), is 0x20.
            byte[] datagram = Of("20 02 00 01", "C0 00 02 01", "20 11 22 33 44 55 66 77", Ascii("application/sdp"), "00", Ascii(Sdp));

            SapPacket packet = Decode(datagram);

            Assert.True(packet.IsAuthenticated);
            Assert.Equal(Of("20 11 22 33 44 55 66 77"), packet.AuthenticationData);
            Assert.Equal("application/sdp", packet.PayloadType);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(packet.Payload));
        }

        [Fact]
        public void TheLongestAuthenticationData()
        {
            byte[] datagram = Of("20 FF 00 01", "C0 00 02 01", Repeat(0xAA, 1020), Ascii(Sdp));
            Assert.Equal(1020, Decode(datagram).AuthenticationLength);
        }

        [Fact]
        public void AnIPv6OriginWithAuthenticationAndADeletion()
        {
            // T = 1 and A = 1: 0x34. One word of authentication. A deletion's SDP payload is its o= line (§6).
            byte[] datagram = Of("34 01 00 02", "FF 02 00 00 00 00 00 00 00 00 00 00 00 00 00 01", "20 00 00 00", Ascii("o=- 1 1 IN IP6 ::1\r\n"));

            SapPacket packet = Decode(datagram);

            Assert.Equal(SapMessageType.Deletion, packet.MessageType);
            Assert.True(packet.IsIPv6);
            Assert.Equal(4, packet.AuthenticationLength);
            Assert.Null(packet.PayloadType);
            Assert.Equal("o=- 1 1 IN IP6 ::1\r\n", Encoding.ASCII.GetString(packet.Payload));
        }

        [Fact]
        public void TheReservedBitIsIgnored()
        {
            SapPacket packet = Decode(Of("28 00 00 01", "C0 00 02 01", Ascii(Sdp)));
            Assert.True(packet.ReservedBit);
            Assert.Equal(SapMessageType.Announcement, packet.MessageType);
        }

        [Theory]
        [InlineData(0x0000)]
        [InlineData(0x0001)]
        [InlineData(0xFFFE)]
        [InlineData(0xFFFF)]
        public void EveryMessageIdHash(int hash) =>
            Assert.Equal(hash, Decode(Of("20 00", new[] { (byte)(hash >> 8), (byte)hash }, "C0 00 02 01", Ascii(Sdp))).MessageIdHash);

        [Fact]
        public void ASapVersion0PacketIsRead()
        {
            // RFC 2974 §3.1 expects SAPv0 announcements to arrive ("SAP v0 announcers always set the message
            // identifier hash to zero"): V = 0, with the fields where version 1 has them.
            SapPacket packet = Decode(Of("00 00 00 00", "C0 00 02 01", Ascii(Sdp)));
            Assert.Equal(0, packet.Version);
            Assert.Equal(0, packet.MessageIdHash);
            Assert.Equal(SapMessageType.Announcement, packet.MessageType);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(packet.Payload));
            Assert.Equal(1, Decode(Of("20 00 00 01", "C0 00 02 01", Ascii(Sdp))).Version);
        }

        [Theory]
        [InlineData(0x40)]
        [InlineData(0x60)]
        [InlineData(0xE0)]
        public void AVersionOtherThanOneOrZeroIsRefused(int first)
        {
            byte[] datagram = Of(new[] { (byte)first }, "00 00 01", "C0 00 02 01", Ascii(Sdp));
            Assert.Equal(SapDecodeStatus.UnsupportedVersion, SapPacketDecoder.Decode(datagram).Status);
        }

        [Fact]
        public void EveryLengthShortOfTheIPv4HeaderIsTooShort()
        {
            byte[] full = Of("20 00 00 01", "C0 00 02 01");
            for (int length = 0; length < full.Length; length++)
            {
                Assert.Equal(SapDecodeStatus.TooShort, SapPacketDecoder.Decode(full, 0, length).Status);
            }

            Assert.Equal(SapDecodeStatus.PayloadMissing, SapPacketDecoder.Decode(full).Status);
        }

        [Fact]
        public void EveryLengthShortOfTheIPv6HeaderIsTooShort()
        {
            byte[] full = Of("30 00 00 01", Repeat(0x20, 16));
            for (int length = 0; length < full.Length; length++)
            {
                Assert.Equal(SapDecodeStatus.TooShort, SapPacketDecoder.Decode(full, 0, length).Status);
            }

            Assert.Equal(SapDecodeStatus.PayloadMissing, SapPacketDecoder.Decode(full).Status);
        }

        [Fact]
        public void AuthenticationLongerThanThePacketIsTruncated()
        {
            byte[] oneWordShort = Of("20 02 00 01", "C0 00 02 01", "20 00 00 00 00 00 00");
            byte[] exact = Of("20 02 00 01", "C0 00 02 01", "20 00 00 00 00 00 00 00");
            byte[] longest = Of("20 FF 00 01", "C0 00 02 01", Repeat(0xAA, 1019));

            Assert.Equal(SapDecodeStatus.AuthenticationTruncated, SapPacketDecoder.Decode(oneWordShort).Status);
            Assert.Equal(SapDecodeStatus.PayloadMissing, SapPacketDecoder.Decode(exact).Status);
            Assert.Equal(SapDecodeStatus.AuthenticationTruncated, SapPacketDecoder.Decode(longest).Status);
        }

        [Fact]
        public void APayloadTypeOtherThanSdp()
        {
            SapPacket packet = Decode(Of("20 00 00 01", "C0 00 02 01", Ascii("text/plain"), "00", Ascii("hello")));
            Assert.Equal("text/plain", packet.PayloadType);
            Assert.False(packet.IsSdp);
            Assert.Equal("hello", Encoding.ASCII.GetString(packet.Payload));
        }

        [Fact]
        public void AnEmptyPayloadAfterTheTypeIsKept()
        {
            SapPacket packet = Decode(Of("20 00 00 01", "C0 00 02 01", Ascii("application/sdp"), "00"));
            Assert.Equal(0, packet.PayloadLength);
        }

        [Theory]
        [InlineData("application/sdp", SapDecodeStatus.PayloadTypeUnterminated)]
        [InlineData("x", SapDecodeStatus.PayloadTypeUnterminated)]
        [InlineData("=0", SapDecodeStatus.PayloadTypeUnterminated)]
        public void APayloadTypeWithoutItsNul(string body, SapDecodeStatus expected) =>
            Assert.Equal(expected, SapPacketDecoder.Decode(Of("20 00 00 01", "C0 00 02 01", Ascii(body))).Status);

        [Theory]
        [InlineData("00 76 3D 30")]           // an empty type
        [InlineData("74 1F 78 00 76 3D 30")]  // a control character
        [InlineData("74 7F 78 00 76 3D 30")]  // DEL
        [InlineData("74 80 78 00 76 3D 30")]  // not ASCII
        public void AnInvalidPayloadType(string body) =>
            Assert.Equal(SapDecodeStatus.PayloadTypeInvalid, SapPacketDecoder.Decode(Of("20 00 00 01", "C0 00 02 01", body)).Status);

        [Fact]
        public void PrintableAsciiEndsOfThePayloadType()
        {
            Assert.Equal(" ~", Decode(Of("20 00 00 01", "C0 00 02 01", "20 7E 00", Ascii(Sdp))).PayloadType);
        }

        [Fact]
        public void AnEncryptedPayloadIsReportedAndNotRead()
        {
            byte[] ciphertext = Of("00 01 02 03 FF FE");
            SapPacket packet = Decode(Of("22 00 00 09", "C0 00 02 01", ciphertext));

            Assert.True(packet.IsEncrypted);
            Assert.Null(packet.PayloadType);
            Assert.Null(packet.EffectivePayloadType);
            Assert.False(packet.IsSdp);
            Assert.Equal(ciphertext, packet.Payload);
        }

        [Fact]
        public void AnEncryptedCompressedPayloadIsNotInflated()
        {
            // RFC 2974 §6: compression is done before encryption, so the ciphertext cannot be inflated here.
            SapPacket packet = Decode(Of("23 00 00 09", "C0 00 02 01", "12 34"));
            Assert.True(packet.IsEncrypted);
            Assert.True(packet.IsCompressed);
            Assert.Equal(Of("12 34"), packet.Payload);
        }

        [Fact]
        public void ACompressedPayloadInAStoredDeflateBlock()
        {
            // RFC 1950: CMF 0x78 (deflate, 32K window), FLG 0x01 (0x7801 is a multiple of 31). RFC 1951 §3.2.4:
            // one stored block, BFINAL = 1 and BTYPE = 00 (0x01), LEN = 21 and NLEN = ~21, little-endian.
            // Then the Adler-32 of the 21 bytes, 0x592C0705, most significant byte first.
            byte[] zlib = Of("78 01", "01 15 00 EA FF", Ascii("application/sdp"), "00", Ascii(Sdp), "59 2C 07 05");
            SapPacket packet = Decode(Of("21 00 00 07", "C0 00 02 01", zlib));

            Assert.True(packet.IsCompressed);
            Assert.Equal("application/sdp", packet.PayloadType);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(packet.Payload));
        }

        [Fact]
        public void ACompressedPayloadWithAuthenticationAndAnIPv6Origin()
        {
            // The stored block holds "v=0\r\n" alone: no payload type inside the compression either.
            byte[] zlib = Of("78 01", "01 05 00 FA FF", Ascii(Sdp), "03 FB 00 FB");
            SapPacket packet = Decode(Of("31 01 00 07", "20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 02", "20 00 00 00", zlib));

            Assert.True(packet.IsIPv6);
            Assert.True(packet.IsAuthenticated);
            Assert.Null(packet.PayloadType);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(packet.Payload));
        }

        [Fact]
        public void ARealDeflateStreamIsInflated()
        {
            // Compressed here by .NET's own ZLibStream, which Core (netstandard2.0) does not have.
            string description = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=" + new string('x', 500) + "\r\nt=0 0\r\n";
            byte[] zlib = ZLib(Encoding.ASCII.GetBytes("application/sdp\0" + description));
            SapPacket packet = Decode(Of("21 00 00 07", "C0 00 02 01", zlib));

            Assert.Equal(description, Encoding.ASCII.GetString(packet.Payload));
        }

        [Theory]
        [InlineData("77 09")] // CM = 7, with FCHECK right (0x7709 = 31 * 983), so only the method is wrong
        [InlineData("78 00")] // FCHECK wrong: 0x7800 is not a multiple of 31
        [InlineData("88 1C")] // CINFO = 8: 0x881C is a multiple of 31, but the window is over 32K
        public void AnInvalidZlibHeader(string header)
        {
            // Each header fails one check only: a bad FCHECK hides every other fault.
            int cmf = Convert.ToInt32(header.Substring(0, 2), 16), flg = Convert.ToInt32(header.Substring(3, 2), 16);
            Assert.True(header == "78 00" || ((cmf << 8) | flg) % 31 == 0);

            byte[] zlib = Of(header, "01 05 00 FA FF", Ascii(Sdp), "03 FB 00 FB");
            Assert.Equal(SapDecodeStatus.ZlibHeaderInvalid, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", zlib)).Status);
        }

        [Theory]
        [InlineData("00")]
        [InlineData("00 00 00 00 00")]
        public void BytesBetweenTheDeflateDataAndTheChecksumAreRefused(string extra)
        {
            // RFC 1950 §2.2: the Adler-32 follows the compressed data directly. The stored block ends where its
            // LEN says, so whatever comes before the last four bytes after it is not the zlib stream's.
            byte[] zlib = Of("78 01", "01 05 00 FA FF", Ascii(Sdp), extra, "03 FB 00 FB");
            Assert.Equal(SapDecodeStatus.ZlibTrailingData, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", zlib)).Status);

            byte[] real = ZLib(Encoding.ASCII.GetBytes("application/sdp\0" + Sdp));
            byte[] padded = Of(real.AsSpan(0, real.Length - 4).ToArray(), extra, real.AsSpan(real.Length - 4).ToArray());
            Assert.Equal(SapDecodeStatus.ZlibTrailingData, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", padded)).Status);
            Assert.Equal(SapDecodeStatus.Ok, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", real)).Status);
        }

        [Fact]
        public void APresetDictionaryIsRefused()
        {
            // FLG 0x20: FDICT set, FLEVEL 0, and 0x7820 = 31 * 992.
            byte[] zlib = Of("78 20", "00 00 00 01", "01 05 00 FA FF", Ascii(Sdp), "03 FB 00 FB");
            Assert.Equal(SapDecodeStatus.ZlibDictionaryUnsupported, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", zlib)).Status);
        }

        [Fact]
        public void AWrongAdlerIsRefused()
        {
            byte[] zlib = Of("78 01", "01 05 00 FA FF", Ascii(Sdp), "03 FB 00 FC");
            Assert.Equal(SapDecodeStatus.ZlibChecksumMismatch, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", zlib)).Status);
        }

        [Fact]
        public void DamagedDeflateDataIsRefused()
        {
            // RFC 1951 §3.2.3: BTYPE = 11 is reserved (an error). BFINAL = 1, BTYPE = 11: 0x07.
            byte[] zlib = Of("78 01", "07 05 00 FA FF", Ascii(Sdp), "03 FB 00 FB");
            Assert.Equal(SapDecodeStatus.ZlibDataInvalid, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", zlib)).Status);
        }

        [Theory]
        [InlineData("78")]
        [InlineData("78 01 03 00 00")]
        public void ACompressedPayloadTooShortForZlib(string zlib) =>
            Assert.Equal(SapDecodeStatus.ZlibTruncated, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", zlib)).Status);

        [Fact]
        public void TheSmallestZlibStreamInflatesToNothing()
        {
            // An empty fixed-Huffman block (0x03 0x00) and the Adler-32 of nothing, 1: no payload at all.
            Assert.Equal(SapDecodeStatus.PayloadMissing, SapPacketDecoder.Decode(Of("21 00 00 07", "C0 00 02 01", "78 01 03 00 00 00 00 01")).Status);
        }

        [Fact]
        public void ACompressionBombStopsAtTheLimit()
        {
            // 16 MB of zeros deflate to about 16 KB; inflating stops one byte past the limit.
            byte[] zlib = ZLib(Of(Ascii("application/sdp"), "00", new byte[16 * 1024 * 1024]));
            byte[] datagram = Of("21 00 00 07", "C0 00 02 01", zlib);

            Assert.Equal(SapDecodeStatus.PayloadTooLarge, SapPacketDecoder.Decode(datagram).Status);
            Assert.Equal(SapDecodeStatus.PayloadTooLarge, SapPacketDecoder.Decode(datagram, 0, datagram.Length, maxPayloadLength: 1000).Status);
        }

        [Fact]
        public void ThePayloadLimitIsInclusive()
        {
            byte[] body = Of(Ascii("application/sdp"), "00", Ascii(Sdp));
            byte[] datagram = Of("21 00 00 07", "C0 00 02 01", ZLib(body));

            Assert.Equal(SapDecodeStatus.Ok, SapPacketDecoder.Decode(datagram, 0, datagram.Length, maxPayloadLength: body.Length).Status);
            Assert.Equal(SapDecodeStatus.PayloadTooLarge, SapPacketDecoder.Decode(datagram, 0, datagram.Length, maxPayloadLength: body.Length - 1).Status);
        }

        [Fact]
        public void ADatagramInsideALargerBuffer()
        {
            byte[] buffer = Of("FF FF", "20 00 12 34", "C0 00 02 01", Ascii(Sdp), "FF");
            SapDecodeResult result = SapPacketDecoder.Decode(buffer, 2, buffer.Length - 3);
            Assert.True(result.IsValid);
            Assert.Equal(Sdp, Encoding.ASCII.GetString(result.Packet!.Payload));
        }

        [Fact]
        public void BadArgumentsReadAsNothing()
        {
            Assert.Equal(SapDecodeStatus.TooShort, SapPacketDecoder.Decode(null, 0, 0).Status);
            Assert.Equal(SapDecodeStatus.TooShort, SapPacketDecoder.Decode(new byte[4], 2, 4).Status);
            Assert.Equal(SapDecodeStatus.TooShort, SapPacketDecoder.Decode(new byte[4], -1, 2).Status);
        }

        [Fact]
        public void EveryStatusHasAReason()
        {
            foreach (SapDecodeStatus status in Enum.GetValues(typeof(SapDecodeStatus)))
            {
                string? reason = SapDecodeResult.Describe(status);
                Assert.True(status == SapDecodeStatus.Ok ? reason is null : reason!.EndsWith(".", StringComparison.Ordinal), status.ToString());
            }
        }

        internal static byte[] ZLib(byte[] data)
        {
            using var output = new MemoryStream();
            using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data, 0, data.Length);
            }

            return output.ToArray();
        }

        private static SapPacket Decode(byte[] datagram)
        {
            SapDecodeResult result = SapPacketDecoder.Decode(datagram);
            Assert.True(result.IsValid, result.Reason);
            return result.Packet!;
        }
    }
}
