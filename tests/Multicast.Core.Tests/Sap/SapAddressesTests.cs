using Multicast.Sap;

namespace Multicast.Tests.Sap
{
    public class SapAddressesTests
    {
        [Fact]
        public void TheWellKnownValues()
        {
            // RFC 2974 §3.
            Assert.Equal(9875, SapAddresses.Port);
            Assert.Equal(255, SapAddresses.RecommendedHops);
            Assert.Equal("224.2.127.254", SapAddresses.GlobalIPv4.ToString());
            Assert.Equal("224.2.127.255", SapAddresses.ObsoleteIPv4.ToString());
            Assert.Equal("224.2.128.0/17", SapAddresses.GlobalSessionRange.ToString());
        }

        [Theory]
        [InlineData("239.16.32.0/23", "239.16.33.255")] // RFC 2974 §3's example
        [InlineData("239.255.0.0/16", "239.255.255.255")] // RFC 2365 §9: relative "0" in the Local Scope
        [InlineData("239.192.0.0/14", "239.195.255.255")]
        [InlineData("239.0.0.0/8", "239.255.255.255")]
        [InlineData("239.1.2.0/24", "239.1.2.255")]
        public void AnAdministrativeScopeAnnouncesOnItsHighestAddress(string scope, string sap) =>
            Assert.Equal(sap, SapAddresses.ForIPv4Scope(IPPrefix.Parse(scope)).ToString());

        [Theory]
        [InlineData("239.1.2.0/25")]
        [InlineData("224.0.0.0/8")]
        public void APrefixThatIsNotAnAdministrativeScope(string scope) =>
            Assert.Throws<MulticastRuleException>(() => SapAddresses.ForIPv4Scope(IPPrefix.Parse(scope)));

        [Theory]
        [InlineData(MulticastScope.InterfaceLocal, "ff01::2:7ffe")]
        [InlineData(MulticastScope.LinkLocal, "ff02::2:7ffe")]
        [InlineData(MulticastScope.SiteLocal, "ff05::2:7ffe")]
        [InlineData(MulticastScope.OrganizationLocal, "ff08::2:7ffe")]
        [InlineData(MulticastScope.Global, "ff0e::2:7ffe")]
        public void IPv6ScopesAnnounceOnFf0xColon2Colon7ffe(MulticastScope scope, string sap) =>
            Assert.Equal(sap, SapAddresses.ForIPv6Scope(scope).ToString());

        [Theory]
        [InlineData(MulticastScope.Reserved0)]
        [InlineData(MulticastScope.ReservedF)]
        public void ReservedIPv6ScopesHaveNoSapGroup(MulticastScope scope) =>
            Assert.Equal("SapScopeReserved", Assert.Throws<MulticastRuleException>(() => SapAddresses.ForIPv6Scope(scope)).ErrorId);

        [Theory]
        [InlineData("ff02::1234:5678", "ff02::2:7ffe")] // RFC 2974 §3's example
        [InlineData("ff3e:40:2001:db8::8000:1", "ff0e::2:7ffe")]
        [InlineData("ff15::101", "ff05::2:7ffe")]
        [InlineData("224.2.128.0", "224.2.127.254")]
        [InlineData("224.2.255.255", "224.2.127.254")]
        [InlineData("233.252.0.1", "224.2.127.254")]
        [InlineData("224.0.1.0", "224.2.127.254")]
        [InlineData("239.255.0.1", "239.255.255.255")]
        [InlineData("239.192.0.1", "239.195.255.255")]
        [InlineData("239.195.255.254", "239.195.255.255")]
        public void TheSapGroupOfASessionGroup(string group, string sap) =>
            Assert.Equal(sap, SapAddresses.ForGroup(AddressParser.Parse(group)).ToString());

        [Fact]
        public void AnotherAdministrativeScopeNeedsItsPrefix()
        {
            IPAddressValue group = AddressParser.Parse("239.16.32.7");
            Assert.Equal("SapScopeRequired", Assert.Throws<MulticastRuleException>(() => SapAddresses.ForGroup(group)).ErrorId);
            Assert.Equal("239.16.33.255", SapAddresses.ForGroup(group, IPPrefix.Parse("239.16.32.0/23")).ToString());
            Assert.Equal("SapGroupNotInScope", Assert.Throws<MulticastRuleException>(() => SapAddresses.ForGroup(group, IPPrefix.Parse("239.17.0.0/16"))).ErrorId);
        }

        [Theory]
        [InlineData("224.0.0.255", "SapNoLinkLocalIPv4Group")]
        [InlineData("192.0.2.1", "SapGroupNotMulticast")]
        [InlineData("2001:db8::1", "SapGroupNotMulticast")]
        [InlineData("ff00::1", "SapScopeReserved")]
        [InlineData("ff0f::1", "SapScopeReserved")]
        public void GroupsWithoutASapGroup(string group, string errorId) =>
            Assert.Equal(errorId, Assert.Throws<MulticastRuleException>(() => SapAddresses.ForGroup(AddressParser.Parse(group))).ErrorId);

        [Fact]
        public void TheEndPointUsesPort9875()
        {
            System.Net.IPEndPoint endPoint = SapAddresses.EndPoint(SapAddresses.GlobalIPv4);
            Assert.Equal("224.2.127.254:9875", endPoint.ToString());
        }

        [Theory]
        [InlineData(MulticastScope.LinkLocal, "ff02::2:7ffe")]
        [InlineData(MulticastScope.RealmLocal, "239.255.255.255 ff03::2:7ffe")]
        [InlineData(MulticastScope.SiteLocal, "ff05::2:7ffe")]
        [InlineData(MulticastScope.OrganizationLocal, "239.195.255.255 ff08::2:7ffe")]
        [InlineData(MulticastScope.Global, "224.2.127.254 ff0e::2:7ffe")]
        public void TheGroupsAListenerJoinsForAScope(MulticastScope scope, string groups) =>
            Assert.Equal(groups, string.Join(" ", SapAddresses.ForScope(scope)));
    }
}
