namespace Multicast.Tests.Classification
{
    public class Ipv4ScopeNamesTests
    {
        [Theory]
        [InlineData("223.255.255.255", null)]
        [InlineData("224.0.0.0", Ipv4ScopeNames.LinkLocal)]
        [InlineData("224.0.0.255", Ipv4ScopeNames.LinkLocal)]
        [InlineData("224.0.1.0", Ipv4ScopeNames.Global)]
        [InlineData("238.255.255.255", Ipv4ScopeNames.Global)]
        [InlineData("239.0.0.0", Ipv4ScopeNames.OrganizationLocalExpansion)]
        [InlineData("239.191.255.255", Ipv4ScopeNames.OrganizationLocalExpansion)]
        [InlineData("239.192.0.0", Ipv4ScopeNames.OrganizationLocal)]
        [InlineData("239.195.255.255", Ipv4ScopeNames.OrganizationLocal)]
        [InlineData("239.196.0.0", Ipv4ScopeNames.AdminScoped)]
        [InlineData("239.252.255.255", Ipv4ScopeNames.AdminScoped)]
        [InlineData("239.253.0.0", Ipv4ScopeNames.LocalExpansion)]
        [InlineData("239.254.255.255", Ipv4ScopeNames.LocalExpansion)]
        [InlineData("239.255.0.0", Ipv4ScopeNames.Local)]
        [InlineData("239.255.255.255", Ipv4ScopeNames.Local)]
        [InlineData("240.0.0.0", null)]
        [InlineData("ff05::1", null)]
        public void NamesEveryRfc2365Range(string address, string? expected) =>
            Assert.Equal(expected, Ipv4ScopeNames.Get(AddressParser.Parse(address)));
    }
}
