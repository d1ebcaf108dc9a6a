using System.Linq;

namespace Multicast.Tests.ScopeRelative
{
    public class ScopeRelativeAddressingTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        private static IPPrefix P(string text) => IPPrefix.Parse(text);

        private static MulticastException Refused(System.Action action) => Assert.ThrowsAny<MulticastException>(action);

        [Theory]
        // RFC 6308 §3.4.2: "the SLPv2 discovery address within IPv4 Local-Scope (239.255.0.0/16) is
        // 239.255.255.253; within the IPv4 Organization Local-Scope (239.192.0.0/14), it is 239.195.255.253".
        [InlineData("239.255.0.0/16", "239.255.255.253")]
        [InlineData("239.192.0.0/14", "239.195.255.253")]
        [InlineData("239.200.4.0/24", "239.200.4.253")]
        [InlineData("239.0.0.0/8", "239.255.255.253")]
        public void SlpV2IsOffset2OfAnyScope(string scope, string address)
        {
            ScopeRelativeAddress result = ScopeRelativeAddressing.FromOffset(2, P(scope));
            Assert.Equal(address, result.Address.ToString());
            Assert.Equal(2, result.Offset);
            Assert.Equal("SLPv2 Discovery", result.Name);
            Assert.Equal(P(scope), result.ScopePrefixValue);
            Assert.Null(result.Scope);
            Assert.Equal("[Erik_Guttman]", result.Reference);
        }

        [Fact]
        public void McastTestNet2IsOffset10AtLocalScope()
        {
            // RFC 6676 §2.1: "in the Local Scope 239.255.0.0/16, the multicast address for documentation purposes is 239.255.255.245".
            ScopeRelativeAddress result = ScopeRelativeAddressing.FromOffset(10);
            Assert.Equal("239.255.255.245", result.Address.ToString());
            Assert.Equal("MCAST-TEST-NET-2", result.Name);
            Assert.Equal("[RFC6676]", result.Reference);
            Assert.Equal(ScopeRelativeAddressing.LocalScope, result.ScopePrefixValue);
        }

        [Theory]
        // RFC 2365 §9: "relative assignment 0 (i.e., 239.255.255.255 in the Local Scope) ... for SAP";
        // "the next relative assignment, 1, corresponds to the address 239.255.255.254".
        [InlineData(0, "239.255.255.255", "SAP Session Announcement Protocol")]
        [InlineData(1, "239.255.255.254", "MADCAP Protocol")]
        [InlineData(5, "239.255.255.250", "SSDP")]
        [InlineData(11, "239.255.255.244", "Unassigned")]
        [InlineData(252, "239.255.255.3", "Unassigned")]
        [InlineData(253, "239.255.255.2", "Reserved")]
        [InlineData(254, "239.255.255.1", "RFC3692-style Experiment (*)")]
        [InlineData(255, "239.255.255.0", "Unassigned")]
        public void OffsetsCountDownFromTheTopOfTheLocalScope(int offset, string address, string name)
        {
            ScopeRelativeAddress result = ScopeRelativeAddressing.FromOffset(offset);
            Assert.Equal(address, result.Address.ToString());
            Assert.Equal(name, result.Name);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(256)]
        public void RefusesOffsetsOutside0To255(int offset) =>
            Assert.Equal("RelativeOffsetOutOfRange", Refused(() => ScopeRelativeAddressing.FromOffset(offset)).ErrorId);

        [Theory]
        // RFC 2365 §9: any scope inside 239/8 whose top /24 can be the relative range: /8 to /24.
        [InlineData("239.0.0.0/8", null)]
        [InlineData("239.255.255.0/24", null)]
        [InlineData("239.128.0.0/9", null)]
        [InlineData("238.0.0.0/7", "ScopePrefixNotAdminScoped")]
        [InlineData("224.0.0.0/4", "ScopePrefixNotAdminScoped")]
        [InlineData("0.0.0.0/0", "ScopePrefixNotAdminScoped")]
        [InlineData("238.255.0.0/16", "ScopePrefixNotAdminScoped")]
        [InlineData("240.0.0.0/8", "ScopePrefixNotAdminScoped")]
        [InlineData("10.0.0.0/8", "ScopePrefixNotAdminScoped")]
        [InlineData("239.255.255.0/25", "ScopePrefixTooLong")]
        [InlineData("239.255.255.255/32", "ScopePrefixTooLong")]
        [InlineData("ff05::/16", "ScopePrefixNotIPv4")]
        public void AcceptsScopesInside239Slash8From8To24(string scope, string? errorId)
        {
            if (errorId is null)
            {
                ScopeRelativeAddressing.CheckScope(P(scope));
                Assert.True(ScopeRelativeAddressing.IsScope(P(scope)));
                return;
            }

            MulticastException error = Refused(() => ScopeRelativeAddressing.CheckScope(P(scope)));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Contains("RFC", error.Message);
            Assert.False(ScopeRelativeAddressing.IsScope(P(scope)));
        }

        [Fact]
        public void TooLongScopeSuggestsItsSlash24() =>
            Assert.Contains("239.255.255.0/24", Refused(() => ScopeRelativeAddressing.CheckScope(P("239.255.255.128/25"))).Message);

        [Theory]
        [InlineData("239.255.0.0/16", "239.255.255.0/24")]
        [InlineData("239.192.0.0/14", "239.195.255.0/24")]
        [InlineData("239.0.0.0/8", "239.255.255.0/24")]
        [InlineData("239.200.4.0/24", "239.200.4.0/24")]
        public void TheRelativeRangeIsTheHighestSlash24(string scope, string range) =>
            Assert.Equal(range, ScopeRelativeAddressing.GetRelativeRange(P(scope)).ToString());

        [Fact]
        public void SsdpReadsBackAsOffset5OfTheLocalScope()
        {
            // The issue: -Address 239.255.255.250 -ScopePrefix 239.255.0.0/16 gives offset 5, SSDP.
            ScopeRelativeAddress result = ScopeRelativeAddressing.FromAddress(A("239.255.255.250"), P("239.255.0.0/16"), null);
            Assert.Equal(5, result.Offset);
            Assert.Equal("SSDP", result.Name);
            Assert.Equal("239.255.255.250", result.ToString());
        }

        [Theory]
        // Edges of the relative range in three scopes; one below is refused.
        [InlineData("239.255.255.255", "239.255.0.0/16", 0)]
        [InlineData("239.255.255.0", "239.255.0.0/16", 255)]
        [InlineData("239.195.255.253", "239.192.0.0/14", 2)]
        [InlineData("239.200.4.0", "239.200.4.0/24", 255)]
        [InlineData("239.200.4.255", "239.200.4.0/24", 0)]
        public void ReadsOffsetsBack(string address, string scope, int offset)
        {
            Assert.Equal(offset, ScopeRelativeAddressing.FromAddress(A(address), P(scope), null).Offset);
            Assert.True(ScopeRelativeAddressing.TryGetOffset(P(scope), A(address), out int read));
            Assert.Equal(offset, read);
        }

        [Theory]
        [InlineData("239.255.254.255", "239.255.0.0/16", "AddressBelowRelativeRange")]
        [InlineData("239.255.0.1", "239.255.0.0/16", "AddressBelowRelativeRange")]
        [InlineData("239.195.255.253", "239.255.0.0/16", "AddressNotInScope")]
        [InlineData("239.200.5.0", "239.200.4.0/24", "AddressNotInScope")]
        [InlineData("224.0.1.1", "239.255.0.0/16", "AddressNotAdminScoped")]
        [InlineData("192.0.2.1", "239.255.0.0/16", "AddressNotAdminScoped")]
        [InlineData("240.0.0.1", "239.255.0.0/16", "AddressNotAdminScoped")]
        [InlineData("239.255.255.250", "239.255.255.128/25", "ScopePrefixTooLong")]
        public void RefusesAddressesOutsideTheRelativeRange(string address, string scope, string errorId)
        {
            Assert.Equal(errorId, Refused(() => ScopeRelativeAddressing.FromAddress(A(address), P(scope), null)).ErrorId);
            Assert.False(ScopeRelativeAddressing.TryGetOffset(P(scope), A(address), out _));
        }

        [Fact]
        public void BelowTheRelativeRangeSaysWhichRangeAndWhy()
        {
            MulticastException error = Refused(() => ScopeRelativeAddressing.FromAddress(A("239.255.0.1"), P("239.255.0.0/16"), null));
            Assert.Contains("239.255.255.0/24", error.Message);
            Assert.Contains("dynamic assignment", error.Message);
        }

        [Theory]
        // Without a scope prefix: the relative ranges of the two scopes RFC 2365 defines.
        [InlineData("239.255.255.250", "239.255.0.0/16", 5)]
        [InlineData("239.195.255.253", "239.192.0.0/14", 2)]
        [InlineData("239.195.255.0", "239.192.0.0/14", 255)]
        public void InfersTheLocalOrOrganizationLocalScope(string address, string scope, int offset)
        {
            ScopeRelativeAddress result = ScopeRelativeAddressing.FromAddress(A(address), null, null);
            Assert.Equal(P(scope), result.ScopePrefixValue);
            Assert.Equal(offset, result.Offset);
        }

        [Theory]
        [InlineData("239.1.2.3")]
        [InlineData("239.255.254.255")]
        [InlineData("239.196.255.255")]
        public void AsksForTheScopeWhenItCannotBeKnown(string address) =>
            Assert.Equal("ScopePrefixRequired", Refused(() => ScopeRelativeAddressing.FromAddress(A(address), null, null)).ErrorId);

        [Theory]
        // RFC 4291 §2.7: the NTP group 101 at interface, link, site and global scope.
        [InlineData(MulticastScope.InterfaceLocal, "ff01::101")]
        [InlineData(MulticastScope.LinkLocal, "ff02::101")]
        [InlineData(MulticastScope.SiteLocal, "ff05::101")]
        [InlineData(MulticastScope.Global, "ff0e::101")]
        public void PlacesNtpAtEachRfc4291Scope(MulticastScope scope, string address)
        {
            ScopeRelativeAddress result = Assert.Single(ScopeRelativeAddressing.FromName("NTP", null, scope));
            Assert.Equal(address, result.Address.ToString());
            Assert.Equal("Network Time Protocol (NTP)", result.Name);
            Assert.Equal(scope, result.ScopeValue);
            Assert.Null(result.ScopePrefix);
            Assert.Null(result.Offset);
            Assert.Equal("[RFC1119][RFC5905][David_Mills]", result.Reference);
        }

        [Fact]
        public void PlacesAVariableScopeRowAtEveryUsableScope()
        {
            MulticastAssignment ntp = IanaRegistry.FindByName("NTP").Single(r => r.KindValue == AssignmentKind.VariableScope);
            for (int scop = 0; scop <= 0xF; scop++)
            {
                var scope = (MulticastScope)scop;
                if (scop == 0 || scop == 0xF)
                {
                    // RFC 4291 §2.7: nodes must not send to scop 0, and should not send to F.
                    Assert.Equal("VariableScopeReserved", Refused(() => ScopeRelativeAddressing.FromAssignment(ntp, null, scope)).ErrorId);
                    continue;
                }

                ScopeRelativeAddress result = Assert.Single(ScopeRelativeAddressing.FromAssignment(ntp, null, scope));
                Assert.Equal(IPAddressValue.FromIPv6((0xFF00UL | (uint)scop) << 48, 0x101).ToString(), result.ToString());
                Assert.Equal(result.ToString(), ScopeRelativeAddressing.FromAddress(A(result.ToString()), null, null).ToString());
            }
        }

        [Fact]
        public void Ff05Dot101ReadsBackAsNtpAtSiteScope()
        {
            ScopeRelativeAddress result = ScopeRelativeAddressing.FromAddress(A("ff05::101"), null, null);
            Assert.Equal("Network Time Protocol (NTP)", result.Name);
            Assert.Equal(MulticastScope.SiteLocal, result.ScopeValue);
            Assert.Equal("ff0x::101", result.Assignment.Range);
            Assert.Same(result.Assignment, ScopeRelativeAddressing.FromAddress(A("ff05::101"), null, MulticastScope.SiteLocal).Assignment);
        }

        [Theory]
        [InlineData("ff15::101", null, "AddressNotVariableScope")]        // transient (RFC 4291 §2.7)
        [InlineData("2001:db8::101", null, "AddressNotVariableScope")]    // unicast
        [InlineData("ff00::101", null, "VariableScopeReserved")]
        [InlineData("ff0f::101", null, "VariableScopeReserved")]
        [InlineData("ff02::101", MulticastScope.SiteLocal, "AddressNotInScope")]
        [InlineData("ff05::2", null, "VariableScopeNotAssigned")]         // a site-local fixed row, not FF0X
        [InlineData("ff05::1234", null, "VariableScopeNotAssigned")]
        public void RefusesIPv6AddressesThatAreNotVariableScope(string address, MulticastScope? scope, string errorId) =>
            Assert.Equal(errorId, Refused(() => ScopeRelativeAddressing.FromAddress(A(address), null, scope)).ErrorId);

        [Fact]
        public void NotAssignedNamesTheFixedRowAndThePartialData()
        {
            MulticastException error = Refused(() => ScopeRelativeAddressing.FromAddress(A("ff05::2"), null, null));
            Assert.Equal(MulticastErrorKind.NotFound, error.Kind);
            Assert.Contains("All Routers Address", error.Message);
            Assert.Contains("partial", error.Message);
        }

        [Fact]
        public void PlacesTheDocumentationPrefixAtSiteScope()
        {
            // RFC 6676 §3: FF0X::DB8:0:0/96.
            ScopeRelativeAddress result = Assert.Single(ScopeRelativeAddressing.FromName("Documentation Addresses", null, MulticastScope.SiteLocal));
            Assert.Equal("ff05::db8:0:0", result.Address.ToString());
            Assert.Equal("ff05::db8:ffff:ffff", result.LastAddress.ToString());
            Assert.Equal("ff05::db8:0:0/96", result.ToString());
        }

        [Fact]
        public void NamesSelectTheFamilyOfTheScopesGiven()
        {
            // Neither: IPv4 in the Local Scope. Prefix: IPv4. Scope: IPv6. Both: both.
            Assert.Equal(new[] { "239.255.255.250" }, ScopeRelativeAddressing.FromName("SSDP", null, null).Select(r => r.ToString()));
            Assert.Equal(new[] { "239.195.255.250" }, ScopeRelativeAddressing.FromName("SSDP", P("239.192.0.0/14"), null).Select(r => r.ToString()));
            Assert.Equal(new[] { "ff05::c" }, ScopeRelativeAddressing.FromName("SSDP", null, MulticastScope.SiteLocal).Select(r => r.ToString()));
            Assert.Equal(new[] { "239.195.255.250", "ff08::c" }, ScopeRelativeAddressing.FromName("SSDP", P("239.192.0.0/14"), MulticastScope.OrganizationLocal).Select(r => r.ToString()));
        }

        [Fact]
        public void ARowOfManyOffsetsGivesEachOffset()
        {
            var unassigned = ScopeRelativeAddressing.FromName("Unassigned", null, null);
            Assert.Equal(242 + 1, unassigned.Count); // 11-252 and 255
            Assert.Equal(11, unassigned[0].Offset);
            Assert.Equal(255, unassigned[^1].Offset);
        }

        [Fact]
        public void WildcardsCanFindNothing() => Assert.Empty(ScopeRelativeAddressing.FromName("zz*", null, null));

        [Theory]
        [InlineData("NTP", null, "IPv6 variable-scope address")] // only IPv6 has NTP: the error says to give a scope
        [InlineData("SLPv2", MulticastScope.SiteLocal, "IPv4 relative offset")]
        [InlineData("mDNS", null, "224.0.0.251")]               // a fixed row only
        [InlineData("Nothing Like This", null, "whole words")]
        public void NameNotFoundSaysWhereTheNameIs(string name, MulticastScope? scope, string hint)
        {
            MulticastException error = Refused(() => ScopeRelativeAddressing.FromName(name, null, scope));
            Assert.Equal("ScopeRelativeNameNotFound", error.ErrorId);
            Assert.Equal(MulticastErrorKind.NotFound, error.Kind);
            Assert.Contains(hint, error.Message);
        }

        [Fact]
        public void FixedRowsAreNotScopeRelative()
        {
            MulticastAssignment ntp = IanaRegistry.FindByName("NTP").Single(r => r.KindValue == AssignmentKind.Fixed);
            Assert.Equal("AssignmentNotScopeRelative", Refused(() => ScopeRelativeAddressing.FromAssignment(ntp, null, MulticastScope.SiteLocal)).ErrorId);
        }

        [Fact]
        public void VariableScopeRowsNeedAScope()
        {
            MulticastAssignment ntp = IanaRegistry.FindByName("NTP").Single(r => r.KindValue == AssignmentKind.VariableScope);
            Assert.Equal("ScopeRequired", Refused(() => ScopeRelativeAddressing.FromAssignment(ntp, null, null)).ErrorId);
        }
    }
}
