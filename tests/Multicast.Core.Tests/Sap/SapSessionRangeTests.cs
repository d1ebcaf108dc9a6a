using System;
using System.Linq;
using Multicast.Sap;

namespace Multicast.Tests.Sap
{
    /// <summary>Where a new session takes its group (RFC 2974 §3, RFC 2365 §9, RFC 3307 §4.3), avoiding the groups heard.</summary>
    public class SapSessionRangeTests
    {
        [Fact]
        public void TheRangeOfEachScope()
        {
            Assert.Equal("224.2.128.0-224.2.255.255", SapSessionRange.IPv4Global.ToString());
            Assert.Equal("224.2.128.0-224.2.255.255", SapSessionRange.ForIPv4(MulticastScope.Global).ToString());
            Assert.Equal("239.255.0.0-239.255.254.255", SapSessionRange.ForIPv4(MulticastScope.RealmLocal).ToString());
            Assert.Equal("239.192.0.0-239.195.254.255", SapSessionRange.ForIPv4(MulticastScope.OrganizationLocal).ToString());
            Assert.Equal("239.16.32.0-239.16.32.255", SapSessionRange.ForIPv4Scope(IPPrefix.Parse("239.16.32.0/23")).ToString());
            Assert.Equal("ff15::8000:0-ff15::ffff:ffff", SapSessionRange.ForIPv6Scope(MulticastScope.SiteLocal).ToString());
            Assert.Equal("ff1e::8000:0-ff1e::ffff:ffff", SapSessionRange.ForIPv6Scope(MulticastScope.Global).ToString());
        }

        [Theory]
        [InlineData("SapScopeNotIPv4", "SiteLocal")]
        [InlineData("SapScopeReserved", "ReservedF")]
        public void ScopesWithoutARange(string errorId, string scope)
        {
            var value = (MulticastScope)Enum.Parse(typeof(MulticastScope), scope);
            var error = Assert.Throws<MulticastRuleException>(() => errorId == "SapScopeReserved" ? SapSessionRange.ForIPv6Scope(value) : SapSessionRange.ForIPv4(value));
            Assert.Equal(errorId, error.ErrorId);
        }

        [Fact]
        public void AScopeOfOneSlash24HasNoSessionRange()
        {
            Assert.Equal("SapScopeHasNoSessionRange", Assert.Throws<MulticastRuleException>(() => SapSessionRange.ForIPv4Scope(IPPrefix.Parse("239.1.2.0/24"))).ErrorId);
            Assert.Equal("ScopePrefixNotAdminScoped", Assert.Throws<MulticastRuleException>(() => SapSessionRange.ForIPv4Scope(IPPrefix.Parse("233.1.0.0/16"))).ErrorId);
        }

        [Fact]
        public void TheGroupChosenIsNeverOneHeard()
        {
            // Every group of a small scope's session range announced but one: that one is chosen, every time.
            AddressRange range = SapSessionRange.ForIPv4Scope(IPPrefix.Parse("239.16.32.0/23"));
            var heard = new AddressRangeSet();
            heard.Add(new AddressRange(AddressParser.Parse("239.16.32.0"), AddressParser.Parse("239.16.32.99")));
            heard.Add(new AddressRange(AddressParser.Parse("239.16.32.101"), AddressParser.Parse("239.16.32.255")));
            var random = new Random(4);
            Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal("239.16.32.100", SapSessionRange.Choose(range, heard, random).ToString()));

            heard.Add(AddressParser.Parse("239.16.32.100"));
            LeaseException exhausted = Assert.Throws<LeaseException>(() => SapSessionRange.Choose(range, heard, random));
            Assert.Equal("SapSessionRangeExhausted", exhausted.ErrorId);
            Assert.Equal(MulticastErrorKind.Exhausted, exhausted.Kind);
        }

        [Fact]
        public void ABlockOfGroupsIsFreeAndInsideTheRange()
        {
            // 239.16.32.0-239.16.32.255 with every group but 239.16.32.40-239.16.32.43 and 239.16.32.254-255 announced:
            // four contiguous groups fit only at 40; the two at the end are too few.
            AddressRange range = SapSessionRange.ForIPv4Scope(IPPrefix.Parse("239.16.32.0/23"));
            var heard = new AddressRangeSet();
            heard.Add(new AddressRange(AddressParser.Parse("239.16.32.0"), AddressParser.Parse("239.16.32.39")));
            heard.Add(new AddressRange(AddressParser.Parse("239.16.32.44"), AddressParser.Parse("239.16.32.253")));
            var random = new Random(6);
            Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal("239.16.32.40", SapSessionRange.Choose(range, heard, random, count: 4).ToString()));
            Assert.Equal("SapSessionRangeExhausted", Assert.Throws<LeaseException>(() => SapSessionRange.Choose(range, heard, random, count: 5)).ErrorId);
            Assert.Equal("SapSessionCountInvalid", Assert.Throws<MulticastRuleException>(() => SapSessionRange.Choose(range, heard, random, count: 0)).ErrorId);
        }

        [Fact]
        public void IPv6ChoicesAreDynamicGroupsOfTheScope()
        {
            AddressRange range = SapSessionRange.ForIPv6Scope(MulticastScope.OrganizationLocal);
            IPAddressValue chosen = SapSessionRange.Choose(range);
            Assert.True(range.Contains(chosen));
            Assert.Equal(MulticastScope.OrganizationLocal, ScopeClassifier.GetScope(chosen));
            Assert.Equal(0xFF18UL, chosen.High >> 48);
            Assert.True((chosen.Low & 0x8000_0000UL) != 0);

            // A block of four stays in the range too.
            for (int i = 0; i < 50; i++)
            {
                IPAddressValue first = SapSessionRange.Choose(range, null, null, count: 4);
                Assert.True(range.Contains(first) && range.Contains(AddressMath.Add(first, 3)), first.ToString());
            }
        }
    }
}
