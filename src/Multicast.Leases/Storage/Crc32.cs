namespace Multicast.Leases.Storage
{
    /// <summary>
    /// CRC-32 (ISO-HDLC, the one of zip, gzip and Ethernet: reflected polynomial 0xEDB88320, initial and final
    /// value 0xFFFFFFFF). It catches every burst of up to 32 damaged bits, which is what a torn or half-flushed
    /// journal record looks like. netstandard2.0 has none built in. Eight bytes a step (slicing-by-8), so that a
    /// process's first read checks a 100,000-lease snapshot in about a millisecond.
    /// </summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = MakeTable();

        /// <summary>The CRC of <paramref name="count"/> bytes, continuing from <paramref name="crc"/> (a CRC returned before, or 0 to start).</summary>
        public static uint Compute(byte[] data, int offset, int count, uint crc = 0)
        {
            uint[] table = Table;
            uint value = ~crc;
            int i = offset, end = offset + count;
            for (; i + 8 <= end; i += 8)
            {
                uint low = value ^ (data[i] | ((uint)data[i + 1] << 8) | ((uint)data[i + 2] << 16) | ((uint)data[i + 3] << 24));
                uint high = data[i + 4] | ((uint)data[i + 5] << 8) | ((uint)data[i + 6] << 16) | ((uint)data[i + 7] << 24);
                value = table[(7 * 256) + (low & 0xFF)] ^ table[(6 * 256) + ((low >> 8) & 0xFF)]
                    ^ table[(5 * 256) + ((low >> 16) & 0xFF)] ^ table[(4 * 256) + (low >> 24)]
                    ^ table[(3 * 256) + (high & 0xFF)] ^ table[(2 * 256) + ((high >> 8) & 0xFF)]
                    ^ table[256 + ((high >> 16) & 0xFF)] ^ table[high >> 24];
            }

            for (; i < end; i++)
            {
                value = table[(value ^ data[i]) & 0xFF] ^ (value >> 8);
            }

            return ~value;
        }

        /// <summary>Table k (256 entries each) gives the CRC of a byte followed by k zero bytes.</summary>
        private static uint[] MakeTable()
        {
            var table = new uint[8 * 256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            for (int t = 1; t < 8; t++)
            {
                for (int n = 0; n < 256; n++)
                {
                    uint previous = table[((t - 1) * 256) + n];
                    table[(t * 256) + n] = table[previous & 0xFF] ^ (previous >> 8);
                }
            }

            return table;
        }
    }
}
