using System.IO;
using System.IO.Compression;
using System.Text;
using Multicast.Sap;
using static Multicast.Tests.Sap.TestBytes;

namespace Multicast.Tests.Sap
{
    /// <summary>Encoded packets compared with bytes written by hand from RFC 2974 Figure 1.</summary>
    public class SapPacketEncoderTests
    {
        private static readonly byte[] Sdp = Ascii("v=0\r\n");

        [Fact]
        public void AnIPv4Announcement()
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 0x1234, Sdp);
            Assert.Equal(Of("20 00 12 34", "C0 00 02 01", Ascii("application/sdp"), "00", Sdp), packet.Encode());
        }

        [Fact]
        public void AnIPv6DeletionWithAuthenticationAndNoPayloadType()
        {
            var packet = new SapPacket(
                SapMessageType.Deletion,
                AddressParser.Parse("2001:db8::1"),
                0xFFFF,
                Ascii("o=- 1 1 IN IP6 2001:db8::1\r\n"),
                payloadType: null,
                authenticationData: Of("20 00 00 00 01 02 03 04"));

            Assert.Equal(
                Of("34 02 FF FF", "20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01", "20 00 00 00 01 02 03 04", Ascii("o=- 1 1 IN IP6 2001:db8::1\r\n")),
                packet.Encode());
        }

        [Fact]
        public void AnEncryptedPayloadIsWrittenAsItIs()
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 0x0001, Of("DE AD BE EF"), payloadType: null, isEncrypted: true);
            Assert.Equal(Of("22 00 00 01", "C0 00 02 01", "DE AD BE EF"), packet.Encode());
        }

        [Fact]
        public void ACompressedAnnouncementIsAZlibStreamOfTypeAndPayload()
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 0x0007, Sdp, isCompressed: true);
            byte[] encoded = packet.Encode();

            Assert.Equal(Of("21 00 00 07", "C0 00 02 01"), encoded[..8]);

            // RFC 1950: CMF 0x78 (deflate, 32K window), FLG 0x9C (default level; 0x789C is a multiple of 31).
            Assert.Equal(Of("78 9C"), encoded[8..10]);

            // The Adler-32 of "application/sdp\0v=0\r\n" is 0x592C0705, last, most significant byte first.
            Assert.Equal(Of("59 2C 07 05"), encoded[^4..]);

            using var zlib = new ZLibStream(new MemoryStream(encoded, 8, encoded.Length - 8), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            zlib.CopyTo(inflated);
            Assert.Equal(Of(Ascii("application/sdp"), "00", Sdp), inflated.ToArray());
        }

        [Fact]
        public void TheLongestAuthenticationData()
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 1, Sdp, authenticationData: new byte[1020]);
            Assert.Equal(0xFF, packet.Encode()[1]);
        }

        [Theory]
        [InlineData(3)]
        [InlineData(1021)]
        [InlineData(1024)]
        public void AuthenticationThatIsNotWholeWordsOrTooLongIsRefused(int length)
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 1, Sdp, authenticationData: new byte[length]);
            var error = Assert.Throws<MulticastRuleException>(() => packet.Encode());
            Assert.Equal("SapAuthenticationLengthInvalid", error.ErrorId);
        }

        [Theory]
        [InlineData("")]
        [InlineData("a=b")]
        [InlineData("text/pl\u00e4in")]
        [InlineData("text/\nplain")]
        public void AnInvalidPayloadTypeIsRefused(string type)
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 1, Sdp, payloadType: type);
            Assert.Equal("SapPayloadTypeInvalid", Assert.Throws<MulticastRuleException>(() => packet.Encode()).ErrorId);
        }

        [Fact]
        public void OnlySdpMayLeaveOutItsType()
        {
            var packet = new SapPacket(SapMessageType.Announcement, AddressParser.Parse("192.0.2.1"), 1, Sdp, payloadType: null);
            Assert.Equal(Of("20 00 00 01", "C0 00 02 01", Sdp), packet.Encode());
        }

        [Theory]
        [InlineData(false, false, false)]
        [InlineData(true, false, false)]
        [InlineData(false, true, false)]
        [InlineData(false, false, true)]
        [InlineData(true, true, true)]
        public void EveryFieldRoundTrips(bool ipv6, bool compressed, bool deletion)
        {
            IPAddressValue source = AddressParser.Parse(ipv6 ? "ff00::1:2:3" : "203.0.113.200");
            byte[] payload = Encoding.UTF8.GetBytes("v=0\r\ns=Caf\u00e9\r\n");
            var packet = new SapPacket(
                deletion ? SapMessageType.Deletion : SapMessageType.Announcement,
                source,
                0xBEEF,
                payload,
                "application/sdp",
                Of("20 00 00 00"),
                compressed);

            SapDecodeResult result = SapPacketDecoder.Decode(packet.Encode());

            Assert.True(result.IsValid, result.Reason);
            SapPacket read = result.Packet!;
            Assert.Equal(packet.MessageType, read.MessageType);
            Assert.Equal(source, read.OriginatingSource);
            Assert.Equal(0xBEEF, read.MessageIdHash);
            Assert.Equal(compressed, read.IsCompressed);
            Assert.Equal(Of("20 00 00 00"), read.AuthenticationData);
            Assert.Equal("application/sdp", read.PayloadType);
            Assert.Equal(payload, read.Payload);
        }
    }
}
