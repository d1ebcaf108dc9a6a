using System.Text;
using Multicast.Sap;
using static Multicast.Tests.Sap.TestBytes;

namespace Multicast.Tests.Sap
{
    public class ZlibTests
    {
        [Theory]
        [InlineData("", 0x00000001u)]
        [InlineData("Wikipedia", 0x11E60398u)]
        [InlineData("v=0\r\n", 0x03FB00FBu)]
        public void Adler32OfKnownText(string text, uint expected)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.Equal(expected, Adler32.Compute(bytes, 0, bytes.Length));
        }

        [Fact]
        public void Adler32OverManyBlocksMatchesTheBytewiseDefinition()
        {
            // Long runs of 0xFF make the sums reduce at every block boundary; RFC 1950 §9 reduces at every byte.
            byte[] data = Repeat(0xFF, 100_000);
            uint s1 = 1, s2 = 0;
            foreach (byte b in data)
            {
                s1 = (s1 + b) % 65521;
                s2 = (s2 + s1) % 65521;
            }

            Assert.Equal((s2 << 16) | s1, Adler32.Compute(data, 0, data.Length));
        }

        [Fact]
        public void CompressedDataInflatesBack()
        {
            byte[] data = Encoding.ASCII.GetBytes(new string('a', 3000) + "tail");
            byte[] zlib = Zlib.Compress(data, 0, data.Length);

            Assert.Equal(SapDecodeStatus.Ok, Zlib.TryDecompress(zlib, 0, zlib.Length, 10_000, out byte[] output));
            Assert.Equal(data, output);
        }
    }
}
