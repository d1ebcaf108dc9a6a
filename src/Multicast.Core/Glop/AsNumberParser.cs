using System.Globalization;

namespace Multicast
{
    /// <summary>
    /// Reads Autonomous System numbers as admins write them: asplain "5662", "AS5662" or "as 5662", and
    /// asdot "1.10" (= 1 * 65536 + 10 = 65546). RFC 5396 defines both notations (it is not in the shared RFC
    /// set; cited by name). The value is any 32-bit AS number; whether a mechanism accepts it is its own rule.
    /// </summary>
    public static class AsNumberParser
    {
        private const string Forms = "Write an AS number as 5662, AS5662, or in asdot notation as 1.10 (RFC 5396).";

        /// <summary>Parses without allocating; false for anything that is not an AS number of 0-4294967295.</summary>
        public static bool TryParse(string? text, out uint asNumber) => Read(text, out asNumber) == Problem.None;

        /// <summary>Parses, or throws an <see cref="AddressFormatException"/> that says what is wrong.</summary>
        public static uint Parse(string text)
        {
            switch (Read(text, out uint asNumber))
            {
                case Problem.None:
                    return asNumber;
                case Problem.OutOfRange:
                    throw new AddressFormatException(
                        "AsNumberOutOfRange",
                        text ?? string.Empty,
                        "'" + text + "' is out of range: AS numbers are 0-4294967295 (32 bits), and each half of an asdot number is 0-65535. " + Forms);
                default:
                    throw new AddressFormatException("AsNumberInvalid", text ?? string.Empty, "'" + text + "' is not an AS number. " + Forms);
            }
        }

        /// <summary>
        /// True for text that can only be meant as an AS number: it starts with "AS", or it is decimal digits
        /// with at most one dot. An IPv4 address has three dots, so "233.22.30.7" is not; "224.1" is (asdot).
        /// </summary>
        public static bool LooksLikeAsNumber(string? text)
        {
            if (text is null)
            {
                return false;
            }

            if (HasAsPrefix(text))
            {
                return true;
            }

            int digits = 0, dots = 0;
            foreach (char c in text)
            {
                if (c >= '0' && c <= '9')
                {
                    digits++;
                }
                else if (c == '.')
                {
                    dots++;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return digits > 0 && dots <= 1;
        }

        /// <summary>RFC 5396 asdot: plain decimal below 65536, "high.low" from 65536 on (65546 is "1.10").</summary>
        public static string FormatAsdot(uint asNumber) =>
            asNumber < 65536
                ? asNumber.ToString(CultureInfo.InvariantCulture)
                : (asNumber >> 16).ToString(CultureInfo.InvariantCulture) + "." + (asNumber & 0xFFFF).ToString(CultureInfo.InvariantCulture);

        private enum Problem
        {
            None,
            Invalid,
            OutOfRange,
        }

        private static bool HasAsPrefix(string text)
        {
            int i = SkipSpaces(text, 0, text.Length);
            return i + 1 < text.Length && (text[i] == 'A' || text[i] == 'a') && (text[i + 1] == 'S' || text[i + 1] == 's');
        }

        private static Problem Read(string? text, out uint asNumber)
        {
            asNumber = 0;
            if (text is null)
            {
                return Problem.Invalid;
            }

            int start = SkipSpaces(text, 0, text.Length);
            int end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (HasAsPrefix(text))
            {
                start = SkipSpaces(text, start + 2, end);
            }

            // asplain: up to ten digits. asdot: two numbers of 0-65535 around one dot.
            Problem first = ReadNumber(text, ref start, end, out ulong high);
            if (first != Problem.None)
            {
                return first;
            }

            if (start == end)
            {
                if (high > uint.MaxValue)
                {
                    return Problem.OutOfRange;
                }

                asNumber = (uint)high;
                return Problem.None;
            }

            if (text[start] != '.')
            {
                return Problem.Invalid;
            }

            start++;
            Problem second = ReadNumber(text, ref start, end, out ulong low);
            if (second != Problem.None || start != end)
            {
                return second != Problem.None ? second : Problem.Invalid;
            }

            if (high > 0xFFFF || low > 0xFFFF)
            {
                return Problem.OutOfRange;
            }

            asNumber = (uint)((high << 16) | low);
            return Problem.None;
        }

        private static Problem ReadNumber(string text, ref int i, int end, out ulong value)
        {
            value = 0;
            int digitsStart = i;
            while (i < end && text[i] >= '0' && text[i] <= '9')
            {
                if (i - digitsStart == 10)
                {
                    return Problem.OutOfRange;
                }

                value = (value * 10) + (ulong)(text[i] - '0');
                i++;
            }

            return i == digitsStart ? Problem.Invalid : Problem.None;
        }

        private static int SkipSpaces(string text, int i, int end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i;
        }
    }
}
