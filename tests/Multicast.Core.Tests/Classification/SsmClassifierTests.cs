namespace Multicast.Tests.Classification
{
    public class SsmClassifierTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        [Theory]
        // RFC 4607 §1: 232/8, both ends and one past each end.
        [InlineData("231.255.255.255", SsmRange.None)]
        [InlineData("232.0.0.0", SsmRange.ReservedNull)]
        [InlineData("232.0.0.1", SsmRange.IanaReserved)]
        [InlineData("232.0.0.255", SsmRange.IanaReserved)]
        [InlineData("232.0.1.0", SsmRange.HostAllocated)]
        [InlineData("232.255.255.255", SsmRange.HostAllocated)]
        [InlineData("233.0.0.0", SsmRange.None)]
        // RFC 4607 §1 and §4.3: the group ID ranges of FF3x::/96.
        [InlineData("ff3e::", SsmRange.Invalid)]
        [InlineData("ff3e::3fff:ffff", SsmRange.Invalid)]
        [InlineData("ff3e::4000:0", SsmRange.ReservedNull)]
        [InlineData("ff3e::4000:1", SsmRange.IanaReserved)]
        [InlineData("ff3e::7fff:ffff", SsmRange.IanaReserved)]
        [InlineData("ff3e::8000:0", SsmRange.HostAllocated)]
        [InlineData("ff3e::ffff:ffff", SsmRange.HostAllocated)]
        [InlineData("ff35::8000:1", SsmRange.HostAllocated)]
        // RFC 7371 §4.1.2: X is its own flag, so FFBx::/32 is SSM too.
        [InlineData("ffbe::8000:1", SsmRange.HostAllocated)]
        // All of FF3x::/32 is SSM, even with a non-zero network prefix field (RFC 4607 §1).
        [InlineData("ff3e:0:2001:db8::8000:1", SsmRange.HostAllocated)]
        // Every neighbour of FF3x::/32 is outside it, so routers treat it as ASM (RFC 4607 §1): each of bits 16-31
        // (ff2, the reserved or RIID nibble, plen) set alone, and all of them.
        [InlineData("ff3e:8000::8000:1", SsmRange.None)]
        [InlineData("ff3e:4000::8000:1", SsmRange.None)]
        [InlineData("ff3e:2000::8000:1", SsmRange.None)]
        [InlineData("ff3e:1000::8000:1", SsmRange.None)]
        [InlineData("ff3e:800::8000:1", SsmRange.None)]
        [InlineData("ff3e:400::8000:1", SsmRange.None)]
        [InlineData("ff3e:200::8000:1", SsmRange.None)]
        [InlineData("ff3e:100::8000:1", SsmRange.None)]
        [InlineData("ff3e:80::8000:1", SsmRange.None)]
        [InlineData("ff3e:40::8000:1", SsmRange.None)]
        [InlineData("ff3e:20::8000:1", SsmRange.None)]
        [InlineData("ff3e:10::8000:1", SsmRange.None)]
        [InlineData("ff3e:8::8000:1", SsmRange.None)]
        [InlineData("ff3e:4::8000:1", SsmRange.None)]
        [InlineData("ff3e:2::8000:1", SsmRange.None)]
        [InlineData("ff3e:1::8000:1", SsmRange.None)]
        [InlineData("ff3e:ffff::8000:1", SsmRange.None)]
        [InlineData("ffbe:100::8000:1", SsmRange.None)]
        // The first bit after the /32 is inside it.
        [InlineData("ff3e:0:8000::8000:1", SsmRange.HostAllocated)]
        // Not SSM: plen set (RFC 3306 ASM), P or T clear, R set (embedded RP is ASM), unicast.
        [InlineData("ff3e:40:2001:db8:dead:beef:8000:1", SsmRange.None)]
        [InlineData("ff1e::8000:1", SsmRange.None)]
        [InlineData("ff2e::8000:1", SsmRange.None)]
        [InlineData("ff7e::8000:1", SsmRange.None)]
        [InlineData("ff0e::8000:1", SsmRange.None)]
        [InlineData("2001:db8::1", SsmRange.None)]
        public void ClassifiesTheSsmRange(string address, SsmRange expected)
        {
            Assert.Equal(expected, SsmClassifier.GetRange(A(address)));
            Assert.Equal(expected != SsmRange.None, SsmClassifier.IsSourceSpecific(A(address)));
        }

        [Fact]
        public void EveryScopeOfFF3xIsSourceSpecific()
        {
            for (int scop = 0; scop <= 15; scop++)
            {
                Assert.True(SsmClassifier.IsSourceSpecific(IPAddressValue.FromIPv6((0xFF30UL | (uint)scop) << 48, 0x8000_0001)));
                Assert.True(SsmClassifier.IsSourceSpecific(IPAddressValue.FromIPv6((0xFFB0UL | (uint)scop) << 48, 0x8000_0001)));
            }
        }
    }
}
