using System;
using System.Linq;
using Multicast.Sdp;
using static Multicast.Tests.Sdp.SdpText;

namespace Multicast.Tests.Sdp
{
    /// <summary>r= and z= times (RFC 8866 §5.10): whole numbers with an optional unit, as long as a TimeSpan can hold.</summary>
    public class SdpTypedTimeTests
    {
        // TimeSpan.MaxValue is 922,337,203,685.47 s: 10,675,199 whole days, 256,204,778 hours, 15,372,286,728 minutes.
        [Theory]
        [InlineData("10675199d", 922_337_193_600L)]
        [InlineData("256204778h", 922_337_200_800L)]
        [InlineData("15372286728m", 922_337_203_680L)]
        [InlineData("922337203685", 922_337_203_685L)]
        [InlineData("922337203685s", 922_337_203_685L)]
        [InlineData("-10675199d", -922_337_193_600L)]
        public void TheLongestTimesASpanHolds(string text, long seconds)
        {
            Assert.True(SdpTypedTime.TryParse(text, allowNegative: true, out SdpTypedTime time));
            Assert.Equal(seconds, time.TotalSeconds);
            Assert.Equal(TimeSpan.FromSeconds(seconds), time.Duration);
        }

        [Theory]
        [InlineData("10675200d")]
        [InlineData("256204779h")]
        [InlineData("15372286729m")]
        [InlineData("922337203686")]
        [InlineData("999999999999999d")]
        [InlineData("-999999999999999d")]
        public void LongerTimesAreRefused(string text) => Assert.False(SdpTypedTime.TryParse(text, allowNegative: true, out _));

        [Fact]
        public void ARepeatTooLongToCountIsMalformedNotWrapped()
        {
            // The review's line: 999999999999999 days wrapped to -5.8e18 seconds.
            SessionDescription sdp = SessionDescription.Parse(Minimal("r=1 1 999999999999999d"));
            Assert.Equal(SdpWarningIds.RepeatMalformed, sdp.Warnings.Single().Id);
            Assert.Empty(sdp.Times.Single().RepeatsValue);
        }

        [Fact]
        public void ATimeTooLongToCountCannotBeMade()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new SdpTypedTime(long.MaxValue, SdpTimeUnit.Days));
            Assert.Throws<ArgumentOutOfRangeException>(() => new SdpTypedTime(10_675_200, SdpTimeUnit.Days));
            Assert.Equal(TimeSpan.FromDays(10_675_199), new SdpTypedTime(10_675_199, SdpTimeUnit.Days).Duration);
        }
    }
}
