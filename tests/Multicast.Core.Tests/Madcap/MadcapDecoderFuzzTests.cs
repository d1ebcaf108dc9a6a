using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// A million random and mutated datagrams through the decoder: nothing a peer sends may throw, a failure
    /// always says why, and whatever decodes re-encodes to a message that decodes to the same octets.
    /// </summary>
    public class MadcapDecoderFuzzTests
    {
        private const int Datagrams = 1_000_000;

        [Fact]
        public void AMillionMutatedDatagrams_NeverThrow()
        {
            var random = new Random(2730);
            List<byte[]> seeds = Seeds();
            var counts = new Dictionary<MadcapDecodeFailure, int>();
            var buffer = new byte[4096];
            for (int i = 0; i < Datagrams; i++)
            {
                byte[] seed = seeds[random.Next(seeds.Count)];
                int length = Mutate(seed, buffer, random, i);
                int offset = random.Next(0, 3);
                if (offset > 0)
                {
                    Buffer.BlockCopy(buffer, 0, buffer, offset, length);
                }

                bool decoded;
                MadcapMessage? message;
                MadcapDecodeError error;
                try
                {
                    decoded = MadcapMessage.TryDecode(buffer, offset, length, out message, out error);
                }
                catch (Exception exception)
                {
                    throw new Exception("The decoder threw on datagram " + i + ": " + Hex.Format(Slice(buffer, offset, length)), exception);
                }

                counts.TryGetValue(error.Failure, out int seen);
                counts[error.Failure] = seen + 1;
                if (decoded)
                {
                    Assert.NotNull(message);
                    Assert.Equal(MadcapDecodeFailure.None, error.Failure);
                    if (i % 16 == 0)
                    {
                        AssertReencodes(message!, buffer, offset, length);
                    }
                }
                else
                {
                    Assert.Null(message);
                    Assert.NotEqual(MadcapDecodeFailure.None, error.Failure);
                    Assert.InRange(error.Offset, 0, length);
                }
            }

            // The mutations must reach deep: every reason shows up, and a good share still decodes.
            foreach (MadcapDecodeFailure failure in Enum.GetValues(typeof(MadcapDecodeFailure)))
            {
                Assert.True(counts.ContainsKey(failure), "No datagram failed with " + failure);
            }

            Assert.True(counts[MadcapDecodeFailure.None] > Datagrams / 20, "Only " + counts[MadcapDecodeFailure.None] + " datagrams decoded.");
        }

        private static void AssertReencodes(MadcapMessage message, byte[] buffer, int offset, int length)
        {
            byte[] again;
            try
            {
                again = message.Encode();
            }
            catch (Exception exception)
            {
                throw new Exception("A decoded message did not re-encode: " + Hex.Format(Slice(buffer, offset, length)), exception);
            }

            Assert.True(MadcapMessage.TryDecode(again, out MadcapMessage? twice, out MadcapDecodeError error), error + " re-decoding " + Hex.Format(again));
            Assert.Equal(again, twice!.Encode());
        }

        /// <summary>Writes a mutation of <paramref name="seed"/> into <paramref name="output"/> and returns its length.</summary>
        private static int Mutate(byte[] seed, byte[] output, Random random, int round)
        {
            int length = seed.Length;
            Buffer.BlockCopy(seed, 0, output, 0, length);
            int mutations = round % 7 == 0 ? 0 : 1 + random.Next(3);
            for (int m = 0; m < mutations; m++)
            {
                switch (random.Next(9))
                {
                    case 0: // flip one bit
                        if (length > 0)
                        {
                            output[random.Next(length)] ^= (byte)(1 << random.Next(8));
                        }

                        break;
                    case 1: // truncate
                        length = random.Next(length + 1);
                        break;
                    case 2: // edit an option's length field, walking the options as the seed framed them
                        EditLengthField(output, length, random);
                        break;
                    case 3: // insert random octets
                    {
                        int at = random.Next(length + 1);
                        int count = 1 + random.Next(8);
                        if (length + count <= 2048)
                        {
                            Buffer.BlockCopy(output, at, output, at + count, length - at);
                            for (int k = 0; k < count; k++)
                            {
                                output[at + k] = (byte)random.Next(256);
                            }

                            length += count;
                        }

                        break;
                    }

                    case 4: // delete octets
                    {
                        if (length == 0)
                        {
                            break;
                        }

                        int at = random.Next(length);
                        int count = Math.Min(length - at, 1 + random.Next(6));
                        Buffer.BlockCopy(output, at + count, output, at, length - at - count);
                        length -= count;
                        break;
                    }

                    case 5: // set an octet to a boundary value
                        if (length > 0)
                        {
                            output[random.Next(length)] = (byte)(random.Next(4) switch { 0 => 0x00, 1 => 0xFF, 2 => 0x7F, _ => 0x80 });
                        }

                        break;
                    case 6: // duplicate a slice (a repeated option, often)
                    {
                        if (length < 12)
                        {
                            break;
                        }

                        int at = 8 + random.Next(length - 8);
                        int count = Math.Min(length - at, 4 + random.Next(12));
                        if (length + count <= 2048)
                        {
                            Buffer.BlockCopy(output, at, output, at + count, length - at);
                            length += count;
                        }

                        break;
                    }

                    case 7: // rewrite the message type or family
                        if (length >= 4)
                        {
                            int at = 1 + random.Next(3);
                            output[at] = (byte)random.Next(random.Next(2) == 0 ? 10 : 256);
                        }

                        break;
                    default: // random octets altogether
                        length = random.Next(40);
                        for (int k = 0; k < length; k++)
                        {
                            output[k] = (byte)random.Next(256);
                        }

                        if (length > 0 && random.Next(2) == 0)
                        {
                            output[0] = 0;
                        }

                        break;
                }
            }

            return length;
        }

        private static void EditLengthField(byte[] data, int length, Random random)
        {
            var positions = new List<int>();
            int position = 8;
            while (position + 4 <= length)
            {
                positions.Add(position + 2);
                int optionLength = (data[position + 2] << 8) | data[position + 3];
                position += 4 + optionLength;
            }

            if (positions.Count == 0)
            {
                return;
            }

            int at = positions[random.Next(positions.Count)];
            int current = (data[at] << 8) | data[at + 1];
            int edited = random.Next(5) switch
            {
                0 => current + 1,
                1 => Math.Max(0, current - 1),
                2 => 0,
                3 => 0xFFFF,
                _ => random.Next(0, 64),
            };
            data[at] = (byte)(edited >> 8);
            data[at + 1] = (byte)edited;
        }

        private static byte[] Slice(byte[] data, int offset, int length)
        {
            var slice = new byte[length];
            Buffer.BlockCopy(data, offset, slice, 0, length);
            return slice;
        }

        private static List<byte[]> Seeds()
        {
            var lease = MadcapLeaseIdentifier.CreateRandom(new Random(1));
            var server = new MadcapServerIdentifier(IPAddress.Parse("192.0.2.1"));
            var seeds = new List<MadcapMessage>
            {
                new MadcapMessage(MadcapMessageType.GetInfo, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = lease, OptionRequestList = new ushort[] { 9, 17 }, RequestedLanguage = "en" },
                new MadcapMessage(MadcapMessageType.Discover, MadcapAddressFamily.IPv4, 2) { LeaseIdentifier = lease, MulticastScope = IPAddress.Parse("239.192.0.0"), LeaseTime = 7200, MinimumLeaseTime = 600, NumberOfAddressesRequested = new MadcapAddressCount(1, 3), StartTime = 1_800_000_000, MaximumStartTime = 1_800_000_600, CurrentTime = 1_799_999_999 },
                new MadcapMessage(MadcapMessageType.Offer, MadcapAddressFamily.IPv4, 2) { LeaseIdentifier = lease, ServerIdentifier = server, MulticastScope = IPAddress.Parse("239.192.0.0"), LeaseTime = 3600 },
                new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv6, 3) { LeaseIdentifier = lease, ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("2001:db8::1")), MulticastScope = IPAddress.Parse("ff15::"), AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("ff15::5"), 2) }, FeatureList = new MadcapFeatureList(new ushort[] { 1 }, new ushort[] { 0 }, new ushort[] { 2 }) },
                new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 3)
                {
                    LeaseIdentifier = lease,
                    ServerIdentifier = server,
                    MulticastScopeList = new[]
                    {
                        new MadcapScopeEntry(IPAddress.Parse("239.192.0.0"), IPAddress.Parse("239.195.255.255"), 10, new[] { new MadcapZoneName("en", "Inside abcd.com", isFallback: true), new MadcapZoneName("de", "Drinnen") }),
                        new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), 16),
                    },
                    NestingState = MadcapNestingState.FromPairs(2, new[] { (1, 0) }),
                    CurrentTime = 1,
                },
                new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv6, 3)
                {
                    LeaseIdentifier = lease,
                    ServerIdentifier = server,
                    MulticastScopeList = new[] { new MadcapScopeEntry(IPAddress.Parse("ff15::"), IPAddress.Parse("ff15::ffff"), 16, new[] { new MadcapZoneName("fr", "Zone été") }) },
                },
                new MadcapMessage(MadcapMessageType.Ack, MadcapAddressFamily.IPv4, 4) { LeaseIdentifier = lease, ServerIdentifier = server, LeaseTime = 7200, MulticastScope = IPAddress.Parse("239.192.0.0"), AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1), new MadcapAddressRange(IPAddress.Parse("239.192.3.0"), 16) }, RetryTime = 9, CurrentTime = 8 },
                new MadcapMessage(MadcapMessageType.Nak, MadcapAddressFamily.IPv4, 5) { LeaseIdentifier = lease, ServerIdentifier = server, Error = MadcapErrorOption.RequiredFeatureNotSupported(new ushort[] { 0, 2 }) },
                new MadcapMessage(MadcapMessageType.Nak, MadcapAddressFamily.IPv4, 5) { LeaseIdentifier = lease, ServerIdentifier = server, Error = MadcapErrorOption.ExcessiveClockSkew(77) },
                new MadcapMessage(MadcapMessageType.Renew, MadcapAddressFamily.IPv4, 6) { LeaseIdentifier = MadcapLeaseIdentifier.CreateAddressSpecific(IPAddress.Parse("192.0.2.9"), new byte[] { 7 }), LeaseTime = 60 },
                new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 7) { LeaseIdentifier = lease },
            };
            seeds[9].UnknownOptions.Add(new MadcapRawOption(300, new byte[] { 1, 2, 3, 4 }));
            var encoded = new List<byte[]>();
            foreach (MadcapMessage seed in seeds)
            {
                encoded.Add(seed.Encode());
            }

            return encoded;
        }
    }
}
