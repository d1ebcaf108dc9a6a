namespace Multicast.Leases.Storage
{
    /// <summary>
    /// CRC-32 (ISO-HDLC, the one of zip, gzip and Ethernet: reflected polynomial 0xEDB88320, initial and final
    /// value 0xFFFFFFFF). It catches every burst of up to 32 damaged bits, which is what a torn or half-flushed
    /// journal record looks like. netstandard2.0 has none built in.
    /// </summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = MakeTable();

        /// <summary>The CRC of <paramref name="count"/> bytes, continuing from <paramref name="crc"/> (a CRC returned before, or 0 to start).</summary>
        public static uint Compute(byte[] data, int offset, int count, uint crc = 0)
        {
            uint value = ~crc;
            for (int i = offset; i < offset + count; i++)
            {
                value = Table[(value ^ data[i]) & 0xFF] ^ (value >> 8);
            }

            return ~value;
        }

        private static uint[] MakeTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
