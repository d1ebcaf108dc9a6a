using System;
using System.Collections.Generic;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>
    /// Informed allocation: a request that avoids groups in use outside the store (the groups of the SAP
    /// sessions heard, RFC 2974) never gets one of them, however the allocator chooses.
    /// </summary>
    public class InformedAllocationTests
    {
        private readonly TestClock _clock = new TestClock();

        [Theory]
        [InlineData(64)] // random draws
        [InlineData(0)]  // counting and picking by rank
        public void ARandomGroupIsNeverOneAvoided(int attempts)
        {
            // A /26 (64 groups) with 60 announced: only the four others can be leased, each of them.
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 11);
            service.RandomAttempts = attempts;
            service.CreatePool(MulticastAddressPool.Create("small", IPPrefix.Parse("233.22.30.0/24"), new[] { IPPrefix.Parse("233.22.30.64/26"), IPPrefix.Parse("233.22.30.128/25") }));
            var inUse = new AddressRangeSet();
            inUse.Add(new AddressRange(AddressParser.Parse("233.22.30.0"), AddressParser.Parse("233.22.30.29")));
            inUse.Add(new AddressRange(AddressParser.Parse("233.22.30.32"), AddressParser.Parse("233.22.30.61")));
            inUse.Add(AddressParser.Parse("233.22.31.7"));

            var seen = new HashSet<string>();
            for (int i = 0; i < 200; i++)
            {
                MulticastAddressLease lease = service.Request(new LeaseRequest("small", "probe") { Avoid = inUse }).Leases.Single();
                seen.Add(lease.ToString());
                service.Release(lease.Record.Address);
            }

            Assert.Equal(new[] { "233.22.30.30", "233.22.30.31", "233.22.30.62", "233.22.30.63" }, seen.OrderBy(s => s, StringComparer.Ordinal));
        }

        [Fact]
        public void WhenEveryFreeGroupIsAvoidedThePoolIsExhausted()
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 3);
            service.CreatePool(MulticastAddressPool.Create("tiny", IPPrefix.Parse("233.22.30.0/24"), new[] { IPPrefix.Parse("233.22.30.4/30"), IPPrefix.Parse("233.22.30.8/29"), IPPrefix.Parse("233.22.30.16/28"), IPPrefix.Parse("233.22.30.32/27"), IPPrefix.Parse("233.22.30.64/26"), IPPrefix.Parse("233.22.30.128/25") }));
            service.Request("tiny", "holder", AddressParser.Parse("233.22.30.0"));
            var inUse = new AddressRangeSet(new[] { new AddressRange(AddressParser.Parse("233.22.30.1"), AddressParser.Parse("233.22.30.3")) });

            LeaseException error = Assert.Throws<LeaseException>(() => service.Request(new LeaseRequest("tiny", "app") { Avoid = inUse }));

            Assert.Equal("PoolExhausted", error.ErrorId);
            Assert.Contains("has 3 free group(s), 3 of them in use outside the store and avoided", error.Message);
            Assert.Single(service.GetLeases());
        }

        [Fact]
        public void AnExactGroupThatIsAvoidedIsRefused()
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 3);
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            var inUse = new AddressRangeSet();
            inUse.Add(AddressParser.Parse("239.192.0.5"));

            LeaseException error = Assert.Throws<LeaseException>(() => service.Request(new LeaseRequest("video", "app") { Address = AddressParser.Parse("239.192.0.5"), Avoid = inUse }));
            Assert.Equal("LeaseAddressInUse", error.ErrorId);
            Assert.Equal(MulticastErrorKind.Conflict, error.Kind);

            Assert.Equal("239.192.0.6", service.Request(new LeaseRequest("video", "app") { Address = AddressParser.Parse("239.192.0.6"), Avoid = inUse }).Leases.Single().ToString());
        }

        [Fact]
        public void AServerBatchAvoidsPerRequest()
        {
            // RequestEach, as a MADCAP server commits a batch: each request carries its own set.
            LeaseService service = _clock.Service(new MemoryLeaseStore(), seed: 5);
            service.CreatePool(MulticastAddressPool.Create("pair", IPPrefix.Parse("233.22.30.0/24"), new[] { IPPrefix.Parse("233.22.30.2/31"), IPPrefix.Parse("233.22.30.4/30"), IPPrefix.Parse("233.22.30.8/29"), IPPrefix.Parse("233.22.30.16/28"), IPPrefix.Parse("233.22.30.32/27"), IPPrefix.Parse("233.22.30.64/26"), IPPrefix.Parse("233.22.30.128/25") }));
            var first = new AddressRangeSet();
            first.Add(AddressParser.Parse("233.22.30.0"));
            var second = new AddressRangeSet();
            second.Add(AddressParser.Parse("233.22.30.0"));

            var outcomes = service.RequestEach(new[] { new LeaseRequest("pair", "a") { Avoid = first }, new LeaseRequest("pair", "b") { Avoid = second } });

            Assert.Equal("233.22.30.1", outcomes[0].Value.Leases.Single().ToString());
            Assert.Equal("PoolExhausted", Assert.IsType<LeaseException>(outcomes[1].Error).ErrorId);
        }
    }
}
