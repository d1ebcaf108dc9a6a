using System.Collections.Generic;

namespace Multicast.Tests.UnicastPrefix
{
    public class UnicastPrefixMulticastAddressTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        private static IPPrefix P(string text) => IPPrefix.Parse(text);

        public static IEnumerable<object[]> SendableScopes()
        {
            for (int scop = 1; scop <= 0xE; scop++)
            {
                yield return new object[] { scop };
            }
        }

        // RFC 6676 §2.3: "this leaves the unicast prefix-based IPv4 multicast addresses 234.192.0.2, 234.198.51.100, and 234.203.0.113".
        [Theory]
        [InlineData("192.0.2.0/24", "234.192.0.2")]
        [InlineData("198.51.100.0/24", "234.198.51.100")]
        [InlineData("203.0.113.0/24", "234.203.0.113")]
        public void Rfc6676Section23DocumentationAddresses(string prefix, string expected)
        {
            var group = new UnicastPrefixMulticastAddress(P(prefix), 0, MulticastScope.Global);
            Assert.Equal(expected, group.ToString());
            Assert.Equal(expected, group.Address.ToString());
            Assert.Equal(expected + "/32", group.Prefix.ToString());
            Assert.Equal(group.Prefix, group.AllocationPrefix);
            Assert.Equal(prefix, group.NetworkPrefix.ToString());
            Assert.Equal(24, group.PrefixLength);
            Assert.Equal(MulticastScope.Global, group.ScopeValue);
            Assert.Null(group.GroupIdRange);
            Assert.False(group.IsSourceSpecific);
        }

        // RFC 6034 §4: 192.0.2.0/24 can use 234.192.0.2; shifting it left by 8 bits gives 192.0.2.0.
        [Fact]
        public void Rfc6034Section4FirstExample()
        {
            Assert.Equal("234.192.0.2", new UnicastPrefixMulticastAddress(P("192.0.2.0/24"), 0, MulticastScope.Global).ToString());
            Assert.Equal("192.0.2.0", UnicastPrefixMulticastAddress.UnicastAddressOf(A("234.192.0.2")).ToString());
        }

        // RFC 6034 §4: x.y.0.0/16 can use 234.x.y.0/24; 234.x.y.10 shifts to x.y.10.0.
        [Fact]
        public void Rfc6034Section4SecondExample()
        {
            var group = new UnicastPrefixMulticastAddress(P("198.51.0.0/16"), 10, MulticastScope.Global);
            Assert.Equal("234.198.51.10", group.ToString());
            Assert.Equal("234.198.51.0/24", group.Prefix.ToString());
            Assert.Equal(10U, group.GroupId);
            Assert.Equal("198.51.10.0", UnicastPrefixMulticastAddress.UnicastAddressOf(A("234.198.51.10")).ToString());
        }

        [Theory]
        [InlineData("12.0.0.0/8", 0U, "234.12.0.0", "234.12.0.0/16")]
        [InlineData("12.0.0.0/8", 0xFFFFU, "234.12.255.255", "234.12.0.0/16")]
        [InlineData("64.0.0.0/3", 0x1F_FFFFU, "234.95.255.255", "234.64.0.0/11")]
        [InlineData("198.51.100.0/23", 0x1U, "234.198.51.101", "234.198.51.100/31")]
        [InlineData("203.0.113.0/24", 0U, "234.203.0.113", "234.203.0.113/32")]
        public void IPv4GroupIdFillsTheBitsAfterThePrefix(string prefix, uint groupId, string expected, string block)
        {
            var group = new UnicastPrefixMulticastAddress(P(prefix), groupId, MulticastScope.Global);
            Assert.Equal(expected, group.ToString());
            Assert.Equal(block, group.Prefix.ToString());
            Assert.Equal(groupId, group.GroupId);
            Assert.Equal(prefix, group.NetworkPrefix.ToString());
        }

        [Theory]
        [InlineData("203.0.113.0/24", 1U, "exactly one address")]
        [InlineData("198.51.0.0/16", 256U, "0-255")]
        [InlineData("12.0.0.0/8", 0x1_0000U, "0-65535")]
        [InlineData("64.0.0.0/3", 0x20_0000U, "0-2097151")]
        [InlineData("12.0.0.0/8", 0xFFFF_FFFFU, "0-65535")]
        public void IPv4GroupIdsThatDoNotFitAreRefused(string prefix, uint groupId, string room)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P(prefix), groupId, MulticastScope.Global));
            Assert.Equal("UnicastPrefixGroupIdTooLarge", error.ErrorId);
            Assert.Contains(room, error.Message);
        }

        [Theory]
        [InlineData("192.0.2.128/25")]
        [InlineData("192.0.2.1/32")]
        public void IPv4PrefixesLongerThan24AreRefused(string prefix)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P(prefix), 0, MulticastScope.Global));
            Assert.Equal("UnicastPrefixTooLong", error.ErrorId);
            Assert.Contains("RFC 6034", error.Message);
            Assert.Equal(RemedyKind.UseGlopRange, error.Remedy?.Kind);
        }

        [Theory]
        [InlineData("10.1.0.0/16", "10.0.0.0/8")]
        [InlineData("172.20.0.0/16", "172.16.0.0/12")]
        [InlineData("192.168.1.0/24", "192.168.0.0/16")]
        [InlineData("127.0.0.0/8", "127.0.0.0/8")]
        [InlineData("169.254.0.0/16", "169.254.0.0/16")]
        [InlineData("100.64.0.0/10", "100.64.0.0/10")]
        [InlineData("0.0.0.0/8", "0.0.0.0/8")]
        [InlineData("224.1.0.0/16", "224.0.0.0/4")]
        [InlineData("234.0.0.0/8", "224.0.0.0/4")]
        [InlineData("240.0.0.0/8", "240.0.0.0/4")]
        [InlineData("8.0.0.0/5", "10.0.0.0/8")]
        [InlineData("0.0.0.0/0", "0.0.0.0/8")]
        [InlineData("128.0.0.0/1", "169.254.0.0/16")]
        public void IPv4PrefixesThatAreNotGlobalUnicastAreRefused(string prefix, string block)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P(prefix), 0, MulticastScope.Global));
            Assert.Equal("UnicastPrefixNotGlobal", error.ErrorId);
            Assert.Contains(block, error.Message);
        }

        [Theory]
        [InlineData("11.0.0.0/8")]
        [InlineData("100.63.0.0/16")]
        [InlineData("100.128.0.0/16")]
        [InlineData("172.32.0.0/16")]
        [InlineData("223.255.255.0/24")]
        public void IPv4GlobalPrefixesNextToTheSpecialBlocksFit(string prefix) =>
            Assert.Equal(prefix, new UnicastPrefixMulticastAddress(P(prefix), 0, MulticastScope.Global).NetworkPrefix.ToString());

        [Theory]
        [InlineData(0x2)]
        [InlineData(0x5)]
        [InlineData(0x8)]
        [InlineData(0xF)]
        public void IPv4IsGlobalOnly(int scop)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P("192.0.2.0/24"), 0, (MulticastScope)scop));
            Assert.Equal("UnicastPrefixIPv4ScopeNotGlobal", error.ErrorId);
            Assert.Contains("239.0.0.0/8", error.Message);
        }

        // RFC 6676 §3.1: "Using just the base /32 prefix, one gets the IPv6 multicast prefixes FF3X:20:2001:DB8::/64".
        [Theory]
        [MemberData(nameof(SendableScopes))]
        public void Rfc6676Section31Base32(int scop)
        {
            var group = new UnicastPrefixMulticastAddress(P("2001:DB8::/32"), 0, (MulticastScope)scop);
            string x = scop.ToString("x");
            Assert.Equal("ff3" + x + ":20:2001:db8::/64", group.AllocationPrefix.ToString());
            Assert.Equal("ff3" + x + ":20:2001:db8::/96", group.Prefix.ToString());
            Assert.Equal("ff3" + x + ":20:2001:db8::", group.ToString());
            Assert.Equal(32, group.PrefixLength);
            Assert.Equal("2001:db8::/32", group.NetworkPrefix.ToString());
            Assert.Equal((MulticastScope)scop, group.ScopeValue);
            Assert.Equal(GroupIdRange.None, group.GroupIdRangeValue);
        }

        // RFC 6676 §3.1: "a /64 prefix 2001:DB8:DEAD:BEEF::/64, which gives the multicast prefixes FF3X:40:2001:DB8:DEAD:BEEF::/96".
        [Theory]
        [MemberData(nameof(SendableScopes))]
        public void Rfc6676Section31DeadBeef64(int scop)
        {
            var group = new UnicastPrefixMulticastAddress(P("2001:DB8:DEAD:BEEF::/64"), 0, (MulticastScope)scop);
            string x = scop.ToString("x");
            Assert.Equal("ff3" + x + ":40:2001:db8:dead:beef::/96", group.Prefix.ToString());
            Assert.Equal(group.Prefix, group.AllocationPrefix);
        }

        // RFC 3306 §7: "3FFE:FFFF:1::/48 would also have a unicast prefix-based multicast prefix of FF3x:0030:3FFE:FFFF:0001::/96".
        [Fact]
        public void Rfc3306Section7GlobalPrefix()
        {
            var group = new UnicastPrefixMulticastAddress(P("3FFE:FFFF:1::/48"), 0, MulticastScope.SiteLocal);
            Assert.Equal("ff35:30:3ffe:ffff:1::/96", group.Prefix.ToString());
        }

        // RFC 3306 §7: "All IPv6 SSM multicast addresses will have the format FF3x::/96."
        [Theory]
        [MemberData(nameof(SendableScopes))]
        public void Rfc3306Section7SourceSpecific(int scop)
        {
            UnicastPrefixMulticastAddress group = UnicastPrefixMulticastAddress.SourceSpecific(0, (MulticastScope)scop);
            string x = scop.ToString("x");
            Assert.Equal("ff3" + x + "::/96", group.Prefix.ToString());
            Assert.Equal(group.Prefix, group.AllocationPrefix);
            Assert.True(group.IsSourceSpecific);
            Assert.Equal(0, group.PrefixLength);
            Assert.Equal("::/0", group.NetworkPrefix.ToString());
        }

        [Theory]
        [InlineData(0x4000_0000U, "ff3e::4000:0", GroupIdRange.PermanentGroupId)]
        [InlineData(0x7FFF_FFFFU, "ff3e::7fff:ffff", GroupIdRange.PermanentGroupId)]
        [InlineData(0x8000_0000U, "ff3e::8000:0", GroupIdRange.Dynamic)]
        [InlineData(0xFFFF_FFFFU, "ff3e::ffff:ffff", GroupIdRange.Dynamic)]
        public void SourceSpecificGroupIdsRfc4607Allows(uint groupId, string expected, GroupIdRange range)
        {
            UnicastPrefixMulticastAddress group = UnicastPrefixMulticastAddress.SourceSpecific(groupId, MulticastScope.Global);
            Assert.Equal(expected, group.ToString());
            Assert.Equal(range, group.GroupIdRangeValue);
        }

        [Theory]
        [InlineData(1U)]
        [InlineData(0x3FFF_FFFFU)]
        public void SourceSpecificGroupIdsRfc4607CallsInvalidAreRefused(uint groupId)
        {
            var error = Assert.Throws<MulticastRuleException>(() => UnicastPrefixMulticastAddress.SourceSpecific(groupId, MulticastScope.Global));
            Assert.Equal("SsmGroupIdInvalid", error.ErrorId);
            Assert.Contains("RFC 4607", error.Message);
        }

        [Theory]
        [InlineData("4000::/2", "ff3e:2:4000::")]
        [InlineData("2000::/3", "ff3e:3:2000::")]
        [InlineData("2001:db8:beef:feed::/64", "ff3e:40:2001:db8:beef:feed::")]
        [InlineData("fd12:3456:789a::/48", "ff3e:30:fd12:3456:789a::")]
        public void IPv6PrefixLengthsThatFit(string prefix, string expected) =>
            Assert.Equal(expected, new UnicastPrefixMulticastAddress(P(prefix), 0, MulticastScope.Global).ToString());

        [Fact]
        public void IPv6PrefixLongerThan64IsRefusedWithThe64ThatHoldsIt()
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P("2001:db8:beef:feed:8000::/65"), 0, MulticastScope.Global));
            Assert.Equal("UnicastPrefixTooLong", error.ErrorId);
            Assert.Contains("2001:db8:beef:feed::/64", error.Message);
        }

        [Fact]
        public void IPv6PrefixLengthZeroPointsToSourceSpecific()
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P("::/0"), 0, MulticastScope.Global));
            Assert.Equal("UnicastPrefixLengthZero", error.ErrorId);
            Assert.Equal(RemedyKind.UseSourceSpecific, error.Remedy?.Kind);
        }

        [Theory]
        [InlineData("::/1", "unspecified")]
        [InlineData("::/64", "unspecified")]
        [InlineData("8000::/1", "covers the multicast block")]
        [InlineData("ff00::/8", "is multicast")]
        [InlineData("ff3e:40:2001:db8::/64", "is multicast")]
        [InlineData("fe80::/9", "mixes link-local")]
        public void IPv6PrefixesThatAreNotUnicastAreRefused(string prefix, string reason)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P(prefix), 0, MulticastScope.Global));
            Assert.Equal("UnicastPrefixNotUnicast", error.ErrorId);
            Assert.Contains(reason, error.Message);
        }

        [Theory]
        [InlineData(0x1, "ff31:40:fe80::")]
        [InlineData(0x2, "ff32:40:fe80::")]
        public void ALinkLocalPrefixFitsAtLinkScopeOrNarrower(int scop, string expected) =>
            Assert.Equal(expected, new UnicastPrefixMulticastAddress(P("fe80::/64"), 0, (MulticastScope)scop).ToString());

        [Theory]
        [InlineData(0x3)]
        [InlineData(0x5)]
        [InlineData(0xE)]
        public void ALinkLocalPrefixCannotHaveAWiderScope(int scop)
        {
            // RFC 3306 §4: the scope MUST NOT exceed the scope of the embedded unicast prefix.
            var error = Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P("fe80::/64"), 0, (MulticastScope)scop));
            Assert.Equal("ScopeExceedsUnicastPrefix", error.ErrorId);
            Assert.Contains("RFC 4489", error.Message);
        }

        [Theory]
        [InlineData(0x0)]
        [InlineData(0xF)]
        public void ReservedScopesAreRefused(int scop)
        {
            Assert.Equal("ScopeReserved", Assert.Throws<MulticastRuleException>(() => new UnicastPrefixMulticastAddress(P("2001:db8::/32"), 0, (MulticastScope)scop)).ErrorId);
            Assert.Equal("ScopeReserved", Assert.Throws<MulticastRuleException>(() => UnicastPrefixMulticastAddress.SourceSpecific(0x8000_0000, (MulticastScope)scop)).ErrorId);
        }

        [Theory]
        [InlineData(0U, "ff3e:40:2001:db8:beef:feed::")]
        [InlineData(0xFFFF_FFFFU, "ff3e:40:2001:db8:beef:feed:ffff:ffff")]
        public void IPv6GroupIdEdges(uint groupId, string expected) =>
            Assert.Equal(expected, new UnicastPrefixMulticastAddress(P("2001:db8:beef:feed::/64"), groupId, MulticastScope.Global).ToString());

        [Theory]
        [InlineData("2001:db8::/32", 0x8000_0001U, 0x8)]
        [InlineData("2001:db8:beef:feed::/64", 0U, 0xE)]
        [InlineData("4000::/2", 0xFFFF_FFFFU, 0x1)]
        [InlineData("fe80::/64", 5U, 0x2)]
        public void DecodeRoundTrips(string prefix, uint groupId, int scop)
        {
            var built = new UnicastPrefixMulticastAddress(P(prefix), groupId, (MulticastScope)scop);
            UnicastPrefixMulticastAddress decoded = UnicastPrefixMulticastAddress.Decode(built.AddressValue);
            Assert.Equal(built.Address, decoded.Address);
            Assert.Equal(built.Prefix, decoded.Prefix);
            Assert.Equal(built.AllocationPrefix, decoded.AllocationPrefix);
            Assert.Equal(built.NetworkPrefix, decoded.NetworkPrefix);
            Assert.Equal(built.PrefixLength, decoded.PrefixLength);
            Assert.Equal(groupId, decoded.GroupId);
            Assert.Equal(built.GroupIdRange, decoded.GroupIdRange);
            Assert.Equal(built.Scope, decoded.Scope);
            Assert.False(decoded.IsSourceSpecific);
            Assert.Equal(UnicastPrefixViolation.None, UnicastPrefixMulticastAddress.Check(built.AddressValue));
        }

        [Fact]
        public void DecodeRoundTripsSourceSpecific()
        {
            UnicastPrefixMulticastAddress built = UnicastPrefixMulticastAddress.SourceSpecific(0x8000_1234, MulticastScope.SiteLocal);
            UnicastPrefixMulticastAddress decoded = UnicastPrefixMulticastAddress.Decode(A("ff35::8000:1234"));
            Assert.Equal(built.Address, decoded.Address);
            Assert.True(decoded.IsSourceSpecific);
            Assert.Equal(built.NetworkPrefix, decoded.NetworkPrefix);
            Assert.Equal(built.AllocationPrefix, decoded.AllocationPrefix);
        }

        [Theory]
        [InlineData("ff3e:740:2001:db8:beef:feed::1", UnicastPrefixViolation.ReservedBitsSet)]
        [InlineData("ff3e:f040:2001:db8:beef:feed::1", UnicastPrefixViolation.Ff2Set)]
        [InlineData("ff3e:20:2001:db8:dead::1", UnicastPrefixViolation.BitsAfterPlen)]
        [InlineData("ff3e:0:1::8000:1", UnicastPrefixViolation.SsmNetworkPrefixNotZero)]
        [InlineData("ff3e::1", UnicastPrefixViolation.SsmGroupIdInvalid)]
        [InlineData("ff3e::", UnicastPrefixViolation.SsmGroupIdInvalid)]
        [InlineData("ff30:40:2001:db8:beef:feed::1", UnicastPrefixViolation.ScopeReserved)]
        [InlineData("ff35:40:fe80::1", UnicastPrefixViolation.ScopeExceedsPrefix)]
        public void DecodeReadsThroughAdvisoryViolations(string address, UnicastPrefixViolation expected)
        {
            Assert.Equal(expected, UnicastPrefixMulticastAddress.Check(A(address)));
            Assert.Equal(A(address), UnicastPrefixMulticastAddress.Decode(A(address)).AddressValue);
        }

        [Fact]
        public void BitsAfterPlenDoNotEnterTheNetworkPrefix()
        {
            UnicastPrefixMulticastAddress group = UnicastPrefixMulticastAddress.Decode(A("ff3e:20:2001:db8:dead::1"));
            Assert.Equal("2001:db8::/32", group.NetworkPrefix.ToString());
            Assert.Equal("ff3e:20:2001:db8:dead::/96", group.Prefix.ToString());
            Assert.Equal("ff3e:20:2001:db8::/64", group.AllocationPrefix.ToString());
        }

        [Theory]
        [InlineData("ff3e::8000:1", true)]
        [InlineData("ffbe::8000:1", true)]
        [InlineData("ff3e:0:1::8000:1", true)]
        [InlineData("ff3e:100::8000:1", false)]
        [InlineData("ff3e:1000::8000:1", false)]
        [InlineData("ff3e:1::8000:1", false)]
        [InlineData("ff7e::8000:1", false)]
        [InlineData("ff1e::8000:1", false)]
        [InlineData("ff3e:40:2001:db8:beef:feed:8000:1", false)]
        [InlineData("232.1.2.3", false)]
        public void SourceSpecificIsFf3xOrFfbxWithPlenZero(string address, bool expected)
        {
            // RFC 3306 §6 and RFC 7371 §4.1.2: "if the most significant flag bit in ff1 is set, then we would get the SSM range ffbx::/32".
            Assert.Equal(expected, UnicastPrefixMulticastAddress.IsSourceSpecificFormat(A(address)));
        }

        [Theory]
        [InlineData("ff0e::1", UnicastPrefixViolation.PFlagClear, "PrefixFlagClear")]
        [InlineData("ff1e::1", UnicastPrefixViolation.PFlagClear, "PrefixFlagClear")]
        [InlineData("ff2e:40:2001:db8:beef:feed::1", UnicastPrefixViolation.TFlagClear, "TransientFlagClear")]
        [InlineData("ff3e:41:2001:db8:beef:feed::1", UnicastPrefixViolation.PlenTooLong, "PlenTooLong")]
        [InlineData("ff32:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.PlenTooLong, "PlenTooLong")]
        [InlineData("ff7e::8000:1", UnicastPrefixViolation.PlenZero, "EmbeddedRpPlenZero")]
        [InlineData("2001:db8::1", UnicastPrefixViolation.NotIPv6Multicast, "NotIPv6Multicast")]
        [InlineData("234.192.0.2", UnicastPrefixViolation.NotIPv6Multicast, "NotIPv6Multicast")]
        public void DecodeRefusesWhatIsNotRfc3306(string address, UnicastPrefixViolation expected, string errorId)
        {
            Assert.Equal(expected, UnicastPrefixMulticastAddress.Check(A(address)));
            var error = Assert.Throws<MulticastRuleException>(() => UnicastPrefixMulticastAddress.Decode(A(address)));
            Assert.Equal(errorId, error.ErrorId);
            Assert.False(UnicastPrefixMulticastAddress.TryDecode(A(address), out _));
        }
    }
}
