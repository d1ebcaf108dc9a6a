using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.Tests.Decoding
{
    /// <summary>Decoding is total: no address throws, and every result is consistent.</summary>
    public class DecoderTotalityTests
    {
        [Fact]
        public void EveryFlagAndScopeCombination()
        {
            var random = new Random(3);
            for (int ff1 = 0; ff1 <= 0xF; ff1++)
            {
                for (int scop = 0; scop <= 0xF; scop++)
                {
                    for (int i = 0; i < 200; i++)
                    {
                        // Random fields, with plen often at the values that change the reading: 0, 1-64, 65, 255.
                        ulong high = (0xFFUL << 56) | ((ulong)ff1 << 52) | ((ulong)scop << 48) | (NextULong(random) & 0xFFFF_FFFF_FFFF);
                        int plen = (i % 5) switch { 0 => 0, 1 => 255, 2 => 65, _ => random.Next(1, 65) };
                        high = (high & ~(0xFFUL << 32)) | ((ulong)plen << 32);
                        ulong low = (i % 3) switch { 0 => NextULong(random), 1 => (ulong)random.Next(0, 4), _ => NextULong(random) & 0xFFFF_FFFF };
                        Check(IPAddressValue.FromIPv6(high, low));
                        Check(IPAddressValue.FromIPv6(high & 0xFFFF_F000_0000_0000, low));
                    }
                }
            }
        }

        [Fact]
        public void RandomAddressesOfBothFamilies()
        {
            var random = new Random(20240202);
            for (int i = 0; i < 200_000; i++)
            {
                Check(IPAddressValue.FromIPv4((uint)random.Next() ^ ((uint)random.Next(0, 2) << 31)));
                Check(IPAddressValue.FromIPv4(0xE000_0000 | ((uint)random.Next() & 0x0FFF_FFFF)));
                Check(IPAddressValue.FromIPv6(NextULong(random), NextULong(random)));
            }
        }

        [Fact]
        public void EveryIPv4MulticastSlash16Edge()
        {
            for (uint prefix = 0xE000; prefix <= 0xEFFF; prefix++)
            {
                foreach (uint low in new uint[] { 0, 1, 0xFF, 0x100, 0x1FF, 0x200, 0xFFF5, 0xFFFA, 0xFFFF })
                {
                    Check(IPAddressValue.FromIPv4((prefix << 16) | low));
                }
            }
        }

        [Theory]
        [InlineData("::")]
        [InlineData("::1")]
        [InlineData("0.0.0.0")]
        [InlineData("255.255.255.255")]
        [InlineData("ff00::")]
        [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("::ffff:239.1.1.1")]
        public void Extremes(string address) => Check(AddressParser.Parse(address));

        [Fact]
        public void DecodingAllocatesOnlyTheResultAndAGoodChoiceNoWarnings()
        {
            // Decoding makes the result object and nothing else (no IPAddress, no MAC text, no boxing); a good
            // choice's Warning is the shared empty list, so reading it allocates nothing either.
            IPAddressValue[] samples =
            {
                AddressParser.Parse("239.192.0.10"),
                AddressParser.Parse("233.22.30.7"),
                AddressParser.Parse("ff15::1234"),
                AddressParser.Parse("ff3e::8000:1"),
                AddressParser.Parse("ff7e:340:2a00:1450:4001:81b:8000:1"),
            };
            foreach (IPAddressValue address in samples)
            {
                _ = MulticastAddressDecoder.Decode(address).Warning;
            }

            var results = new MulticastAddressInfo[100 * samples.Length];
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = MulticastAddressDecoder.Decode(samples[i % samples.Length]);
            }

            long perAddress = (GC.GetAllocatedBytesForCurrentThread() - before) / results.Length;
            before = GC.GetAllocatedBytesForCurrentThread();
            int warnings = 0;
            foreach (MulticastAddressInfo info in results)
            {
                warnings += info.Warning.Count;
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(0, warnings);

            // The result's fields: the address, three references and a few small values (64 bytes); one warning alone is 200 bytes or more.
            Assert.InRange(perAddress, 40, 72);
        }

        [Fact]
        public void TheAddressAndTheWarningsAreMadeOnce()
        {
            MulticastAddressInfo info = MulticastAddressDecoder.Decode(AddressParser.Parse("ff7e:740:2001:db8:beef:feed:8000:1"));
            Assert.Same(info.Address, info.Address);
            Assert.Same(info.Warning, info.Warning);

            // The MAC and the RP are made at each read, equal each time.
            Assert.Equal(info.MacAddress, info.MacAddress);
            Assert.Equal(info.RendezvousPoint, info.RendezvousPoint);
        }

        private static void Check(IPAddressValue address)
        {
            MulticastAddressInfo info;
            try
            {
                info = MulticastAddressDecoder.Decode(address);
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException(address + " threw " + exception);
            }

            Assert.Equal(address.ToString(), info.ToString());
            Assert.Equal(address.IsMulticast, info.IsMulticast);
            Assert.NotNull(info.Warning);
            DecodingAssert.WarningsNameAddressAndSource(info);
            Assert.Equal(info.Warning.Count, info.Warning.Select(w => w.Id).Distinct().Count());

            if (!address.IsMulticast)
            {
                // That it is not multicast, and for an IPv4-mapped group, which IPv4 group it carries.
                Assert.Equal(MulticastWarningIds.NotMulticast, info.Warning[0].Id);
                Assert.All(info.Warning.Skip(1), w => Assert.Equal(MulticastWarningIds.IPv4MappedGroup, w.Id));
                Assert.InRange(info.Warning.Count, 1, 2);
                Assert.Null(info.Mechanism);
                return;
            }

            Assert.NotNull(info.Mechanism);
            Assert.NotNull(info.MacAddress);
            Assert.NotNull(info.ScopeName);
            if (address.IsIPv4)
            {
                Assert.NotNull(info.IanaBlock);
            }

            Assert.Equal(info.IsSourceSpecific == true, info.SsmRange.HasValue);
            if (info.RendezvousPoint != null)
            {
                Assert.False(Multicast.EmbeddedRp.IsExcludedRendezvousPoint(IPAddressValue.FromIPAddress(info.RendezvousPoint)));
                Assert.InRange(info.Riid!.Value, 1, 15);
            }

            if (info.NetworkPrefix.HasValue && address.IsIPv6)
            {
                Assert.InRange(info.NetworkPrefix.Value.Length, 1, 64);
            }
        }

        private static ulong NextULong(Random random) => ((ulong)(uint)random.Next() << 33) ^ ((ulong)(uint)random.Next() << 11) ^ (uint)random.Next();
    }
}
