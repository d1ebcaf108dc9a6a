using System;
using System.Collections.Generic;
using System.Text;
using Multicast.Sap;

namespace Multicast.Tests.Sap
{
    /// <summary>
    /// A million damaged packets: the decoder returns a status for each and never throws. It asserts what the
    /// decoder does, not how fast (bench/ measures that), and runs alone so that its work does not slow the rest.
    /// </summary>
    [Collection(SerialSapTests.Name)]
    public class SapDecoderFuzzTests
    {
        private const int Iterations = 1_000_000;

        [Fact]
        public void AMillionMutatedPacketsNeverThrow()
        {
            List<byte[]> corpus = Corpus();
            var random = new Random(2974);
            var seen = new HashSet<SapDecodeStatus>();
            var buffer = new byte[4096];
            for (int i = 0; i < Iterations; i++)
            {
                byte[] original = corpus[i % corpus.Count];
                int length = Mutate(original, buffer, random);
                SapDecodeResult result;
                try
                {
                    result = SapPacketDecoder.Decode(buffer, 0, length, maxPayloadLength: 8192);
                }
                catch (Exception exception)
                {
                    throw new Xunit.Sdk.XunitException("Packet " + i + " (" + BitConverter.ToString(buffer, 0, length) + ") threw " + exception);
                }

                seen.Add(result.Status);
                Assert.Equal(result.Status == SapDecodeStatus.Ok, result.Packet != null);
            }

            // The mutations reach every way of failing, so the loop did exercise each check.
            foreach (SapDecodeStatus status in Enum.GetValues(typeof(SapDecodeStatus)))
            {
                Assert.Contains(status, seen);
            }
        }

        private static int Mutate(byte[] original, byte[] buffer, Random random)
        {
            Buffer.BlockCopy(original, 0, buffer, 0, original.Length);
            int length = original.Length;
            switch (random.Next(6))
            {
                case 0:
                    // One to four bit flips anywhere.
                    for (int flips = random.Next(1, 5); flips > 0; flips--)
                    {
                        buffer[random.Next(length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    // Cut short.
                    length = random.Next(length);
                    break;
                case 2:
                    // A new authentication length.
                    buffer[1] = (byte)random.Next(256);
                    break;
                case 3:
                    // New flags: version, A, R, T, E and C at random.
                    buffer[0] = (byte)random.Next(256);
                    break;
                case 4:
                    // A flip in the last few bytes, where a zlib stream keeps its checksum and last block.
                    buffer[length - 1 - random.Next(Math.Min(length, 12))] ^= (byte)(1 << random.Next(8));
                    break;
                default:
                    // Bytes added or removed at the end.
                    int change = random.Next(-8, 9);
                    for (int i = length; i < length + change; i++)
                    {
                        buffer[i] = (byte)random.Next(256);
                    }

                    length = Math.Max(0, length + change);
                    break;
            }

            return length;
        }

        private static List<byte[]> Corpus()
        {
            byte[] sdp = Encoding.ASCII.GetBytes("v=0\r\no=- 3724394400 3724394400 IN IP4 192.0.2.1\r\ns=Seminar\r\nc=IN IP4 233.252.0.1/127\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n");
            IPAddressValue v4 = AddressParser.Parse("192.0.2.1");
            IPAddressValue v6 = AddressParser.Parse("2001:db8::1");
            var packets = new List<SapPacket>
            {
                new SapPacket(SapMessageType.Announcement, v4, 0x1234, sdp),
                new SapPacket(SapMessageType.Announcement, v6, 0x1234, sdp, payloadType: null),
                new SapPacket(SapMessageType.Announcement, v4, 0x1234, sdp, authenticationData: new byte[12]),
                new SapPacket(SapMessageType.Announcement, v4, 0x1234, sdp, isCompressed: true),
                new SapPacket(SapMessageType.Announcement, v6, 0x1234, sdp, authenticationData: new byte[8], isCompressed: true),
                new SapPacket(SapMessageType.Announcement, v4, 0x1234, sdp, payloadType: null, isCompressed: true),
                new SapPacket(SapMessageType.Announcement, v4, 0x1234, sdp, payloadType: null, isEncrypted: true),
                new SapPacket(SapMessageType.Deletion, v4, 0x1234, Encoding.ASCII.GetBytes("o=- 3724394400 3724394400 IN IP4 192.0.2.1\r\n"), payloadType: null),
            };
            var corpus = packets.ConvertAll(p => p.Encode());

            // A zlib header that asks for a preset dictionary (FLG 0x20), and a compression bomb: far more
            // zeros than the limit allows.
            corpus.Add(TestBytes.Of("21 00 00 07", "C0 00 02 01", "78 20 00 00 00 01 03 00 00 00 00 01"));
            corpus.Add(TestBytes.Of("21 00 00 07", "C0 00 02 01", SapPacketDecoderTests.ZLib(new byte[100_000])));
            return corpus;
        }
    }
}
