using System.Text;

namespace Multicast
{
    /// <summary>Canonical text for addresses: dotted decimal for IPv4, RFC 5952 §4 for IPv6.</summary>
    public static class AddressFormatter
    {
        public static string Format(IPAddressValue address)
        {
            if (address.IsIPv4)
            {
                uint v = address.IPv4;
                return string.Concat(
                    (v >> 24).ToString(System.Globalization.CultureInfo.InvariantCulture), ".",
                    ((v >> 16) & 0xFF).ToString(System.Globalization.CultureInfo.InvariantCulture), ".",
                    ((v >> 8) & 0xFF).ToString(System.Globalization.CultureInfo.InvariantCulture), ".",
                    (v & 0xFF).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // RFC 5952 §5: IPv4-mapped addresses keep their dotted-quad tail.
            if (address.High == 0 && (address.Low >> 32) == 0xFFFF)
            {
                return "::ffff:" + Format(IPAddressValue.FromIPv4((uint)address.Low));
            }

            // RFC 5952 §4.2: compress the longest run of two or more zero groups, the first one on a tie.
            int bestStart = -1, bestLength = 1;
            for (int i = 0; i < 8;)
            {
                if (address.GetHextet(i) != 0)
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < 8 && address.GetHextet(i) == 0)
                {
                    i++;
                }

                if (i - start > bestLength)
                {
                    bestStart = start;
                    bestLength = i - start;
                }
            }

            var text = new StringBuilder(39);
            for (int i = 0; i < 8; i++)
            {
                if (i == bestStart)
                {
                    text.Append("::");
                    i += bestLength - 1;
                    continue;
                }

                if (text.Length > 0 && text[text.Length - 1] != ':')
                {
                    text.Append(':');
                }

                // RFC 5952 §4.1 and §4.3: no leading zeros, lowercase hex.
                text.Append(address.GetHextet(i).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        /// <summary>Formats <paramref name="address"/> followed by "/length".</summary>
        public static string FormatPrefix(IPAddressValue address, int length) =>
            Format(address) + "/" + length.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
