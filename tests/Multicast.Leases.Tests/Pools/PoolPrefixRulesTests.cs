using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class PoolPrefixRulesTests
    {
        [Theory]
        // RFC 2365: admin scope zones in 239/8, /8 to /23.
        [InlineData("239.0.0.0/8", PoolPrefixKind.AdminScope)]
        [InlineData("239.255.0.0/16", PoolPrefixKind.AdminScope)]
        [InlineData("239.192.0.0/14", PoolPrefixKind.AdminScope)]
        [InlineData("239.1.2.0/23", PoolPrefixKind.AdminScope)]
        // RFC 3180 §3.1: AS 5662 is 233.22.30.0/24; RFC 5771 §9: GLOP ends at 233.251.255.255.
        [InlineData("233.22.30.0/24", PoolPrefixKind.Glop)]
        [InlineData("233.22.30.128/25", PoolPrefixKind.Glop)]
        [InlineData("233.0.1.0/24", PoolPrefixKind.Glop)]
        [InlineData("233.251.255.0/24", PoolPrefixKind.Glop)]
        [InlineData("233.251.255.255/32", PoolPrefixKind.Glop)]
        // RFC 6034 §4: 192.0.2.0/24 gives 234.192.0.2; x.y.0.0/16 gives 234.x.y.0/24.
        [InlineData("234.192.0.2/32", PoolPrefixKind.UnicastPrefixIPv4)]
        [InlineData("234.198.51.0/24", PoolPrefixKind.UnicastPrefixIPv4)]
        [InlineData("234.17.0.0/16", PoolPrefixKind.UnicastPrefixIPv4)]
        // RFC 4607 §1: 232/8.
        [InlineData("232.0.0.0/8", PoolPrefixKind.SourceSpecific)]
        [InlineData("232.0.1.0/24", PoolPrefixKind.SourceSpecific)]
        [InlineData("232.0.0.0/23", PoolPrefixKind.SourceSpecific)]
        [InlineData("232.255.255.255/32", PoolPrefixKind.SourceSpecific)]
        // RFC 4607 §1, RFC 3306 §6: FF3x::/96; RFC 7371 §4.1.2: ffbx::/32 is SSM too.
        [InlineData("ff3e::/96", PoolPrefixKind.SourceSpecific)]
        [InlineData("ff35::/96", PoolPrefixKind.SourceSpecific)]
        [InlineData("ff31::/96", PoolPrefixKind.SourceSpecific)]
        [InlineData("ffbe::/96", PoolPrefixKind.SourceSpecific)]
        [InlineData("ff3e::8000:0/97", PoolPrefixKind.SourceSpecific)]
        // RFC 3306 §7: 3FFE:FFFF:1::/48 gives FF3x:0030:3FFE:FFFF:0001::/96.
        [InlineData("ff3e:30:3ffe:ffff:1::/96", PoolPrefixKind.UnicastPrefixIPv6)]
        [InlineData("ff3e:40:2001:db8:beef:feed::/96", PoolPrefixKind.UnicastPrefixIPv6)]
        [InlineData("ff38:20:2001:db8::/96", PoolPrefixKind.UnicastPrefixIPv6)]
        [InlineData("ff32:40:fe80::/96", PoolPrefixKind.UnicastPrefixIPv6)]
        // RFC 3956 §5.1 example 1 (y = 1), §5.3 example 3 (non-significant bits may be set), RFC 7371: fffx.
        [InlineData("ff7e:140:2001:db8:beef:feed::/96", PoolPrefixKind.EmbeddedRP)]
        [InlineData("ff7e:f40:2001:db8:beef:feed::/96", PoolPrefixKind.EmbeddedRP)]
        [InlineData("ff7e:120:2001:db8:dead::/96", PoolPrefixKind.EmbeddedRP)]
        [InlineData("ff75:130:2001:db8:beef::/96", PoolPrefixKind.EmbeddedRP)]
        [InlineData("fffe:140:2001:db8:beef:feed::/96", PoolPrefixKind.EmbeddedRP)]
        [InlineData("ff7e:101:8000::/96", PoolPrefixKind.EmbeddedRP)]
        public void ClassifiesAllocatablePrefixes(string prefix, PoolPrefixKind kind) =>
            Assert.Equal(kind, PoolPrefixRules.Classify(IPPrefix.Parse(prefix)));

        [Theory]
        [InlineData("224.0.0.0/4", "PoolPrefixNotAllocatable")]
        [InlineData("224.0.1.0/24", "PoolPrefixNotAllocatable")]
        [InlineData("235.0.0.0/8", "PoolPrefixNotAllocatable")]
        [InlineData("238.1.0.0/16", "PoolPrefixNotAllocatable")]
        [InlineData("10.0.0.0/8", "PoolPrefixNotAllocatable")]
        [InlineData("240.0.0.0/8", "PoolPrefixNotAllocatable")]
        [InlineData("239.1.2.0/24", "PoolAdminScopeTooSmall")]
        [InlineData("239.255.255.0/24", "PoolAdminScopeTooSmall")]
        [InlineData("239.1.2.3/32", "PoolAdminScopeTooSmall")]
        [InlineData("233.22.0.0/16", "PoolGlopNotOneAs")]
        [InlineData("233.22.30.0/23", "PoolGlopNotOneAs")]
        [InlineData("233.0.0.0/24", "PoolGlopAsZero")]
        [InlineData("233.252.0.0/24", "PoolGlopAdHocBlock")]
        [InlineData("233.255.255.0/24", "PoolGlopAdHocBlock")]
        [InlineData("234.0.0.0/8", "PoolUnicastPrefixMissing")]
        [InlineData("234.10.0.0/16", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.127.0.0/16", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.169.254.0/24", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.172.16.0/20", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.100.64.0/18", "PoolUnicastPrefixNotGlobal")] // 100.64.0.0/10, shared address space (RFC 6598)
        [InlineData("234.100.127.255/32", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.172.31.255/32", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.192.168.0/24", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.224.0.0/16", "PoolUnicastPrefixNotGlobal")]
        [InlineData("234.0.0.0/9", "PoolUnicastPrefixNotGlobal")]
        [InlineData("232.0.0.0/24", "PoolSsmReserved")]
        [InlineData("232.0.0.1/32", "PoolSsmReserved")]
        [InlineData("ff3e::/64", "PoolIPv6PrefixTooShort")]
        [InlineData("ff3e::/95", "PoolIPv6PrefixTooShort")]
        [InlineData("2001:db8::/96", "PoolPrefixNotAllocatable")]
        [InlineData("ff1e::/96", "PoolIPv6NotPrefixBased")]
        [InlineData("ff0e::/96", "PoolIPv6NotPrefixBased")]
        [InlineData("ff2e::/96", "PoolIPv6TransientFlagClear")]
        [InlineData("ff30::/96", "PoolIPv6ScopeReserved")]
        [InlineData("ff3f::/96", "PoolIPv6ScopeReserved")]
        [InlineData("ff3e:1000::/96", "PoolIPv6Ff2Set")]
        [InlineData("ff3e:100::/96", "PoolIPv6ReservedBitsSet")]
        [InlineData("ff3e:0:2001:db8::/96", "PoolSsmPrefixNotZero")]
        [InlineData("ff3e:41:2001:db8::/96", "PoolPlenTooLong")]
        [InlineData("ff3e:20:2001:db8:dead::/96", "PoolUnicastPrefixHostBits")]
        [InlineData("ff3e:40:fe80::/96", "PoolUnicastPrefixScope")]
        [InlineData("ff7e:100::/96", "PoolEmbeddedRpPlenZero")]
        [InlineData("ff7e:41:2001:db8::/96", "PoolPlenTooLong")]
        [InlineData("ff7e:40:2001:db8:beef:feed::/96", "PoolEmbeddedRpRiidZero")]
        [InlineData("ff7e:140:fe80::/96", "PoolEmbeddedRpAddressInvalid")]
        [InlineData("ff7e:110::/96", "PoolEmbeddedRpAddressInvalid")]
        [InlineData("ff7e:108:ff00::/96", "PoolEmbeddedRpAddressInvalid")]
        [InlineData("ff7e:120:0:1::/96", "PoolEmbeddedRpAddressInvalid")]
        [InlineData("ff5e:140:2001:db8:beef:feed::/96", "PoolIPv6NotPrefixBased")]
        [InlineData("ff6e:140:2001:db8:beef:feed::/96", "PoolIPv6TransientFlagClear")]
        public void RefusesWhatNoPoolMayUse(string prefix, string errorId)
        {
            var error = Assert.Throws<MulticastRuleException>(() => PoolPrefixRules.Classify(IPPrefix.Parse(prefix)));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Equal(prefix, error.Input);
            Assert.Contains("RFC", error.Message);
        }

        [Fact]
        public void TooSmallAdminZoneSuggestsTheEnclosingSlash23()
        {
            var error = Assert.Throws<MulticastRuleException>(() => PoolPrefixRules.Classify(IPPrefix.Parse("239.1.3.0/24")));
            Assert.Contains("239.1.2.0/23", error.Message);
            Assert.Equal(RemedyKind.ExcludeFromZonePool, error.Remedy!.Kind);
            Assert.Equal(IPPrefix.Parse("239.1.2.0/23"), error.Remedy["Zone"]);
        }

        [Theory]
        // RFC 2365 §9: the highest /24 of the zone; and of the Local Scope and the Organization Local Scope inside it.
        [InlineData("239.255.0.0/16", 65536 - 256)]
        [InlineData("239.192.0.0/14", 262144 - 256)]
        [InlineData("239.192.0.0/16", 65536 - 256)]
        [InlineData("239.0.0.0/8", 16777216 - 512)]
        [InlineData("239.1.2.0/23", 256)]
        [InlineData("233.22.30.0/24", 256)]
        [InlineData("234.192.0.2/32", 1)]
        // RFC 4607 §4.3: 232.0.0.0/24 is kept out.
        [InlineData("232.0.0.0/8", 16777216 - 256)]
        [InlineData("232.0.0.0/23", 256)]
        [InlineData("232.0.1.0/24", 256)]
        // RFC 3307 §4.3: group IDs 0x80000000-0xFFFFFFFF only.
        [InlineData("ff3e::/96", 2147483648)]
        [InlineData("ff3e:40:2001:db8:beef:feed::/96", 2147483648)]
        [InlineData("ff7e:140:2001:db8:beef:feed::/96", 2147483648)]
        [InlineData("ff3e::8000:0/97", 2147483648)]
        [InlineData("ff3e::7fff:ff00/120", 0)]
        [InlineData("ff3e::8000:0/120", 256)]
        [InlineData("ff3e::ffff:ffff/128", 1)]
        public void CapacityLeavesOutWhatTheRfcsReserve(string prefix, long capacity)
        {
            if (capacity == 0)
            {
                var error = Assert.Throws<MulticastRuleException>(() => MulticastAddressPool.Create("p", IPPrefix.Parse(prefix)));
                Assert.Equal("PoolHasNoFreeGroup", error.ErrorId);
                return;
            }

            Assert.Equal(capacity, MulticastAddressPool.Create("p", IPPrefix.Parse(prefix)).Capacity);
        }

        [Theory]
        // RFC 2365 §9: relative assignment 0 (SAP) is 239.255.255.255, 1 is 239.255.255.254; the /24 below is free.
        [InlineData("239.255.0.0/16", "239.255.255.255", "LeaseRelativeAssignment")]
        [InlineData("239.255.0.0/16", "239.255.255.254", "LeaseRelativeAssignment")]
        [InlineData("239.255.0.0/16", "239.255.255.0", "LeaseRelativeAssignment")]
        [InlineData("239.255.0.0/16", "239.255.254.255", null)]
        [InlineData("239.0.0.0/8", "239.195.255.0", "LeaseRelativeAssignment")]
        [InlineData("239.0.0.0/8", "239.195.254.255", null)]
        [InlineData("239.0.0.0/8", "239.196.0.0", null)]
        [InlineData("232.0.0.0/8", "232.0.0.0", "LeaseSsmReserved")]
        [InlineData("232.0.0.0/8", "232.0.0.255", "LeaseSsmReserved")]
        [InlineData("232.0.0.0/8", "232.0.1.0", null)]
        [InlineData("ff3e::/96", "ff3e::7fff:ffff", "LeaseGroupIdNotDynamic")]
        [InlineData("ff3e::/96", "ff3e::4000:0", "LeaseGroupIdNotDynamic")]
        [InlineData("ff3e::/96", "ff3e::8000:0", null)]
        [InlineData("ff3e::/96", "ff3e::ffff:ffff", null)]
        public void ExplainsEveryReservedGroup(string prefix, string group, string? errorId)
        {
            MulticastAddressPool pool = MulticastAddressPool.Create("p", IPPrefix.Parse(prefix));
            Assert.True(pool.TryGetOffset(AddressParser.Parse(group), out ulong offset));
            Assert.Equal(errorId, pool.ExplainBlocked(offset)?.ErrorId);
            Assert.Equal(errorId != null, pool.IsBlocked(offset));
        }
    }
}
