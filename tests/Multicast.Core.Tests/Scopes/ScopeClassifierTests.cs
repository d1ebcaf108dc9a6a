using System;
using System.Linq;

namespace Multicast.Tests.Scopes
{
    public class ScopeClassifierTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        [Theory]
        // RFC 2365 §8, both ends of each mapped range and one past each end.
        [InlineData("223.255.255.255", null)]
        [InlineData("224.0.0.0", MulticastScope.LinkLocal)]
        [InlineData("224.0.0.255", MulticastScope.LinkLocal)]
        [InlineData("224.0.1.0", MulticastScope.Global)]
        [InlineData("238.255.255.255", MulticastScope.Global)]
        [InlineData("239.0.0.0", null)]
        [InlineData("239.191.255.255", null)]
        [InlineData("239.192.0.0", MulticastScope.OrganizationLocal)]
        [InlineData("239.195.255.255", MulticastScope.OrganizationLocal)]
        [InlineData("239.196.0.0", null)]
        [InlineData("239.254.255.255", null)]
        [InlineData("239.255.0.0", MulticastScope.RealmLocal)]
        [InlineData("239.255.255.255", MulticastScope.RealmLocal)]
        [InlineData("240.0.0.0", null)]
        [InlineData("10.0.0.1", null)]
        public void MapsIPv4AsRfc2365Section8(string address, MulticastScope? expected) =>
            Assert.Equal(expected, ScopeClassifier.GetScope(A(address)));

        [Fact]
        public void ReadsEveryIPv6ScopValue()
        {
            for (int scop = 0; scop <= 15; scop++)
            {
                // Any flags: the scop nibble is read on its own.
                foreach (ulong flags in new ulong[] { 0x0, 0x1, 0x3, 0x7, 0xF })
                {
                    IPAddressValue address = IPAddressValue.FromIPv6((0xFF00UL | (flags << 4) | (uint)scop) << 48, 1);
                    Assert.Equal((MulticastScope)scop, ScopeClassifier.GetScope(address));
                }
            }
        }

        [Theory]
        [InlineData("fe80::1")]
        [InlineData("2001:db8::1")]
        [InlineData("feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("::")]
        public void UnicastHasNoScope(string address)
        {
            Assert.Null(ScopeClassifier.GetScope(A(address)));
            foreach (MulticastScope scope in Enum.GetValues(typeof(MulticastScope)))
            {
                Assert.False(ScopeClassifier.IsInScope(A(address), scope, within: false));
                Assert.False(ScopeClassifier.IsInScope(A(address), scope, within: true));
            }
        }

        [Fact]
        public void ExactMatchesOnlyItsOwnScope()
        {
            foreach (MulticastScope actual in Enum.GetValues(typeof(MulticastScope)))
            {
                IPAddressValue address = IPAddressValue.FromIPv6((0xFF10UL | (ulong)actual) << 48, 0x1234);
                foreach (MulticastScope asked in Enum.GetValues(typeof(MulticastScope)))
                {
                    Assert.Equal(actual == asked, ScopeClassifier.IsInScope(address, asked, within: false));
                    Assert.Equal(actual <= asked, ScopeClassifier.IsInScope(address, asked, within: true));
                }
            }
        }

        [Theory]
        [InlineData("239.255.0.1", MulticastScope.RealmLocal, true)]
        [InlineData("239.255.0.1", MulticastScope.LinkLocal, false)]
        [InlineData("239.255.0.1", MulticastScope.OrganizationLocal, true)]
        [InlineData("239.192.0.1", MulticastScope.SiteLocal, false)]
        [InlineData("239.192.0.1", MulticastScope.OrganizationLocal, true)]
        [InlineData("224.0.0.251", MulticastScope.InterfaceLocal, false)]
        [InlineData("224.0.0.251", MulticastScope.LinkLocal, true)]
        [InlineData("224.0.1.1", MulticastScope.OrganizationLocal, false)]
        [InlineData("224.0.1.1", MulticastScope.Global, true)]
        [InlineData("239.1.2.3", MulticastScope.OrganizationLocal, false)]
        [InlineData("239.1.2.3", MulticastScope.Global, true)]
        [InlineData("239.1.2.3", MulticastScope.ReservedF, true)]
        [InlineData("ff02::1", MulticastScope.LinkLocal, true)]
        [InlineData("ff05::101", MulticastScope.RealmLocal, false)]
        [InlineData("ff05::101", MulticastScope.SiteLocal, true)]
        [InlineData("ff0f::1", MulticastScope.Global, false)]
        public void WithinMeansThisScopeOrNarrower(string address, MulticastScope scope, bool expected) =>
            Assert.Equal(expected, ScopeClassifier.IsInScope(A(address), scope, within: true));

        [Fact]
        public void UndefinedAdminScopeMatchesNoExactScope()
        {
            foreach (MulticastScope scope in Enum.GetValues(typeof(MulticastScope)).Cast<MulticastScope>())
            {
                Assert.False(ScopeClassifier.IsInScope(A("239.100.0.1"), scope, within: false));
            }
        }

        [Theory]
        [InlineData("238.255.255.255", false)]
        [InlineData("239.0.0.0", true)]
        [InlineData("239.255.255.255", true)]
        [InlineData("240.0.0.0", false)]
        [InlineData("ff05::1", false)]
        public void AdminScopedIsExactly239Slash8(string address, bool expected) =>
            Assert.Equal(expected, ScopeClassifier.IsAdminScopedIPv4(A(address)));
    }
}
