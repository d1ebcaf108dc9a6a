using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.Tests.Addressing
{
    public class AddressRangeSetTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        private static AddressRange R(string first, string last) => new AddressRange(A(first), A(last));

        [Fact]
        public void RangesAreSortedAndMergedWhereTheyOverlapOrTouch()
        {
            var set = new AddressRangeSet();
            set.Add(R("239.1.0.10", "239.1.0.20"));
            set.Add(A("ff05::1"));
            set.Add(R("239.1.0.21", "239.1.0.22"));
            set.Add(R("239.1.0.5", "239.1.0.12"));
            set.Add(A("239.1.0.30"));
            set.Add(A("ff05::2"));

            Assert.Equal(new[] { "239.1.0.5-239.1.0.22", "239.1.0.30", "ff05::1-ff05::2" }, set.Ranges.Select(r => r.ToString()));
            Assert.True(set.Contains(A("239.1.0.22")));
            Assert.False(set.Contains(A("239.1.0.23")));
            Assert.True(set.Contains(A("ff05::2")));
            Assert.False(set.Contains(A("ff05::3")));
        }

        [Fact]
        public void TheFamiliesNeverMerge()
        {
            var set = new AddressRangeSet(new[] { R("255.255.255.254", "255.255.255.255"), R("::", "::1") });
            Assert.Equal(2, set.Ranges.Count);
            Assert.False(set.Contains(A("::2")));
        }

        [Fact]
        public void ACountIsCutAtTheFamilysEnd()
        {
            Assert.Equal("239.255.255.255-239.255.255.255", AddressRange.FromCount(A("239.255.255.255"), 1).First + "-" + AddressRange.FromCount(A("239.255.255.255"), 1).Last);
            Assert.Equal("255.255.255.254-255.255.255.255", AddressRange.FromCount(A("255.255.255.254"), 5).ToString());
            Assert.Equal("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressRange.FromCount(A("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"), 9).ToString());
            Assert.Equal("239.1.0.1-239.1.0.3", AddressRange.FromCount(A("239.1.0.1"), 3).ToString());
        }

        [Fact]
        public void SpansAcrossTheMiddleOfAnIPv6Address()
        {
            Assert.Equal(2UL, R("ff05::ffff:ffff:ffff:ffff", "ff05:0:0:1::1").Span);
            Assert.Equal(ulong.MaxValue, R("ff05::", "ff05:0:0:1::").Span);
            Assert.Equal(uint.MaxValue, (uint)R("0.0.0.0", "255.255.255.255").Span);
        }

        [Fact]
        public void ChoosingOutsideTheSetNeverPicksAMember()
        {
            var set = new AddressRangeSet();
            set.Add(R("239.1.0.0", "239.1.0.5"));
            set.Add(R("239.1.0.8", "239.1.0.9"));
            AddressRange range = R("239.1.0.0", "239.1.0.11");
            var seen = new HashSet<string>();
            var random = new Random(1);
            for (int i = 0; i < 400; i++)
            {
                Assert.True(set.TryChooseOutside(range, random, out IPAddressValue chosen));
                seen.Add(chosen.ToString());
            }

            // Exactly the four free groups, each of them.
            Assert.Equal(new[] { "239.1.0.10", "239.1.0.11", "239.1.0.6", "239.1.0.7" }, seen.OrderBy(s => s, StringComparer.Ordinal));
        }

        [Fact]
        public void AFullRangeHasNoChoice()
        {
            var set = new AddressRangeSet(new[] { R("239.1.0.0", "239.1.0.3") });
            Assert.False(set.TryChooseOutside(R("239.1.0.1", "239.1.0.2"), new Random(1), out _));
            Assert.True(set.TryChooseOutside(R("239.1.0.1", "239.1.0.4"), new Random(1), out IPAddressValue last));
            Assert.Equal(A("239.1.0.4"), last);
        }

        [Fact]
        public void AChoiceInARangeOfTwoTo64()
        {
            // The whole low half of an IPv6 /64, less its first address: no count overflows.
            var set = new AddressRangeSet(new[] { R("ff15::", "ff15::") });
            AddressRange range = R("ff15::", "ff15::ffff:ffff:ffff:ffff");
            Assert.Equal(ulong.MaxValue, range.Span);
            Assert.True(set.TryChooseOutside(range, new Random(3), out IPAddressValue chosen));
            Assert.True(range.Contains(chosen));
            Assert.NotEqual(A("ff15::"), chosen);
        }
    }
}
