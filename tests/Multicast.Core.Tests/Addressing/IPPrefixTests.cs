namespace Multicast.Tests.Addressing
{
    public class IPPrefixTests
    {
        [Theory]
        [InlineData("239.255.0.0/16", "239.255.0.0", "239.255.255.255")]
        [InlineData("239.192.0.0/14", "239.192.0.0", "239.195.255.255")]
        [InlineData("233.22.30.0/24", "233.22.30.0", "233.22.30.255")]
        [InlineData("224.0.0.0/4", "224.0.0.0", "239.255.255.255")]
        [InlineData("224.0.0.1/32", "224.0.0.1", "224.0.0.1")]
        [InlineData("0.0.0.0/0", "0.0.0.0", "255.255.255.255")]
        [InlineData("ff7e:740:2001:db8:beef:feed::/96", "ff7e:740:2001:db8:beef:feed::", "ff7e:740:2001:db8:beef:feed:ffff:ffff")]
        [InlineData("ff00::/8", "ff00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8::1/128", "2001:db8::1", "2001:db8::1")]
        [InlineData("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        public void ParsesAndSpans(string text, string first, string last)
        {
            IPPrefix prefix = IPPrefix.Parse(text);
            Assert.Equal(text, prefix.ToString());
            Assert.Equal(first, prefix.FirstAddress.ToString());
            Assert.Equal(last, prefix.LastAddress.ToString());
            Assert.True(prefix.Contains(prefix.FirstAddress));
            Assert.True(prefix.Contains(prefix.LastAddress));
        }

        [Fact]
        public void ContainsStopsAtBothEnds()
        {
            IPPrefix scope = IPPrefix.Parse("239.192.0.0/14");
            Assert.False(scope.Contains(AddressParser.Parse("239.191.255.255")));
            Assert.True(scope.Contains(AddressParser.Parse("239.192.0.0")));
            Assert.True(scope.Contains(AddressParser.Parse("239.195.255.255")));
            Assert.False(scope.Contains(AddressParser.Parse("239.196.0.0")));
            Assert.False(scope.Contains(AddressParser.Parse("ff05::1")));
        }

        [Fact]
        public void HostBitsNameTheRightPrefix()
        {
            var error = Assert.Throws<AddressFormatException>(() => IPPrefix.Parse("239.255.1.0/16"));
            Assert.Equal("PrefixHostBitsSet", error.ErrorId);
            Assert.Equal("239.255.0.0/16", error.Suggestion);
        }

        [Theory]
        [InlineData("239.255.0.0", "PrefixLengthMissing")]
        [InlineData("239.255.0.0/33", "PrefixLengthInvalid")]
        [InlineData("239.255.0.0/", "PrefixLengthInvalid")]
        [InlineData("239.255.0.0/016", "PrefixLengthInvalid")]
        [InlineData("239.255.0.0/x", "PrefixLengthInvalid")]
        [InlineData("ff00::/129", "PrefixLengthInvalid")]
        [InlineData("239.255/16", "AddressShortForm")]
        public void RefusesMalformedPrefixes(string text, string errorId)
        {
            var error = Assert.Throws<AddressFormatException>(() => IPPrefix.Parse(text));
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public void CountsAddresses()
        {
            Assert.Equal(256, IPPrefix.Parse("233.22.30.0/24").AddressCount);
            Assert.Equal(4294967296d, IPPrefix.Parse("ff7e:740:2001:db8:beef:feed::/96").AddressCount);
        }
    }
}
