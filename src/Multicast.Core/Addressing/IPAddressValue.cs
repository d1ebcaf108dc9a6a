using System;
using System.Net;
using System.Net.Sockets;

namespace Multicast
{
    /// <summary>
    /// An IPv4 or IPv6 address held as two 64-bit words, so that parsing, classifying and bit-field
    /// extraction allocate nothing. IPv4 addresses live in the low 32 bits of <see cref="Low"/>.
    /// </summary>
    public readonly struct IPAddressValue : IEquatable<IPAddressValue>, IComparable<IPAddressValue>, IComparable
    {
        private IPAddressValue(ulong high, ulong low, bool isIPv6)
        {
            High = high;
            Low = low;
            IsIPv6 = isIPv6;
        }

        /// <summary>Bits 0-63 of an IPv6 address (bit 0 is the most significant). Zero for IPv4.</summary>
        public ulong High { get; }

        /// <summary>Bits 64-127 of an IPv6 address, or the IPv4 address in the low 32 bits.</summary>
        public ulong Low { get; }

        public bool IsIPv6 { get; }

        public bool IsIPv4 => !IsIPv6;

        public AddressFamily AddressFamily => IsIPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;

        /// <summary>The number of bits in an address of this family: 32 or 128.</summary>
        public int BitLength => IsIPv6 ? 128 : 32;

        /// <summary>The IPv4 address as a host-order integer. Throws for IPv6.</summary>
        public uint IPv4
        {
            get
            {
                if (IsIPv6)
                {
                    throw new InvalidOperationException("This is an IPv6 address; it has no 32-bit IPv4 value.");
                }

                return (uint)Low;
            }
        }

        /// <summary>True for 224.0.0.0/4 (RFC 5771 §3) and ff00::/8 (RFC 4291 §2.7).</summary>
        public bool IsMulticast => IsIPv6 ? (High >> 56) == 0xFF : (Low & 0xF000_0000) == 0xE000_0000;

        public static IPAddressValue FromIPv4(uint address) => new IPAddressValue(0, address, isIPv6: false);

        public static IPAddressValue FromIPv6(ulong high, ulong low) => new IPAddressValue(high, low, isIPv6: true);

        public static IPAddressValue FromIPAddress(IPAddress address)
        {
            if (address is null)
            {
                throw new ArgumentNullException(nameof(address));
            }

            byte[] bytes = address.GetAddressBytes();
            if (bytes.Length == 4)
            {
                return FromIPv4(((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3]);
            }

            return FromIPv6(ReadUInt64(bytes, 0), ReadUInt64(bytes, 8));
        }

        /// <summary>Byte <paramref name="index"/> in network order (0 is the first byte on the wire).</summary>
        public byte GetByte(int index)
        {
            if (IsIPv6)
            {
                return index < 8 ? (byte)(High >> (56 - (8 * index))) : (byte)(Low >> (56 - (8 * (index - 8))));
            }

            return (byte)(Low >> (24 - (8 * index)));
        }

        /// <summary>The 16-bit group <paramref name="index"/> (0-7) of an IPv6 address.</summary>
        public ushort GetHextet(int index) =>
            index < 4 ? (ushort)(High >> (48 - (16 * index))) : (ushort)(Low >> (48 - (16 * (index - 4))));

        public IPAddress ToIPAddress()
        {
            if (IsIPv4)
            {
                return new IPAddress(new[] { GetByte(0), GetByte(1), GetByte(2), GetByte(3) });
            }

            var bytes = new byte[16];
            for (int i = 0; i < 16; i++)
            {
                bytes[i] = GetByte(i);
            }

            return new IPAddress(bytes);
        }

        /// <summary>The canonical text: dotted decimal, or RFC 5952 for IPv6.</summary>
        public override string ToString() => AddressFormatter.Format(this);

        public bool Equals(IPAddressValue other) => High == other.High && Low == other.Low && IsIPv6 == other.IsIPv6;

        public override bool Equals(object? obj) => obj is IPAddressValue other && Equals(other);

        public override int GetHashCode() => (High.GetHashCode() * 397) ^ Low.GetHashCode() ^ (IsIPv6 ? 1 : 0);

        /// <summary>IPv4 sorts before IPv6; within a family, numerically.</summary>
        public int CompareTo(IPAddressValue other)
        {
            if (IsIPv6 != other.IsIPv6)
            {
                return IsIPv6 ? 1 : -1;
            }

            int high = High.CompareTo(other.High);
            return high != 0 ? high : Low.CompareTo(other.Low);
        }

        /// <summary>
        /// For PowerShell's Sort-Object, -lt and -gt, which compare through IComparable. Text is read strictly, so
        /// <c>$lease.Address -lt '239.128.0.0'</c> compares addresses, not strings.
        /// </summary>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            IPAddressValue other => CompareTo(other),
            IPAddress other => CompareTo(FromIPAddress(other)),
            string text => CompareTo(Parse(text)),
            _ => throw new ArgumentException("An address compares only with another address.", nameof(obj)),
        };

        /// <summary>Strict parse (see <see cref="AddressParser"/>). PowerShell uses this for [Multicast.IPAddressValue]'text'.</summary>
        public static IPAddressValue Parse(string text) => AddressParser.Parse(text);

        /// <summary>Lets PowerShell pass this value wherever an IPAddress is asked for.</summary>
        public static implicit operator IPAddress(IPAddressValue value) => value.ToIPAddress();

        public static bool operator ==(IPAddressValue left, IPAddressValue right) => left.Equals(right);

        public static bool operator !=(IPAddressValue left, IPAddressValue right) => !left.Equals(right);

        private static ulong ReadUInt64(byte[] bytes, int offset)
        {
            ulong value = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | bytes[offset + i];
            }

            return value;
        }
    }
}
