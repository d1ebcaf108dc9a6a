using System;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>A growing byte buffer that writes the binary formats' fields: little-endian integers, 7-bit varints, UTF-8 strings.</summary>
    internal sealed class ByteWriter
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private byte[] _buffer;

        public ByteWriter(int capacity = 256) => _buffer = new byte[capacity];

        public int Length { get; private set; }

        public byte[] Buffer => _buffer;

        public byte[] ToArray()
        {
            var result = new byte[Length];
            Array.Copy(_buffer, result, Length);
            return result;
        }

        public void Byte(byte value)
        {
            Ensure(1);
            _buffer[Length++] = value;
        }

        public void Bytes(byte[] data, int offset, int count)
        {
            Ensure(count);
            Array.Copy(data, offset, _buffer, Length, count);
            Length += count;
        }

        public void UInt32(uint value)
        {
            Ensure(4);
            for (int i = 0; i < 4; i++)
            {
                _buffer[Length++] = (byte)(value >> (8 * i));
            }
        }

        public void UInt64(ulong value)
        {
            Ensure(8);
            for (int i = 0; i < 8; i++)
            {
                _buffer[Length++] = (byte)(value >> (8 * i));
            }
        }

        /// <summary>An unsigned number in 7-bit groups, low first, the high bit set on all but the last.</summary>
        public void VarUInt(ulong value)
        {
            Ensure(10);
            while (value >= 0x80)
            {
                _buffer[Length++] = (byte)(value | 0x80);
                value >>= 7;
            }

            _buffer[Length++] = (byte)value;
        }

        public void String(string value)
        {
            int count = Utf8.GetByteCount(value);
            VarUInt((ulong)count);
            Ensure(count);
            Length += Utf8.GetBytes(value, 0, value.Length, _buffer, Length);
        }

        /// <summary>An address: 4 then its 4 bytes, or 6 then its 16 (network order).</summary>
        public void Address(IPAddressValue address)
        {
            if (address.IsIPv4)
            {
                Byte(4);
                uint value = address.IPv4;
                Ensure(4);
                for (int i = 3; i >= 0; i--)
                {
                    _buffer[Length++] = (byte)(value >> (8 * i));
                }
            }
            else
            {
                Byte(6);
                Ensure(16);
                for (int i = 0; i < 16; i++)
                {
                    _buffer[Length++] = address.GetByte(i);
                }
            }
        }

        public void Prefix(IPPrefix prefix)
        {
            Address(prefix.Network);
            Byte((byte)prefix.Length);
        }

        /// <summary>Writes <paramref name="value"/> at <paramref name="at"/>, inside what was written.</summary>
        public void PatchUInt32(int at, uint value)
        {
            for (int i = 0; i < 4; i++)
            {
                _buffer[at + i] = (byte)(value >> (8 * i));
            }
        }

        private void Ensure(int more)
        {
            if (Length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + more));
            }
        }
    }
}
