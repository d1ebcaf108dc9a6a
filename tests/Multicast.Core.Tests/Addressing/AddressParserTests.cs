using System.Net;

namespace Multicast.Tests.Addressing
{
    public class AddressParserTests
    {
        [Theory]
        [InlineData("224.0.0.0", 0xE0000000u)]
        [InlineData("224.0.0.251", 0xE00000FBu)]
        [InlineData("255.255.255.255", 0xFFFFFFFFu)]
        [InlineData("0.0.0.0", 0u)]
        [InlineData("  239.255.255.250 ", 0xEFFFFFFAu)]
        public void ReadsDottedQuads(string text, uint expected)
        {
            Assert.True(AddressParser.TryParse(text, out IPAddressValue value));
            Assert.True(value.IsIPv4);
            Assert.Equal(expected, value.IPv4);
        }

        [Theory]
        [InlineData("224.1")]
        [InlineData("3758096385")]
        [InlineData("0340.0.0.1")]
        [InlineData("224.0.0.010")]
        [InlineData("224.0.0.256")]
        [InlineData("224.0.0.")]
        [InlineData(".224.0.0.1")]
        [InlineData("224..0.1")]
        [InlineData("224.0.0.1.5")]
        [InlineData("0xE0.0.0.1")]
        [InlineData("224.0.0.1a")]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("2240.0.0.1")]
        public void RefusesWhatDotNetWouldGuess(string text)
        {
            Assert.False(AddressParser.TryParse(text, out _));
            Assert.Throws<AddressFormatException>(() => AddressParser.Parse(text));
        }

        [Theory]
        [InlineData("224.1", "AddressShortForm", "224.0.0.1")]
        [InlineData("3758096385", "AddressIsInteger", "224.0.0.1")]
        [InlineData("0340.0.0.1", "AddressLeadingZero", "224.0.0.1")]
        [InlineData("224.0.0.010", "AddressLeadingZero", "224.0.0.10")]
        [InlineData("0xE0.0.0.1", "AddressHexPart", "224.0.0.1")]
        public void SaysWhatWasProbablyMeant(string text, string errorId, string meant)
        {
            var error = Assert.Throws<AddressFormatException>(() => AddressParser.Parse(text));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(meant, error.Suggestion);
            Assert.Contains(text, error.Message);
            Assert.Contains(meant, error.Message);
            Assert.Equal(text, error.Input);
        }

        [Fact]
        public void NamesBothReadingsOfAnOctalLookingPart()
        {
            // .NET reads 224.0.0.010 as 224.0.0.8; the user more likely meant ten.
            var error = Assert.Throws<AddressFormatException>(() => AddressParser.Parse("224.0.0.010"));
            Assert.Contains("224.0.0.8", error.Message);
            Assert.Contains("224.0.0.10", error.Message);
        }

        [Fact]
        public void OctetAboveRangeIsExplained()
        {
            var error = Assert.Throws<AddressFormatException>(() => AddressParser.Parse("224.0.0.256"));
            Assert.Equal("AddressOctetOutOfRange", error.ErrorId);
            Assert.Contains("0-255", error.Message);
        }

        [Theory]
        [InlineData("::", "::")]
        [InlineData("::1", "::1")]
        [InlineData("ff02::fb", "ff02::fb")]
        [InlineData("FF02:0:0:0:0:0:0:FB", "ff02::fb")]
        [InlineData("ff02::1:ff00:1234", "ff02::1:ff00:1234")]
        [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
        [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
        [InlineData("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1")]
        [InlineData("ff7e:740:2001:db8:beef:feed::", "ff7e:740:2001:db8:beef:feed::")]
        [InlineData("1::", "1::")]
        [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]
        [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
        [InlineData("fe80::1%eth0", "fe80::1")]
        [InlineData("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")]
        [InlineData("1:0:0:2:0:0:0:3", "1:0:0:2::3")]
        public void ReadsAndWritesIPv6Canonically(string text, string canonical)
        {
            IPAddressValue value = AddressParser.Parse(text);
            Assert.True(value.IsIPv6);
            Assert.Equal(canonical, value.ToString());
            Assert.Equal(IPAddress.Parse(text.Split('%')[0]), value.ToIPAddress());
        }

        [Theory]
        [InlineData(":::")]
        [InlineData("1::2::3")]
        [InlineData("12345::1")]
        [InlineData("1:2:3:4:5:6:7")]
        [InlineData("1:2:3:4:5:6:7:8:9")]
        [InlineData("1::2:3:4:5:6:7:8")]
        [InlineData("1:")]
        [InlineData(":1")]
        [InlineData("ff02::g")]
        [InlineData("fe80::1%")]
        [InlineData("::1.2.3")]
        [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
        public void RefusesMalformedIPv6(string text)
        {
            Assert.False(AddressParser.TryParse(text, out _));
            var error = Assert.Throws<AddressFormatException>(() => AddressParser.Parse(text));
            Assert.Equal("AddressInvalidIPv6", error.ErrorId);
        }

        [Fact]
        public void RoundTripsThroughIPAddress()
        {
            foreach (string text in new[] { "224.0.0.1", "ff05::101", "ff3e:40:2001:db8:dead:beef:0:1", "::ffff:224.0.0.1" })
            {
                IPAddressValue value = AddressParser.Parse(text);
                Assert.Equal(value, IPAddressValue.FromIPAddress(value.ToIPAddress()));
            }
        }
    }
}
