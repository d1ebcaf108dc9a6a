using System;
using System.Net;
using System.Net.Sockets;

namespace Multicast.Madcap
{
    /// <summary>Network byte order (RFC 2730 §2.1: "All multi-octet quantities are in network byte-order") and address octets.</summary>
    internal static class MadcapWire
    {
        public static ushort ReadUInt16(byte[] data, int index) => (ushort)((data[index] << 8) | data[index + 1]);

        public static uint ReadUInt32(byte[] data, int index) =>
            ((uint)data[index] << 24) | ((uint)data[index + 1] << 16) | ((uint)data[index + 2] << 8) | data[index + 3];

        public static void WriteUInt16(byte[] data, int index, ushort value)
        {
            data[index] = (byte)(value >> 8);
            data[index + 1] = (byte)value;
        }

        public static void WriteUInt32(byte[] data, int index, uint value)
        {
            data[index] = (byte)(value >> 24);
            data[index + 1] = (byte)(value >> 16);
            data[index + 2] = (byte)(value >> 8);
            data[index + 3] = (byte)value;
        }

        /// <summary>The octets of an address of the family, or 0 for a family this code cannot interpret.</summary>
        public static int AddressLength(MadcapAddressFamily family) => family switch
        {
            MadcapAddressFamily.IPv4 => 4,
            MadcapAddressFamily.IPv6 => 16,
            _ => 0,
        };

        public static MadcapAddressFamily FamilyOf(IPAddress address) =>
            address.AddressFamily == AddressFamily.InterNetworkV6 ? MadcapAddressFamily.IPv6 : MadcapAddressFamily.IPv4;

        public static IPAddress ReadAddress(byte[] data, int index, int length)
        {
            var octets = new byte[length];
            Buffer.BlockCopy(data, index, octets, 0, length);
            return new IPAddress(octets);
        }

        /// <summary>Orders two addresses of one family as unsigned big-endian numbers.</summary>
        public static int Compare(IPAddress left, IPAddress right)
        {
            byte[] a = left.GetAddressBytes();
            byte[] b = right.GetAddressBytes();
            if (a.Length != b.Length)
            {
                return a.Length.CompareTo(b.Length);
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }

            return 0;
        }

        /// <summary>The address <paramref name="delta"/> above (or below, when negative) <paramref name="address"/>; false past either end of the family.</summary>
        public static bool TryAdd(IPAddress address, long delta, out IPAddress result)
        {
            byte[] octets = address.GetAddressBytes();
            long carry = delta;
            for (int i = octets.Length - 1; i >= 0 && carry != 0; i--)
            {
                long sum = octets[i] + (carry % 256);
                carry /= 256;
                if (sum < 0)
                {
                    sum += 256;
                    carry -= 1;
                }
                else if (sum > 255)
                {
                    sum -= 256;
                    carry += 1;
                }

                octets[i] = (byte)sum;
            }

            result = new IPAddress(octets);
            return carry == 0;
        }

        /// <summary>True for printable ASCII without space: the characters of an RFC 1766 language tag and more, never a control character.</summary>
        public static bool IsLanguageTagOctet(byte value) => value >= 0x21 && value <= 0x7E;

        /// <summary>True when the octets are well-formed UTF-8 (RFC 2279 as restricted by RFC 3629: no overlongs, no surrogates, at most U+10FFFF).</summary>
        public static bool IsWellFormedUtf8(byte[] data, int index, int count)
        {
            int end = index + count;
            int i = index;
            while (i < end)
            {
                byte lead = data[i];
                if (lead < 0x80)
                {
                    i++;
                    continue;
                }

                int length;
                int minimum;
                if ((lead & 0xE0) == 0xC0)
                {
                    length = 2;
                    minimum = 0x80;
                }
                else if ((lead & 0xF0) == 0xE0)
                {
                    length = 3;
                    minimum = 0x800;
                }
                else if ((lead & 0xF8) == 0xF0)
                {
                    length = 4;
                    minimum = 0x10000;
                }
                else
                {
                    return false;
                }

                if (end - i < length)
                {
                    return false;
                }

                int codePoint = lead & (0x7F >> length);
                for (int k = 1; k < length; k++)
                {
                    byte next = data[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return false;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                }

                if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return false;
                }

                i += length;
            }

            return true;
        }
    }
}
