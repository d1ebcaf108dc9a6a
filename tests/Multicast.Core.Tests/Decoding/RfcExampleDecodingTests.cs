using System.Collections.Generic;
using System.Net.Sockets;
using static Multicast.Tests.Decoding.DecodingAssert;
using Ids = Multicast.MulticastWarningIds;

namespace Multicast.Tests.Decoding
{
    /// <summary>Every worked example of the RFCs named in issue 3, explained by the decoder.</summary>
    public class RfcExampleDecodingTests
    {
        public static IEnumerable<object[]> UsableScopes()
        {
            for (int scop = 1; scop <= 0xE; scop++)
            {
                yield return new object[] { scop };
            }
        }

        private static string X(int scop) => scop.ToString("x");

        // RFC 3306 §7: "3FFE:FFFF:1::/48 would also have a unicast prefix-based multicast prefix of FF3x:0030:3FFE:FFFF:0001::/96".
        [Theory]
        [MemberData(nameof(UsableScopes))]
        public void Rfc3306Section7GlobalPrefix(int scop)
        {
            MulticastAddressInfo info = Decode("FF3" + X(scop) + ":0030:3FFE:FFFF:0001::8000:1");
            Assert.Equal(MulticastMechanism.UnicastPrefixIPv6, info.Mechanism);
            Assert.Equal((MulticastScope)scop, info.Scope);
            Assert.Equal(false, info.X);
            Assert.Equal(false, info.R);
            Assert.Equal(true, info.P);
            Assert.Equal(true, info.T);
            Assert.Equal(3, info.Ff1);
            Assert.Equal(0, info.Ff2);
            Assert.Equal(48, info.PrefixLength);
            Assert.Equal("3ffe:ffff:1::/48", info.NetworkPrefix.ToString());
            Assert.Equal(0x8000_0001u, info.GroupId);
            Assert.Equal(GroupIdRange.Dynamic, info.GroupIdRange);
            Assert.Equal(false, info.IsSourceSpecific);
            Assert.Null(info.SsmRange);
            Assert.Null(info.RendezvousPoint);
            Assert.Equal("33-33-80-00-00-01", info.MacAddress);

            // The example's prefix is the 6bone's, which no network holds any more.
            Warns(info, Ids.SixBonePrefix, "RFC 3701");
            WarningsNameAddressAndSource(info);
        }

        // RFC 3306 §6 and §7: "All IPv6 SSM multicast addresses will have the format FF3x::/96."
        [Theory]
        [MemberData(nameof(UsableScopes))]
        public void Rfc3306Section7Ssm(int scop)
        {
            MulticastAddressInfo info = Decode("ff3" + X(scop) + "::8000:1234");
            Assert.Equal(MulticastMechanism.SourceSpecific, info.Mechanism);
            Assert.Equal(true, info.IsSourceSpecific);
            Assert.Equal(SsmRange.HostAllocated, info.SsmRange);
            Assert.Equal(0, info.PrefixLength);
            Assert.Null(info.NetworkPrefix);
            Assert.Equal(0x8000_1234u, info.GroupId);
            DoesNotWarn(info, Ids.SsmGroupIdInvalid, Ids.SsmReservedNull, Ids.SsmIanaReserved, Ids.SsmNetworkPrefixNotZero, Ids.OutsideSsmRange);
        }

        // RFC 3956 §5.1 Example 1: FF7x:y40:2001:DB8:BEEF:FEED::/96 has the RP 2001:DB8:BEEF:FEED::y, y from 1 to F.
        [Theory]
        [InlineData(0x1)]
        [InlineData(0x7)]
        [InlineData(0xF)]
        public void Rfc3956Example1(int y)
        {
            MulticastAddressInfo info = Decode("ff7e:" + X(y) + "40:2001:db8:beef:feed:8000:1");
            Assert.Equal(MulticastMechanism.EmbeddedRp, info.Mechanism);
            Assert.Equal("2001:db8:beef:feed::" + X(y), info.RendezvousPoint!.ToString());
            Assert.Equal(y, info.Riid);
            Assert.Equal(64, info.PrefixLength);
            Assert.Equal("2001:db8:beef:feed::/64", info.NetworkPrefix.ToString());
            Assert.Equal(7, info.Ff1);
            Assert.Equal(true, info.R);
            Warns(info, Ids.DocumentationEmbeddedRp, "RFC 6676 §3.2");
            Assert.Single(info.Warning);
        }

        // RFC 3956 §5.1: "y" could be anything from 1 to F, as 0 must not be used.
        [Fact]
        public void Rfc3956Example1RiidZero()
        {
            MulticastAddressInfo info = Decode("ff7e:40:2001:db8:beef:feed:8000:1");
            Assert.Equal(MulticastMechanism.EmbeddedRp, info.Mechanism);
            Assert.Equal(0, info.Riid);
            Assert.Null(info.RendezvousPoint);
            Assert.Null(info.NetworkPrefix);
            Warns(info, Ids.EmbeddedRpRiidZero, "RFC 3956 §6.3");
        }

        // RFC 3956 §5.2 Example 2: FF7x:y20:2001:DB8::/64, RP 2001:DB8::y.
        [Fact]
        public void Rfc3956Example2()
        {
            MulticastAddressInfo info = Decode("ff7e:320:2001:db8::8000:1");
            Assert.Equal("2001:db8::3", info.RendezvousPoint!.ToString());
            Assert.Equal(32, info.PrefixLength);
            Assert.Equal("2001:db8::/32", info.NetworkPrefix.ToString());
        }

        // RFC 3956 §5.3 Example 3: FF7x:y20:2001:DB8:DEAD::/80 still maps to 2001:DB8::y; the bits after plen are allowed.
        [Fact]
        public void Rfc3956Example3()
        {
            MulticastAddressInfo info = Decode("ff7e:320:2001:db8:dead::8000:1");
            Assert.Equal("2001:db8::3", info.RendezvousPoint!.ToString());
            Assert.Equal("2001:db8::/32", info.NetworkPrefix.ToString());
            DoesNotWarn(info, Ids.NetworkPrefixBitsAfterPlen);
            Assert.Single(info.Warning); // the documentation prefix only
        }

        // RFC 3956 §5.4 Example 4: FF7x:y30:2001:DB8:BEEF::/80 maps to 2001:DB8:BEEF::y.
        [Fact]
        public void Rfc3956Example4()
        {
            MulticastAddressInfo info = Decode("ff7e:a30:2001:db8:beef::8000:1");
            Assert.Equal("2001:db8:beef::a", info.RendezvousPoint!.ToString());
            Assert.Equal(48, info.PrefixLength);
            Assert.Equal("2001:db8:beef::/48", info.NetworkPrefix.ToString());
        }

        // RFC 4489 §4: FE80::A12:34FF:FE56:7890 gives the link-scoped prefix FF32:00FF:A12:34FF:FE56:7890::/96.
        [Fact]
        public void Rfc4489Section4()
        {
            MulticastAddressInfo info = Decode("FF32:00FF:A12:34FF:FE56:7890:8000:1");
            Assert.Equal(MulticastMechanism.LinkScoped, info.Mechanism);
            Assert.Equal(MulticastScope.LinkLocal, info.Scope);
            Assert.Equal("a12:34ff:fe56:7890", info.InterfaceId.ToString());
            Assert.Equal(255, info.PrefixLength);
            Assert.Null(info.NetworkPrefix);
            Assert.Equal(0x8000_0001u, info.GroupId);
            Assert.Equal(false, info.IsSourceSpecific);
            IsGoodChoice(info);
        }

        [Fact]
        public void Rfc4489Section4PrefixItself()
        {
            MulticastAddressInfo info = Decode("ff32:ff:a12:34ff:fe56:7890::");
            Assert.Equal("a12:34ff:fe56:7890", info.InterfaceId.ToString());
            Assert.Equal(0u, info.GroupId);
            Assert.Equal(GroupIdRange.None, info.GroupIdRange);
        }

        // RFC 6034 §4: 192.0.2.0/24 owns 234.192.0.2; shifting the group left by 8 bits gives 192.0.2.0.
        [Fact]
        public void Rfc6034Section4Documentation()
        {
            MulticastAddressInfo info = Decode("234.192.0.2");
            Assert.Equal(MulticastMechanism.UnicastPrefixIPv4, info.Mechanism);
            Assert.Equal("192.0.2.0/24", info.NetworkPrefix.ToString());
            Assert.Equal("Unicast-Prefix-based IPv4 Multicast Addresses", info.IanaBlock);
            Assert.Equal("RESERVED", info.IanaBlockRfc5771Name);
            Assert.Equal(MulticastScope.Global, info.Scope);
            Assert.Null(info.PrefixLength);
            Warns(info, Ids.DocumentationUnicastPrefixIPv4, "RFC 6676 §2.3");
        }

        // RFC 6034 §4: x.y.0.0/16 owns 234.x.y.0/24; 234.x.y.10 points at x.y.10.0.
        [Fact]
        public void Rfc6034Section4Slash16()
        {
            MulticastAddressInfo info = Decode("234.20.30.10");
            Assert.Equal("20.30.10.0/24", info.NetworkPrefix.ToString());
            IsGoodChoice(info);
        }

        // RFC 6676 §2: 233.252.0.0/24 is MCAST-TEST-NET.
        [Theory]
        [InlineData("233.252.0.0", true)]
        [InlineData("233.252.0.1", true)]
        [InlineData("233.252.0.255", true)]
        [InlineData("233.252.1.0", false)]
        [InlineData("233.251.255.255", false)]
        public void Rfc6676Section2McastTestNet(string address, bool testNet)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(testNet, info.Mechanism == MulticastMechanism.McastTestNet);
            if (testNet)
            {
                Assert.Equal("AD-HOC Block III", info.IanaBlock);
                Assert.Equal("MCAST-TEST-NET", info.IanaName);
                Warns(info, Ids.DocumentationMcastTestNet, "RFC 6676 §2");
            }
            else
            {
                DoesNotWarn(info, Ids.DocumentationMcastTestNet);
            }
        }

        // RFC 6676 §2.1: relative offset 10 in the Local Scope is 239.255.255.245; RFC 6308 §3.4.2: SLPv2 is offset 2.
        [Theory]
        [InlineData("239.255.255.245", "MCAST-TEST-NET-2", Ids.DocumentationRelativeOffset, "RFC 6676 §2.1")]
        [InlineData("239.195.255.245", "MCAST-TEST-NET-2", Ids.DocumentationRelativeOffset, "RFC 6676 §2.1")]
        [InlineData("239.255.255.253", "SLPv2 Discovery", Ids.RelativeOffsetAssigned, "RFC 2365 §9")]
        [InlineData("239.195.255.253", "SLPv2 Discovery", Ids.RelativeOffsetAssigned, "RFC 2365 §9")]
        public void Rfc6676Section21AndRfc6308ScopeRelative(string address, string name, string id, string rule)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(MulticastMechanism.ScopeRelative, info.Mechanism);
            Assert.Equal(name, info.IanaName);
            Assert.Equal(true, info.IsAdminScoped);
            Warns(info, id, rule);
            Assert.Single(info.Warning);
        }

        // RFC 6676 §2.2: AS 64496-64511 give 233.251.240.0/24 to 233.251.255.0/24.
        [Theory]
        [InlineData("233.251.240.0", 64496u, true)]
        [InlineData("233.251.255.255", 64511u, true)]
        [InlineData("233.251.239.255", 64495u, false)]
        public void Rfc6676Section22Glop(string address, uint asNumber, bool documentation)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(MulticastMechanism.Glop, info.Mechanism);
            Assert.Equal(asNumber, info.GlopAsNumber);
            if (documentation)
            {
                Warns(info, Ids.DocumentationGlop, "RFC 5398", "RFC 6676 §2.2");
            }
            else
            {
                IsGoodChoice(info);
            }
        }

        // RFC 6676 §2.3: 234.192.0.2, 234.198.51.100 and 234.203.0.113.
        [Theory]
        [InlineData("234.192.0.2", "192.0.2.0/24", true)]
        [InlineData("234.198.51.100", "198.51.100.0/24", true)]
        [InlineData("234.203.0.113", "203.0.113.0/24", true)]
        [InlineData("234.192.0.3", "192.0.3.0/24", false)]
        [InlineData("234.203.0.112", "203.0.112.0/24", false)]
        public void Rfc6676Section23(string address, string prefix, bool documentation)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(prefix, info.NetworkPrefix.ToString());
            if (documentation)
            {
                Warns(info, Ids.DocumentationUnicastPrefixIPv4, "RFC 5737", "RFC 6676 §2.3");
            }
            else
            {
                IsGoodChoice(info);
            }
        }

        // RFC 6676 §3: FF0X::DB8:0:0/96, permanently assigned (T = 0), at every scope.
        [Theory]
        [MemberData(nameof(UsableScopes))]
        public void Rfc6676Section3(int scop)
        {
            foreach (string group in new[] { "::db8:0:0", "::db8:8000:1", "::db8:ffff:ffff" })
            {
                MulticastAddressInfo info = Decode("ff0" + X(scop) + group);
                Assert.Equal(MulticastMechanism.Permanent, info.Mechanism);
                Assert.Equal("Documentation Addresses", info.IanaName);
                Assert.Equal("[RFC6676]", info.IanaReference);
                Warns(info, Ids.DocumentationIPv6Multicast, "RFC 6676 §3");
            }
        }

        [Theory]
        [InlineData("ff0e::db7:ffff:ffff")]
        [InlineData("ff0e::db9:0:0")]
        [InlineData("ff1e::db8:8000:1")]
        public void Rfc6676Section3OutsideThePrefix(string address) => DoesNotCite(Decode(address), "RFC 6676");

        // RFC 6676 §3.1: FF3X:20:2001:DB8::/64 and FF3X:40:2001:DB8:DEAD:BEEF::/96.
        [Theory]
        [InlineData("ff3e:20:2001:db8::8000:1", "2001:db8::/32")]
        [InlineData("ff35:40:2001:db8:dead:beef:8000:1", "2001:db8:dead:beef::/64")]
        public void Rfc6676Section31(string address, string prefix)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(MulticastMechanism.UnicastPrefixIPv6, info.Mechanism);
            Assert.Equal(prefix, info.NetworkPrefix.ToString());
            Warns(info, Ids.DocumentationUnicastPrefixIPv6, "RFC 3849", "RFC 6676 §3.1");
            Assert.Single(info.Warning);
        }

        // RFC 6676 §3.2: RP 2001:DB8::1 gives FF7X:120:2001:DB8::/96; RP 2001:DB8:BEEF:FEED::7 gives FF7X:740:2001:DB8:BEEF:FEED::/96.
        [Theory]
        [InlineData("ff7e:120:2001:db8::8000:1", "2001:db8::1")]
        [InlineData("ff78:740:2001:db8:beef:feed:8000:1", "2001:db8:beef:feed::7")]
        public void Rfc6676Section32(string address, string rendezvousPoint)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(rendezvousPoint, info.RendezvousPoint!.ToString());
            Warns(info, Ids.DocumentationEmbeddedRp, "RFC 3849", "RFC 6676 §3.2");
            Assert.Single(info.Warning);
        }

        // RFC 4291 §2.7: the NTP group ID 101 at scopes 1, 2, 5 and E, and the transient FF15::101 that bears no relationship to it.
        [Theory]
        [InlineData("FF01:0:0:0:0:0:0:101", MulticastScope.InterfaceLocal)]
        [InlineData("FF02:0:0:0:0:0:0:101", MulticastScope.LinkLocal)]
        [InlineData("FF05:0:0:0:0:0:0:101", MulticastScope.SiteLocal)]
        [InlineData("FF0E:0:0:0:0:0:0:101", MulticastScope.Global)]
        public void Rfc4291Section27Ntp(string address, MulticastScope scope)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(scope, info.Scope);
            Assert.Equal(MulticastMechanism.Permanent, info.Mechanism);
            Assert.Equal(false, info.T);
            Assert.Equal("Network Time Protocol (NTP)", info.IanaName);
            Assert.Equal("Variable Scope Multicast Addresses", info.IanaBlock);
            Assert.Equal(0x101u, info.GroupId);
            Warns(info, Ids.IanaAssigned, "RFC 4291 §2.7");
            Assert.Single(info.Warning);
        }

        [Fact]
        public void Rfc4291Section27TransientFf15101()
        {
            MulticastAddressInfo info = Decode("FF15:0:0:0:0:0:0:101");
            Assert.Equal(MulticastMechanism.Transient, info.Mechanism);
            Assert.Equal(true, info.T);
            Assert.Null(info.IanaName);
            IsGoodChoice(info);
        }

        // RFC 4291 §2.7.1: FF00:: to FF0F:: are reserved and shall never be assigned.
        [Theory]
        [InlineData(0x0)]
        [InlineData(0x1)]
        [InlineData(0x2)]
        [InlineData(0x5)]
        [InlineData(0xE)]
        [InlineData(0xF)]
        public void Rfc4291Section271Reserved(int scop)
        {
            MulticastAddressInfo info = Decode("ff0" + X(scop) + "::");
            Warns(info, Ids.ReservedMulticastAddress, "RFC 4291 §2.7.1");
            Assert.Equal(0u, info.GroupId);
        }

        // RFC 4291 §2.7.1: all-nodes at scopes 1 and 2, all-routers at 1, 2 and 5.
        [Theory]
        [InlineData("FF01:0:0:0:0:0:0:1", "All Nodes Address")]
        [InlineData("FF02:0:0:0:0:0:0:1", "All Nodes Address")]
        [InlineData("FF01:0:0:0:0:0:0:2", "All Routers Address")]
        [InlineData("FF02:0:0:0:0:0:0:2", "All Routers Address")]
        [InlineData("FF05:0:0:0:0:0:0:2", "All Routers Address")]
        public void Rfc4291Section271PreDefined(string address, string name)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(name, info.IanaName);
            Assert.Equal(MulticastMechanism.Permanent, info.Mechanism);
            Warns(info, Ids.IanaAssigned, "RFC 4291 §2.7");
            Assert.Single(info.Warning);
        }

        // RFC 4291 §2.7.1: 4037::01:800:200E:8C6C has the solicited-node address FF02::1:FF0E:8C6C; the range is FF02:0:0:0:0:1:FF00:0000-FFFF:FFFF.
        [Theory]
        [InlineData("FF02::1:FF0E:8C6C", "0e:8c6c", "33-33-FF-0E-8C-6C")]
        [InlineData("FF02:0:0:0:0:1:FF00:0000", "00:0000", "33-33-FF-00-00-00")]
        [InlineData("FF02:0:0:0:0:1:FFFF:FFFF", "ff:ffff", "33-33-FF-FF-FF-FF")]
        public void Rfc4291Section271SolicitedNode(string address, string suffix, string mac)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(MulticastMechanism.SolicitedNode, info.Mechanism);
            Assert.Equal(suffix, info.SolicitedNodeSuffix);
            Assert.Equal(mac, info.MacAddress);
            Assert.Equal("Solicited-Node Address", info.IanaName);
            Assert.Null(info.GroupId);
            Warns(info, Ids.IanaAssigned, "RFC 4291 §2.7");
        }

        [Theory]
        [InlineData("ff02::1:feff:ffff")]
        [InlineData("ff02::2:0:0")]
        [InlineData("ff12::1:ff0e:8c6c")]
        public void Rfc4291Section271NotSolicitedNode(string address)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.NotEqual(MulticastMechanism.SolicitedNode, info.Mechanism);
            Assert.Null(info.SolicitedNodeSuffix);
        }

        // RFC 3307 §4.3: FF02::9 maps to 33-33-00-00-00-09; the dynamic FF32::8000:9 to 33-33-80-00-00-09.
        [Fact]
        public void Rfc3307Section43PermanentFf029()
        {
            MulticastAddressInfo info = Decode("FF02::9");
            Assert.Equal("33-33-00-00-00-09", info.MacAddress);
            Assert.Equal(9u, info.GroupId);
            Assert.Equal(GroupIdRange.PermanentAddress, info.GroupIdRange);
            Assert.Equal("RIP Routers", info.IanaName);
            Assert.Equal(MulticastMechanism.Permanent, info.Mechanism);
        }

        [Fact]
        public void Rfc3307Section43DynamicFf3280009()
        {
            // FF32::/32 has P = 1 and plen 0: RFC 4607 §1 made it the link-local SSM range since.
            MulticastAddressInfo info = Decode("FF32::8000:9");
            Assert.Equal("33-33-80-00-00-09", info.MacAddress);
            Assert.Equal(0x8000_0009u, info.GroupId);
            Assert.Equal(GroupIdRange.Dynamic, info.GroupIdRange);
            Assert.Equal(true, info.IsSourceSpecific);
            Assert.Equal(SsmRange.HostAllocated, info.SsmRange);
            Assert.Equal(MulticastScope.LinkLocal, info.Scope);
            IsGoodChoice(info);
        }

        // RFC 4607 §1 and §4.3 on 232/8, both ends of each sub-range; §5.1's example channel (192.0.2.1, 232.7.8.9).
        [Theory]
        [InlineData("231.255.255.255", null)]
        [InlineData("232.0.0.0", SsmRange.ReservedNull)]
        [InlineData("232.0.0.1", SsmRange.IanaReserved)]
        [InlineData("232.0.0.255", SsmRange.IanaReserved)]
        [InlineData("232.0.1.0", SsmRange.HostAllocated)]
        [InlineData("232.7.8.9", SsmRange.HostAllocated)]
        [InlineData("232.255.255.255", SsmRange.HostAllocated)]
        [InlineData("233.0.0.0", null)]
        public void Rfc4607IPv4(string address, SsmRange? range)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(range, info.SsmRange);
            Assert.Equal(range.HasValue, info.IsSourceSpecific);
            if (range == SsmRange.HostAllocated)
            {
                Assert.Equal(MulticastMechanism.SourceSpecific, info.Mechanism);
                Assert.Equal("Source-Specific Multicast Block", info.IanaBlock);
                DoesNotCite(info, "RFC 4607");
            }
            else if (range.HasValue)
            {
                Warns(info, range == SsmRange.ReservedNull ? Ids.SsmReservedNull : Ids.SsmIanaReserved, "RFC 4607 §4.3");
            }
        }

        // RFC 4607 §1 and §4.3 on the FF3x::/96 group IDs; RFC 7371 §4.1.2 adds FFBx::/32.
        [Theory]
        [InlineData("ff3e::", SsmRange.Invalid, Ids.SsmGroupIdInvalid)]
        [InlineData("ff3e::3fff:ffff", SsmRange.Invalid, Ids.SsmGroupIdInvalid)]
        [InlineData("ff3e::4000:0", SsmRange.ReservedNull, Ids.SsmReservedNull)]
        [InlineData("ff3e::4000:1", SsmRange.IanaReserved, Ids.SsmIanaReserved)]
        [InlineData("ff3e::7fff:ffff", SsmRange.IanaReserved, Ids.SsmIanaReserved)]
        [InlineData("ff3e::8000:0", SsmRange.HostAllocated, null)]
        [InlineData("ff3e::ffff:ffff", SsmRange.HostAllocated, null)]
        [InlineData("ff35::8000:0", SsmRange.HostAllocated, null)]
        [InlineData("ff31::8000:0", SsmRange.HostAllocated, null)]
        public void Rfc4607IPv6(string address, SsmRange range, string? warning)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(range, info.SsmRange);
            Assert.Equal(true, info.IsSourceSpecific);
            Assert.Equal(MulticastMechanism.SourceSpecific, info.Mechanism);
            if (warning is null)
            {
                IsGoodChoice(info);
            }
            else
            {
                Warns(info, warning, "RFC 4607");
                Assert.Single(info.Warning);
            }
        }

        [Fact]
        public void Rfc7371FfbxIsSourceSpecificToo()
        {
            MulticastAddressInfo info = Decode("ffbe::8000:1");
            Assert.Equal(true, info.IsSourceSpecific);
            Assert.Equal(SsmRange.HostAllocated, info.SsmRange);
            Assert.Equal(true, info.X);
            Assert.Equal(0xB, info.Ff1);
            Warns(info, Ids.XFlagSet, "RFC 7371");
            Assert.Single(info.Warning);
        }

        // RFC 4607 §1: a system treats all of FF3x::/32 as SSM, though allocation stays in FF3x::/96.
        [Fact]
        public void Rfc4607WholeSlash32IsSourceSpecific()
        {
            MulticastAddressInfo info = Decode("ff3e:0:1::8000:1");
            Assert.Equal(true, info.IsSourceSpecific);
            Warns(info, Ids.SsmNetworkPrefixNotZero, "RFC 3306 §6");
        }

        // RFC 4607 §1: routers are configured with FF3x::/32, so a plen-0 group with bits 16-31 set is ASM to them.
        [Theory]
        [InlineData("ff3e:100::8000:1")]
        [InlineData("ff3e:1000::8000:1")]
        public void OutsideFf3xSlash32IsNotSourceSpecific(string address)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(false, info.IsSourceSpecific);
            Assert.Null(info.SsmRange);
            Assert.Equal(MulticastMechanism.UnicastPrefixIPv6, info.Mechanism);
            Warns(info, Ids.OutsideSsmRange, "RFC 4607 §1");
        }

        // RFC 3180 §3.1: AS 5662 is 233.22.30.0/24.
        [Fact]
        public void Rfc3180As5662()
        {
            MulticastAddressInfo info = Decode("233.22.30.7");
            Assert.Equal(5662u, info.GlopAsNumber);
            Assert.Equal(MulticastMechanism.Glop, info.Mechanism);
            Assert.Equal("GLOP Block", info.IanaBlock);
            Assert.Equal(MulticastScope.Global, info.Scope);
            Assert.Equal(Ipv4ScopeNames.Global, info.ScopeName);
            Assert.Equal("01-00-5E-16-1E-07", info.MacAddress);
            IsGoodChoice(info);
        }

        // RFC 5771 §3 blocks, at both ends, as the 2024-02-02 registry names them.
        [Theory]
        [InlineData("224.0.0.0", "224.0.0.255", "Local Network Control Block", MulticastMechanism.StaticIana)]
        [InlineData("224.0.1.0", "224.0.1.255", "Internetwork Control Block", MulticastMechanism.StaticIana)]
        [InlineData("224.0.2.0", "224.0.255.255", "AD-HOC Block I", MulticastMechanism.StaticIana)]
        [InlineData("224.1.0.0", "224.1.255.255", "RESERVED", MulticastMechanism.Reserved)]
        [InlineData("224.2.0.0", "224.2.255.255", "SDP/SAP Block", MulticastMechanism.SdpSap)]
        [InlineData("224.3.0.0", "224.4.255.255", "AD-HOC Block II", MulticastMechanism.StaticIana)]
        [InlineData("224.5.0.0", "224.251.255.255", "RESERVED", MulticastMechanism.Reserved)]
        [InlineData("224.252.0.0", "224.255.255.255", "DIS Transient Groups", MulticastMechanism.StaticIana)]
        [InlineData("225.0.0.0", "231.255.255.255", "RESERVED", MulticastMechanism.Reserved)]
        [InlineData("232.0.0.0", "232.255.255.255", "Source-Specific Multicast Block", MulticastMechanism.SourceSpecific)]
        [InlineData("233.0.0.0", "233.251.255.255", "GLOP Block", MulticastMechanism.Glop)]
        [InlineData("233.252.1.0", "233.255.255.255", "AD-HOC Block III", MulticastMechanism.AdHocBlock3)]
        [InlineData("234.0.0.0", "234.255.255.255", "Unicast-Prefix-based IPv4 Multicast Addresses", MulticastMechanism.UnicastPrefixIPv4)]
        [InlineData("235.0.0.0", "238.255.255.255", "RESERVED", MulticastMechanism.Reserved)]
        [InlineData("239.0.0.0", "239.255.255.254", "Administratively Scoped Block", null)]
        public void Rfc5771Blocks(string first, string last, string block, string? mechanism)
        {
            foreach (string address in new[] { first, last })
            {
                MulticastAddressInfo info = Decode(address);
                Assert.Equal(block, info.IanaBlock);
                if (mechanism != null)
                {
                    Assert.Equal(mechanism, info.Mechanism);
                }

                // The blocks IANA assigns or reserves warn first with their RFC 5771 rule.
                if (block == "RESERVED" || block == "SDP/SAP Block" || block.StartsWith("AD-HOC") || block.EndsWith("Control Block") || block == "DIS Transient Groups")
                {
                    Assert.Contains("RFC 5771", info.Warning[0].Rfc);
                }

                Assert.Equal(AddressFamily.InterNetwork, info.AddressFamily);
                Assert.Null(info.X);
                Assert.Null(info.Ff1);
                WarningsNameAddressAndSource(info);
            }
        }

        // RFC 5771 renamed nothing, the registry did: 224.252.0.0/14 and 234.0.0.0/8 were RESERVED in RFC 5771 §3.
        [Theory]
        [InlineData("224.252.0.1", "RESERVED")]
        [InlineData("234.1.2.3", "RESERVED")]
        [InlineData("224.251.255.255", null)]
        [InlineData("233.255.255.255", null)]
        public void Rfc5771Renamings(string address, string? rfc5771Name) =>
            Assert.Equal(rfc5771Name, Decode(address).IanaBlockRfc5771Name);

        // RFC 2365 §6 and §8: the IPv4 scopes and their IPv6 scop values, at both ends and one past each.
        [Theory]
        [InlineData("224.0.0.0", MulticastScope.LinkLocal, Ipv4ScopeNames.LinkLocal, false)]
        [InlineData("224.0.0.255", MulticastScope.LinkLocal, Ipv4ScopeNames.LinkLocal, false)]
        [InlineData("224.0.1.0", MulticastScope.Global, Ipv4ScopeNames.Global, false)]
        [InlineData("238.255.255.255", MulticastScope.Global, Ipv4ScopeNames.Global, false)]
        [InlineData("239.0.0.0", null, Ipv4ScopeNames.OrganizationLocalExpansion, true)]
        [InlineData("239.191.255.255", null, Ipv4ScopeNames.OrganizationLocalExpansion, true)]
        [InlineData("239.192.0.0", MulticastScope.OrganizationLocal, Ipv4ScopeNames.OrganizationLocal, true)]
        [InlineData("239.195.255.255", MulticastScope.OrganizationLocal, Ipv4ScopeNames.OrganizationLocal, true)]
        [InlineData("239.196.0.0", null, Ipv4ScopeNames.AdminScoped, true)]
        [InlineData("239.252.255.255", null, Ipv4ScopeNames.AdminScoped, true)]
        [InlineData("239.253.0.0", null, Ipv4ScopeNames.LocalExpansion, true)]
        [InlineData("239.254.255.255", null, Ipv4ScopeNames.LocalExpansion, true)]
        [InlineData("239.255.0.0", MulticastScope.RealmLocal, Ipv4ScopeNames.Local, true)]
        [InlineData("239.255.255.255", MulticastScope.RealmLocal, Ipv4ScopeNames.Local, true)]
        public void Rfc2365Scopes(string address, MulticastScope? scope, string name, bool adminScoped)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal(scope, info.Scope);
            Assert.Equal(name, info.ScopeName);
            Assert.Equal(adminScoped, info.IsAdminScoped);
        }

        // RFC 2365 §9: relative offset 0 is SAP; the rest of the relative /24 is for IANA, not for groups.
        [Fact]
        public void Rfc2365Section9()
        {
            MulticastAddressInfo sap = Decode("239.255.255.255");
            Assert.Equal("SAP Session Announcement Protocol", sap.IanaName);
            Assert.Equal(0, IanaRegistry.FindAll(AddressParser.Parse("239.255.255.255"))[0].Offset);
            Warns(sap, Ids.RelativeOffsetAssigned, "RFC 2365 §9");
            MulticastAddressInfo unassigned = Decode("239.255.255.0");
            Assert.Equal("Unassigned", unassigned.IanaName);
            Warns(unassigned, Ids.RelativeOffsetReserved, "RFC 2365 §9");
            IsGoodChoice(Decode("239.255.254.255"));
        }

        [Theory]
        [MemberData(nameof(UsableScopes))]
        public void IPv6ScopeNamesAndAdminScoping(int scop)
        {
            MulticastAddressInfo info = Decode("ff1" + X(scop) + "::8000:1");
            Assert.Equal((MulticastScope)scop, info.Scope);
            Assert.Equal(MulticastScopeInfo.GetIanaName((MulticastScope)scop), info.ScopeName);
            Assert.Equal(scop >= 4 && scop <= 0xD, info.IsAdminScoped);
            Assert.Equal(AddressFamily.InterNetworkV6, info.AddressFamily);
        }
    }
}
