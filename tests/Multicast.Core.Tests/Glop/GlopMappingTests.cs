using System;

namespace Multicast.Tests.Glop
{
    public class GlopMappingTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        [Fact]
        public void Rfc3180Section3_1Example()
        {
            // RFC 3180 §3.1: AS 5662 is 0001011000011110 in binary: octets 22 and 30, so 233.22.30/24.
            Assert.Equal(0b0001011000011110u, 5662u);
            GlopRange range = GlopMapping.FromAsNumber(5662);
            Assert.Equal(5662u, range.AsNumber);
            Assert.Equal(IPPrefix.Parse("233.22.30.0/24"), range.PrefixValue);
            Assert.Equal("233.22.30.0/24", range.Prefix);
            Assert.Equal("233.22.30.0/24", range.ToString());
            Assert.Equal(IPAddressValue.Parse("233.22.30.0"), range.FirstAddressValue);
            Assert.Equal("233.22.30.0", range.FirstAddress);
            Assert.Equal(IPAddressValue.Parse("233.22.30.255"), range.LastAddressValue);
            Assert.Equal("233.22.30.255", range.LastAddress);
            Assert.Equal(256, range.AddressCount);
            Assert.False(range.IsDocumentation);
            Assert.Null(range.Note);
        }

        [Theory]
        // Both ends of the 16-bit space GLOP still maps, and the octet boundary.
        [InlineData(1u, "233.0.1.0/24")]
        [InlineData(255u, "233.0.255.0/24")]
        [InlineData(256u, "233.1.0.0/24")]
        [InlineData(5662u, "233.22.30.0/24")]
        [InlineData(64495u, "233.251.239.0/24")]
        [InlineData(64511u, "233.251.255.0/24")]
        public void MapsTheAsNumberIntoTheMiddleOctets(uint asNumber, string prefix)
        {
            GlopRange range = GlopMapping.FromAsNumber(asNumber);
            Assert.Equal(prefix, range.Prefix);
            Assert.Equal(24, range.PrefixValue.Length);
        }

        [Theory]
        // RFC 6676 §2.2: the RFC 5398 documentation AS numbers 64496-64511 give 233.251.240.0/24 to 233.251.255.0/24.
        [InlineData(64495u, false)]
        [InlineData(64496u, true)]
        [InlineData(64500u, true)]
        [InlineData(64511u, true)]
        [InlineData(64512u, false)]
        public void KnowsTheDocumentationAsNumbers(uint asNumber, bool expected) =>
            Assert.Equal(expected, GlopMapping.IsDocumentationAsNumber(asNumber));

        [Fact]
        public void Rfc6676Section2_2DocumentationPrefixes()
        {
            GlopRange first = GlopMapping.FromAsNumber(64496);
            GlopRange last = GlopMapping.FromAsNumber(64511);
            Assert.Equal("233.251.240.0/24", first.ToString());
            Assert.Equal("233.251.255.0/24", last.ToString());
            Assert.True(first.IsDocumentation);
            Assert.True(last.IsDocumentation);
            Assert.Contains("RFC 6676", last.Note);
            Assert.False(GlopMapping.FromAsNumber(64495).IsDocumentation);
        }

        [Fact]
        public void NotesAsTrans()
        {
            GlopRange range = GlopMapping.FromAsNumber(23456);
            Assert.Equal("233.91.160.0/24", range.ToString());
            Assert.False(range.IsDocumentation);
            Assert.Contains("AS_TRANS", range.Note);
        }

        [Theory]
        [InlineData(0u, "GlopAsNumberZero", "RFC 6676")]
        [InlineData(64512u, "GlopAsNumberAdHocBlock3", "MCAST-TEST-NET")]
        [InlineData(64513u, "GlopAsNumberAdHocBlock3", "AD-HOC Block III")]
        [InlineData(65534u, "GlopAsNumberAdHocBlock3", "RFC 5771 §9.2")]
        [InlineData(65535u, "GlopAsNumberAdHocBlock3", "233.255.255.0/24")]
        [InlineData(65536u, "GlopAsNumberFourByte", "1.0 in asdot")]
        [InlineData(65546u, "GlopAsNumberFourByte", "1.10 in asdot")]
        [InlineData(4294967295u, "GlopAsNumberFourByte", "RFC 3180 §5")]
        public void RefusesAsNumbersWithoutGlopSpace(uint asNumber, string errorId, string mention)
        {
            var error = Assert.Throws<MulticastRuleException>(() => GlopMapping.FromAsNumber(asNumber));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Equal(asNumber, error.Input);
            Assert.Contains(mention, error.Message);
        }

        [Fact]
        public void FourByteRefusalNamesTheAlternatives()
        {
            var error = Assert.Throws<MulticastRuleException>(() => GlopMapping.FromAsNumber(65536));
            Assert.Contains("RFC 6034", error.Message);
            Assert.Contains("AD-HOC Block III", error.Message);
            Assert.Contains("233.252.0.0/14", error.Message);
        }

        [Theory]
        [InlineData(65535u, false)]
        [InlineData(65536u, true)]
        [InlineData(65551u, true)]
        [InlineData(65552u, false)]
        public void FourByteDocumentationNumbersPointToTheTwoByteOnes(uint asNumber, bool documentation)
        {
            var error = Assert.Throws<MulticastRuleException>(() => GlopMapping.FromAsNumber(asNumber));
            Assert.Equal(documentation, error.Message.Contains("4-byte documentation numbers"));
        }

        [Fact]
        public void McastTestNetIsMentionedOnlyWhereItApplies()
        {
            var other = Assert.Throws<MulticastRuleException>(() => GlopMapping.FromAsNumber(64513));
            Assert.DoesNotContain("MCAST-TEST-NET", other.Message);
        }

        [Theory]
        [InlineData("233.0.1.0", 1u, "233.0.1.0/24")]
        [InlineData("233.0.1.255", 1u, "233.0.1.0/24")]
        [InlineData("233.22.30.7", 5662u, "233.22.30.0/24")]
        [InlineData("233.91.160.1", 23456u, "233.91.160.0/24")]
        [InlineData("233.251.240.0", 64496u, "233.251.240.0/24")]
        [InlineData("233.251.255.255", 64511u, "233.251.255.0/24")]
        public void FindsTheOwnerOfAnAddress(string address, uint asNumber, string prefix)
        {
            GlopRange range = GlopMapping.FromAddress(A(address));
            Assert.Equal(asNumber, range.AsNumber);
            Assert.Equal(prefix, range.ToString());
            Assert.Equal(GlopMapping.IsDocumentationAsNumber(asNumber), range.IsDocumentation);
        }

        [Theory]
        [InlineData("233.0.0.0", "GlopAddressAsNumberZero", "AS 0")]
        [InlineData("233.0.0.255", "GlopAddressAsNumberZero", "233.0.0.0/24")]
        [InlineData("233.252.0.0", "GlopAddressAdHocBlock3", "MCAST-TEST-NET")]
        [InlineData("233.252.0.255", "GlopAddressAdHocBlock3", "MCAST-TEST-NET")]
        [InlineData("233.252.1.0", "GlopAddressAdHocBlock3", "AD-HOC Block III")]
        [InlineData("233.255.255.255", "GlopAddressAdHocBlock3", "RFC 5771 §9.2")]
        [InlineData("232.255.255.255", "GlopAddressOutsideBlock", "233.0.0.0/8")]
        [InlineData("234.0.0.0", "GlopAddressOutsideBlock", "233.0.0.0/8")]
        [InlineData("224.0.0.1", "GlopAddressOutsideBlock", "GLOP Block")]
        [InlineData("10.0.0.1", "GlopAddressOutsideBlock", "GLOP Block")]
        [InlineData("ff0e::1", "GlopAddressNotIPv4", "IPv6")]
        [InlineData("::ffff:233.22.30.7", "GlopAddressNotIPv4", "write 233.22.30.7")]
        public void RefusesAddressesWithoutAGlopOwner(string address, string errorId, string mention)
        {
            var error = Assert.Throws<MulticastRuleException>(() => GlopMapping.FromAddress(A(address)));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Equal(A(address).ToString(), error.Input);
            Assert.Contains(mention, error.Message);
        }

        [Fact]
        public void OnlyMcastTestNetAddressesMentionIt()
        {
            var error = Assert.Throws<MulticastRuleException>(() => GlopMapping.FromAddress(A("233.252.1.0")));
            Assert.DoesNotContain("MCAST-TEST-NET", error.Message);
        }

        [Fact]
        public void EveryMappedAsNumberRoundTrips()
        {
            for (uint asNumber = 1; asNumber < 64512; asNumber++)
            {
                GlopRange range = GlopMapping.FromAsNumber(asNumber);
                Assert.Equal(asNumber, GlopMapping.FromAddress(range.FirstAddressValue).AsNumber);
                Assert.Equal(asNumber, GlopMapping.FromAddress(range.LastAddressValue).AsNumber);
            }
        }

        [Theory]
        [InlineData("232.255.255.255", false, 0u)]
        [InlineData("233.0.0.0", true, 0u)]
        [InlineData("233.0.1.0", true, 1u)]
        [InlineData("233.22.30.7", true, 5662u)]
        [InlineData("233.251.255.255", true, 64511u)]
        [InlineData("233.252.0.0", false, 0u)]
        [InlineData("233.255.255.255", false, 0u)]
        [InlineData("234.0.0.0", false, 0u)]
        [InlineData("ff0e::e916:1e07", false, 0u)]
        public void TryGetAsNumberReadsTheGlopBlockOfRfc5771(string address, bool expected, uint asNumber)
        {
            Assert.Equal(expected, GlopMapping.TryGetAsNumber(A(address), out uint value));
            Assert.Equal(asNumber, value);
        }

        [Fact]
        public void TryGetAsNumberAllocatesNothing()
        {
            IPAddressValue address = A("233.22.30.7");
            GlopMapping.TryGetAsNumber(address, out _);
            long before = GC.GetAllocatedBytesForCurrentThread();
            uint sum = 0;
            for (int i = 0; i < 1000; i++)
            {
                GlopMapping.TryGetAsNumber(address, out uint asNumber);
                sum += asNumber;
            }

            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
            Assert.Equal(5662u * 1000, sum);
        }
    }
}
