namespace Multicast.Tests.Scopes
{
    public class MulticastScopeInfoTests
    {
        [Theory]
        [InlineData("SiteLocal", MulticastScope.SiteLocal)]
        [InlineData("site-local", MulticastScope.SiteLocal)]
        [InlineData("Site-Local scope", MulticastScope.SiteLocal)]
        [InlineData("site", MulticastScope.SiteLocal)]
        [InlineData("5", MulticastScope.SiteLocal)]
        [InlineData("0x5", MulticastScope.SiteLocal)]
        [InlineData("E", MulticastScope.Global)]
        [InlineData("0xe", MulticastScope.Global)]
        [InlineData("14", MulticastScope.Global)]
        [InlineData("global", MulticastScope.Global)]
        [InlineData("org", MulticastScope.OrganizationLocal)]
        [InlineData("Organization-Local scope", MulticastScope.OrganizationLocal)]
        [InlineData("realm", MulticastScope.RealmLocal)]
        [InlineData("node-local", MulticastScope.InterfaceLocal)]
        [InlineData("0", MulticastScope.Reserved0)]
        [InlineData("15", MulticastScope.ReservedF)]
        [InlineData("F", MulticastScope.ReservedF)]
        [InlineData("Unassigned6", MulticastScope.Unassigned6)]
        public void ReadsNamesAndNumbers(string text, MulticastScope expected) =>
            Assert.Equal(expected, MulticastScopeInfo.Parse(text));

        [Theory]
        [InlineData("16")]
        [InlineData("0x10")]
        [InlineData("G")]
        [InlineData("planet")]
        [InlineData("")]
        [InlineData("-1")]
        public void RefusesOthers(string text)
        {
            var error = Assert.Throws<AddressFormatException>(() => MulticastScopeInfo.Parse(text));
            Assert.Equal("ScopeInvalid", error.ErrorId);
        }

        [Fact]
        public void EveryScopValueHasADistinctNameAndTheIanaName()
        {
            // RFC 7346 §2 / IANA IPv6 Multicast Address Scopes.
            string[] iana =
            {
                "Reserved", "Interface-Local scope", "Link-Local scope", "Realm-Local scope", "Admin-Local scope",
                "Site-Local scope", "Unassigned", "Unassigned", "Organization-Local scope", "Unassigned", "Unassigned",
                "Unassigned", "Unassigned", "Unassigned", "Global scope", "Reserved",
            };
            for (int scop = 0; scop <= 15; scop++)
            {
                var scope = (MulticastScope)scop;
                Assert.True(System.Enum.IsDefined(typeof(MulticastScope), scope));
                Assert.Equal(iana[scop], MulticastScopeInfo.GetIanaName(scope));
                Assert.Equal(scope, MulticastScopeInfo.Parse(scope.ToString()));
                Assert.Equal(scope, MulticastScopeInfo.Parse(scop.ToString()));
                Assert.Equal(scop == 0 || scop == 15, MulticastScopeInfo.IsReserved(scope));
                Assert.Equal(iana[scop] == "Unassigned", MulticastScopeInfo.IsUnassigned(scope));
            }
        }
    }
}
