using System;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    /// <summary>Each datagram RFC 2730 says to ignore, and each malformed option, gets its own reason, and where it is.</summary>
    public class MadcapDecodeRejectionTests
    {
        private const string Header4 = "00 05 0001 0A0B0C0D |";
        private const string LeaseId = "0003 0002 | 00 77 |";
        private const string End = "0000 0000";

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(8)]
        [InlineData(11)]
        public void FewerThan12Octets_AreTooShort(int length)
        {
            // §2.1: "Any message whose UDP data is too short to hold this format (at least 12 bytes) MUST be ignored."
            MadcapDecodeError error = Reject(new byte[length]);
            Assert.Equal(MadcapDecodeFailure.TooShort, error.Failure);
            Assert.True(error.IsGarbled);
            Assert.False(error.HeaderRead);
        }

        [Fact]
        public void Exactly12Octets_Decode()
        {
            Assert.True(MadcapMessage.TryDecode(Hex.Parse("00 05 0001 00000000 " + End), out _, out _));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(255)]
        public void VersionOtherThan0_IsUnsupported(int version)
        {
            // §2.1.1: "Any messages that include other values in this field MUST be ignored."
            byte[] data = Hex.Parse(Header4 + End);
            data[0] = (byte)version;
            MadcapDecodeError error = Reject(data);
            Assert.Equal(MadcapDecodeFailure.UnsupportedVersion, error.Failure);
            Assert.True(error.IsGarbled);
        }

        [Fact]
        public void NoEndOption_IsMissingEnd()
        {
            // §2.1.5: "The option field MUST contain a sequence of options with the last one being the End option."
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + LeaseId + "000B 0004 00000001"));
            Assert.Equal(MadcapDecodeFailure.MissingEnd, error.Failure);
            Assert.Equal(22, error.Offset);
            Assert.True(error.IsGarbled);
            Assert.True(error.HeaderRead);
            Assert.Equal(0x0A0B0C0Du, error.TransactionId);
        }

        [Theory]
        [InlineData("00")]
        [InlineData("00 00")]
        [InlineData("00 00 00")]
        public void AnOptionHeaderCutShort_IsTruncated(string tail)
        {
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + LeaseId + tail));
            Assert.Equal(MadcapDecodeFailure.TruncatedOption, error.Failure);
            Assert.Equal(14, error.Offset);
        }

        [Fact]
        public void AnOptionValueRunningPastTheEnd_IsTruncated()
        {
            // The Current Time option says 4 octets; 3 follow, then nothing.
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + LeaseId + "000B 0004 000000"));
            Assert.Equal(MadcapDecodeFailure.TruncatedOption, error.Failure);
            Assert.Equal(11, error.OptionCode);
        }

        [Fact]
        public void ALengthSwallowingTheEndOption_IsTruncated()
        {
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + "0003 0007 | 00 77 |" + End));
            Assert.Equal(MadcapDecodeFailure.TruncatedOption, error.Failure);
            Assert.Equal(3, error.OptionCode);
        }

        [Theory]
        [InlineData("00")]
        [InlineData("0000 0000")]
        [InlineData("000B 0004 00000001")]
        public void OctetsAfterEnd_AreEndNotLast(string tail)
        {
            // §2.1.5: "the End option must occur once per message, as the last option".
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + LeaseId + End + tail));
            Assert.Equal(MadcapDecodeFailure.EndNotLast, error.Failure);
            Assert.Equal(18, error.Offset);
        }

        [Theory]
        [InlineData("0000 0001 | 00")]
        [InlineData("0000 FFFF")]
        public void AnEndOptionWithALength_IsRejected(string end)
        {
            // §3.1: "The code for this option is 0, and its length is 0."
            Assert.Equal(MadcapDecodeFailure.EndLengthNotZero, Reject(Hex.Parse(Header4 + LeaseId + end)).Failure);
        }

        [Theory]
        [InlineData("000B 0004 00000001 | 000B 0004 00000002")]
        [InlineData("0063 0000 | 0063 0001 FF")]
        [InlineData("FFFF 0000 | FFFF 0000")]
        public void TheSameOptionTwice_IsADuplicate(string options)
        {
            // §2.1.5: "MUST NOT include more than one option with the same option type in one MADCAP message".
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + LeaseId + options + "|" + End));
            Assert.Equal(MadcapDecodeFailure.DuplicateOption, error.Failure);
            Assert.Equal(Hex.Parse(options)[0] << 8 | Hex.Parse(options)[1], error.OptionCode);
            Assert.False(error.IsGarbled);
            Assert.Equal(new MadcapLeaseIdentifier(new byte[] { 0x00, 0x77 }), error.LeaseIdentifier);
        }

        [Theory]
        [InlineData(64)]
        [InlineData(65535)]
        [InlineData(50000)]
        public void AFullDatagramOfDistinctUnknownOptions_DecodesEachOnce_AndFindsTheOneRepeated(int repeated)
        {
            // 16,000 distinct codes of 64 and up in a 64 KB datagram (the decoder keeps them in a bitmap, not a list).
            const int Options = 16000;
            var data = new byte[8 + 6 + (4 * Options) + 4 + 4];
            Hex.Parse(Header4 + LeaseId).CopyTo(data, 0);
            int at = 14;
            for (int i = 0; i < Options; i++)
            {
                int code = 65535 - i;
                data[at] = (byte)(code >> 8);
                data[at + 1] = (byte)code;
                at += 4;
            }

            Assert.True(MadcapMessage.TryDecode(data, 0, at + 4, out MadcapMessage? message, out _));
            Assert.Equal(Options, message!.UnknownOptions.Count);

            data[at] = (byte)(repeated >> 8);
            data[at + 1] = (byte)repeated;
            bool seenBefore = repeated >= 65536 - Options;
            bool decoded = MadcapMessage.TryDecode(data, 0, at + 8, out _, out MadcapDecodeError error);
            Assert.Equal(!seenBefore, decoded);
            if (seenBefore)
            {
                Assert.Equal(MadcapDecodeFailure.DuplicateOption, error.Failure);
                Assert.Equal(repeated, error.OptionCode);
                Assert.Equal(at, error.Offset);
            }
        }

        [Fact]
        public void TwoLeaseIdentifiers_LeaveNoLeaseIdentifierToAnswer()
        {
            MadcapDecodeError error = Reject(Hex.Parse(Header4 + LeaseId + "0003 0001 | 01 |" + End));
            Assert.Equal(MadcapDecodeFailure.DuplicateOption, error.Failure);
            Assert.Null(error.LeaseIdentifier);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(9)]
        [InlineData(255)]
        public void MessageTypesOutside1To8_AreUnknown(int type)
        {
            // §2.2: a client MUST ignore it; a server generates Invalid Request, so the header and Lease Identifier are kept.
            byte[] data = Hex.Parse(Header4 + LeaseId + End);
            data[1] = (byte)type;
            MadcapDecodeError error = Reject(data);
            Assert.Equal(MadcapDecodeFailure.UnknownMessageType, error.Failure);
            Assert.Equal((MadcapMessageType)type, error.MessageType);
            Assert.NotNull(error.LeaseIdentifier);
            Assert.False(error.IsGarbled);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(6)]
        [InlineData(11)]
        [InlineData(13)]
        [InlineData(14)]
        [InlineData(15)]
        public void FourOctetOptions_OneOctetShortOrLong_HaveABadLength(int code)
        {
            // §3.2, §3.7, §3.12, §3.14, §3.15, §3.16: "the length is 4".
            string c = code.ToString("X4");
            Assert.True(MadcapMessage.TryDecode(Hex.Parse(Header4 + c + " 0004 00000001 |" + End), out _, out _));
            AssertBadOption(Header4 + c + " 0003 000001 |" + End, MadcapDecodeFailure.BadOptionLength, code);
            AssertBadOption(Header4 + c + " 0005 0000000001 |" + End, MadcapDecodeFailure.BadOptionLength, code);
        }

        [Fact]
        public void NumberOfAddressesRequested_OtherThan4Octets_HasABadLength()
        {
            AssertBadOption(Header4 + "0007 0003 000102 |" + End, MadcapDecodeFailure.BadOptionLength, 7);
            AssertBadOption(Header4 + "0007 0005 0001020304 |" + End, MadcapDecodeFailure.BadOptionLength, 7);
        }

        [Theory]
        [InlineData("0002 0002 | 0001", MadcapDecodeFailure.BadOptionLength)]
        [InlineData("0002 0005 | 0001 C00002", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0002 0007 | 0001 C0000201 00", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0002 0011 | 0002 000000000000000000000000000000", MadcapDecodeFailure.MalformedOption)]
        public void ServerIdentifier_BelowItsMinimumOrNotItsFamilysSize(string option, MadcapDecodeFailure failure)
        {
            // §3.3: "its minimum length is 3"; an IPv4 address is 4 octets and an IPv6 one 16.
            AssertBadOption(Header4 + option + "|" + End, failure, 2);
        }

        [Fact]
        public void LeaseIdentifier_OfLength0_HasABadLength()
        {
            // §3.4: "its minimum length is 1".
            AssertBadOption(Header4 + "0003 0000 |" + End, MadcapDecodeFailure.BadOptionLength, 3);
        }

        [Theory]
        [InlineData("0004 0000")]
        [InlineData("0004 0003 | EFFF00")]
        [InlineData("0004 0005 | EFFF000000")]
        [InlineData("0004 0010 | FF150000000000000000000000000000")]
        public void MulticastScope_NotTheSizeOfTheHeadersFamily_HasABadLength(string option)
        {
            AssertBadOption(Header4 + option + "|" + End, MadcapDecodeFailure.BadOptionLength, 4);
        }

        [Theory]
        [InlineData("0004 0004 | EFFF0000")]
        [InlineData("000A 0006 | EFFF0001 0001")]
        [InlineData("0009 000A | 01 EFFF0000 EFFFFFFF 10")]
        public void AddressOptions_InAnUnknownFamily_AreUnsupported(string option)
        {
            // §2.1.3: these addresses are "from this family"; family 3 (NSAP) has no size this code knows.
            byte[] data = Hex.Parse("00 05 0003 00000000 |" + option + "|" + End);
            Assert.Equal(MadcapDecodeFailure.UnsupportedAddressFamily, Reject(data).Failure);
        }

        [Fact]
        public void AnUnknownFamily_WithoutAddressOptions_Decodes()
        {
            Assert.True(MadcapMessage.TryDecode(Hex.Parse("00 05 0003 00000000 |" + LeaseId + "000A 0000 | 0009 0001 00 |" + End), out MadcapMessage? message, out _));
            Assert.Equal((MadcapAddressFamily)3, message!.AddressFamily);
        }

        [Theory]
        [InlineData("0005 0000")]
        [InlineData("0005 0001 | 09")]
        [InlineData("0005 0003 | 0009 00")]
        public void OptionRequestList_EmptyOrOdd_HasABadLength(string option)
        {
            // §3.6: a list of two-octet codes, "the minimum length is 2".
            AssertBadOption(Header4 + option + "|" + End, MadcapDecodeFailure.BadOptionLength, 5);
        }

        [Theory]
        [InlineData("0008 0002 | 65 20")]
        [InlineData("0008 0002 | 65 00")]
        [InlineData("0008 0002 | 65 C3")]
        public void RequestedLanguage_NotPrintableAscii_IsMalformed(string option)
        {
            AssertBadOption(Header4 + option + "|" + End, MadcapDecodeFailure.MalformedOption, 8);
        }

        [Theory]
        [InlineData("0009 0001 | 01")]
        [InlineData("0009 000A | 01 EFFF0000 EFFFFFFF 10")]
        [InlineData("0009 000C | 01 EFFF0000 EFFFFFFF 10 00 00")]
        [InlineData("0009 000B | 01 EFFFFFFF EFFF0000 10 00")]
        [InlineData("0009 0015 | 02 EFFF0000 EFFFFFFF 10 00 EFFF0000 EFFF00FF 10 00")]
        [InlineData("0009 000E | 01 EFFF0000 EFFFFFFF 10 01 00 00 01")]
        [InlineData("0009 0010 | 01 EFFF0000 EFFFFFFF 10 01 00 02 656E 00")]
        [InlineData("0009 0011 | 01 EFFF0000 EFFFFFFF 10 01 00 02 656E 01 FF")]
        [InlineData("0009 0011 | 01 EFFF0000 EFFFFFFF 10 01 00 02 650A 01 41")]
        [InlineData("0009 0011 | 01 EFFF0000 EFFFFFFF 10 01 00 02 656E 02 41")]
        [InlineData("0009 0012 | 01 EFFF0000 EFFFFFFF 10 01 00 02 656E 02 C0 80")]
        public void MulticastScopeList_Inconsistent_IsMalformed(string option)
        {
            // §3.10: counts that do not fill the option, a last address below the Scope ID, a repeated Scope ID
            // ("MUST be unique"), a zero language or name length ("MUST NOT be zero"), a name that is not UTF-8.
            AssertBadOption(Header4 + option + "|" + End, MadcapDecodeFailure.MalformedOption, 9);
        }

        [Theory]
        [InlineData("000A 0001 | EF")]
        [InlineData("000A 0005 | EFFF0001 00")]
        [InlineData("000A 0007 | EFFF0001 0001 00")]
        public void ListOfAddressRanges_NotWholeEntries_HasABadLength(string option)
        {
            AssertBadOption(Header4 + option + "|" + End, MadcapDecodeFailure.BadOptionLength, 10);
        }

        [Theory]
        [InlineData("000C 0005 | 0000 0000 00", MadcapDecodeFailure.BadOptionLength)]
        [InlineData("000C 0006 | 0001 0000 0000", MadcapDecodeFailure.MalformedOption)]
        [InlineData("000C 0008 | 0000 0000 0000 0000", MadcapDecodeFailure.MalformedOption)]
        [InlineData("000C 0007 | 0000 0000 0000 00", MadcapDecodeFailure.MalformedOption)]
        [InlineData("000C 0008 | 0000 0000 FFFF 0000", MadcapDecodeFailure.MalformedOption)]
        public void FeatureList_CountsThatDoNotFillTheOption(string option, MadcapDecodeFailure failure)
        {
            // §3.13: "the minimum length is 6", three counted lists of two-octet codes.
            AssertBadOption(Header4 + option + "|" + End, failure, 12);
        }

        [Theory]
        [InlineData("0010 0000", MadcapDecodeFailure.BadOptionLength)]
        [InlineData("0010 0001 | 00", MadcapDecodeFailure.BadOptionLength)]
        [InlineData("0010 0002 | 0000", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0003 | 0000 00", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0005 | 0001 FFFF 00", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0005 | 0002 000000", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0007 | 0002 0000000000", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0003 | 0003 00", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0002 | 0004", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0010 0005 | 0004 000100", MadcapDecodeFailure.MalformedOption)]
        public void Error_ExtraDataNotTheShapeItsCodeDefines(string option, MadcapDecodeFailure failure)
        {
            // §3.17: "the minimum length is 2"; §3.17.1-§3.17.5 fix the extra data of codes 0-4.
            AssertBadOption(Header4 + option + "|" + End, failure, 16);
        }

        [Theory]
        [InlineData("0011 0000", MadcapDecodeFailure.BadOptionLength)]
        [InlineData("0011 0001 | 02", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0011 0004 | 02 00 00 00", MadcapDecodeFailure.MalformedOption)]
        [InlineData("0011 0002 | 01 00", MadcapDecodeFailure.MalformedOption)]
        public void NestingState_NotNTimesCeilNMinus1Over8(string option, MadcapDecodeFailure failure)
        {
            byte[] data = Hex.Parse(Header4 + option + "|" + End);
            MadcapDecodeError error = Reject(data);
            Assert.Equal(failure, error.Failure);
        }

        [Fact]
        public void TheArgumentsMustDescribeAPartOfTheArray()
        {
            // Not peer input: a caller's mistake throws.
            byte[] data = Hex.Parse(Header4 + End);
            Assert.Throws<ArgumentOutOfRangeException>(() => MadcapMessage.TryDecode(data, 1, data.Length, out _, out _));
            Assert.Throws<ArgumentOutOfRangeException>(() => MadcapMessage.TryDecode(data, -1, 4, out _, out _));
            Assert.Throws<ArgumentNullException>(() => MadcapMessage.TryDecode(null!, 0, 0, out _, out _));
        }

        [Fact]
        public void DecodingReadsOnlyThePartGiven()
        {
            byte[] message = Hex.Parse(Header4 + LeaseId + End);
            var padded = new byte[message.Length + 20];
            for (int i = 0; i < padded.Length; i++)
            {
                padded[i] = 0xEE;
            }

            Buffer.BlockCopy(message, 0, padded, 7, message.Length);
            Assert.True(MadcapMessage.TryDecode(padded, 7, message.Length, out MadcapMessage? decoded, out _));
            Assert.Equal(0x0A0B0C0Du, decoded!.TransactionId);
        }

        private static void AssertBadOption(string octets, MadcapDecodeFailure failure, int code)
        {
            MadcapDecodeError error = Reject(Hex.Parse(octets));
            Assert.Equal(failure, error.Failure);
            Assert.Equal(code, error.OptionCode);
            Assert.Equal(8, error.Offset);
            Assert.True(error.HeaderRead);
            Assert.False(error.IsGarbled);
        }

        private static MadcapDecodeError Reject(byte[] data)
        {
            Assert.False(MadcapMessage.TryDecode(data, out MadcapMessage? message, out MadcapDecodeError error));
            Assert.Null(message);
            Assert.NotEqual(MadcapDecodeFailure.None, error.Failure);
            return error;
        }
    }
}
