using System;

namespace Multicast.Tests
{
    /// <summary>A clock the tests move by hand, for engines that take a <c>Func&lt;DateTime&gt;</c>.</summary>
    internal sealed class TestClock
    {
        public DateTime UtcNow { get; set; } = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        public Func<DateTime> Clock => () => UtcNow;

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}
