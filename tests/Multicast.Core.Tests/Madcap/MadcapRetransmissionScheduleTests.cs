using System;
using System.Linq;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    public class MadcapRetransmissionScheduleTests
    {
        [Fact]
        public void Recommended_IsTPlus0_4_12_28_GivingUpAt60()
        {
            // RFC 2730 §2.3: "subsequent transmissions would be at t+4, t+12, and t+28. If no response has been received by t+60 ..."
            MadcapRetransmissionSchedule schedule = MadcapRetransmissionSchedule.Recommended;
            Assert.Equal(new[] { 0, 4, 12, 28 }, schedule.TransmissionTimes.Select(t => (int)t.TotalSeconds));
            Assert.Equal(TimeSpan.FromSeconds(60), schedule.GiveUpAfter);
            Assert.Equal(new[] { 4, 8, 16, 32 }, Enumerable.Range(0, 4).Select(i => (int)schedule.WaitAfter(i).TotalSeconds));

            // The retransmit timer ([DISCOVER-DELAY], §2.2.2) is capped at 16 s, also after the last transmission.
            Assert.Equal(new[] { 4, 8, 16, 16 }, Enumerable.Range(0, 4).Select(i => (int)schedule.CurrentTimer(i).TotalSeconds));
        }

        [Fact]
        public void Delays_Double_UpTo16Seconds()
        {
            MadcapRetransmissionSchedule schedule = MadcapRetransmissionSchedule.Recommended;
            Assert.Equal(TimeSpan.FromSeconds(4), schedule.DelayBefore(1));
            Assert.Equal(TimeSpan.FromSeconds(8), schedule.DelayBefore(2));
            Assert.Equal(TimeSpan.FromSeconds(16), schedule.DelayBefore(3));
            Assert.Equal(TimeSpan.FromSeconds(16), schedule.DelayBefore(4));
            Assert.Equal(TimeSpan.FromSeconds(16), schedule.DelayBefore(100));
            Assert.Throws<ArgumentOutOfRangeException>(() => schedule.DelayBefore(0));
        }

        [Fact]
        public void WaitAfter_CountsTransmissionsFromZero()
        {
            MadcapRetransmissionSchedule schedule = MadcapRetransmissionSchedule.Recommended;
            Assert.Throws<ArgumentOutOfRangeException>(() => schedule.WaitAfter(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => schedule.WaitAfter(4));
        }

        [Fact]
        public void NoRetransmission_IsOneTransmission()
        {
            var schedule = new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 0, TimeSpan.FromSeconds(2));
            Assert.Single(schedule.TransmissionTimes);
            Assert.Equal(TimeSpan.FromSeconds(2), schedule.WaitAfter(0));
        }

        [Theory]
        [InlineData(1000, 1000, 16)]
        [InlineData(1000, 1999, 2)]
        [InlineData(4000, 4000, 3)]
        public void ASchedule_ThatCannotDouble_IsNotExponentialBackoff(int initialMs, int maximumMs, int retransmissions)
        {
            // §2.3: "The client MUST adopt a retransmission strategy that incorporates an exponential backoff algorithm".
            var error = Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.FromMilliseconds(initialMs), TimeSpan.FromMilliseconds(maximumMs), retransmissions, TimeSpan.FromSeconds(120)));
            Assert.Equal("MadcapScheduleNotExponential", error.ErrorId);
            Assert.NotNull(new MadcapRetransmissionSchedule(TimeSpan.FromMilliseconds(initialMs), TimeSpan.FromMilliseconds(2 * initialMs), retransmissions, TimeSpan.FromSeconds(120)));
        }

        [Fact]
        public void OneRetransmission_NeedNotDouble_AndTheFirstDelayHasAFloor()
        {
            Assert.NotNull(new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1, TimeSpan.FromSeconds(3)));
            Assert.NotNull(new MadcapRetransmissionSchedule(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(800), 4, TimeSpan.FromSeconds(3)));
            Assert.Equal("MadcapScheduleDelay", Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.FromMilliseconds(99), TimeSpan.FromSeconds(1), 4, TimeSpan.FromSeconds(9))).ErrorId);
        }

        [Fact]
        public void ImpossibleSchedules_AreRefused()
        {
            Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.Zero, TimeSpan.FromSeconds(1), 1, TimeSpan.FromSeconds(9)));
            Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 1, TimeSpan.FromSeconds(9)));
            Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), -1, TimeSpan.FromSeconds(9)));
            Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), 17, TimeSpan.FromSeconds(99)));
            Assert.NotNull(new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), 16, TimeSpan.FromSeconds(32)));

            // The last of t, t+4, t+12, t+28 needs time for its answer: giving up at 28 is too early, 28.001 s is the least.
            Assert.Throws<MulticastRuleException>(() => new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(16), 3, TimeSpan.FromSeconds(28)));
            Assert.NotNull(new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(16), 3, TimeSpan.FromSeconds(28.001)));
        }
    }
}
