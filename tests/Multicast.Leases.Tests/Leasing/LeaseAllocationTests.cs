using System;
using System.Collections.Generic;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class LeaseAllocationTests
    {
        private readonly TestClock _clock = new TestClock();

        [Theory]
        [InlineData(64)] // random draws, counting only when they all miss
        [InlineData(0)] // counting and picking by rank only
        public void ChoosesUniformlyAmongFreeGroups(int attempts)
        {
            // A GLOP /24 with a /28 excluded and 40 groups leased: 200 free groups. A scan from a random
            // start would favour the group after each gap; a chi-square test over 20,000 draws sees that.
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 42);
            service.RandomAttempts = attempts;
            service.CreatePool(MulticastAddressPool.Create("glop", IPPrefix.Parse("233.22.30.0/24"), new[] { IPPrefix.Parse("233.22.30.64/28") }));
            var leased = new HashSet<string>();
            for (int i = 0; i < 40; i++)
            {
                leased.Add(service.Request("glop", "held", AddressParser.Parse("233.22.30." + (100 + (i * 3))), TimeSpan.FromDays(1)).Leases[0].ToString());
            }

            var counts = new Dictionary<string, int>();
            const int Draws = 20_000;
            for (int i = 0; i < Draws; i++)
            {
                MulticastAddressLease lease = service.Request("glop", "probe", TimeSpan.FromHours(1)).Leases.Single();
                string group = lease.ToString();
                counts[group] = counts.TryGetValue(group, out int n) ? n + 1 : 1;
                service.Release(lease.Record.Address);
            }

            Assert.Equal(200, counts.Count);
            Assert.DoesNotContain(counts.Keys, g => leased.Contains(g));
            Assert.DoesNotContain(counts.Keys, g => IPPrefix.Parse("233.22.30.64/28").Contains(AddressParser.Parse(g)));
            double expected = Draws / 200.0;
            double chiSquare = counts.Values.Sum(c => (c - expected) * (c - expected) / expected);

            // 199 degrees of freedom: the 0.999 quantile is about 264.
            Assert.True(chiSquare < 264, "chi-square " + chiSquare);
        }

        [Fact]
        public void ABiasedChoiceWouldFailTheSameTest()
        {
            // The test above can fail: the group after each gap, chosen with its gap's weight, scores far above 264.
            var free = Enumerable.Range(0, 256).Where(i => i < 64 || i >= 80).ToList();
            var random = new Random(42);
            var counts = new int[256];
            for (int i = 0; i < 20_000; i++)
            {
                int start = random.Next(256);
                int pick = Enumerable.Range(0, 256).Select(k => (start + k) % 256).First(free.Contains);
                counts[pick]++;
            }

            double expected = 20_000.0 / free.Count;
            Assert.True(free.Sum(f => (counts[f] - expected) * (counts[f] - expected) / expected) > 1000);
        }

        [Fact]
        public void NeverHandsOutALeasedExcludedOrReservedGroup()
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 7);
            service.CreatePool(MulticastAddressPool.Create("zone", IPPrefix.Parse("239.1.2.0/23"), new[] { IPPrefix.Parse("239.1.2.0/26") }));

            // 512 groups, less the relative /24 (RFC 2365 §9) and the excluded /26: 192 to lease.
            var groups = new HashSet<string>();
            for (int i = 0; i < 192; i++)
            {
                foreach (MulticastAddressLease lease in service.Request("zone", "app" + (i % 5)).Leases)
                {
                    Assert.True(groups.Add(lease.ToString()), "leased twice: " + lease);
                    IPAddressValue address = lease.Record.Address;
                    Assert.False(IPPrefix.Parse("239.1.3.0/24").Contains(address));
                    Assert.False(IPPrefix.Parse("239.1.2.0/26").Contains(address));
                }
            }

            Assert.Equal(192, groups.Count);
            var error = Assert.Throws<LeaseException>(() => service.Request("zone", "late"));
            Assert.Equal("PoolExhausted", error.ErrorId);
            Assert.Equal(MulticastErrorKind.Exhausted, error.Kind);
        }

        [Fact]
        public void ACountIsLeasedWholeOrNotAtAll()
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore());
            service.CreatePool(MulticastAddressPool.Create("glop", IPPrefix.Parse("233.22.30.0/28")));
            Assert.Equal(10, service.Request("glop", "a", count: 10).Leases.Count);
            Assert.Equal("PoolExhausted", Assert.Throws<LeaseException>(() => service.Request("glop", "b", count: 7)).ErrorId);
            Assert.Equal(10, service.GetLeases().Count);
            IReadOnlyList<MulticastAddressLease> rest = service.Request("glop", "b", count: 6).Leases;
            Assert.Equal(6, rest.Count);
            Assert.Equal(rest.OrderBy(l => l.Record.Address).Select(l => l.ToString()), rest.Select(l => l.ToString()));
            Assert.Equal(16, service.GetLeases().Select(l => l.ToString()).Distinct().Count());
        }

        [Theory]
        [InlineData("239.0.0.0/8")]
        [InlineData("232.0.0.0/8")]
        [InlineData("ff3e::/96")]
        [InlineData("ff7e:140:2001:db8:beef:feed::/96")]
        public void LargePoolsLeaseWithoutEnumerating(string prefix)
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 3);
            MulticastAddressPool pool = service.CreatePool(MulticastAddressPool.Create("big", IPPrefix.Parse(prefix), excludeFloodedMac: prefix.IndexOf(':') < 0));
            IReadOnlyList<MulticastAddressLease> leases = service.Request("big", "app", count: 1000).Leases;
            Assert.Equal(1000, leases.Select(l => l.ToString()).Distinct().Count());
            foreach (MulticastAddressLease lease in leases)
            {
                Assert.True(pool.TryGetOffset(lease.Record.Address, out ulong offset));
                Assert.Null(pool.ExplainBlocked(offset));
            }
        }

        [Fact]
        public void CountingFindsTheLastFreeGroups()
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 5);
            service.CreatePool(MulticastAddressPool.Create("glop", IPPrefix.Parse("233.22.30.0/24")));
            service.Request("glop", "bulk", count: 253);
            service.RandomAttempts = 1;
            var last = service.Request("glop", "late", count: 3).Leases.Select(l => l.ToString()).ToList();
            Assert.Equal(256, service.GetLeases().Select(l => l.ToString()).Distinct().Count());
            Assert.Equal(3, last.Distinct().Count());
        }

        [Fact]
        public void BelowIsUnbiasedAtAwkwardBounds()
        {
            var allocator = new LeaseAllocator(new Random(9));
            var counts = new int[3];
            for (int i = 0; i < 30_000; i++)
            {
                counts[allocator.Below(3)]++;
            }

            Assert.All(counts, c => Assert.InRange(c, 9_600, 10_400));
            Assert.Equal(0UL, allocator.Below(1));
            Assert.InRange(allocator.Below(1UL << 32), 0UL, uint.MaxValue);
        }

        [Theory]
        [InlineData(253, false)]
        [InlineData(254, true)]
        [InlineData(300, true)]
        public void AnExhaustedPoolCountsItsFreeGroupsAsTheStoreHasThem(int asked, bool refused)
        {
            // 256 groups, 3 leased: 253 free, whatever the draws before the count took.
            for (int seed = 0; seed < 5; seed++)
            {
                LeaseService service = _clock.Service(new MemoryLeaseStore(), seed);
                service.CreatePool(MulticastAddressPool.Create("glop", IPPrefix.Parse("233.22.30.0/24")));
                service.Request("glop", "a", count: 3);
                if (!refused)
                {
                    Assert.Equal(asked, service.Request("glop", "b", count: asked).Leases.Count);
                    continue;
                }

                var error = Assert.Throws<LeaseException>(() => service.Request("glop", "b", count: asked));
                Assert.Equal("PoolExhausted", error.ErrorId);
                Assert.Contains("has 253 free group(s), fewer than the " + asked + " asked for", error.Message);
            }
        }
    }
}
