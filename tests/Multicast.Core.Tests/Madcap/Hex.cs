using System;
using System.Globalization;
using System.Text;

namespace Multicast.Tests.Madcap
{
    /// <summary>Octets written by hand as hexadecimal, spaces and line breaks ignored, so test vectors read like the RFC's figures.</summary>
    internal static class Hex
    {
        public static byte[] Parse(string text)
        {
            var digits = new StringBuilder();
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c) && c != '|')
                {
                    digits.Append(c);
                }
            }

            if (digits.Length % 2 != 0)
            {
                throw new ArgumentException("An odd number of hex digits: " + text);
            }

            var octets = new byte[digits.Length / 2];
            for (int i = 0; i < octets.Length; i++)
            {
                octets[i] = byte.Parse(digits.ToString(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            return octets;
        }

        public static string Format(byte[] octets) => BitConverter.ToString(octets).Replace("-", " ");
    }
}
