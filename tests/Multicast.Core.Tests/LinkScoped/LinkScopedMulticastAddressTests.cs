using System.Linq;

namespace Multicast.Tests.LinkScoped
{
    public class LinkScopedMulticastAddressTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        public static TheoryData<int> ScopesWiderThanLink() => new TheoryData<int>(Enumerable.Range(3, 13));

        // RFC 4489 §4: "if the link-local unicast address is FE80::A12:34FF:FE56:7890, the link-scoped
        // multicast prefix of the node is FF32:00FF:A12:34FF:FE56:7890::/96".
        [Fact]
        public void Rfc4489Section4Example()
        {
            LinkScopedMulticastAddress group = LinkScopedMulticastAddress.FromInterfaceAddress(A("FE80::A12:34FF:FE56:7890"), 0, MulticastScope.LinkLocal);
            Assert.Equal("ff32:ff:a12:34ff:fe56:7890::/96", group.Prefix.ToString());
            Assert.Equal("ff32:ff:a12:34ff:fe56:7890::", group.ToString());
            Assert.Equal("a12:34ff:fe56:7890", group.InterfaceId.ToString());
            Assert.Equal("fe80::a12:34ff:fe56:7890", group.InterfaceAddress.ToString());
            Assert.Equal(MulticastScope.LinkLocal, group.ScopeValue);
            Assert.Equal(0U, group.GroupId);
        }

        [Fact]
        public void TheInterfaceIdGivesTheSameAddress()
        {
            var fromId = new LinkScopedMulticastAddress(InterfaceIdentifier.Parse("a12:34ff:fe56:7890"), 0x8000_0001, MulticastScope.LinkLocal);
            LinkScopedMulticastAddress fromAddress = LinkScopedMulticastAddress.FromInterfaceAddress(A("fe80::a12:34ff:fe56:7890%eth0"), 0x8000_0001, MulticastScope.LinkLocal);
            Assert.Equal(fromAddress.Address, fromId.Address);
            Assert.Equal("ff32:ff:a12:34ff:fe56:7890:8000:1", fromId.ToString());
            Assert.Equal(GroupIdRange.Dynamic, fromId.GroupIdRangeValue);
        }

        [Theory]
        [InlineData(0x1, "ff31:ff:a12:34ff:fe56:7890:0:1")]
        [InlineData(0x2, "ff32:ff:a12:34ff:fe56:7890:0:1")]
        public void InterfaceAndLinkScopesFit(int scop, string expected) =>
            Assert.Equal(expected, new LinkScopedMulticastAddress(new InterfaceIdentifier(0x0a12_34ff_fe56_7890), 1, (MulticastScope)scop).ToString());

        [Theory]
        [MemberData(nameof(ScopesWiderThanLink))]
        public void ScopesWiderThanLinkLocalAreRefused(int scop)
        {
            // RFC 4489 §2: "this technique MUST only be used for link scoped multicast addresses".
            var error = Assert.Throws<MulticastRuleException>(() => new LinkScopedMulticastAddress(new InterfaceIdentifier(1), 0, (MulticastScope)scop));
            Assert.Equal("LinkScopedScopeTooWide", error.ErrorId);
            Assert.Contains("RFC 3306", error.Message);
        }

        [Fact]
        public void ScopeZeroIsRefused() =>
            Assert.Equal("ScopeReserved", Assert.Throws<MulticastRuleException>(() => new LinkScopedMulticastAddress(new InterfaceIdentifier(1), 0, MulticastScope.Reserved0)).ErrorId);

        [Theory]
        [InlineData(1UL, "ff32:ff::1:0:0")]
        [InlineData(ulong.MaxValue, "ff32:ff:ffff:ffff:ffff:ffff::")]
        public void InterfaceIdEdgesThatFit(ulong iid, string expected) =>
            Assert.Equal(expected, new LinkScopedMulticastAddress(new InterfaceIdentifier(iid), 0, MulticastScope.LinkLocal).ToString());

        [Fact]
        public void InterfaceIdZeroIsRefused()
        {
            var error = Assert.Throws<MulticastRuleException>(() => LinkScopedMulticastAddress.FromInterfaceAddress(A("fe80::"), 0, MulticastScope.LinkLocal));
            Assert.Equal("LinkScopedInterfaceIdZero", error.ErrorId);
        }

        [Theory]
        [InlineData(0U, "ff32:ff:a12:34ff:fe56:7890::")]
        [InlineData(0xFFFF_FFFFU, "ff32:ff:a12:34ff:fe56:7890:ffff:ffff")]
        public void GroupIdEdges(uint groupId, string expected) =>
            Assert.Equal(expected, new LinkScopedMulticastAddress(new InterfaceIdentifier(0x0a12_34ff_fe56_7890), groupId, MulticastScope.LinkLocal).ToString());

        [Theory]
        [InlineData("2001:db8::1", "LinkScopedAddressNotLinkLocal")]
        [InlineData("ff02::1", "LinkScopedAddressNotLinkLocal")]
        [InlineData("169.254.1.1", "LinkScopedAddressNotLinkLocal")]
        [InlineData("fec0::1", "LinkScopedAddressNotLinkLocal")]
        [InlineData("fe80:1::1", "LinkScopedAddressMalformed")]
        [InlineData("febf::1", "LinkScopedAddressMalformed")]
        public void OnlyALinkLocalUnicastAddressGivesTheInterfaceId(string address, string errorId)
        {
            var error = Assert.Throws<MulticastRuleException>(() => LinkScopedMulticastAddress.FromInterfaceAddress(A(address), 0, MulticastScope.LinkLocal));
            Assert.Equal(errorId, error.ErrorId);
        }

        [Theory]
        [InlineData(0x0a12_34ff_fe56_7890UL, 0U, 0x2)]
        [InlineData(1UL, 0xFFFF_FFFFU, 0x1)]
        [InlineData(ulong.MaxValue, 0x4000_0000U, 0x2)]
        public void DecodeRoundTrips(ulong iid, uint groupId, int scop)
        {
            var built = new LinkScopedMulticastAddress(new InterfaceIdentifier(iid), groupId, (MulticastScope)scop);
            LinkScopedMulticastAddress decoded = LinkScopedMulticastAddress.Decode(built.AddressValue);
            Assert.Equal(built.Address, decoded.Address);
            Assert.Equal(built.Prefix, decoded.Prefix);
            Assert.Equal(built.InterfaceId, decoded.InterfaceId);
            Assert.Equal(built.InterfaceAddress, decoded.InterfaceAddress);
            Assert.Equal(groupId, decoded.GroupId);
            Assert.Equal((MulticastScope)scop, decoded.ScopeValue);
        }

        [Theory]
        [InlineData("ffb2:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.None)]
        [InlineData("ff32:f0ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.Ff2Set)]
        [InlineData("ff32:3ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.ReservedBitsSet)]
        [InlineData("ff30:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.ScopeReserved)]
        public void DecodeReadsThroughWhatReceiversIgnore(string address, UnicastPrefixViolation expected)
        {
            Assert.Equal(expected, LinkScopedMulticastAddress.Check(A(address)));
            Assert.Equal("a12:34ff:fe56:7890", LinkScopedMulticastAddress.Decode(A(address)).InterfaceId.ToString());
        }

        [Theory]
        [InlineData("ff32:40:a12:34ff:fe56:7890::1", UnicastPrefixViolation.PlenNotLinkScoped, "LinkScopedPlenNot255")]
        [InlineData("ff72:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.RFlagSet, "LinkScopedRFlagSet")]
        [InlineData("ff72:7ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.RFlagSet, "LinkScopedRFlagSet")]
        [InlineData("ff35:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.ScopeTooWide, "LinkScopedScopeTooWide")]
        [InlineData("ff22:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.TFlagClear, "TransientFlagClear")]
        [InlineData("ff02:ff:a12:34ff:fe56:7890::1", UnicastPrefixViolation.PFlagClear, "PrefixFlagClear")]
        [InlineData("fe80::a12:34ff:fe56:7890", UnicastPrefixViolation.NotIPv6Multicast, "NotIPv6Multicast")]
        public void DecodeRefusesWhatRfc4489Section3Refuses(string address, UnicastPrefixViolation expected, string errorId)
        {
            Assert.Equal(expected, LinkScopedMulticastAddress.Check(A(address)));
            Assert.Equal(errorId, Assert.Throws<MulticastRuleException>(() => LinkScopedMulticastAddress.Decode(A(address))).ErrorId);
            Assert.False(LinkScopedMulticastAddress.TryDecode(A(address), out _));
        }
    }
}
