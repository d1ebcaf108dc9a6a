namespace Multicast.Sap
{
    /// <summary>The Adler-32 checksum of RFC 1950 §2.2 and §8.2.</summary>
    internal static class Adler32
    {
        // RFC 1950 §2.2: "Both sums are done modulo 65521".
        private const uint Base = 65521;

        // The most bytes that can be summed before the reduction without s2 passing 2^32 - 1:
        // 255n(n+1)/2 + (n+1)(65521-1) is 4294690200 for n = 5552 and over 2^32 for n = 5553.
        private const int BlockLength = 5552;

        /// <summary>s2 * 65536 + s1, with s1 starting at 1 and s2 at 0 (RFC 1950 §2.2).</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint s1 = 1, s2 = 0;
            while (count > 0)
            {
                int block = count < BlockLength ? count : BlockLength;
                count -= block;
                for (int end = offset + block; offset < end; offset++)
                {
                    s1 += data[offset];
                    s2 += s1;
                }

                s1 %= Base;
                s2 %= Base;
            }

            return (s2 << 16) | s1;
        }
    }
}
