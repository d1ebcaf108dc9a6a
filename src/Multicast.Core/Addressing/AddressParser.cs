using System;
using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// Strict address parsing. IPv4 is exactly four dotted decimal octets with no leading zeros; IPv6 is
    /// RFC 4291 §2.2 text. .NET's IPAddress.TryParse also takes 224.1, 3758096385, 0340.0.0.1 and
    /// 224.0.0.010 (read as 224.0.0.8): those are mistakes here, and the error says what was meant.
    /// </summary>
    public static class AddressParser
    {
        /// <summary>Parses without allocating; false for anything not strictly written.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryParse(string? text, out IPAddressValue value)
        {
            value = default;
            if (text is null)
            {
                return false;
            }

            int start = 0, end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                return false;
            }

            // IPv4 text has no colon and IPv6 text always has one, so each reader refuses the other's text
            // (IPv4 at its first character that is not a digit or a dot): no scan first to choose.
            if (TryParseIPv4(text, start, end, out uint v4))
            {
                value = IPAddressValue.FromIPv4(v4);
                return true;
            }

            return TryParseIPv6(text, start, end, out value);
        }

        /// <summary>Parses strictly, or throws an <see cref="AddressFormatException"/> that says what was probably meant.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static IPAddressValue Parse(string text)
        {
            if (TryParse(text, out IPAddressValue value))
            {
                return value;
            }

            throw AddressDiagnosis.Explain(text);
        }

        /// <summary>Four decimal octets, no leading zeros, each 0-255.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        internal static bool TryParseIPv4(string text, int start, int end, out uint value)
        {
            value = 0;
            int parts = 0;
            int i = start;
            while (true)
            {
                int digitsStart = i;
                uint octet = 0;
                while (i < end && text[i] >= '0' && text[i] <= '9' && i - digitsStart < 3)
                {
                    octet = (octet * 10) + (uint)(text[i] - '0');
                    i++;
                }

                int digits = i - digitsStart;
                if (digits == 0 || octet > 255 || (digits > 1 && text[digitsStart] == '0'))
                {
                    return false;
                }

                value = (value << 8) | octet;
                parts++;
                if (i == end)
                {
                    return parts == 4;
                }

                if (text[i] != '.' || parts == 4)
                {
                    return false;
                }

                i++;
            }
        }

        // RFC 4291 §2.2: eight hex groups of 1-4 digits, one "::" for one or more zero groups, and an
        // optional dotted IPv4 tail in the last 32 bits. A zone index ("%eth0") is accepted and dropped,
        // since no mechanism here depends on the interface.
        [MethodImpl(Jit.FullyOptimized)]
        private static bool TryParseIPv6(string text, int start, int end, out IPAddressValue value)
        {
            value = default;
            int percent = text.IndexOf('%', start, end - start);
            if (percent >= 0)
            {
                if (percent == end - 1)
                {
                    return false;
                }

                end = percent;
            }

            ulong high = 0, low = 0;
            int groups = 0;
            int compressAt = -1;
            int i = start;
            if (end - i >= 2 && text[i] == ':' && text[i + 1] == ':')
            {
                compressAt = 0;
                i += 2;
            }

            while (i < end)
            {
                // Up to 5 hex digits, so that a fifth one is seen and refused. A table, not comparisons: random
                // groups mix digits and letters, and a branch on which one it is mispredicts every other digit.
                int digitsStart = i;
                int digitsEnd = end - i > 5 ? i + 5 : end;
                uint group = 0;
                while (i < digitsEnd)
                {
                    char c = text[i];
                    char digit = c < HexDigits.Length ? HexDigits[c] : NotHex;
                    if (digit == NotHex)
                    {
                        break;
                    }

                    group = (group << 4) | digit;
                    i++;
                }

                if (i < end && text[i] == '.')
                {
                    // The IPv4 tail takes the last two groups.
                    if (groups > 6 || !TryParseIPv4(text, digitsStart, end, out uint tail))
                    {
                        return false;
                    }

                    ShiftIn(ref high, ref low, tail >> 16);
                    ShiftIn(ref high, ref low, tail & 0xFFFF);
                    groups += 2;
                    break;
                }

                int digits = i - digitsStart;
                if (digits == 0 || digits > 4 || groups == 8)
                {
                    return false;
                }

                ShiftIn(ref high, ref low, group);
                groups++;
                if (i == end)
                {
                    break;
                }

                if (text[i] != ':')
                {
                    return false;
                }

                i++;
                if (i < end && text[i] == ':')
                {
                    if (compressAt >= 0)
                    {
                        return false;
                    }

                    compressAt = groups;
                    i++;
                }
                else if (i == end)
                {
                    return false;
                }
            }

            if (compressAt < 0 ? groups != 8 : groups > 7)
            {
                return false;
            }

            if (compressAt >= 0)
            {
                // Move the groups written after "::" to the end of the address.
                int tailGroups = groups - compressAt;
                ulong tailHigh = high, tailLow = low;
                KeepLowBits(ref tailHigh, ref tailLow, 16 * tailGroups);
                ulong headHigh = high, headLow = low;
                ShiftRight(ref headHigh, ref headLow, 16 * tailGroups);
                ShiftLeft(ref headHigh, ref headLow, 16 * (8 - compressAt));
                high = headHigh | tailHigh;
                low = headLow | tailLow;
            }

            value = IPAddressValue.FromIPv6(high, low);
            return true;
        }

        private const char NotHex = '\xFF';

        // The value of each ASCII hex digit, 0-15, and NotHex for every other character below 128. A constant
        // string, not an array: no class constructor, so the parser, compiled before any address is read, needs
        // no initialization check.
        private const string HexDigits =
            "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF" // 0x00-0x1F
            + "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\xFF\xFF\xFF\xFF\xFF\xFF" // ' '-'?': 0-9
            + "\xFF\x0A\x0B\x0C\x0D\x0E\x0F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF" // '@'-'_': A-F
            + "\xFF\x0A\x0B\x0C\x0D\x0E\x0F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"; // '`'-0x7F: a-f

        private static void ShiftIn(ref ulong high, ref ulong low, uint group)
        {
            high = (high << 16) | (low >> 48);
            low = (low << 16) | group;
        }

        private static void ShiftLeft(ref ulong high, ref ulong low, int bits)
        {
            if (bits >= 128)
            {
                high = low = 0;
            }
            else if (bits >= 64)
            {
                high = low << (bits - 64);
                low = 0;
            }
            else if (bits > 0)
            {
                high = (high << bits) | (low >> (64 - bits));
                low <<= bits;
            }
        }

        private static void ShiftRight(ref ulong high, ref ulong low, int bits)
        {
            if (bits >= 128)
            {
                high = low = 0;
            }
            else if (bits >= 64)
            {
                low = high >> (bits - 64);
                high = 0;
            }
            else if (bits > 0)
            {
                low = (low >> bits) | (high << (64 - bits));
                high >>= bits;
            }
        }

        private static void KeepLowBits(ref ulong high, ref ulong low, int bits)
        {
            if (bits >= 128)
            {
                return;
            }

            if (bits >= 64)
            {
                high &= bits == 64 ? 0 : ulong.MaxValue >> (128 - bits);
            }
            else
            {
                high = 0;
                low &= bits == 0 ? 0 : ulong.MaxValue >> (64 - bits);
            }
        }
    }
}
