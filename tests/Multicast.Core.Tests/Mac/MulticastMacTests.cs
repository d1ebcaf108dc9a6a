using System;
using System.Linq;

namespace Multicast.Tests.Mac
{
    public class MulticastMacTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        private static string Mac(string address) => MulticastMac.Format(MulticastMac.GetMac(A(address)));

        [Theory]
        // RFC 1112 §6.4: the low-order 23 bits of the group into the low-order 23 bits of 01-00-5E-00-00-00.
        [InlineData("224.0.0.0", "01-00-5E-00-00-00")]
        [InlineData("224.0.0.1", "01-00-5E-00-00-01")]
        [InlineData("224.0.0.251", "01-00-5E-00-00-FB")]
        [InlineData("224.0.1.1", "01-00-5E-00-01-01")]
        [InlineData("239.255.255.250", "01-00-5E-7F-FF-FA")]
        [InlineData("239.255.255.255", "01-00-5E-7F-FF-FF")]
        [InlineData("224.128.0.0", "01-00-5E-00-00-00")]
        [InlineData("224.127.255.255", "01-00-5E-7F-FF-FF")]
        [InlineData("233.22.30.7", "01-00-5E-16-1E-07")]
        [InlineData("232.1.2.3", "01-00-5E-01-02-03")]
        public void MapsIPv4AsRfc1112Section6_4(string address, string expected) => Assert.Equal(expected, Mac(address));

        [Theory]
        // RFC 2464 §7: 33-33 followed by the last four octets, DST[13] to DST[16].
        [InlineData("ff02::1", "33-33-00-00-00-01")]
        [InlineData("ff02::2", "33-33-00-00-00-02")]
        [InlineData("ff02::fb", "33-33-00-00-00-FB")]
        [InlineData("ff02::1:ff00:1234", "33-33-FF-00-12-34")]
        [InlineData("ff05::1:3", "33-33-00-01-00-03")]
        [InlineData("ff3e:40:2001:db8:beef:feed:1234:5678", "33-33-12-34-56-78")]
        [InlineData("ff00::", "33-33-00-00-00-00")]
        [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "33-33-FF-FF-FF-FF")]
        public void MapsIPv6AsRfc2464Section7(string address, string expected) => Assert.Equal(expected, Mac(address));

        [Theory]
        // One past each end of 224.0.0.0/4 and ff00::/8, and ordinary unicast.
        [InlineData("223.255.255.255")]
        [InlineData("240.0.0.0")]
        [InlineData("10.0.0.1")]
        [InlineData("0.0.0.0")]
        [InlineData("255.255.255.255")]
        [InlineData("feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("fe80::1")]
        [InlineData("::ffff:224.0.0.1")]
        public void RefusesUnicast(string address)
        {
            Assert.False(MulticastMac.TryGetMac(A(address), out ulong mac));
            Assert.Equal(0UL, mac);
            var error = Assert.Throws<MulticastRuleException>(() => MulticastMac.GetMac(A(address)));
            Assert.Equal("MacMappingNotMulticast", error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Equal(A(address).ToString(), error.Input);
            Assert.Contains("Only multicast addresses", error.Message);
        }

        [Fact]
        public void FormatsSixUppercaseHyphenatedOctets()
        {
            Assert.Equal("01-00-5E-7F-FF-FA", MulticastMac.Format(0x0100_5E7F_FFFA));
            Assert.Equal("00-00-00-00-00-00", MulticastMac.Format(0));
            Assert.Equal("FF-FF-FF-FF-FF-FF", MulticastMac.Format(0xFFFF_FFFF_FFFF));
            Assert.Equal("AB-CD-EF-01-23-45", MulticastMac.Format(0xABCD_EF01_2345));
        }

        [Theory]
        [InlineData("239.255.255.250")]
        [InlineData("224.0.0.1")]
        [InlineData("224.0.0.0")]
        [InlineData("239.255.255.255")]
        [InlineData("230.0.0.1")]
        public void ThirtyTwoGroupsShareEachIPv4Mac(string address)
        {
            IPAddressValue group = A(address);
            IPAddressValue[] aliases = MulticastMac.GetIPv4Aliases(group);
            Assert.Equal(31, aliases.Length);
            Assert.DoesNotContain(group, aliases);
            Assert.Equal(31, aliases.Distinct().Count());
            Assert.Equal(aliases.OrderBy(a => a), aliases);
            ulong mac = MulticastMac.GetMac(group);
            Assert.All(aliases, a => Assert.Equal(mac, MulticastMac.GetMac(a)));

            // Independently: every group in 224.0.0.0/4 with the same low 23 bits, by first octet and the top bit of the second.
            uint low = group.IPv4 & 0x7F_FFFF;
            var expected = Enumerable.Range(224, 16)
                .SelectMany(first => new[] { 0u, 0x80_0000u }.Select(high => ((uint)first << 24) | high | low))
                .Where(v => v != group.IPv4)
                .Select(IPAddressValue.FromIPv4)
                .OrderBy(a => a);
            Assert.Equal(expected, aliases);
        }

        [Fact]
        public void SsdpSharesItsMacWithTheseGroups()
        {
            string[] aliases = MulticastMac.GetIPv4Aliases(A("239.255.255.250")).Select(a => a.ToString()).ToArray();
            Assert.Equal("224.127.255.250", aliases[0]);
            Assert.Equal("224.255.255.250", aliases[1]);
            Assert.Equal("239.127.255.250", aliases[30]);
        }

        [Theory]
        [InlineData("ff02::1")]
        [InlineData("10.0.0.1")]
        public void ListsAliasesForIPv4GroupsOnly(string address)
        {
            var error = Assert.Throws<MulticastRuleException>(() => MulticastMac.GetIPv4Aliases(A(address)));
            Assert.Equal("MacAliasesNotIPv4Multicast", error.ErrorId);
        }

        [Theory]
        // The MACs of 224.0.0.0/24 and 224.0.1.0/24, which IGMP-snooping switches flood (RFC 4541 §2.1.2), and their aliases.
        [InlineData("224.0.0.0", true, false)]
        [InlineData("224.0.0.1", true, false)]
        [InlineData("224.0.0.255", true, false)]
        [InlineData("224.0.1.0", true, false)]
        [InlineData("224.0.1.255", true, false)]
        [InlineData("224.0.2.0", false, false)]
        [InlineData("230.0.0.1", true, true)]
        [InlineData("239.128.0.1", true, true)]
        [InlineData("239.0.0.1", true, true)]
        [InlineData("224.128.0.1", true, true)]
        [InlineData("225.0.1.5", true, true)]
        [InlineData("239.128.1.255", true, true)]
        [InlineData("239.128.2.0", false, false)]
        [InlineData("239.1.0.1", false, false)]
        [InlineData("239.255.255.250", false, false)]
        [InlineData("223.0.0.1", false, false)]
        [InlineData("240.0.0.1", false, false)]
        [InlineData("10.0.0.1", false, false)]
        [InlineData("ff02::1", false, false)]
        [InlineData("ff0e::1", false, false)]
        public void KnowsWhichGroupsShareAFloodedMac(string address, bool shares, bool aliases)
        {
            Assert.Equal(shares, MulticastMac.SharesControlBlockMac(A(address)));
            Assert.Equal(aliases, MulticastMac.AliasesControlBlockMac(A(address)));
        }

        [Fact]
        public void EveryAliasOfTheControlBlocksIsFlagged()
        {
            for (uint v = 0xE000_0000; v <= 0xE000_01FF; v++)
            {
                IPAddressValue control = IPAddressValue.FromIPv4(v);
                Assert.True(MulticastMac.SharesControlBlockMac(control));
                Assert.False(MulticastMac.AliasesControlBlockMac(control));
                Assert.All(MulticastMac.GetIPv4Aliases(control), a => Assert.True(MulticastMac.AliasesControlBlockMac(a)));
            }
        }

        [Fact]
        public void ClassifyingAllocatesNothing()
        {
            IPAddressValue v4 = A("230.0.0.1"), v6 = A("ff02::1:ff00:1234");
            MulticastMac.TryGetMac(v4, out _);
            MulticastMac.AliasesControlBlockMac(v4);
            long before = GC.GetAllocatedBytesForCurrentThread();
            ulong sum = 0;
            int flagged = 0;
            for (int i = 0; i < 1000; i++)
            {
                MulticastMac.TryGetMac(v4, out ulong a);
                MulticastMac.TryGetMac(v6, out ulong b);
                sum += a ^ b;
                flagged += MulticastMac.AliasesControlBlockMac(v4) && MulticastMac.SharesControlBlockMac(v4) ? 1 : 0;
            }

            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
            Assert.Equal(1000, flagged);
            Assert.NotEqual(0UL, sum);
        }

        [Fact]
        public void MappingShowsTheCanonicalAddressAndTheMac()
        {
            MulticastMacMapping mapping = MulticastMac.Map(A("FF02:0:0:0:0:1:FF00:1234"));
            Assert.Equal("ff02::1:ff00:1234", mapping.ToString());
            Assert.Equal("33-33-FF-00-12-34", mapping.MacAddress);
            Assert.Equal(A("ff02::1:ff00:1234"), mapping.AddressValue);
            Assert.Null(mapping.AliasOf);
            Assert.False(mapping.SharesControlBlockMac);
        }

        [Fact]
        public void AliasMappingNamesTheGroupItAliases()
        {
            MulticastMacMapping alias = MulticastMac.MapAlias(A("230.0.0.1"), A("224.0.0.1"));
            Assert.Equal("230.0.0.1", alias.ToString());
            Assert.Equal("01-00-5E-00-00-01", alias.MacAddress);
            Assert.Equal("224.0.0.1", alias.AliasOf!.ToString());
            Assert.True(alias.SharesControlBlockMac);
        }

        [Fact]
        public void MappingRefusesUnicast() =>
            Assert.Equal("MacMappingNotMulticast", Assert.Throws<MulticastRuleException>(() => MulticastMac.Map(A("192.0.2.1"))).ErrorId);
    }
}
