using System;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    public class MadcapTimeAndAddressRuleTests
    {
        private static readonly DateTime Now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        [Theory]
        [InlineData("239.255.0.0", "239.255.255.255", "239.255.255.254")]
        [InlineData("239.192.0.0", "239.195.255.255", "239.195.255.254")]
        [InlineData("239.0.0.0", "239.255.255.255", "239.255.255.254")]
        [InlineData("239.1.2.0", "239.1.3.0", "239.1.2.255")]
        [InlineData("239.1.2.3", "239.1.2.4", "239.1.2.3")]
        public void ServerAddress_IsRelativeOffsetMinus1FromTheLastAddress(string first, string last, string expected)
        {
            // RFC 2730 §2.10; RFC 2365 §9: relative assignment 1 is 239.255.255.254 in the Local Scope; IANA relative 1 is MADCAP.
            Assert.Equal(IPAddress.Parse(expected), MadcapServerMulticastAddress.ForScope(IPAddress.Parse(first), IPAddress.Parse(last)));
        }

        [Fact]
        public void ServerAddress_OfTheLocalScope_Is239_255_255_254()
        {
            Assert.Equal(IPAddress.Parse("239.255.255.254"), MadcapServerMulticastAddress.IPv4LocalScope);
            Assert.Equal(1, MadcapServerMulticastAddress.RelativeOffset);
        }

        [Theory]
        [InlineData("224.0.1.0", "238.255.255.255")]
        [InlineData("238.255.255.0", "239.0.0.255")]
        [InlineData("239.255.255.255", "240.0.0.1")]
        [InlineData("239.1.2.3", "239.1.2.3")]
        [InlineData("ff15::", "ff15::ffff")]
        public void ServerAddress_NoneForGlobalSingleAddressOrIPv6Scopes(string first, string last)
        {
            // §2.11: never the global scope's; relative addresses are IPv4 administrative-scope addresses (RFC 2365 §9).
            Assert.False(MadcapServerMulticastAddress.TryForScope(IPAddress.Parse(first), IPAddress.Parse(last), out IPAddress? address, out string? reason));
            Assert.Null(address);
            Assert.False(string.IsNullOrEmpty(reason));
            Assert.Equal("MadcapNoServerMulticastAddress", Assert.Throws<MulticastRuleException>(() => MadcapServerMulticastAddress.ForScope(IPAddress.Parse(first), IPAddress.Parse(last))).ErrorId);
        }

        [Fact]
        public void ServerAddress_ForAScopeListEntry()
        {
            var scope = new MadcapScopeEntry(IPAddress.Parse("239.192.0.0"), IPAddress.Parse("239.195.255.255"), 10);
            Assert.Equal(IPAddress.Parse("239.195.255.254"), MadcapServerMulticastAddress.ForScope(scope));
        }

        [Theory]
        [InlineData(null, null, 3600u, true, 3600u)]
        [InlineData(7200u, null, 3600u, true, 3600u)]
        [InlineData(1800u, null, 3600u, true, 1800u)]
        [InlineData(7200u, 3600u, 3600u, true, 3600u)]
        [InlineData(7200u, 3601u, 3600u, false, 3600u)]
        [InlineData(0u, 0u, 3600u, true, 0u)]
        [InlineData(uint.MaxValue, uint.MaxValue, uint.MaxValue, true, uint.MaxValue)]
        public void LeaseTime_MaximumAvailableUnlessAskedForLess_NeverBelowTheMinimum(uint? requested, uint? minimum, uint available, bool possible, uint granted)
        {
            // §2.2.2: no Lease Time means "maximum available"; §3.15: below the minimum is Valid Request Could Not Be Completed.
            Assert.Equal(possible, MadcapLeaseTimeRules.TryChooseLeaseTime(requested, minimum, available, out uint chosen));
            Assert.Equal(granted, chosen);
        }

        [Fact]
        public void Start_AsSoonAsPossible_NeverAfterTheMaximumStart()
        {
            uint now = MadcapTime.FromDateTime(Now);
            Assert.True(MadcapLeaseTimeRules.TryChooseStart(Now, null, null, Now, out DateTime start));
            Assert.Equal(Now, start);
            Assert.True(MadcapLeaseTimeRules.TryChooseStart(Now, now + 600, null, Now, out start));
            Assert.Equal(Now.AddSeconds(600), start);
            Assert.True(MadcapLeaseTimeRules.TryChooseStart(Now, now + 600, now + 1200, Now.AddSeconds(1200), out start));
            Assert.Equal(Now.AddSeconds(1200), start);
            Assert.False(MadcapLeaseTimeRules.TryChooseStart(Now, now + 600, now + 1200, Now.AddSeconds(1201), out start));
            Assert.Equal(Now.AddSeconds(1201), start);
        }

        [Fact]
        public void ClockSkew_MoreThanTheAllowanceEitherWay()
        {
            // §2.12: 30 minutes by default.
            uint now = MadcapTime.FromDateTime(Now);
            Assert.False(MadcapLeaseTimeRules.IsClockSkewExcessive(now + 1800, Now, MadcapConstants.ClockSkewAllowance));
            Assert.True(MadcapLeaseTimeRules.IsClockSkewExcessive(now + 1801, Now, MadcapConstants.ClockSkewAllowance));
            Assert.False(MadcapLeaseTimeRules.IsClockSkewExcessive(now - 1800, Now, MadcapConstants.ClockSkewAllowance));
            Assert.True(MadcapLeaseTimeRules.IsClockSkewExcessive(now - 1801, Now, MadcapConstants.ClockSkewAllowance));
        }

        [Fact]
        public void AbsoluteTimes_NeedCurrentTime()
        {
            var message = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1);
            Assert.False(MadcapLeaseTimeRules.NeedsCurrentTime(message));
            message.LeaseTime = 5;
            message.MinimumLeaseTime = 5;
            Assert.False(MadcapLeaseTimeRules.NeedsCurrentTime(message));
            message.MaximumStartTime = 5;
            Assert.True(MadcapLeaseTimeRules.NeedsCurrentTime(message));
            message.MaximumStartTime = null;
            message.StartTime = 5;
            Assert.True(MadcapLeaseTimeRules.NeedsCurrentTime(message));
            message.StartTime = null;
            message.RetryTime = 5;
            Assert.True(MadcapLeaseTimeRules.NeedsCurrentTime(message));
        }

        [Fact]
        public void LeaseWindow_StartsAtStartTimeOrImmediately()
        {
            // §3.7 and §2.2.5.
            MadcapLeaseWindow immediate = MadcapLeaseWindow.From(Now, null, 3600);
            Assert.Equal(Now, immediate.Start);
            Assert.Equal(Now.AddHours(1), immediate.End);
            MadcapLeaseWindow later = MadcapLeaseWindow.From(Now, MadcapTime.FromDateTime(Now.AddHours(2)), 3600);
            Assert.Equal(Now.AddHours(2), later.Start);
            Assert.Equal(TimeSpan.FromHours(1), later.Duration);
            Assert.True(later.Contains(Now.AddHours(2)));
            Assert.False(later.Contains(Now.AddHours(3)));
            MadcapLeaseWindow longest = MadcapLeaseWindow.From(Now, uint.MaxValue, uint.MaxValue);
            Assert.Equal(MadcapTime.Latest.AddSeconds(uint.MaxValue), longest.End);
        }

        [Fact]
        public void LeaseWindow_ReservedWithTheExtraAllocationTimeOnEitherSide()
        {
            // §2.12: [EXTRA-ALLOCATION-TIME], one hour by default.
            MadcapLeaseWindow reserved = MadcapLeaseWindow.From(Now, null, 3600).Reserved(MadcapConstants.ExtraAllocationTime);
            Assert.Equal(Now.AddHours(-1), reserved.Start);
            Assert.Equal(Now.AddHours(2), reserved.End);
            MadcapLeaseWindow edge = new MadcapLeaseWindow(DateTime.MinValue, DateTime.MaxValue).Reserved(TimeSpan.FromHours(1));
            Assert.Equal(DateTime.MinValue, edge.Start);
            Assert.Equal(DateTime.MaxValue, edge.End);
            Assert.Throws<ArgumentOutOfRangeException>(() => reserved.Reserved(TimeSpan.FromTicks(-1)));
        }
    }
}
