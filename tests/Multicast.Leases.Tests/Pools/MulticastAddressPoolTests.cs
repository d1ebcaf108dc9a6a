using System;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class MulticastAddressPoolTests
    {
        [Fact]
        public void KeepsItsSettings()
        {
            MulticastAddressPool pool = MulticastAddressPool.Create(
                "video", IPPrefix.Parse("239.192.0.0/16"), new[] { IPPrefix.Parse("239.192.1.0/24"), IPPrefix.Parse("239.192.0.0/24") }, TimeSpan.FromHours(8));
            Assert.Equal("video", pool.Name);
            Assert.Equal("video", pool.ToString());
            Assert.Equal(PoolPrefixKind.AdminScope, pool.KindValue);
            Assert.Equal(new[] { "239.192.0.0/24", "239.192.1.0/24" }, pool.Exclusions.Select(e => e.ToString()));
            Assert.Equal(TimeSpan.FromHours(8), pool.DefaultDurationValue);
            Assert.Equal(65536 - (3 * 256), pool.Capacity);
            Assert.Equal(LeaseRules.StandardDuration, MulticastAddressPool.Create("p", IPPrefix.Parse("239.192.0.0/16")).DefaultDurationValue);
        }

        [Fact]
        public void OverlappingExclusionsCountOnce()
        {
            MulticastAddressPool pool = MulticastAddressPool.Create(
                "p", IPPrefix.Parse("233.22.30.0/24"), new[] { IPPrefix.Parse("233.22.30.0/28"), IPPrefix.Parse("233.22.30.8/32"), IPPrefix.Parse("233.22.30.16/32") });
            Assert.Equal(256 - 17, pool.Capacity);
        }

        [Theory]
        [InlineData("239.192.0.0/16", "239.193.0.0/24")]
        [InlineData("239.192.0.0/16", "239.0.0.0/8")]
        [InlineData("239.192.0.0/16", "ff3e::/96")]
        [InlineData("ff3e::/96", "ff3e::1:0:0/96")]
        public void RefusesExclusionsOutsideThePrefix(string prefix, string exclusion)
        {
            var error = Assert.Throws<MulticastRuleException>(() => MulticastAddressPool.Create("p", IPPrefix.Parse(prefix), new[] { IPPrefix.Parse(exclusion) }));
            Assert.Equal("PoolExclusionOutsidePrefix", error.ErrorId);
        }

        [Fact]
        public void ExcludingEverythingLeavesNoPool()
        {
            var error = Assert.Throws<MulticastRuleException>(() => MulticastAddressPool.Create("p", IPPrefix.Parse("233.22.30.0/24"), new[] { IPPrefix.Parse("233.22.30.0/24") }));
            Assert.Equal("PoolHasNoFreeGroup", error.ErrorId);
        }

        [Theory]
        // 239/8: 239.0.0.0-239.0.1.255 and 239.128.0.0-239.128.1.255 share 224.0.0.x / 224.0.1.x MACs.
        [InlineData("239.0.0.0/8", 16777216 - 512 - 1024)]
        [InlineData("239.128.0.0/16", 65536 - 256 - 512)]
        [InlineData("239.192.0.0/16", 65536 - 256)]
        [InlineData("233.128.1.0/24", 0)]
        [InlineData("233.128.2.0/24", 256)]
        [InlineData("232.0.0.0/8", 16777216 - 256 - 768)]
        public void FloodedMacPolicyKeepsOutTheAliases(string prefix, long capacity)
        {
            if (capacity == 0)
            {
                Assert.Equal("PoolHasNoFreeGroup", Assert.Throws<MulticastRuleException>(() => MulticastAddressPool.Create("p", IPPrefix.Parse(prefix), excludeFloodedMac: true)).ErrorId);
                return;
            }

            MulticastAddressPool pool = MulticastAddressPool.Create("p", IPPrefix.Parse(prefix), excludeFloodedMac: true);
            Assert.Equal(capacity, pool.Capacity);
        }

        [Fact]
        public void FloodedMacPolicyExplainsItself()
        {
            MulticastAddressPool pool = MulticastAddressPool.Create("p", IPPrefix.Parse("239.0.0.0/8"), excludeFloodedMac: true);
            Assert.True(pool.TryGetOffset(AddressParser.Parse("239.128.1.7"), out ulong offset));
            MulticastRuleException? reason = pool.ExplainBlocked(offset);
            Assert.Equal("LeaseFloodedMac", reason?.ErrorId);
            Assert.Contains("01-00-5E-00-01-07", reason!.Message);
            Assert.True(pool.TryGetOffset(AddressParser.Parse("239.128.2.0"), out offset));
            Assert.Null(pool.ExplainBlocked(offset));
        }

        [Fact]
        public void FloodedMacPolicyIsForIPv4Only()
        {
            var error = Assert.Throws<MulticastRuleException>(() => MulticastAddressPool.Create("p", IPPrefix.Parse("ff3e::/96"), excludeFloodedMac: true));
            Assert.Equal("PoolFloodedMacIPv4Only", error.ErrorId);
        }

        [Theory]
        [InlineData("a")]
        [InlineData("video-239.org_1")]
        [InlineData("0")]
        public void TakesPlainNames(string name) => Assert.Equal(name, LeaseRules.CheckPoolName(name));

        [Theory]
        [InlineData("")]
        [InlineData("-video")]
        [InlineData(".video")]
        [InlineData("video 1")]
        [InlineData("vidéo")]
        [InlineData("a/b")]
        [InlineData("video*")]
        public void RefusesOtherNames(string name) =>
            Assert.Equal("PoolNameInvalid", Assert.Throws<AddressFormatException>(() => LeaseRules.CheckPoolName(name)).ErrorId);

        [Fact]
        public void NamesStopAt64Characters()
        {
            Assert.Equal(64, LeaseRules.CheckPoolName(new string('a', 64)).Length);
            Assert.Throws<AddressFormatException>(() => LeaseRules.CheckPoolName(new string('a', 65)));
        }

        [Theory]
        [InlineData(59, false)]
        [InlineData(60, true)]
        [InlineData(36500L * 86400, true)]
        [InlineData((36500L * 86400) + 1, false)]
        [InlineData(0, false)]
        [InlineData(-60, false)]
        public void LeaseLengthsRunFromAMinuteToACentury(long seconds, bool valid)
        {
            TimeSpan duration = TimeSpan.FromSeconds(seconds);
            if (valid)
            {
                Assert.Equal(duration, LeaseRules.CheckDuration(duration));
            }
            else
            {
                Assert.Equal("LeaseDurationOutOfRange", Assert.Throws<MulticastRuleException>(() => LeaseRules.CheckDuration(duration)).ErrorId);
            }
        }

        [Theory]
        [InlineData("  app1 ", "app1")]
        [InlineData("CONTOSO\\svc-media", "CONTOSO\\svc-media")]
        [InlineData("équipe \"vidéo\"", "équipe \"vidéo\"")]
        [InlineData("stream \ud83d\udcfa", "stream \ud83d\udcfa")]
        public void OwnersAreTrimmedText(string owner, string expected) => Assert.Equal(expected, LeaseRules.CheckOwner(owner));

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("a\nb")]
        public void RefusesEmptyOrControlOwners(string owner) =>
            Assert.Equal("LeaseOwnerInvalid", Assert.Throws<AddressFormatException>(() => LeaseRules.CheckOwner(owner)).ErrorId);

        [Fact]
        public void RefusesOwnersThatCannotBeWrittenAsUtf8()
        {
            // Built in code: xunit would replace an unpaired surrogate in InlineData.
            foreach (string owner in new[] { "a" + (char)0xD800 + "b", "a" + (char)0xDC00, ((char)0xDC00).ToString() + (char)0xD800 })
            {
                Assert.Equal("LeaseOwnerInvalid", Assert.Throws<AddressFormatException>(() => LeaseRules.CheckOwner(owner)).ErrorId);
            }
        }

        [Fact]
        public void OwnersStopAt256Characters()
        {
            Assert.Equal(256, LeaseRules.CheckOwner(new string('o', 256)).Length);
            Assert.Throws<AddressFormatException>(() => LeaseRules.CheckOwner(new string('o', 257)));
        }

        [Theory]
        [InlineData("239.1.2.3", "239.1.2.3/32")]
        [InlineData("239.1.2.0/24", "239.1.2.0/24")]
        [InlineData("ff3e::8000:1", "ff3e::8000:1/128")]
        public void ExclusionsAreAddressesOrPrefixes(string text, string prefix) => Assert.Equal(prefix, LeaseRules.ParseExclusion(text).ToString());

        [Fact]
        public void ExclusionsAreParsedStrictly()
        {
            Assert.Equal("AddressShortForm", Assert.Throws<AddressFormatException>(() => LeaseRules.ParseExclusion("239.1")).ErrorId);
            Assert.Equal("PrefixHostBitsSet", Assert.Throws<AddressFormatException>(() => LeaseRules.ParseExclusion("239.1.2.3/24")).ErrorId);
        }
    }
}
