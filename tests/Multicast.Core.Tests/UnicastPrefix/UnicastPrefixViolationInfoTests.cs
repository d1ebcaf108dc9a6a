using System;
using System.Linq;

namespace Multicast.Tests.UnicastPrefix
{
    public class UnicastPrefixViolationInfoTests
    {
        private static readonly UnicastPrefixViolation[] Each =
            Enum.GetValues(typeof(UnicastPrefixViolation)).Cast<UnicastPrefixViolation>().Where(v => v != UnicastPrefixViolation.None).ToArray();

        [Fact]
        public void EveryViolationIsOneBit() =>
            Assert.All(Each, v => Assert.Equal(1, Convert.ToString((int)v, 2).Count(c => c == '1')));

        [Fact]
        public void EveryViolationHasItsOwnErrorIdAndACitedDescription()
        {
            Assert.Equal(Each.Length, Each.Select(UnicastPrefixViolationInfo.ErrorId).Distinct().Count());
            Assert.DoesNotContain("UnicastPrefixRule", Each.Select(UnicastPrefixViolationInfo.ErrorId));
            Assert.All(Each, v => Assert.Matches(@"RFC \d{4} §", UnicastPrefixViolationInfo.Describe(v)));
        }

        [Fact]
        public void FirstFatalSkipsAdvisoryViolationsAndTakesTheLowestBit()
        {
            Assert.Equal(UnicastPrefixViolation.None, UnicastPrefixViolationInfo.FirstFatal(UnicastPrefixViolationInfo.Advisory));
            Assert.Equal(
                UnicastPrefixViolation.PlenZero,
                UnicastPrefixViolationInfo.FirstFatal(UnicastPrefixViolation.Ff2Set | UnicastPrefixViolation.RiidZero | UnicastPrefixViolation.PlenZero));
            Assert.Equal(UnicastPrefixViolation.NotIPv6Multicast, UnicastPrefixViolationInfo.FirstFatal(UnicastPrefixViolation.NotIPv6Multicast));
        }

        [Fact]
        public void TheExceptionNamesTheAddressAndTheRule()
        {
            MulticastRuleException error = UnicastPrefixViolationInfo.ToException(UnicastPrefixViolation.RiidZero, AddressParser.Parse("ff7e:40:2001:db8::"));
            Assert.Equal("EmbeddedRpRiidZero", error.ErrorId);
            Assert.StartsWith("ff7e:40:2001:db8:: has RIID 0", error.Message);
            Assert.Equal("ff7e:40:2001:db8::", error.Input);
        }
    }
}
