namespace Multicast.Sap
{
    /// <summary>Reading integers in a capture's byte order (its header says which) or in network byte order.</summary>
    internal static class ByteOrder
    {
        public static ushort UInt16(byte[] data, int offset, bool bigEndian) =>
            bigEndian ? (ushort)((data[offset] << 8) | data[offset + 1]) : (ushort)(data[offset] | (data[offset + 1] << 8));

        public static uint UInt32(byte[] data, int offset, bool bigEndian) =>
            bigEndian
                ? ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3]
                : data[offset] | ((uint)data[offset + 1] << 8) | ((uint)data[offset + 2] << 16) | ((uint)data[offset + 3] << 24);

        public static ulong UInt64(byte[] data, int offset, bool bigEndian) =>
            bigEndian
                ? ((ulong)UInt32(data, offset, true) << 32) | UInt32(data, offset + 4, true)
                : ((ulong)UInt32(data, offset + 4, false) << 32) | UInt32(data, offset, false);

        /// <summary>A 16-bit field of a protocol header, most significant byte first.</summary>
        public static int Network16(byte[] data, int offset) => (data[offset] << 8) | data[offset + 1];

        /// <summary>
        /// Reads exactly <paramref name="count"/> bytes into a new array, or returns null at the end of the
        /// stream. A damaged length is not trusted with an allocation: a seekable stream is asked how much it
        /// has left, and any other is read in chunks that grow only as bytes arrive.
        /// </summary>
        public static byte[]? ReadBlock(System.IO.Stream stream, int count)
        {
            if (stream.CanSeek && stream.Length - stream.Position < count)
            {
                stream.Position = stream.Length;
                return null;
            }

            const int chunk = 65536;
            if (stream.CanSeek || count <= chunk)
            {
                var block = new byte[count];
                return ReadFully(stream, block, 0, count) == count ? block : null;
            }

            var grown = new System.IO.MemoryStream();
            var buffer = new byte[chunk];
            while (grown.Length < count)
            {
                int wanted = (int)System.Math.Min(chunk, count - grown.Length);
                int read = ReadFully(stream, buffer, 0, wanted);
                grown.Write(buffer, 0, read);
                if (read < wanted)
                {
                    return null;
                }
            }

            return grown.ToArray();
        }

        /// <summary>Reads until <paramref name="count"/> bytes or the end of the stream; returns how many were read.</summary>
        public static int ReadFully(System.IO.Stream stream, byte[] buffer, int offset, int count)
        {
            int total = 0;
            while (total < count)
            {
                int read = stream.Read(buffer, offset + total, count - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
    }
}
