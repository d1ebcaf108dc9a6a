namespace Multicast.Tests.Mac
{
    public class MulticastMacLeaseExamplesTests
    {
        [Theory]
        // RFC 1112 §6.4: the low 23 bits into 01-00-5E-00-00-00.
        [InlineData("224.0.0.1", "01-00-5E-00-00-01")]
        [InlineData("224.0.0.251", "01-00-5E-00-00-FB")]
        [InlineData("239.255.255.250", "01-00-5E-7F-FF-FA")]
        [InlineData("224.128.0.1", "01-00-5E-00-00-01")]
        [InlineData("239.192.10.20", "01-00-5E-40-0A-14")]
        // RFC 3307 §4.3: FF02::9 maps to 33-33-00-00-00-09 and FF32::8000:9 to 33-33-80-00-00-09 (RFC 2464 §7).
        [InlineData("ff02::9", "33-33-00-00-00-09")]
        [InlineData("ff32::8000:9", "33-33-80-00-00-09")]
        [InlineData("ff3e::ffff:ffff", "33-33-FF-FF-FF-FF")]
        public void MapsGroupsToEthernet(string group, string mac) =>
            Assert.Equal(mac, MulticastMac.Format(MulticastMac.GetMac(AddressParser.Parse(group))));

        [Theory]
        [InlineData("224.0.0.0", true)]
        [InlineData("224.0.1.255", true)]
        [InlineData("224.0.2.0", false)]
        [InlineData("239.0.0.1", true)]
        [InlineData("239.128.1.7", true)]
        [InlineData("239.127.255.255", false)]
        [InlineData("239.128.2.0", false)]
        // RFC 4607 §9: 232.0.0.0/24 and 232.128.0.0/24 share the MACs of 224.0.0.0/24.
        [InlineData("232.0.0.5", true)]
        [InlineData("232.128.0.5", true)]
        [InlineData("233.128.1.1", true)]
        [InlineData("233.22.30.1", false)]
        public void KnowsTheGroupsThatShareAFloodedMac(string group, bool aliases)
        {
            IPAddressValue address = AddressParser.Parse(group);
            Assert.Equal(aliases, MulticastMac.SharesControlBlockMac(address));
            string mac = MulticastMac.Format(MulticastMac.GetMac(address));
            Assert.Equal(aliases, mac.StartsWith("01-00-5E-00-00-") || mac.StartsWith("01-00-5E-00-01-"));
        }
    }
}
