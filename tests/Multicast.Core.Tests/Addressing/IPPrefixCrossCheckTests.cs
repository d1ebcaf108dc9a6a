using System;
using System.Net;

namespace Multicast.Tests.Addressing
{
    /// <summary>
    /// The module's own prefix arithmetic (IPPrefix, AddressMath) against IPNetwork2, an independent
    /// implementation, over many seeded random prefixes of both families: first and last address, containment
    /// of addresses at and one past each end, containment of prefixes, and overlap.
    /// </summary>
    public class IPPrefixCrossCheckTests
    {
        private const int Rounds = 20_000;

        [Theory]
        [InlineData(false, 1)]
        [InlineData(true, 2)]
        public void FirstLastAndContainsAgree(bool ipv6, int seed)
        {
            var random = new Random(seed);
            for (int i = 0; i < Rounds; i++)
            {
                IPPrefix prefix = RandomPrefix(random, ipv6);
                IPNetwork2 network = ToIPNetwork2(prefix);

                Assert.Equal(network.First, prefix.FirstAddress.ToIPAddress());
                Assert.Equal(network.Last, prefix.LastAddress.ToIPAddress());
                Assert.Equal(network.Cidr, prefix.Length);
                foreach (IPAddressValue probe in Probes(random, prefix))
                {
                    Assert.Equal(network.Contains(probe.ToIPAddress()), prefix.Contains(probe));
                }
            }
        }

        [Theory]
        [InlineData(false, 3)]
        [InlineData(true, 4)]
        public void PrefixContainmentAndOverlapAgree(bool ipv6, int seed)
        {
            var random = new Random(seed);
            for (int i = 0; i < Rounds; i++)
            {
                IPPrefix a = RandomPrefix(random, ipv6);

                // Half the time, b is carved out of a or around it, so that containment is often true.
                IPPrefix b = random.Next(2) == 0 ? RandomPrefix(random, ipv6) : Related(random, a);
                IPNetwork2 na = ToIPNetwork2(a), nb = ToIPNetwork2(b);

                Assert.Equal(na.Contains(nb), a.Contains(b));
                Assert.Equal(nb.Contains(na), b.Contains(a));
                Assert.Equal(na.Overlap(nb), a.Contains(b) || b.Contains(a));
            }
        }

        [Fact]
        public void ParsedTextAgrees()
        {
            var random = new Random(5);
            for (int i = 0; i < Rounds; i++)
            {
                IPPrefix prefix = RandomPrefix(random, random.Next(2) == 0);
                IPNetwork2 network = IPNetwork2.Parse(prefix.ToString());
                Assert.Equal(network.First, IPPrefix.Parse(prefix.ToString()).FirstAddress.ToIPAddress());
                Assert.Equal(network.Cidr, IPPrefix.Parse(prefix.ToString()).Length);
            }
        }

        private static IPNetwork2 ToIPNetwork2(IPPrefix prefix) => new IPNetwork2(prefix.Network.ToIPAddress(), (byte)prefix.Length);

        private static IPPrefix RandomPrefix(Random random, bool ipv6)
        {
            IPAddressValue address = ipv6
                ? IPAddressValue.FromIPv6(NextUInt64(random), NextUInt64(random))
                : IPAddressValue.FromIPv4((uint)NextUInt64(random));
            int length = random.Next(address.BitLength + 1);
            return new IPPrefix(AddressMath.Network(address, length), length);
        }

        private static IPPrefix Related(Random random, IPPrefix a)
        {
            int length = random.Next(a.Network.BitLength + 1);
            IPAddressValue inside = AddressMath.Add(a.Network, NextUInt64(random) & Mask(a));
            return new IPPrefix(AddressMath.Network(inside, length), length);
        }

        // The offsets that stay inside a (at most 64 bits of them).
        private static ulong Mask(IPPrefix a)
        {
            int hostBits = a.Network.BitLength - a.Length;
            return hostBits >= 64 ? ulong.MaxValue : (1UL << hostBits) - 1;
        }

        private static IPAddressValue[] Probes(Random random, IPPrefix prefix)
        {
            IPAddressValue first = prefix.FirstAddress, last = prefix.LastAddress;
            return new[]
            {
                first,
                last,
                Step(first, -1),
                Step(last, +1),
                AddressMath.Add(first, NextUInt64(random) & Mask(prefix)),
                prefix.Network.IsIPv6 ? IPAddressValue.FromIPv6(NextUInt64(random), NextUInt64(random)) : IPAddressValue.FromIPv4((uint)NextUInt64(random)),
            };
        }

        // One address before or after, wrapping at the ends of the family's space.
        private static IPAddressValue Step(IPAddressValue address, int by)
        {
            if (!address.IsIPv6)
            {
                return IPAddressValue.FromIPv4(unchecked((uint)address.IPv4 + (uint)by));
            }

            ulong low = unchecked(address.Low + (ulong)(long)by);
            ulong high = address.High;
            if (by > 0 && low == 0)
            {
                high = unchecked(high + 1);
            }
            else if (by < 0 && low == ulong.MaxValue)
            {
                high = unchecked(high - 1);
            }

            return IPAddressValue.FromIPv6(high, low);
        }

        private static ulong NextUInt64(Random random)
        {
            var bytes = new byte[8];
            random.NextBytes(bytes);
            return BitConverter.ToUInt64(bytes, 0);
        }
    }
}
