using System;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>Reads what <see cref="ByteWriter"/> writes from a byte range; anything out of place throws a FormatException.</summary>
    internal sealed class ByteReader
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private readonly byte[] _data;
        private readonly int _end;

        public ByteReader(byte[] data, int start, int end)
        {
            _data = data;
            Position = start;
            _end = end;
        }

        public int Position { get; private set; }

        public bool AtEnd => Position == _end;

        public byte Byte()
        {
            Need(1);
            return _data[Position++];
        }

        public uint UInt32()
        {
            Need(4);
            uint value = _data[Position] | ((uint)_data[Position + 1] << 8) | ((uint)_data[Position + 2] << 16) | ((uint)_data[Position + 3] << 24);
            Position += 4;
            return value;
        }

        public ulong UInt64() => UInt32() | ((ulong)UInt32() << 32);

        public long Int64() => (long)UInt64();

        public ulong VarUInt()
        {
            ulong value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                byte b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new FormatException("A number runs over 64 bits.");
        }

        /// <summary>A count of items that each take at least one byte, so no more than the bytes left.</summary>
        public int Count()
        {
            ulong count = VarUInt();
            if (count > (ulong)(_end - Position))
            {
                throw new FormatException("A count of " + count + " is more than the bytes left.");
            }

            return (int)count;
        }

        public string String()
        {
            int count = Count();
            string value;
            try
            {
                value = Utf8.GetString(_data, Position, count);
            }
            catch (ArgumentException)
            {
                throw new FormatException("A string is not UTF-8.");
            }

            Position += count;
            return value;
        }

        /// <summary>Moves past <paramref name="count"/> bytes, which must be there.</summary>
        public void Skip(long count)
        {
            if (count < 0 || count > _end - Position)
            {
                throw new FormatException("The data ends early.");
            }

            Position += (int)count;
        }

        public byte[] Bytes(int count)
        {
            Need(count);
            var value = new byte[count];
            Array.Copy(_data, Position, value, 0, count);
            Position += count;
            return value;
        }

        public IPAddressValue Address()
        {
            switch (Byte())
            {
                case 4:
                    Need(4);
                    uint value = ((uint)_data[Position] << 24) | ((uint)_data[Position + 1] << 16) | ((uint)_data[Position + 2] << 8) | _data[Position + 3];
                    Position += 4;
                    return IPAddressValue.FromIPv4(value);
                case 6:
                    Need(16);
                    ulong high = 0, low = 0;
                    for (int i = 0; i < 8; i++)
                    {
                        high = (high << 8) | _data[Position + i];
                        low = (low << 8) | _data[Position + 8 + i];
                    }

                    Position += 16;
                    return IPAddressValue.FromIPv6(high, low);
                default:
                    throw new FormatException("An address has an unknown family.");
            }
        }

        public IPPrefix Prefix()
        {
            IPAddressValue network = Address();
            int length = Byte();
            if (length > network.BitLength || AddressMath.HasHostBits(network, length))
            {
                throw new FormatException("A prefix has host bits set or a length out of range.");
            }

            return new IPPrefix(network, length);
        }

        private void Need(int count)
        {
            if (count < 0 || _end - Position < count)
            {
                throw new FormatException("The data ends early.");
            }
        }
    }
}
