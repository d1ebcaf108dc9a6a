using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// Each message type of RFC 2730 §2.2 against octets written by hand from Figure 1 (§2.1) and the option
    /// figures of §3, with the options the exchanges of Appendix A carry. Both directions: the encoder must
    /// write these octets, and the decoder must read them back to the same fields.
    /// </summary>
    public class MadcapMessageLayoutTests
    {
        // Lease Identifier type 0 (§2.4.1) with the random number 01 02 03 04.
        private const string LeaseIdOption = "0003 0005 | 00 01 02 03 04";
        private static readonly MadcapLeaseIdentifier LeaseId = new MadcapLeaseIdentifier(new byte[] { 0, 1, 2, 3, 4 });
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");
        private static readonly IPAddress Server = IPAddress.Parse("192.0.2.1");

        [Fact]
        public void GetInfo_AsInAppendixA1()
        {
            // A.1: Lease Identifier, an Option Request List naming the Multicast Scope List (9), Requested Language "en".
            byte[] expected = Hex.Parse(
                "00 | 08 | 0001 | 12345678 |" +
                LeaseIdOption + "|" +
                "0005 0002 | 0009 |" +
                "0008 0002 | 65 6E |" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.GetInfo, MadcapAddressFamily.IPv4, 0x12345678)
            {
                LeaseIdentifier = LeaseId,
                OptionRequestList = new ushort[] { 9 },
                RequestedLanguage = "en",
            };

            AssertBothWays(expected, message);
            MadcapMessage decoded = Decode(expected);
            Assert.Equal(new ushort[] { 9 }, decoded.OptionRequestList);
            Assert.Equal("en", decoded.RequestedLanguage);
        }

        [Fact]
        public void Discover_AsInAppendixA2()
        {
            // A.2: Lease Time (two hours), Lease Identifier, Multicast Scope.
            byte[] expected = Hex.Parse(
                "00 | 01 | 0001 | 00000001 |" +
                "0001 0004 | 00001C20 |" +
                LeaseIdOption + "|" +
                "0004 0004 | EF C0 00 00 |" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Discover, MadcapAddressFamily.IPv4, 1)
            {
                LeaseTime = 7200,
                LeaseIdentifier = LeaseId,
                MulticastScope = Scope,
            };

            AssertBothWays(expected, message);
            Assert.Equal(7200u, Decode(expected).LeaseTime);
            Assert.Equal(Scope, Decode(expected).MulticastScope);
        }

        [Fact]
        public void Offer_AsInAppendixA2()
        {
            // A.2: Lease Time, Server Identifier, Lease Identifier, Multicast Scope.
            byte[] expected = Hex.Parse(
                "00 | 02 | 0001 | 00000001 |" +
                "0001 0004 | 00001C20 |" +
                "0002 0006 | 0001 C0 00 02 01 |" +
                LeaseIdOption + "|" +
                "0004 0004 | EF C0 00 00 |" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Offer, MadcapAddressFamily.IPv4, 1)
            {
                LeaseTime = 7200,
                ServerIdentifier = new MadcapServerIdentifier(Server),
                LeaseIdentifier = LeaseId,
                MulticastScope = Scope,
            };

            AssertBothWays(expected, message);
            Assert.Equal(Server, Decode(expected).ServerIdentifier!.Address);
        }

        [Fact]
        public void Request_MulticastAfterDiscover_AsInAppendixA2()
        {
            // A.2: the DISCOVER's options and the chosen server's Server Identifier.
            byte[] expected = Hex.Parse(
                "00 | 03 | 0001 | 00000002 |" +
                "0001 0004 | 00001C20 |" +
                "0002 0006 | 0001 C0 00 02 01 |" +
                LeaseIdOption + "|" +
                "0004 0004 | EF C0 00 00 |" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 2)
            {
                LeaseTime = 7200,
                ServerIdentifier = new MadcapServerIdentifier(Server),
                LeaseIdentifier = LeaseId,
                MulticastScope = Scope,
            };

            AssertBothWays(expected, message);
        }

        [Fact]
        public void Ack_ToRequest_AsInAppendixA2()
        {
            // A.2: the OFFER's options and a List of Address Ranges with one address, 239.192.0.5.
            byte[] expected = Hex.Parse(
                "00 | 05 | 0001 | 00000002 |" +
                "0001 0004 | 00001C20 |" +
                "0002 0006 | 0001 C0 00 02 01 |" +
                LeaseIdOption + "|" +
                "0004 0004 | EF C0 00 00 |" +
                "000A 0006 | EF C0 00 05 0001 |" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 2)
            {
                LeaseTime = 7200,
                ServerIdentifier = new MadcapServerIdentifier(Server),
                LeaseIdentifier = LeaseId,
                MulticastScope = Scope,
                AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1) },
            };

            AssertBothWays(expected, message);
            MadcapAddressRange range = Assert.Single(Decode(expected).AddressRanges!);
            Assert.Equal(IPAddress.Parse("239.192.0.5"), range.Start);
            Assert.Equal(1, range.BlockSize);
        }

        [Fact]
        public void Renew_AsInAppendixA3()
        {
            // A.3: Lease Time and Lease Identifier.
            byte[] expected = Hex.Parse(
                "00 | 04 | 0001 | 00000003 |" +
                "0001 0004 | 00001C20 |" +
                LeaseIdOption + "|" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Renew, MadcapAddressFamily.IPv4, 3)
            {
                LeaseTime = 7200,
                LeaseIdentifier = LeaseId,
            };

            AssertBothWays(expected, message);
        }

        [Fact]
        public void Release_AsInAppendixA4()
        {
            // A.4: the Lease Identifier alone.
            byte[] expected = Hex.Parse(
                "00 | 07 | 0001 | 00000004 |" +
                LeaseIdOption + "|" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 4) { LeaseIdentifier = LeaseId };

            AssertBothWays(expected, message);
        }

        [Fact]
        public void Nak_WithServerIdentifierLeaseIdentifierAndError()
        {
            // §2.2.6: Server Identifier, Lease Identifier, Error (here Valid Request Could Not Be Completed, no specific option).
            byte[] expected = Hex.Parse(
                "00 | 06 | 0001 | 00000005 |" +
                "0002 0006 | 0001 C0 00 02 01 |" +
                LeaseIdOption + "|" +
                "0010 0004 | 0000 FFFF |" +
                "0000 0000");
            var message = new MadcapMessage(MadcapMessageType.Nak, MadcapAddressFamily.IPv4, 5)
            {
                ServerIdentifier = new MadcapServerIdentifier(Server),
                LeaseIdentifier = LeaseId,
                Error = MadcapErrorOption.ValidRequestCouldNotBeCompleted(),
            };

            AssertBothWays(expected, message);
            Assert.Equal(MadcapErrorCode.ValidRequestCouldNotBeCompleted, Decode(expected).Error!.Code);
            Assert.Equal((ushort)0xFFFF, Decode(expected).Error!.ProblemOption);
        }

        [Fact]
        public void TheSmallestMessage_IsTheHeaderAndEnd()
        {
            // §2.1: "at least 12 bytes": the 8-octet header and the 4-octet End option.
            byte[] expected = Hex.Parse("00 | 07 | 0002 | FFFFFFFF | 0000 0000");
            AssertBothWays(expected, new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv6, uint.MaxValue));
            Assert.Equal(MadcapMessage.MinimumLength, expected.Length);
        }

        [Theory]
        [InlineData(MadcapMessageType.Discover, 1)]
        [InlineData(MadcapMessageType.Offer, 2)]
        [InlineData(MadcapMessageType.Request, 3)]
        [InlineData(MadcapMessageType.Renew, 4)]
        [InlineData(MadcapMessageType.Ack, 5)]
        [InlineData(MadcapMessageType.Nak, 6)]
        [InlineData(MadcapMessageType.Release, 7)]
        [InlineData(MadcapMessageType.GetInfo, 8)]
        public void MessageTypeCodes_AreTable2(MadcapMessageType type, byte code)
        {
            byte[] encoded = new MadcapMessage(type, MadcapAddressFamily.IPv4, 0).Encode();
            Assert.Equal(code, encoded[1]);
            Assert.Equal(type, Decode(encoded).Type);
        }

        [Fact]
        public void HeaderFields_AreNetworkByteOrder()
        {
            byte[] encoded = new MadcapMessage(MadcapMessageType.GetInfo, (MadcapAddressFamily)0xABCD, 0x01020304).Encode();
            Assert.Equal(Hex.Parse("00 08 AB CD 01 02 03 04 00 00 00 00"), encoded);
        }

        [Fact]
        public void OptionsAreWrittenInCodeOrder_UnknownOnesLast()
        {
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0)
            {
                Error = null,
                CurrentTime = 1,
                LeaseIdentifier = LeaseId,
            };
            message.UnknownOptions.Add(new MadcapRawOption(0x63, new byte[] { 0xAA }));
            message.UnknownOptions.Add(new MadcapRawOption(0x20, new byte[0]));
            byte[] expected = Hex.Parse(
                "00 05 0001 00000000 |" +
                LeaseIdOption + "|" +
                "000B 0004 | 00000001 |" +
                "0063 0001 | AA |" +
                "0020 0000 |" +
                "0000 0000");
            Assert.Equal(Hex.Format(expected), Hex.Format(message.Encode()));
        }

        internal static MadcapMessage Decode(byte[] data)
        {
            Assert.True(MadcapMessage.TryDecode(data, out MadcapMessage? message, out MadcapDecodeError error), error.ToString());
            return message!;
        }

        [Fact]
        public void OptionsOutOfCodeOrder_DecodeToTheSameMessage()
        {
            // §2.1.5: "The order of options within a message has no significance and any order MUST be supported in an
            // equivalent manner": Current Time, Lease Identifier, Lease Time, then End, in a RENEW.
            byte[] scrambled = Hex.Parse(
                "00 | 04 | 0001 | 0000002A |" +
                "000B 0004 | 67C2F6C0 |" +
                LeaseIdOption + "|" +
                "0001 0004 | 00000E10 |" +
                "0000 0000");
            MadcapMessage decoded = Decode(scrambled);
            Assert.Equal(MadcapMessageType.Renew, decoded.Type);
            Assert.Equal(0x67C2F6C0u, decoded.CurrentTime);
            Assert.Equal(LeaseId, decoded.LeaseIdentifier);
            Assert.Equal(3600u, decoded.LeaseTime);

            // The same options in code order are the same message, and re-encode in code order.
            byte[] ordered = Hex.Parse(
                "00 | 04 | 0001 | 0000002A |" +
                "0001 0004 | 00000E10 |" +
                LeaseIdOption + "|" +
                "000B 0004 | 67C2F6C0 |" +
                "0000 0000");
            Assert.Equal(Hex.Format(ordered), Hex.Format(decoded.Encode()));
            Assert.Equal(Hex.Format(Decode(ordered).Encode()), Hex.Format(decoded.Encode()));
        }

        private static void AssertBothWays(byte[] expected, MadcapMessage message)
        {
            Assert.Equal(Hex.Format(expected), Hex.Format(message.Encode()));
            MadcapMessage decoded = Decode(expected);
            Assert.Equal(message.Type, decoded.Type);
            Assert.Equal(message.AddressFamily, decoded.AddressFamily);
            Assert.Equal(message.TransactionId, decoded.TransactionId);
            Assert.Equal(message.LeaseIdentifier, decoded.LeaseIdentifier);
            Assert.Equal(message.ServerIdentifier, decoded.ServerIdentifier);
            Assert.Equal(Hex.Format(expected), Hex.Format(decoded.Encode()));
        }
    }
}
