using System;
using System.Linq;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    /// <summary>Every field survives encode and decode, at both ends of its range; one past an end is refused where the type allows it.</summary>
    public class MadcapRoundTripTests
    {
        [Fact]
        public void EveryOptionAtOnce_SurvivesARoundTrip()
        {
            MadcapMessage message = Everything(MadcapAddressFamily.IPv4, "239.192.0.0", "239.195.255.255", "239.192.0.9");
            MadcapMessage decoded = RoundTrip(message);
            AssertSame(message, decoded);
        }

        [Fact]
        public void EveryOptionAtOnce_IPv6_SurvivesARoundTrip()
        {
            MadcapMessage message = Everything(MadcapAddressFamily.IPv6, "ff15::", "ff15::ffff:ffff", "ff15::1:9");
            AssertSame(message, RoundTrip(message));
        }

        [Theory]
        [InlineData(0u)]
        [InlineData(1u)]
        [InlineData(0x7FFFFFFFu)]
        [InlineData(0x80000000u)]
        [InlineData(uint.MaxValue)]
        public void EveryFourOctetField_AtBothEnds(uint value)
        {
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, value)
            {
                LeaseTime = value,
                StartTime = value,
                CurrentTime = value,
                RetryTime = value,
                MinimumLeaseTime = value,
                MaximumStartTime = value,
            };
            MadcapMessage decoded = RoundTrip(message);
            Assert.Equal(value, decoded.TransactionId);
            Assert.Equal(value, decoded.LeaseTime);
            Assert.Equal(value, decoded.StartTime);
            Assert.Equal(value, decoded.CurrentTime);
            Assert.Equal(value, decoded.RetryTime);
            Assert.Equal(value, decoded.MinimumLeaseTime);
            Assert.Equal(value, decoded.MaximumStartTime);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(0xFFFF)]
        public void AddressFamily_EveryValueOfTheField(int family)
        {
            // Families other than 1 and 2 travel in the header; only address-bearing options need a known one.
            var message = new MadcapMessage(MadcapMessageType.GetInfo, (MadcapAddressFamily)family, 0) { LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0 }) };
            Assert.Equal((MadcapAddressFamily)family, RoundTrip(message).AddressFamily);
        }

        [Theory]
        [InlineData(0, 0)]
        [InlineData(0, 65535)]
        [InlineData(65535, 65535)]
        [InlineData(65535, 0)]
        public void NumberOfAddressesRequested_AtBothEnds(int minimum, int desired)
        {
            var message = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 0) { NumberOfAddressesRequested = new MadcapAddressCount((ushort)minimum, (ushort)desired) };
            Assert.Equal(new MadcapAddressCount((ushort)minimum, (ushort)desired), RoundTrip(message).NumberOfAddressesRequested);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(255)]
        public void Ttl_AtBothEnds(int ttl)
        {
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0)
            {
                MulticastScopeList = new[] { new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), (byte)ttl) },
            };
            Assert.Equal(ttl, RoundTrip(message).MulticastScopeList![0].Ttl);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(65535)]
        public void BlockSize_AtBothEnds(int size)
        {
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.0"), (ushort)size) } };
            Assert.Equal(size, RoundTrip(message).AddressRanges![0].BlockSize);
        }

        [Fact]
        public void BlockRunningPastTheLastAddress_HasNoLast()
        {
            Assert.Null(new MadcapAddressRange(IPAddress.Parse("255.255.255.255"), 2).Last);
            Assert.Equal(IPAddress.Parse("255.255.255.255"), new MadcapAddressRange(IPAddress.Parse("255.255.255.255"), 1).Last);
            Assert.Null(new MadcapAddressRange(IPAddress.Parse("239.0.0.0"), 0).Last);
        }

        [Fact]
        public void ScopeList_255Scopes_IsTheMost()
        {
            // §3.10: the count is one octet.
            MadcapScopeEntry[] scopes = Enumerable.Range(0, 255).Select(i => new MadcapScopeEntry(IPAddress.Parse("239.1." + i + ".0"), IPAddress.Parse("239.1." + i + ".255"), 1)).ToArray();
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { MulticastScopeList = scopes };
            Assert.Equal(255, RoundTrip(message).MulticastScopeList!.Count);

            MadcapScopeEntry[] tooMany = Enumerable.Range(0, 256).Select(i => new MadcapScopeEntry(IPAddress.Parse("239.2." + i + ".0"), IPAddress.Parse("239.2." + i + ".255"), 1)).ToArray();
            message.MulticastScopeList = tooMany;
            Assert.Equal("MadcapScopeListCount", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
        }

        [Fact]
        public void ScopeList_255NamesPerScope_IsTheMost()
        {
            MadcapZoneName[] names = Enumerable.Range(0, 255).Select(i => new MadcapZoneName("x" + i, "n")).ToArray();
            var scope = new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), 16, names);
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { MulticastScopeList = new[] { scope } };
            Assert.Equal(255, RoundTrip(message).MulticastScopeList![0].Names.Count);

            MadcapZoneName[] tooMany = Enumerable.Range(0, 256).Select(i => new MadcapZoneName("x" + i, "n")).ToArray();
            Assert.Equal("MadcapScopeNameCount", Assert.Throws<MulticastRuleException>(() => new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), 16, tooMany)).ErrorId);
        }

        [Fact]
        public void ZoneName_1To255Octets()
        {
            // §3.10: the language tag and name lengths are one octet and "MUST NOT be zero".
            string longest = new string('n', 255);
            string longestTag = new string('t', 255);
            var scope = new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), 16, new[] { new MadcapZoneName(longestTag, longest), new MadcapZoneName("a", "b") });
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { MulticastScopeList = new[] { scope } };
            MadcapMessage decoded = RoundTrip(message);
            Assert.Equal(longest, decoded.MulticastScopeList![0].Names[0].Name);
            Assert.Equal(longestTag, decoded.MulticastScopeList[0].Names[0].LanguageTag);
            Assert.Equal("b", decoded.MulticastScopeList[0].Names[1].Name);

            Assert.Equal("MadcapZoneNameLength", Assert.Throws<MulticastRuleException>(() => new MadcapZoneName("en", new string('n', 256))).ErrorId);
            Assert.Equal("MadcapZoneNameLength", Assert.Throws<MulticastRuleException>(() => new MadcapZoneName("en", string.Empty)).ErrorId);
            Assert.Equal("MadcapZoneNameLength", Assert.Throws<MulticastRuleException>(() => new MadcapZoneName("en", new string('é', 128))).ErrorId);
            Assert.Equal("MadcapZoneNameLanguage", Assert.Throws<MulticastRuleException>(() => new MadcapZoneName(new string('t', 256), "n")).ErrorId);
            Assert.Equal("MadcapZoneNameLanguage", Assert.Throws<MulticastRuleException>(() => new MadcapZoneName(string.Empty, "n")).ErrorId);
            Assert.Equal("MadcapZoneNameLanguage", Assert.Throws<MulticastRuleException>(() => new MadcapZoneName("e n", "n")).ErrorId);
        }

        [Fact]
        public void AScopeRunsUpward()
        {
            Assert.Equal("MadcapScopeOrder", Assert.Throws<MulticastRuleException>(() => new MadcapScopeEntry(IPAddress.Parse("239.255.0.1"), IPAddress.Parse("239.255.0.0"), 1)).ErrorId);
            Assert.Equal("MadcapScopeFamilies", Assert.Throws<MulticastRuleException>(() => new MadcapScopeEntry(IPAddress.Parse("239.255.0.1"), IPAddress.Parse("ff15::"), 1)).ErrorId);
            Assert.NotNull(new MadcapScopeEntry(IPAddress.Parse("239.255.0.1"), IPAddress.Parse("239.255.0.1"), 1));
        }

        [Fact]
        public void LeaseIdentifier_1To65535Octets_ButAMessageIsOneDatagram()
        {
            // §3.4: "its minimum length is 1"; the length field is 16 bits. A RELEASE is 8 + 4 + n + 4 octets, and one UDP
            // datagram holds 65507, so the longest identifier a RELEASE can carry is 65491 octets.
            var message = new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 0) { LeaseIdentifier = new MadcapLeaseIdentifier(new byte[65491]) };
            Assert.Equal(65507, message.Encode().Length);
            Assert.Equal(65491, RoundTrip(message).LeaseIdentifier!.Length);
            message.LeaseIdentifier = new MadcapLeaseIdentifier(new byte[65492]);
            Assert.Equal("MadcapMessageTooLong", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.LeaseIdentifier = new MadcapLeaseIdentifier(new byte[65535]);
            Assert.Equal("MadcapMessageTooLong", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.LeaseIdentifier = new MadcapLeaseIdentifier(new byte[1]);
            Assert.Equal(1, RoundTrip(message).LeaseIdentifier!.Length);
            Assert.Equal("MadcapLeaseIdentifierLength", Assert.Throws<MulticastRuleException>(() => new MadcapLeaseIdentifier(new byte[0])).ErrorId);
            Assert.Equal("MadcapLeaseIdentifierLength", Assert.Throws<MulticastRuleException>(() => new MadcapLeaseIdentifier(new byte[65536])).ErrorId);
        }

        [Fact]
        public void AnOptionValue_IsAtMost65535Octets()
        {
            Assert.Equal("MadcapOptionTooLong", Assert.Throws<MulticastRuleException>(() => new MadcapRawOption(0xFFFF, new byte[65536])).ErrorId);

            // 10923 IPv4 ranges are 65538 octets: one entry past what the length field holds, whatever the datagram.
            var ranges = Enumerable.Range(0, 10923).Select(i => new MadcapAddressRange(IPAddress.Parse("239.0.0.1"), 1)).ToArray();
            var tooLong = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { AddressRanges = ranges };
            Assert.Equal("MadcapOptionTooLong", Assert.Throws<MulticastRuleException>(() => tooLong.Encode()).ErrorId);
        }

        [Fact]
        public void AMessage_IsAtMostOneUdpDatagram_65507Octets()
        {
            // MADCAP messages are UDP datagrams (§1.5); 65,535 less the IPv4 and UDP headers is 65,507.
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0);
            message.UnknownOptions.Add(new MadcapRawOption(0xFFFF, new byte[65507 - 16]));
            Assert.Equal(65507 - 16, RoundTrip(message).UnknownOptions[0].Length);
            message.UnknownOptions[0] = new MadcapRawOption(0xFFFF, new byte[65507 - 15]);
            var error = Assert.Throws<MulticastRuleException>(() => message.Encode());
            Assert.Equal("MadcapMessageTooLong", error.ErrorId);
            Assert.Contains("65508", error.Message);

            // 10915 ranges: 8 + 4 + 65490 + 4 = 65506 octets.
            var ranges = Enumerable.Range(0, 10915).Select(i => new MadcapAddressRange(IPAddress.Parse("239.0.0.1"), 1)).ToArray();
            var ack = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { AddressRanges = ranges };
            Assert.Equal(10915, RoundTrip(ack).AddressRanges!.Count);
            ack.AddressRanges = ranges.Concat(ranges.Take(1)).ToArray();
            Assert.Equal("MadcapMessageTooLong", Assert.Throws<MulticastRuleException>(() => ack.Encode()).ErrorId);
        }

        [Fact]
        public void FeatureList_AsLongAsTheLengthFieldAllows()
        {
            // 6 + 2 * 32764 = 65534; one more code is 65536, which the option cannot hold.
            Assert.NotNull(new MadcapFeatureList(Enumerable.Range(0, 32764).Select(i => (ushort)i)));
            Assert.Throws<MulticastRuleException>(() => new MadcapFeatureList(Enumerable.Range(0, 32765).Select(i => (ushort)i)));

            // In a message, the datagram is the limit: 8 + 4 + 6 + 2n + 4 <= 65507.
            var list = new MadcapFeatureList(Enumerable.Range(0, 32742).Select(i => (ushort)i));
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { FeatureList = list };
            Assert.Equal(32742, RoundTrip(message).FeatureList!.Supported.Count);
        }

        [Fact]
        public void OptionRequestList_NeedsOneCode()
        {
            var message = new MadcapMessage(MadcapMessageType.GetInfo, MadcapAddressFamily.IPv4, 0) { OptionRequestList = new ushort[0] };
            Assert.Equal("MadcapEmptyOptionRequestList", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.OptionRequestList = new ushort[] { 0, 0xFFFF };
            Assert.Equal(new ushort[] { 0, 0xFFFF }, RoundTrip(message).OptionRequestList);
        }

        [Fact]
        public void AddressesMustBeOfTheHeadersFamily()
        {
            var message = new MadcapMessage(MadcapMessageType.Discover, MadcapAddressFamily.IPv4, 0) { MulticastScope = IPAddress.Parse("ff15::") };
            Assert.Equal("MadcapAddressFamilyMismatch", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.MulticastScope = null;
            message.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("ff15::"), 1) };
            Assert.Equal("MadcapAddressFamilyMismatch", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.AddressRanges = null;
            message.AddressFamily = (MadcapAddressFamily)3;
            message.MulticastScope = IPAddress.Parse("239.0.0.0");
            Assert.Equal("MadcapAddressFamilyMismatch", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
        }

        [Fact]
        public void UnknownOptions_MayNotReuseKnownCodesOrRepeat()
        {
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0);
            message.UnknownOptions.Add(new MadcapRawOption(17, new byte[1]));
            Assert.Equal("MadcapUnknownOptionCode", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.UnknownOptions.Clear();
            message.UnknownOptions.Add(new MadcapRawOption(18, new byte[0]));
            message.UnknownOptions.Add(new MadcapRawOption(18, new byte[0]));
            Assert.Equal("MadcapDuplicateOption", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
            message.UnknownOptions.RemoveAt(1);
            Assert.Equal(18, RoundTrip(message).UnknownOptions.Single().Code);
        }

        [Fact]
        public void ScopeIdsOfAList_MustBeUnique()
        {
            var scope = new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), 16);
            var message = new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 0) { MulticastScopeList = new[] { scope, scope } };
            Assert.Equal("MadcapScopeListDuplicate", Assert.Throws<MulticastRuleException>(() => message.Encode()).ErrorId);
        }

        [Fact]
        public void ErrorExtraData_MustHaveItsCodesShape()
        {
            Assert.Equal("MadcapErrorExtraData", Assert.Throws<MulticastRuleException>(() => new MadcapErrorOption(0, new byte[1])).ErrorId);
            Assert.Equal("MadcapErrorExtraData", Assert.Throws<MulticastRuleException>(() => new MadcapErrorOption(3, new byte[2])).ErrorId);
            Assert.Equal("MadcapErrorExtraData", Assert.Throws<MulticastRuleException>(() => MadcapErrorOption.RequiredFeatureNotSupported(new ushort[0])).ErrorId);
            Assert.Equal(65533, new MadcapErrorOption(2048, new byte[65533]).ExtraDataLength);
            Assert.Equal("MadcapErrorExtraData", Assert.Throws<MulticastRuleException>(() => new MadcapErrorOption(2048, new byte[65534])).ErrorId);
        }

        [Fact]
        public void NestingState_PairsMustBeCellsOfTheMatrix()
        {
            Assert.Throws<MulticastRuleException>(() => MadcapNestingState.FromPairs(3, new[] { (1, 1) }));
            Assert.Throws<MulticastRuleException>(() => MadcapNestingState.FromPairs(3, new[] { (0, 3) }));
            Assert.Throws<MulticastRuleException>(() => MadcapNestingState.FromPairs(3, new[] { (-1, 0) }));
            Assert.Throws<MulticastRuleException>(() => MadcapNestingState.FromPairs(256, new (int, int)[0]));
            Assert.Equal(255 * 32, MadcapNestingState.FromPairs(255, new[] { (254, 0), (0, 254) }).GetMatrix().Length);
        }

        internal static MadcapMessage RoundTrip(MadcapMessage message)
        {
            byte[] encoded = message.Encode();
            Assert.True(MadcapMessage.TryDecode(encoded, out MadcapMessage? decoded, out MadcapDecodeError error), error.ToString());
            Assert.Equal(encoded, decoded!.Encode());
            return decoded;
        }

        private static MadcapMessage Everything(MadcapAddressFamily family, string first, string last, string leased)
        {
            var message = new MadcapMessage(MadcapMessageType.Ack, family, 0xDEADBEEF)
            {
                LeaseTime = 3600,
                ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("2001:db8::7")),
                LeaseIdentifier = MadcapLeaseIdentifier.CreateRandom(new Random(5)),
                MulticastScope = IPAddress.Parse(first),
                OptionRequestList = new ushort[] { 9, 17, 12 },
                StartTime = 1_800_000_000,
                NumberOfAddressesRequested = new MadcapAddressCount(1, 4),
                RequestedLanguage = "fr-CH",
                MulticastScopeList = new[]
                {
                    new MadcapScopeEntry(IPAddress.Parse(first), IPAddress.Parse(last), 32, new[] { new MadcapZoneName("fr", "Intérieur"), new MadcapZoneName("en", "Inside", isFallback: true) }),
                },
                AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse(leased), 4) },
                CurrentTime = 1_799_999_000,
                FeatureList = new MadcapFeatureList(new ushort[] { 0, 1, 2 }, new ushort[0], new ushort[] { 1 }),
                RetryTime = 1_800_000_500,
                MinimumLeaseTime = 600,
                MaximumStartTime = 1_800_003_600,
                Error = MadcapErrorOption.InvalidRequest(7),
                NestingState = MadcapNestingState.FromPairs(1, new (int, int)[0]),
            };
            message.UnknownOptions.Add(new MadcapRawOption(200, new byte[] { 1, 2, 3 }));
            return message;
        }

        private static void AssertSame(MadcapMessage expected, MadcapMessage actual)
        {
            Assert.Equal(expected.Type, actual.Type);
            Assert.Equal(expected.AddressFamily, actual.AddressFamily);
            Assert.Equal(expected.TransactionId, actual.TransactionId);
            Assert.Equal(expected.LeaseTime, actual.LeaseTime);
            Assert.Equal(expected.ServerIdentifier, actual.ServerIdentifier);
            Assert.Equal(expected.LeaseIdentifier, actual.LeaseIdentifier);
            Assert.Equal(expected.MulticastScope, actual.MulticastScope);
            Assert.Equal(expected.OptionRequestList, actual.OptionRequestList);
            Assert.Equal(expected.StartTime, actual.StartTime);
            Assert.Equal(expected.NumberOfAddressesRequested, actual.NumberOfAddressesRequested);
            Assert.Equal(expected.RequestedLanguage, actual.RequestedLanguage);
            Assert.Equal(expected.MulticastScopeList!.Count, actual.MulticastScopeList!.Count);
            Assert.Equal(expected.MulticastScopeList[0].ScopeId, actual.MulticastScopeList[0].ScopeId);
            Assert.Equal(expected.MulticastScopeList[0].LastAddress, actual.MulticastScopeList[0].LastAddress);
            Assert.Equal(expected.MulticastScopeList[0].Ttl, actual.MulticastScopeList[0].Ttl);
            Assert.Equal(expected.MulticastScopeList[0].Names, actual.MulticastScopeList[0].Names);
            Assert.Equal(expected.AddressRanges, actual.AddressRanges);
            Assert.Equal(expected.CurrentTime, actual.CurrentTime);
            Assert.Equal(expected.FeatureList!.Supported, actual.FeatureList!.Supported);
            Assert.Equal(expected.FeatureList.Requested, actual.FeatureList.Requested);
            Assert.Equal(expected.FeatureList.Required, actual.FeatureList.Required);
            Assert.Equal(expected.RetryTime, actual.RetryTime);
            Assert.Equal(expected.MinimumLeaseTime, actual.MinimumLeaseTime);
            Assert.Equal(expected.MaximumStartTime, actual.MaximumStartTime);
            Assert.Equal(expected.Error!.Code, actual.Error!.Code);
            Assert.Equal(expected.Error.GetExtraData(), actual.Error.GetExtraData());
            Assert.Equal(expected.NestingState!.Count, actual.NestingState!.Count);
            Assert.Equal(expected.UnknownOptions.Single().GetValue(), actual.UnknownOptions.Single().GetValue());
        }
    }
}
