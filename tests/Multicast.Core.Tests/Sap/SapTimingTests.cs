using System;
using System.Collections.Generic;
using Multicast.Sap;

namespace Multicast.Tests.Sap
{
    public class SapTimingTests
    {
        [Theory]
        [InlineData(500, 1, 300)]         // 8 * 1 * 500 / 4000 = 1 s: the 300 s floor
        [InlineData(1000, 150, 300)]      // exactly 300 s
        [InlineData(1000, 151, 302)]      // one announcement past the floor
        [InlineData(500, 1000, 1000)]     // 8 * 1000 * 500 / 4000
        public void TheBaseInterval(int size, int count, double seconds) =>
            Assert.Equal(TimeSpan.FromSeconds(seconds), SapTiming.BaseInterval(size, count));

        [Fact]
        public void AnotherBandwidthLimit() =>
            Assert.Equal(TimeSpan.FromSeconds(800), SapTiming.BaseInterval(1000, 100, 1000));

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        public void TheLimitMustBePositive(int limit) =>
            Assert.Equal("SapBandwidthLimitInvalid", Assert.Throws<MulticastRuleException>(() => SapTiming.BaseInterval(1, 1, limit)).ErrorId);

        [Fact]
        public void TheOffsetSpansAThirdOfTheIntervalEachWay()
        {
            TimeSpan interval = TimeSpan.FromSeconds(300);
            Assert.Equal(TimeSpan.FromSeconds(-100), SapTiming.Offset(interval, 0));
            Assert.Equal(TimeSpan.Zero, SapTiming.Offset(interval, 0.5));
            Assert.True(SapTiming.Offset(interval, 0.9999999) < TimeSpan.FromSeconds(100));
            Assert.True(SapTiming.Offset(interval, 0.9999999) > TimeSpan.FromSeconds(99.99));
            Assert.Throws<ArgumentOutOfRangeException>(() => SapTiming.Offset(interval, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => SapTiming.Offset(interval, -0.1));
        }

        [Fact]
        public void TheNextTransmission()
        {
            var tp = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
            Assert.Equal(tp.AddSeconds(200), SapTiming.NextTransmission(tp, TimeSpan.FromSeconds(300), 0));
            Assert.Equal(tp.AddSeconds(300), SapTiming.NextTransmission(tp, TimeSpan.FromSeconds(300), 0.5));
        }

        [Theory]
        [InlineData(300, 3600)]   // 10 * 300 s is under an hour
        [InlineData(360, 3600)]   // exactly an hour
        [InlineData(361, 3610)]
        [InlineData(1000, 10000)]
        public void TheTimeoutIsTenIntervalsOrAnHour(double interval, double timeout) =>
            Assert.Equal(TimeSpan.FromSeconds(timeout), SapTiming.Timeout(TimeSpan.FromSeconds(interval)));

        [Fact]
        public void AHashIsNeverZeroTheOldOneOrOneInUse()
        {
            var random = new Random(1);
            var inUse = new HashSet<ushort>();
            for (ushort i = 1; i < 65535; i++)
            {
                if (i != 4242)
                {
                    inUse.Add(i);
                }
            }

            // Only 4242 and 65535 are free; 65535 is the previous hash.
            Assert.Equal(4242, SapMessageIdHash.Choose(random, previous: 65535, inUse: inUse));
            inUse.Add(4242);
            Assert.Equal("SapMessageIdHashExhausted", Assert.Throws<MulticastRuleException>(() => SapMessageIdHash.Choose(random, previous: 65535, inUse: inUse)).ErrorId);
            Assert.NotEqual(0, SapMessageIdHash.Choose());
        }
    }
}
