namespace Multicast.Tests.Registry
{
    public class RangeFormatterTests
    {
        [Theory]
        [InlineData("224.0.0.251", "224.0.0.251", "224.0.0.251")]
        [InlineData("224.4.0.0", "224.4.0.255", "224.4.0.0/24")]
        [InlineData("224.0.0.0", "239.255.255.255", "224.0.0.0/4")]
        [InlineData("224.0.2.0", "224.0.255.255", "224.0.2.0-224.0.255.255")]
        [InlineData("224.1.0.1", "224.1.0.2", "224.1.0.1-224.1.0.2")]
        [InlineData("224.1.0.0", "224.1.0.1", "224.1.0.0/31")]
        [InlineData("0.0.0.0", "255.255.255.255", "0.0.0.0/0")]
        [InlineData("ff02::1:ff00:0", "ff02::1:ffff:ffff", "ff02::1:ff00:0/104")]
        [InlineData("ff05::140", "ff05::14f", "ff05::140/124")]
        [InlineData("ff05::2:0", "ff05::2:7ffd", "ff05::2:0-ff05::2:7ffd")]
        public void FormatsAddressPrefixOrRange(string first, string last, string expected) =>
            Assert.Equal(expected, RangeFormatter.Format(AddressParser.Parse(first), AddressParser.Parse(last)));
    }
}
