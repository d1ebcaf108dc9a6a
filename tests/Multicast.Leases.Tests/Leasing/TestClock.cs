using System;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>A clock the tests move by hand.</summary>
    internal sealed class TestClock
    {
        public DateTime UtcNow { get; set; } = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        public void Advance(TimeSpan by) => UtcNow += by;

        public LeaseService Service(ILeaseStore store, int seed = 1) => new LeaseService(store, new Random(seed), () => UtcNow);
    }
}
