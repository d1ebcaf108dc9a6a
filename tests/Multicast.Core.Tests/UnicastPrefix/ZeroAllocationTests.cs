using System;

namespace Multicast.Tests.UnicastPrefix
{
    /// <summary>The field accessors and checks a decoder runs on every address allocate nothing.</summary>
    public class ZeroAllocationTests
    {
        private static readonly IPAddressValue[] Samples =
        {
            AddressParser.Parse("ff7e:f740:2001:db8:beef:feed::1"),
            AddressParser.Parse("ff3e:40:2001:db8:dead:beef:8000:1"),
            AddressParser.Parse("ff32:ff:a12:34ff:fe56:7890::1"),
            AddressParser.Parse("ff3e::1"),
            AddressParser.Parse("ff7e:140:fe80::1"),
            AddressParser.Parse("ff02::1"),
            AddressParser.Parse("2001:db8::1"),
            AddressParser.Parse("234.192.0.2"),
        };

        [Fact]
        public void AccessorsAndChecksAllocateNothing()
        {
            long sink = Run();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                sink += Run();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
            Assert.NotEqual(0, sink);
        }

        private static long Run()
        {
            long sum = 0;
            foreach (IPAddressValue address in Samples)
            {
                sum += UnicastPrefixFields.Ff1(address) + UnicastPrefixFields.Ff2(address) + UnicastPrefixFields.Riid(address)
                    + UnicastPrefixFields.Plen(address) + (long)UnicastPrefixFields.Scope(address) + UnicastPrefixFields.GroupId(address)
                    + (long)(UnicastPrefixFields.NetworkPrefixField(address) & 0xFF)
                    + (UnicastPrefixFields.HasFlagX(address) ? 1 : 0) + (UnicastPrefixFields.HasBitsAfterPlen(address, 32) ? 1 : 0)
                    + (long)Multicast.EmbeddedRp.Check(address) + (long)UnicastPrefixMulticastAddress.Check(address)
                    + (long)LinkScopedMulticastAddress.Check(address) + (long)GroupIdRangeInfo.Classify(UnicastPrefixFields.GroupId(address))
                    + (long)Multicast.EmbeddedRp.RendezvousPointOf(address).Low
                    + (UnicastPrefixMulticastAddress.IsSourceSpecificFormat(address) ? 1 : 0);
            }

            return sum;
        }
    }
}
