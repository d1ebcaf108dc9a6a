using System.IO;
using System.IO.Compression;

namespace Multicast.Sap
{
    /// <summary>
    /// The zlib format (RFC 1950) around .NET's raw deflate (RFC 1951): netstandard2.0 has DeflateStream but
    /// no ZLibStream. SAP compresses with zlib (RFC 2974 §6, Appendix B). Reading is bounded and never throws.
    /// </summary>
    internal static class Zlib
    {
        // RFC 1950 §2.2: CM = 8 is deflate; CINFO above 7 (a window over 32K) is not allowed.
        private const int Deflate = 8;
        private const int MaxCinfo = 7;

        // RFC 1950 §2.2: FDICT is bit 5 of FLG.
        private const int PresetDictionary = 0x20;

        private const int HeaderLength = 2;
        private const int ChecksumLength = 4;

        /// <summary>A zlib stream of the bytes: CMF, FLG, deflate data, Adler-32 (RFC 1950 §2.2).</summary>
        public static byte[] Compress(byte[] data, int offset, int count)
        {
            using var output = new MemoryStream();

            // CMF: CM = 8 (deflate), CINFO = 7 (32K window). FLG: FLEVEL = 2 (default), no dictionary, and
            // FCHECK chosen so that CMF * 256 + FLG is a multiple of 31 (RFC 1950 §2.2).
            const int cmf = (MaxCinfo << 4) | Deflate;
            int flg = 2 << 6;
            flg |= (31 - (((cmf << 8) | flg) % 31)) % 31;
            output.WriteByte(cmf);
            output.WriteByte((byte)flg);
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(data, offset, count);
            }

            // RFC 1950 §2.2: the Adler-32 of the uncompressed data, most significant byte first.
            uint adler = Adler32.Compute(data, offset, count);
            output.WriteByte((byte)(adler >> 24));
            output.WriteByte((byte)(adler >> 16));
            output.WriteByte((byte)(adler >> 8));
            output.WriteByte((byte)adler);
            return output.ToArray();
        }

        /// <summary>
        /// Inflates a zlib stream that fills <paramref name="count"/> bytes, checks its header and Adler-32,
        /// and gives up past <paramref name="maxLength"/> bytes of output, so that a small hostile packet
        /// cannot make it allocate much.
        /// </summary>
        public static SapDecodeStatus TryDecompress(byte[] data, int offset, int count, int maxLength, out byte[] output)
        {
            output = new byte[0];
            if (count < HeaderLength + ChecksumLength)
            {
                return SapDecodeStatus.ZlibTruncated;
            }

            int cmf = data[offset];
            int flg = data[offset + 1];
            if ((((cmf << 8) | flg) % 31) != 0 || (cmf & 0x0F) != Deflate || (cmf >> 4) > MaxCinfo)
            {
                return SapDecodeStatus.ZlibHeaderInvalid;
            }

            if ((flg & PresetDictionary) != 0)
            {
                return SapDecodeStatus.ZlibDictionaryUnsupported;
            }

            // The zlib stream is the rest of the SAP packet, so its Adler-32 is the packet's last four bytes.
            int deflateLength = count - HeaderLength - ChecksumLength;
            var inflated = new MemoryStream();
            var chunk = new byte[4096];
            var input = new OneByteStream(data, offset + HeaderLength, deflateLength);
            try
            {
                using var inflater = new DeflateStream(input, CompressionMode.Decompress);
                while (true)
                {
                    // Ask for one byte more than allowed, so that too much output is seen without keeping it.
                    int room = maxLength + 1 - (int)inflated.Length;
                    int read = inflater.Read(chunk, 0, room < chunk.Length ? room : chunk.Length);
                    if (read == 0)
                    {
                        break;
                    }

                    inflated.Write(chunk, 0, read);
                    if (inflated.Length > maxLength)
                    {
                        return SapDecodeStatus.PayloadTooLarge;
                    }
                }
            }
            catch (InvalidDataException)
            {
                return SapDecodeStatus.ZlibDataInvalid;
            }

            // Fed a byte at a time, the inflater took exactly the deflate data: the checksum must follow it.
            if (input.Consumed != deflateLength)
            {
                return SapDecodeStatus.ZlibTrailingData;
            }

            byte[] result = inflated.ToArray();
            int end = offset + count;
            uint expected = ((uint)data[end - 4] << 24) | ((uint)data[end - 3] << 16) | ((uint)data[end - 2] << 8) | data[end - 1];
            if (Adler32.Compute(result, 0, result.Length) != expected)
            {
                return SapDecodeStatus.ZlibChecksumMismatch;
            }

            output = result;
            return SapDecodeStatus.Ok;
        }

        /// <summary>
        /// Bytes handed out one at a time, so that the inflater reads no further than the end of the deflate data
        /// (it stops asking at the final block's end) and <see cref="Consumed"/> says where that was.
        /// </summary>
        private sealed class OneByteStream : Stream
        {
            private readonly byte[] _data;
            private readonly int _start;
            private readonly int _end;
            private int _position;

            public OneByteStream(byte[] data, int offset, int count)
            {
                _data = data;
                _start = offset;
                _position = offset;
                _end = offset + count;
            }

            public int Consumed => _position - _start;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new System.NotSupportedException();

            public override long Position
            {
                get => throw new System.NotSupportedException();
                set => throw new System.NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (count == 0 || _position >= _end)
                {
                    return 0;
                }

                buffer[offset] = _data[_position++];
                return 1;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

            public override void SetLength(long value) => throw new System.NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
        }
    }
}
