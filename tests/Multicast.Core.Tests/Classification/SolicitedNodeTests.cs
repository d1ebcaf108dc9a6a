namespace Multicast.Tests.Classification
{
    public class SolicitedNodeTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        [Theory]
        // RFC 4291 §2.7.1: FF02:0:0:0:0:1:FF00:0000 to FF02:0:0:0:0:1:FFFF:FFFF, and one past each end.
        [InlineData("ff02::1:feff:ffff", null)]
        [InlineData("ff02::1:ff00:0", 0x000000u)]
        [InlineData("ff02::1:ff0e:8c6c", 0x0E8C6Cu)]
        [InlineData("ff02::1:ffff:ffff", 0xFFFFFFu)]
        [InlineData("ff02::2:0:0", null)]
        [InlineData("ff05::1:ff00:1", null)]
        [InlineData("ff12::1:ff00:1", null)]
        [InlineData("ff02:0:0:0:1:1:ff00:1", null)]
        public void RecognisesOnlyTheSlash104(string address, uint? suffix) =>
            Assert.Equal(suffix, SolicitedNode.GetServedSuffix(A(address)));

        [Fact]
        public void ComputesTheRfcExample()
        {
            // RFC 4291 §2.7.1: 4037::01:800:200E:8C6C maps to FF02::1:FF0E:8C6C.
            Assert.Equal("ff02::1:ff0e:8c6c", SolicitedNode.For(A("4037::01:800:200E:8C6C")).ToString());
        }

        [Theory]
        [InlineData("ff02::1")]
        [InlineData("192.0.2.1")]
        public void RefusesNonUnicast(string address)
        {
            var error = Assert.Throws<MulticastRuleException>(() => SolicitedNode.For(A(address)));
            Assert.Equal("SolicitedNodeNeedsIPv6Unicast", error.ErrorId);
        }
    }
}
