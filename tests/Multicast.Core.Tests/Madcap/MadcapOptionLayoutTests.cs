using System;
using System.Linq;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// Every option of RFC 2730 §3 and RFC 2907 §5, alone in an ACK, against octets written by hand from the
    /// option's figure. The option codes are spelled out in the octets, not taken from the enum.
    /// </summary>
    public class MadcapOptionLayoutTests
    {
        private const string Header4 = "00 05 0001 00000000 |";
        private const string Header6 = "00 05 0002 00000000 |";
        private const string End = "| 0000 0000";

        [Theory]
        [InlineData(0u, "0001 0004 | 00 00 00 00")]
        [InlineData(3600u, "0001 0004 | 00 00 0E 10")]
        [InlineData(uint.MaxValue, "0001 0004 | FF FF FF FF")]
        public void LeaseTime_Section3_2(uint seconds, string option)
        {
            MadcapMessage decoded = AssertBothWays(Header4 + option + End, m => m.LeaseTime = seconds);
            Assert.Equal(seconds, decoded.LeaseTime);
        }

        [Fact]
        public void ServerIdentifier_IPv4_Section3_3()
        {
            MadcapMessage decoded = AssertBothWays(Header4 + "0002 0006 | 0001 | C0 00 02 01" + End, m => m.ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("192.0.2.1")));
            Assert.Equal(MadcapAddressFamily.IPv4, decoded.ServerIdentifier!.Family);
            Assert.Equal(IPAddress.Parse("192.0.2.1"), decoded.ServerIdentifier.Address);
        }

        [Fact]
        public void ServerIdentifier_IPv6InAnIPv4Message_Section3_3()
        {
            // "The address family for this address is not determined by the addrfamily field in the fixed header."
            MadcapMessage decoded = AssertBothWays(
                Header4 + "0002 0012 | 0002 | 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01" + End,
                m => m.ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("2001:db8::1")));
            Assert.Equal(IPAddress.Parse("2001:db8::1"), decoded.ServerIdentifier!.Address);
        }

        [Fact]
        public void ServerIdentifier_OfAnotherFamily_IsKeptAsOctets()
        {
            // The minimum length is 3: a family number and at least one octet; family 6 (IEEE 802) is not ours to size.
            MadcapMessage decoded = MadcapMessageLayoutTests.Decode(Hex.Parse(Header4 + "0002 0003 | 0006 | AB" + End));
            Assert.Equal((MadcapAddressFamily)6, decoded.ServerIdentifier!.Family);
            Assert.Null(decoded.ServerIdentifier.Address);
            Assert.Equal(new byte[] { 0xAB }, decoded.ServerIdentifier.GetAddressBytes());
            Assert.Equal(Hex.Format(Hex.Parse(Header4 + "0002 0003 | 0006 | AB" + End)), Hex.Format(decoded.Encode()));
        }

        [Fact]
        public void LeaseIdentifier_Random_Section2_4_1()
        {
            MadcapMessage decoded = AssertBothWays(Header4 + "0003 0001 | 00" + End, m => m.LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0 }));
            Assert.Equal(MadcapLeaseIdentifierType.Random, decoded.LeaseIdentifier!.Type);
        }

        [Fact]
        public void LeaseIdentifier_AddressSpecific_Section2_4_2()
        {
            // Type 1, address family 1, 192.0.2.7, client-specific identifier 00 2A.
            MadcapLeaseIdentifier id = MadcapLeaseIdentifier.CreateAddressSpecific(IPAddress.Parse("192.0.2.7"), new byte[] { 0x00, 0x2A });
            MadcapMessage decoded = AssertBothWays(Header4 + "0003 0009 | 01 | 0001 | C0 00 02 07 | 00 2A" + End, m => m.LeaseIdentifier = id);
            Assert.True(decoded.LeaseIdentifier!.TryGetAddressSpecific(out IPAddress? address, out byte[]? clientSpecific));
            Assert.Equal(IPAddress.Parse("192.0.2.7"), address);
            Assert.Equal(new byte[] { 0x00, 0x2A }, clientSpecific);
        }

        [Fact]
        public void MulticastScope_IPv4_Section3_5()
        {
            MadcapMessage decoded = AssertBothWays(Header4 + "0004 0004 | EF FF 00 00" + End, m => m.MulticastScope = IPAddress.Parse("239.255.0.0"));
            Assert.Equal(IPAddress.Parse("239.255.0.0"), decoded.MulticastScope);
        }

        [Fact]
        public void MulticastScope_IPv6_Section3_5()
        {
            MadcapMessage decoded = AssertBothWays(Header6 + "0004 0010 | FF 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00" + End, m => m.MulticastScope = IPAddress.Parse("ff15::"));
            Assert.Equal(IPAddress.Parse("ff15::"), decoded.MulticastScope);
        }

        [Fact]
        public void OptionRequestList_Section3_6()
        {
            // The Multicast Scope List (9) and the Multicast Scope Nesting State (17), as RFC 2907 §3.3 suggests.
            MadcapMessage decoded = AssertBothWays(Header4 + "0005 0004 | 0009 0011" + End, m => m.OptionRequestList = new ushort[] { 9, 17 });
            Assert.Equal(new ushort[] { 9, 17 }, decoded.OptionRequestList);
        }

        [Theory]
        [InlineData(0u, "0006 0004 | 00 00 00 00")]
        [InlineData(1735689600u, "0006 0004 | 67 74 85 80")]
        [InlineData(uint.MaxValue, "0006 0004 | FF FF FF FF")]
        public void StartTime_Section3_7(uint seconds, string option)
        {
            Assert.Equal(seconds, AssertBothWays(Header4 + option + End, m => m.StartTime = seconds).StartTime);
        }

        [Theory]
        [InlineData(0, 0, "0007 0004 | 0000 0000")]
        [InlineData(2, 5, "0007 0004 | 0002 0005")]
        [InlineData(65535, 65535, "0007 0004 | FFFF FFFF")]
        [InlineData(7, 3, "0007 0004 | 0007 0003")]
        public void NumberOfAddressesRequested_Section3_8(int minimum, int desired, string option)
        {
            var count = new MadcapAddressCount((ushort)minimum, (ushort)desired);
            MadcapMessage decoded = AssertBothWays(Header4 + option + End, m => m.NumberOfAddressesRequested = count);
            Assert.Equal(count, decoded.NumberOfAddressesRequested);
            Assert.Equal(minimum <= desired, decoded.NumberOfAddressesRequested!.Value.IsOrdered);
        }

        [Theory]
        [InlineData("", "0008 0000")]
        [InlineData("en", "0008 0002 | 65 6E")]
        [InlineData("en-US", "0008 0005 | 65 6E 2D 55 53")]
        public void RequestedLanguage_Section3_9(string tag, string option)
        {
            Assert.Equal(tag, AssertBothWays(Header4 + option + End, m => m.RequestedLanguage = tag).RequestedLanguage);
        }

        [Fact]
        public void MulticastScopeList_TheExampleOfSection3_10()
        {
            // The RFC's own example: "Inside abcd.com" 239.192.0.0-239.195.255.255 TTL 10, and "world"
            // 224.0.1.0-238.255.255.255 TTL 16, each with one English name flagged as the fallback (128). Length 51.
            string option =
                "0009 0033 | 02 |" +
                "EF C0 00 00 | EF C3 FF FF | 0A | 01 | 80 | 02 | 65 6E | 0F | 49 6E 73 69 64 65 20 61 62 63 64 2E 63 6F 6D |" +
                "E0 00 01 00 | EE FF FF FF | 10 | 01 | 80 | 02 | 65 6E | 05 | 77 6F 72 6C 64";
            MadcapScopeEntry[] scopes =
            {
                new MadcapScopeEntry(IPAddress.Parse("239.192.0.0"), IPAddress.Parse("239.195.255.255"), 10, new[] { new MadcapZoneName("en", "Inside abcd.com", isFallback: true) }),
                new MadcapScopeEntry(IPAddress.Parse("224.0.1.0"), IPAddress.Parse("238.255.255.255"), 16, new[] { new MadcapZoneName("en", "world", isFallback: true) }),
            };

            MadcapMessage decoded = AssertBothWays(Header4 + option + End, m => m.MulticastScopeList = scopes);
            Assert.Equal(2, decoded.MulticastScopeList!.Count);
            MadcapScopeEntry inside = decoded.MulticastScopeList[0];
            Assert.Equal(IPAddress.Parse("239.192.0.0"), inside.ScopeId);
            Assert.Equal(IPAddress.Parse("239.195.255.255"), inside.LastAddress);
            Assert.Equal(10, inside.Ttl);
            Assert.Equal("Inside abcd.com", inside.Names.Single().Name);
            Assert.Equal("en", inside.Names.Single().LanguageTag);
            Assert.True(inside.Names.Single().IsFallback);
            Assert.Equal("world", decoded.MulticastScopeList[1].Names.Single().Name);
        }

        [Fact]
        public void MulticastScopeList_UnnamedIPv6Scope_AndAUtf8Name()
        {
            // An IPv6 scope with no names, and one whose name is not ASCII: "Zürich" is 5A C3 BC 72 69 63 68 in UTF-8.
            string option =
                "0009 0051 | 02 |" +
                "FF 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 | FF 18 00 00 00 00 00 00 00 00 00 00 FF FF FF FF | FF | 00 |" +
                "FF 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 | FF 15 00 00 00 00 00 00 00 00 00 00 00 00 FF FF | 01 | 01 | 00 | 02 | 64 65 | 07 | 5A C3 BC 72 69 63 68";
            MadcapScopeEntry[] scopes =
            {
                new MadcapScopeEntry(IPAddress.Parse("ff18::"), IPAddress.Parse("ff18::ffff:ffff"), 255),
                new MadcapScopeEntry(IPAddress.Parse("ff15::"), IPAddress.Parse("ff15::ffff"), 1, new[] { new MadcapZoneName("de", "Zürich") }),
            };

            MadcapMessage decoded = AssertBothWays(Header6 + option + End, m => m.MulticastScopeList = scopes);
            Assert.Empty(decoded.MulticastScopeList![0].Names);
            Assert.Equal(255, decoded.MulticastScopeList[0].Ttl);
            Assert.Equal("Zürich", decoded.MulticastScopeList[1].Names[0].Name);
            Assert.False(decoded.MulticastScopeList[1].Names[0].IsFallback);
        }

        [Fact]
        public void MulticastScopeList_FlagBitsOtherThanTheHighOne_AreIgnoredButKept()
        {
            // §3.10: "All remaining bits in the octet SHOULD be set to zero and MUST be ignored."
            string option = "0009 0011 | 01 | EF FF 00 00 | EF FF FF FF | 10 | 01 | 7F | 02 | 65 6E | 01 | 4C";
            MadcapMessage decoded = MadcapMessageLayoutTests.Decode(Hex.Parse(Header4 + option + End));
            MadcapZoneName name = decoded.MulticastScopeList![0].Names[0];
            Assert.False(name.IsFallback);
            Assert.Equal(0x7F, name.Flags);
            Assert.Equal(Hex.Format(Hex.Parse(Header4 + option + End)), Hex.Format(decoded.Encode()));
        }

        [Fact]
        public void MulticastScopeList_Empty()
        {
            Assert.Empty(AssertBothWays(Header4 + "0009 0001 | 00" + End, m => m.MulticastScopeList = new MadcapScopeEntry[0]).MulticastScopeList!);
        }

        [Fact]
        public void ListOfAddressRanges_Section3_11()
        {
            // StartAddress, BlockSize (two octets), repeated: 239.192.0.5 x1 and 239.192.1.0 x256.
            var ranges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1), new MadcapAddressRange(IPAddress.Parse("239.192.1.0"), 256) };
            MadcapMessage decoded = AssertBothWays(Header4 + "000A 000C | EF C0 00 05 | 0001 | EF C0 01 00 | 0100" + End, m => m.AddressRanges = ranges);
            Assert.Equal(ranges, decoded.AddressRanges);
            Assert.Equal(IPAddress.Parse("239.192.1.255"), decoded.AddressRanges![1].Last);
        }

        [Fact]
        public void ListOfAddressRanges_IPv6()
        {
            var ranges = new[] { new MadcapAddressRange(IPAddress.Parse("ff15::1:0"), 0xFFFF) };
            AssertBothWays(Header6 + "000A 0012 | FF 15 00 00 00 00 00 00 00 00 00 00 00 01 00 00 | FFFF" + End, m => m.AddressRanges = ranges);
        }

        [Fact]
        public void ListOfAddressRanges_Empty_AsRetryAfterSends()
        {
            // §2.13.2: "the MADCAP server will include an empty List of Address Ranges option".
            Assert.Empty(AssertBothWays(Header4 + "000A 0000" + End, m => m.AddressRanges = new MadcapAddressRange[0]).AddressRanges!);
        }

        [Theory]
        [InlineData(0u, "000B 0004 | 00 00 00 00")]
        [InlineData(uint.MaxValue, "000B 0004 | FF FF FF FF")]
        public void CurrentTime_Section3_12(uint seconds, string option)
        {
            Assert.Equal(seconds, AssertBothWays(Header4 + option + End, m => m.CurrentTime = seconds).CurrentTime);
        }

        [Fact]
        public void FeatureList_Section3_13()
        {
            // Supported: Server Mobility (0), Retry After (1); requested: Shared Lease Identifier (2); required: none.
            var features = new MadcapFeatureList(new ushort[] { 0, 1 }, new ushort[] { 2 }, new ushort[0]);
            MadcapMessage decoded = AssertBothWays(Header4 + "000C 000C | 0002 0000 0001 | 0001 0002 | 0000" + End, m => m.FeatureList = features);
            Assert.Equal(new ushort[] { 0, 1 }, decoded.FeatureList!.Supported);
            Assert.Equal(new ushort[] { 2 }, decoded.FeatureList.Requested);
            Assert.Empty(decoded.FeatureList.Required);
            Assert.True(decoded.FeatureList.Supports(MadcapFeature.RetryAfter));
            Assert.True(decoded.FeatureList.Requests(MadcapFeature.SharedLeaseIdentifier));
        }

        [Fact]
        public void FeatureList_AllEmpty_IsTheMinimumLength6()
        {
            AssertBothWays(Header4 + "000C 0006 | 0000 | 0000 | 0000" + End, m => m.FeatureList = new MadcapFeatureList());
        }

        [Theory]
        [InlineData(0u, "000D 0004 | 00 00 00 00")]
        [InlineData(uint.MaxValue, "000D 0004 | FF FF FF FF")]
        public void RetryTime_Section3_14(uint seconds, string option)
        {
            Assert.Equal(seconds, AssertBothWays(Header4 + option + End, m => m.RetryTime = seconds).RetryTime);
        }

        [Theory]
        [InlineData(0u, "000E 0004 | 00 00 00 00")]
        [InlineData(uint.MaxValue, "000E 0004 | FF FF FF FF")]
        public void MinimumLeaseTime_Section3_15(uint seconds, string option)
        {
            Assert.Equal(seconds, AssertBothWays(Header4 + option + End, m => m.MinimumLeaseTime = seconds).MinimumLeaseTime);
        }

        [Theory]
        [InlineData(0u, "000F 0004 | 00 00 00 00")]
        [InlineData(uint.MaxValue, "000F 0004 | FF FF FF FF")]
        public void MaximumStartTime_Section3_16(uint seconds, string option)
        {
            Assert.Equal(seconds, AssertBothWays(Header4 + option + End, m => m.MaximumStartTime = seconds).MaximumStartTime);
        }

        [Fact]
        public void Error_ValidRequestCouldNotBeCompleted_Section3_17_1()
        {
            // Caused by the Minimum Lease Time option (14).
            MadcapMessage decoded = AssertBothWays(Header4 + "0010 0004 | 0000 | 000E" + End, m => m.Error = MadcapErrorOption.ValidRequestCouldNotBeCompleted(14));
            Assert.Equal((ushort)14, decoded.Error!.ProblemOption);
        }

        [Fact]
        public void Error_InvalidRequest_Section3_17_2()
        {
            MadcapMessage decoded = AssertBothWays(Header4 + "0010 0004 | 0001 | FFFF" + End, m => m.Error = MadcapErrorOption.InvalidRequest());
            Assert.Equal(MadcapErrorCode.InvalidRequest, decoded.Error!.Code);
            Assert.Equal(MadcapErrorOption.NoSpecificOption, decoded.Error.ProblemOption);
        }

        [Fact]
        public void Error_ExcessiveClockSkew_Section3_17_3()
        {
            MadcapMessage decoded = AssertBothWays(Header4 + "0010 0006 | 0002 | 67 74 85 80" + End, m => m.Error = MadcapErrorOption.ExcessiveClockSkew(1735689600));
            Assert.Equal(1735689600u, decoded.Error!.ServerTime);
            Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), MadcapTime.ToDateTime(decoded.Error.ServerTime!.Value));
        }

        [Fact]
        public void Error_LeaseIdentifierNotRecognized_Section3_17_4()
        {
            Assert.Equal(0, AssertBothWays(Header4 + "0010 0002 | 0003" + End, m => m.Error = MadcapErrorOption.LeaseIdentifierNotRecognized()).Error!.ExtraDataLength);
        }

        [Fact]
        public void Error_RequiredFeatureNotSupported_Section3_17_5()
        {
            MadcapMessage decoded = AssertBothWays(Header4 + "0010 0006 | 0004 | 0000 0002" + End, m => m.Error = MadcapErrorOption.RequiredFeatureNotSupported(new ushort[] { 0, 2 }));
            Assert.Equal(new ushort[] { 0, 2 }, decoded.Error!.UnsupportedFeatures);
        }

        [Theory]
        [InlineData(1024, "0010 0005 | 0400 | 01 02 03")]
        [InlineData(2047, "0010 0002 | 07FF")]
        public void Error_Experimental_Section3_17_6(int code, string option)
        {
            var error = new MadcapErrorOption((ushort)code, Hex.Parse(option).Skip(6).ToArray());
            MadcapMessage decoded = AssertBothWays(Header4 + option + End, m => m.Error = error);
            Assert.True(decoded.Error!.IsExperimental);
        }

        [Theory]
        [InlineData(1023)]
        [InlineData(2048)]
        public void Error_JustOutsideTheExperimentalRange_IsNotExperimental(int code)
        {
            Assert.False(new MadcapErrorOption((ushort)code).IsExperimental);
        }

        [Fact]
        public void MulticastNestingState_TheExampleOfRfc2907Figure4()
        {
            // S1/S2, S2/S3, S2/S4, S3/S5, S4/S5, S5/S6, S6/S7 and what they imply: rows fc 7c 1c 1c 0c 04 00.
            var pairs = new (int, int)[]
            {
                (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6),
                (1, 2), (1, 3), (1, 4), (1, 5), (1, 6),
                (2, 4), (2, 5), (2, 6),
                (3, 4), (3, 5), (3, 6),
                (4, 5), (4, 6),
                (5, 6),
            };
            MadcapNestingState state = MadcapNestingState.FromPairs(7, pairs);
            MadcapMessage decoded = AssertBothWays(Header4 + "0011 0008 | 07 | FC 7C 1C 1C 0C 04 00" + End, m => m.NestingState = state);
            Assert.True(decoded.NestingState!.Nests(2, 4));
            Assert.False(decoded.NestingState.Nests(2, 3));
            Assert.False(decoded.NestingState.Nests(6, 0));
            Assert.False(decoded.NestingState.Nests(3, 3));
        }

        [Fact]
        public void MulticastNestingState_NoScopeAndOneScope_HaveNoMatrix()
        {
            // RFC 2907 §5: N times ceil((N-1)/8) octets: 0 for N = 0 and N = 1.
            AssertBothWays(Header4 + "0011 0001 | 00" + End, m => m.NestingState = MadcapNestingState.FromPairs(0, new (int, int)[0]));
            AssertBothWays(Header4 + "0011 0001 | 01" + End, m => m.NestingState = MadcapNestingState.FromPairs(1, new (int, int)[0]));
        }

        [Fact]
        public void MulticastNestingState_NineScopes_OneOctetRows()
        {
            // ceil(8/8) = 1. Scope 8 nests in scope 0: row 8, column 0, the high bit.
            MadcapMessage decoded = AssertBothWays(
                Header4 + "0011 000A | 09 | 00 00 00 00 00 00 00 00 80" + End,
                m => m.NestingState = MadcapNestingState.FromPairs(9, new[] { (8, 0) }));
            Assert.True(decoded.NestingState!.Nests(8, 0));
            Assert.False(decoded.NestingState.Nests(0, 8));
        }

        [Fact]
        public void MulticastNestingState_TenScopes_TwoOctetRows()
        {
            // ceil(9/8) = 2. Scope 0 nests in scope 9: row 0, column 8 (the diagonal is left out), the second octet's high bit.
            MadcapMessage decoded = AssertBothWays(
                Header4 + "0011 0015 | 0A | 00 80 | 0000 0000 0000 0000 0000 0000 0000 0000 0000" + End,
                m => m.NestingState = MadcapNestingState.FromPairs(10, new[] { (0, 9) }));
            Assert.True(decoded.NestingState!.Nests(0, 9));
            Assert.Equal(2, MadcapNestingState.RowLength(10));
        }

        [Fact]
        public void UnknownOption_IsKeptAsOctets()
        {
            MadcapMessage decoded = MadcapMessageLayoutTests.Decode(Hex.Parse(Header4 + "0063 0003 | AA BB CC" + End));
            MadcapRawOption option = Assert.Single(decoded.UnknownOptions);
            Assert.Equal(0x63, option.Code);
            Assert.Equal(new byte[] { 0xAA, 0xBB, 0xCC }, option.GetValue());
            Assert.True(decoded.Has((MadcapOptionCode)0x63));
            Assert.Equal(Hex.Format(Hex.Parse(Header4 + "0063 0003 | AA BB CC" + End)), Hex.Format(decoded.Encode()));
        }

        private static MadcapMessage AssertBothWays(string octets, Action<MadcapMessage> set)
        {
            byte[] expected = Hex.Parse(octets);
            var message = new MadcapMessage(MadcapMessageType.Ack, (MadcapAddressFamily)((expected[2] << 8) | expected[3]), 0);
            set(message);
            Assert.Equal(Hex.Format(expected), Hex.Format(message.Encode()));
            MadcapMessage decoded = MadcapMessageLayoutTests.Decode(expected);
            Assert.Equal(Hex.Format(expected), Hex.Format(decoded.Encode()));
            return decoded;
        }
    }
}
