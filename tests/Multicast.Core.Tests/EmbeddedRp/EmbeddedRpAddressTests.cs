using System.Collections.Generic;

namespace Multicast.Tests.EmbeddedRp
{
    public class EmbeddedRpAddressTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        public static IEnumerable<object[]> AssignedAndUnassignedScopes()
        {
            for (int scop = 1; scop <= 0xE; scop++)
            {
                yield return new object[] { scop };
            }
        }

        // RFC 6676 §3.2: "the RP address 2001:DB8:BEEF:FEED::7, which gives the prefixes FF7X:740:2001:DB8:BEEF:FEED::/96".
        [Theory]
        [MemberData(nameof(AssignedAndUnassignedScopes))]
        public void Rfc6676Section32RpBeefFeed7(int scop)
        {
            var group = new EmbeddedRpAddress(A("2001:DB8:BEEF:FEED::7"), 64, 0, (MulticastScope)scop);
            Assert.Equal("ff7" + scop.ToString("x") + ":740:2001:db8:beef:feed::/96", group.Prefix.ToString());
            Assert.Equal("ff7" + scop.ToString("x") + ":740:2001:db8:beef:feed::", group.Address.ToString());
            Assert.Equal("2001:db8:beef:feed::7", group.RendezvousPoint.ToString());
            Assert.Equal(7, group.Riid);
            Assert.Equal(64, group.PrefixLength);
            Assert.Equal("2001:db8:beef:feed::/64", group.NetworkPrefix.ToString());
            Assert.Equal(0U, group.GroupId);
            Assert.Equal(GroupIdRange.None, group.GroupIdRangeValue);
            Assert.Equal((MulticastScope)scop, group.ScopeValue);
        }

        // RFC 6676 §3.2: "One example address could be 2001:DB8::1. The Embedded-RP multicast prefixes might then be FF7X:120:2001:DB8::/96."
        [Theory]
        [MemberData(nameof(AssignedAndUnassignedScopes))]
        public void Rfc6676Section32Rp2001Db8Colon1(int scop)
        {
            var group = new EmbeddedRpAddress(A("2001:DB8::1"), 32, 0, (MulticastScope)scop);
            Assert.Equal("ff7" + scop.ToString("x") + ":120:2001:db8::/96", group.Prefix.ToString());
            Assert.Equal("2001:db8::/32", group.NetworkPrefix.ToString());
            Assert.Equal(1, group.Riid);
        }

        // RFC 3956 §5.1 Example 1: RP 2001:DB8:BEEF:FEED::y gives FF7x:y40:2001:DB8:BEEF:FEED::/96, y from 1 to F.
        [Theory]
        [InlineData(0x1)]
        [InlineData(0x7)]
        [InlineData(0xF)]
        public void Rfc3956Example1(int y)
        {
            var rp = IPAddressValue.FromIPv6(0x2001_0db8_beef_feedUL, (ulong)y);
            var group = new EmbeddedRpAddress(rp, 64, 0, MulticastScope.Global);
            Assert.Equal("ff7e:" + y.ToString("x") + "40:2001:db8:beef:feed::/96", group.Prefix.ToString());
            Assert.Equal(group.Prefix, group.AllocationPrefix);
            Assert.Equal(rp, group.RendezvousPointValue);
        }

        // RFC 3956 §5.2 Example 2: plen=32 gives the multicast prefix FF7x:y20:2001:DB8::/64 and the RP 2001:DB8::y.
        [Fact]
        public void Rfc3956Example2()
        {
            var group = new EmbeddedRpAddress(A("2001:db8::5"), 32, 0x8000_0001, MulticastScope.OrganizationLocal);
            Assert.Equal("ff78:520:2001:db8::/64", group.AllocationPrefix.ToString());
            Assert.Equal("ff78:520:2001:db8::/96", group.Prefix.ToString());
            Assert.Equal("ff78:520:2001:db8::8000:1", group.Address.ToString());
            Assert.Equal(GroupIdRange.Dynamic, group.GroupIdRangeValue);
        }

        // RFC 3956 §5.3 Example 3: FF7x:y20:2001:DB8:DEAD::/80 still maps to the RP 2001:DB8::y.
        [Fact]
        public void Rfc3956Example3DecodesBitsAfterPlenToTheSameRp()
        {
            EmbeddedRpAddress group = EmbeddedRpAddress.Decode(A("ff7e:320:2001:db8:dead::1234"));
            Assert.Equal("2001:db8::3", group.RendezvousPoint.ToString());
            Assert.Equal(32, group.PrefixLength);
            Assert.Equal("2001:db8::/32", group.NetworkPrefix.ToString());
            Assert.Equal("ff7e:320:2001:db8:dead::/96", group.Prefix.ToString());
            Assert.Equal(0x1234U, group.GroupId);
            Assert.Equal(UnicastPrefixViolation.None, Multicast.EmbeddedRp.Check(A("ff7e:320:2001:db8:dead::1234")));
        }

        // RFC 3956 §5.4 Example 4: FF7x:y30:2001:DB8:BEEF::/80 has the RP 2001:DB8:BEEF::y.
        [Fact]
        public void Rfc3956Example4()
        {
            var built = new EmbeddedRpAddress(A("2001:db8:beef::9"), 48, 0, MulticastScope.SiteLocal);
            Assert.Equal("ff75:930:2001:db8:beef::/80", built.AllocationPrefix.ToString());
            EmbeddedRpAddress decoded = EmbeddedRpAddress.Decode(A("ff75:930:2001:db8:beef:0:1:2"));
            Assert.Equal("2001:db8:beef::9", decoded.RendezvousPoint.ToString());
            Assert.Equal(48, decoded.PrefixLength);
        }

        [Theory]
        [InlineData("2001:db8:beef:feed::7", 64, 0U, 0xE)]
        [InlineData("2001:db8::1", 32, 1U, 0x5)]
        [InlineData("8000::1", 1, 0xFFFF_FFFFU, 0x8)]
        [InlineData("2001:db8:beef:fee0::f", 60, 0x4000_0000U, 0x1)]
        [InlineData("fd00:1:2:3::a", 64, 0x8000_0000U, 0x2)]
        [InlineData("2001:db8:1::3", 48, 0x3FFF_FFFFU, 0xD)]
        public void DecodeRoundTrips(string rp, int plen, uint groupId, int scop)
        {
            var built = new EmbeddedRpAddress(A(rp), plen, groupId, (MulticastScope)scop);
            EmbeddedRpAddress decoded = EmbeddedRpAddress.Decode(built.AddressValue);
            Assert.Equal(built.Address, decoded.Address);
            Assert.Equal(built.Prefix, decoded.Prefix);
            Assert.Equal(built.AllocationPrefix, decoded.AllocationPrefix);
            Assert.Equal(A(rp), decoded.RendezvousPointValue);
            Assert.Equal(built.Riid, decoded.Riid);
            Assert.Equal(plen, decoded.PrefixLength);
            Assert.Equal(built.NetworkPrefix, decoded.NetworkPrefix);
            Assert.Equal(groupId, decoded.GroupId);
            Assert.Equal((MulticastScope)scop, decoded.ScopeValue);
            Assert.Equal(built.ToString(), decoded.ToString());
        }

        [Theory]
        [InlineData("ff7e:1740:2001:db8:beef:feed::1")]
        [InlineData("ff7e:8740:2001:db8:beef:feed::1")]
        [InlineData("ff7e:f740:2001:db8:beef:feed::1")]
        public void Ff2BitsDoNotChangeTheRp(string address)
        {
            // RFC 7371 §4.2.2: only the last 4 bits of the old reserved field are the RIID; ff2 is ignored on receipt.
            EmbeddedRpAddress group = EmbeddedRpAddress.Decode(A(address));
            Assert.Equal("2001:db8:beef:feed::7", group.RendezvousPoint.ToString());
            Assert.Equal(7, group.Riid);
            Assert.Equal(UnicastPrefixViolation.Ff2Set, Multicast.EmbeddedRp.Check(A(address)));
        }

        [Fact]
        public void TheXFlagMayBeSet()
        {
            // RFC 7371 §4.2.2: "prefixes ff70::/12 and fff0::/12 are embedded RP prefixes".
            EmbeddedRpAddress group = EmbeddedRpAddress.Decode(A("fffe:740:2001:db8:beef:feed::1"));
            Assert.Equal("2001:db8:beef:feed::7", group.RendezvousPoint.ToString());
            Assert.True(Multicast.EmbeddedRp.HasRFlag(A("fff5::")));
            Assert.False(Multicast.EmbeddedRp.HasRFlag(A("ffb5::")));
        }

        [Theory]
        [InlineData("ff3e:740:2001:db8:beef:feed::1", UnicastPrefixViolation.RFlagClear, "EmbeddedRpFlagClear")]
        [InlineData("ff5e:740:2001:db8:beef:feed::1", UnicastPrefixViolation.PFlagClear, "PrefixFlagClear")]
        [InlineData("ff6e:740:2001:db8:beef:feed::1", UnicastPrefixViolation.TFlagClear, "TransientFlagClear")]
        [InlineData("ff4e:740:2001:db8:beef:feed::1", UnicastPrefixViolation.PFlagClear | UnicastPrefixViolation.TFlagClear, "PrefixFlagClear")]
        [InlineData("ff7e:700::1", UnicastPrefixViolation.PlenZero, "EmbeddedRpPlenZero")]
        [InlineData("ff7e:741:2001:db8:beef:feed::1", UnicastPrefixViolation.PlenTooLong, "PlenTooLong")]
        [InlineData("ff7e:7ff:2001:db8:beef:feed::1", UnicastPrefixViolation.PlenTooLong, "PlenTooLong")]
        [InlineData("ff7e:40:2001:db8:beef:feed::1", UnicastPrefixViolation.RiidZero, "EmbeddedRpRiidZero")]
        [InlineData("ff7e:140:fe80::1", UnicastPrefixViolation.RendezvousPointExcluded, "EmbeddedRpAddressExcluded")]
        [InlineData("ff7e:120:0:db8::1", UnicastPrefixViolation.RendezvousPointExcluded, "EmbeddedRpAddressExcluded")]
        [InlineData("ff7e:140:ff02::1", UnicastPrefixViolation.RendezvousPointExcluded, "EmbeddedRpAddressExcluded")]
        [InlineData("ff0e::1", UnicastPrefixViolation.RFlagClear, "EmbeddedRpFlagClear")]
        [InlineData("2001:db8::1", UnicastPrefixViolation.NotIPv6Multicast, "NotIPv6Multicast")]
        [InlineData("239.1.2.3", UnicastPrefixViolation.NotIPv6Multicast, "NotIPv6Multicast")]
        public void DecodeRefusesWhatRfc3956Section4Refuses(string address, UnicastPrefixViolation expected, string errorId)
        {
            Assert.Equal(expected, Multicast.EmbeddedRp.Check(A(address)));
            var error = Assert.Throws<MulticastRuleException>(() => EmbeddedRpAddress.Decode(A(address)));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Equal(A(address).ToString(), error.Input);
            Assert.False(EmbeddedRpAddress.TryDecode(A(address), out EmbeddedRpAddress? result));
            Assert.Null(result);
        }

        [Theory]
        [InlineData("ff70::", UnicastPrefixViolation.PlenZero | UnicastPrefixViolation.RiidZero | UnicastPrefixViolation.ScopeReserved)]
        [InlineData("ff4f:f7ff::", UnicastPrefixViolation.PFlagClear | UnicastPrefixViolation.TFlagClear | UnicastPrefixViolation.PlenTooLong | UnicastPrefixViolation.Ff2Set | UnicastPrefixViolation.ScopeReserved)]
        public void CheckReportsEveryBrokenRuleAtOnce(string address, UnicastPrefixViolation expected) =>
            Assert.Equal(expected, Multicast.EmbeddedRp.Check(A(address)));

        [Theory]
        [InlineData("ff70:740:2001:db8:beef:feed::1")]
        [InlineData("ff7f:740:2001:db8:beef:feed::1")]
        public void ReservedScopesDecodeButAreReported(string address)
        {
            Assert.Equal(UnicastPrefixViolation.ScopeReserved, Multicast.EmbeddedRp.Check(A(address)));
            Assert.Equal("2001:db8:beef:feed::7", EmbeddedRpAddress.Decode(A(address)).RendezvousPoint.ToString());
        }

        [Theory]
        [InlineData(1, "ff7e:101:8000::")]
        [InlineData(64, "ff7e:140:8000::")]
        public void PrefixLengthEdgesThatFit(int plen, string expected)
        {
            Assert.Equal(expected, new EmbeddedRpAddress(A("8000::1"), plen, 0, MulticastScope.Global).ToString());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(65)]
        [InlineData(-1)]
        [InlineData(128)]
        public void PrefixLengthOutside1To64IsRefused(int plen)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new EmbeddedRpAddress(A("2001:db8:beef:feed::7"), plen, 0, MulticastScope.Global));
            Assert.Equal("EmbeddedRpPrefixLengthOutOfRange", error.ErrorId);
            Assert.Contains("RFC 3956", error.Message);
        }

        [Theory]
        [InlineData("2001:db8:beef:feed::1", 1)]
        [InlineData("2001:db8:beef:feed::f", 15)]
        public void RiidEdgesThatFit(string rp, int riid) =>
            Assert.Equal(riid, new EmbeddedRpAddress(A(rp), 64, 0, MulticastScope.Global).Riid);

        [Fact]
        public void RiidZeroIsRefused()
        {
            var error = Assert.Throws<MulticastRuleException>(() => new EmbeddedRpAddress(A("2001:db8:beef:feed::10"), 64, 0, MulticastScope.Global));
            Assert.Equal("EmbeddedRpRiidZero", error.ErrorId);
            Assert.Contains("RFC 3956 §6.3", error.Message);
        }

        [Theory]
        [InlineData("2001:db8:beef:feed::17", 64, "No plen")]
        [InlineData("2001:db8::1:1", 64, "No plen")]
        [InlineData("2001:db8:beef:feed::7", 48, "prefix length of 64")]
        [InlineData("2001:db8:beef:feed::7", 63, "prefix length of 64")]
        [InlineData("2001:db8:8000::7", 32, "prefix length of 33")]
        public void BitsBetweenThePrefixAndTheRiidAreRefused(string rp, int plen, string remedy)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new EmbeddedRpAddress(A(rp), plen, 0, MulticastScope.Global));
            Assert.Equal("EmbeddedRpBitsAfterPrefix", error.ErrorId);
            Assert.Contains(remedy, error.Message);
        }

        [Theory]
        [InlineData("fe80::7", "fe80::/10")]
        [InlineData("febf:ffff::7", "fe80::/10")]
        [InlineData("::1", "::/16")]
        [InlineData("::ffff:192.0.2.1", "::/16")]
        [InlineData("0:ffff::1", "::/16")]
        [InlineData("ff02::1", "ff00::/8")]
        [InlineData("ff7e:740:2001:db8:beef:feed::1", "ff00::/8")]
        public void RpsRfc3956Section4ExcludesAreRefused(string rp, string range)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new EmbeddedRpAddress(A(rp), 64, 0, MulticastScope.Global));
            Assert.Equal("EmbeddedRpAddressExcluded", error.ErrorId);
            Assert.Contains(range, error.Message);
        }

        [Theory]
        [InlineData("fec0::7")]
        [InlineData("1::7")]
        [InlineData("fc00::7")]
        public void RpsJustOutsideTheExcludedRangesFit(string rp) =>
            Assert.Equal(A(rp), new EmbeddedRpAddress(A(rp), 64, 0, MulticastScope.Global).RendezvousPointValue);

        [Fact]
        public void AnIPv4RpIsRefused()
        {
            var error = Assert.Throws<MulticastRuleException>(() => new EmbeddedRpAddress(A("192.0.2.1"), 24, 0, MulticastScope.Global));
            Assert.Equal("EmbeddedRpNotIPv6", error.ErrorId);
        }

        [Theory]
        [InlineData(0x0)]
        [InlineData(0xF)]
        public void ReservedScopesAreRefused(int scop)
        {
            var error = Assert.Throws<MulticastRuleException>(() => new EmbeddedRpAddress(A("2001:db8::1"), 32, 0, (MulticastScope)scop));
            Assert.Equal("ScopeReserved", error.ErrorId);
        }

        [Theory]
        [InlineData(0U, "ff7e:740:2001:db8:beef:feed::", GroupIdRange.None)]
        [InlineData(1U, "ff7e:740:2001:db8:beef:feed:0:1", GroupIdRange.PermanentAddress)]
        [InlineData(0x4000_0000U, "ff7e:740:2001:db8:beef:feed:4000:0", GroupIdRange.PermanentGroupId)]
        [InlineData(0xFFFF_FFFFU, "ff7e:740:2001:db8:beef:feed:ffff:ffff", GroupIdRange.Dynamic)]
        public void GroupIdFillsTheLast32Bits(uint groupId, string expected, GroupIdRange range)
        {
            var group = new EmbeddedRpAddress(A("2001:db8:beef:feed::7"), 64, groupId, MulticastScope.Global);
            Assert.Equal(expected, group.ToString());
            Assert.Equal(expected, group.Address.ToString());
            Assert.Equal(range, group.GroupIdRangeValue);
            Assert.True(group.PrefixValue.Contains(group.AddressValue));
        }

        [Fact]
        public void RendezvousPointOfFollowsRfc3956Section4Steps()
        {
            // Copy plen bits of the network prefix to a zeroed address; put the RIID in the last 4 bits.
            Assert.Equal("2001:db8::3", Multicast.EmbeddedRp.RendezvousPointOf(A("ff7e:f320:2001:db8:ffff:ffff:ffff:ffff")).ToString());
        }
    }
}
