using System.Linq;

namespace Multicast.Tests.UnicastPrefix
{
    public class UnicastPrefixFieldsTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        public static TheoryData<int> EveryNibble() => new TheoryData<int>(Enumerable.Range(0, 16));

        [Fact]
        public void ReadsEveryFieldOfTheRfc7371Layout()
        {
            // |ff|ff1=7|scop=e|ff2=f|RIID=7|plen=0x40|2001:db8:beef:feed|1234:5678|
            IPAddressValue address = A("ff7e:f740:2001:db8:beef:feed:1234:5678");
            Assert.Equal(0x7, UnicastPrefixFields.Ff1(address));
            Assert.Equal(MulticastScope.Global, UnicastPrefixFields.Scope(address));
            Assert.Equal(0xF, UnicastPrefixFields.Ff2(address));
            Assert.Equal(7, UnicastPrefixFields.Riid(address));
            Assert.Equal(0x40, UnicastPrefixFields.Plen(address));
            Assert.Equal(0x2001_0db8_beef_feedUL, UnicastPrefixFields.NetworkPrefixField(address));
            Assert.Equal(0x1234_5678U, UnicastPrefixFields.GroupId(address));
        }

        [Fact]
        public void Ff2IsBits17To20AndTheRiidOnlyTheLowNibbleOfTheOldReservedByte()
        {
            // RFC 7371 §2 counts the first bit as 1: bits 17-20 are the high nibble of the third byte.
            IPAddressValue ff2Only = UnicastPrefixFields.Compose(0, MulticastScope.Reserved0, 0xF, 0, 0, 0, 0);
            Assert.Equal(0xFF00_F000_0000_0000UL, ff2Only.High);
            Assert.Equal(0, UnicastPrefixFields.Riid(ff2Only));

            IPAddressValue riidOnly = UnicastPrefixFields.Compose(0, MulticastScope.Reserved0, 0, 0xF, 0, 0, 0);
            Assert.Equal(0xFF00_0F00_0000_0000UL, riidOnly.High);
            Assert.Equal(0, UnicastPrefixFields.Ff2(riidOnly));
        }

        [Theory]
        [MemberData(nameof(EveryNibble))]
        public void EachFlagIsItsOwnBit(int ff1)
        {
            // RFC 7371 §3: implementations MUST treat flag bits as separate bits.
            IPAddressValue address = UnicastPrefixFields.Compose(ff1, MulticastScope.Global, 0, 0, 0, 0, 0);
            Assert.Equal(ff1, UnicastPrefixFields.Ff1(address));
            Assert.Equal((ff1 & 8) != 0, UnicastPrefixFields.HasFlagX(address));
            Assert.Equal((ff1 & 4) != 0, UnicastPrefixFields.HasFlagR(address));
            Assert.Equal((ff1 & 2) != 0, UnicastPrefixFields.HasFlagP(address));
            Assert.Equal((ff1 & 1) != 0, UnicastPrefixFields.HasFlagT(address));
            Assert.Equal(0xFF00 | (ff1 << 4) | 0xE, address.GetHextet(0));
        }

        [Theory]
        [MemberData(nameof(EveryNibble))]
        public void ComposeAndReadRoundTripForEveryScope(int scop)
        {
            var scope = (MulticastScope)scop;
            IPAddressValue address = UnicastPrefixFields.Compose(0x7, scope, 0x5, 0xA, 0x40, 0x2001_0db8_beef_feedUL, 0xFFFF_FFFF);
            Assert.Equal(scope, UnicastPrefixFields.Scope(address));
            Assert.Equal(scope, ScopeClassifier.GetScope(address));
            Assert.Equal(0x7, UnicastPrefixFields.Ff1(address));
            Assert.Equal(0x5, UnicastPrefixFields.Ff2(address));
            Assert.Equal(0xA, UnicastPrefixFields.Riid(address));
            Assert.Equal(0x40, UnicastPrefixFields.Plen(address));
            Assert.Equal(0x2001_0db8_beef_feedUL, UnicastPrefixFields.NetworkPrefixField(address));
            Assert.Equal(0xFFFF_FFFFU, UnicastPrefixFields.GroupId(address));
            Assert.True(address.IsMulticast);
        }

        [Fact]
        public void ComposeMasksEachFieldToItsWidth()
        {
            IPAddressValue address = UnicastPrefixFields.Compose(0x17, (MulticastScope)0x1E, 0x10, 0x10, 0x1FF, 0, 0);
            Assert.Equal("ff7e:ff::", address.ToString());
        }

        [Theory]
        [InlineData(0, "::", true)]
        [InlineData(1, "::", true)]
        [InlineData(3, "2000::", true)]
        [InlineData(32, "2001:db8::", true)]
        [InlineData(63, "2001:db8:beef:feec::", true)]
        [InlineData(64, "2001:db8:beef:feed::", false)]
        [InlineData(65, "2001:db8:beef:feed::", false)]
        [InlineData(255, "2001:db8:beef:feed::", false)]
        public void UnicastNetworkTakesTheFirstPlenBitsOfTheField(int length, string expected, bool bitsAfter)
        {
            IPAddressValue address = A("ff3e:40:2001:db8:beef:feed::1");
            Assert.Equal(expected, UnicastPrefixFields.UnicastNetwork(address, length).ToString());
            Assert.Equal(bitsAfter, UnicastPrefixFields.HasBitsAfterPlen(address, length));
        }

        [Theory]
        [InlineData(0, "ff3e:20::/32")]
        [InlineData(1, "ff3e:20::/33")]
        [InlineData(32, "ff3e:20:2001:db8::/64")]
        [InlineData(64, "ff3e:20:2001:db8:beef:feed::/96")]
        [InlineData(65, "ff3e:20:2001:db8:beef:feed::/96")]
        public void AllocationPrefixIs32PlusPlenBits(int plen, string expected)
        {
            IPAddressValue address = A("ff3e:20:2001:db8:beef:feed:1:2");
            Assert.Equal(expected, UnicastPrefixFields.AllocationPrefix(address, plen).ToString());
            Assert.Equal("ff3e:20:2001:db8:beef:feed::/96", UnicastPrefixFields.GroupPrefix(address).ToString());
        }
    }
}
