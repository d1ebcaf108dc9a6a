using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Multicast.Tests.Sap
{
    /// <summary>Byte arrays written by hand: hex strings ("20 00 12 34") and ASCII text, joined in order.</summary>
    internal static class TestBytes
    {
        public static byte[] Of(params object[] parts)
        {
            var bytes = new List<byte>();
            foreach (object part in parts)
            {
                switch (part)
                {
                    case byte[] raw:
                        bytes.AddRange(raw);
                        break;
                    case string hex:
                        foreach (string pair in hex.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            bytes.Add(byte.Parse(pair, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        }

                        break;
                    default:
                        throw new ArgumentException("Give hex strings or byte arrays.");
                }
            }

            return bytes.ToArray();
        }

        public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

        public static byte[] Repeat(byte value, int count)
        {
            var bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = value;
            }

            return bytes;
        }
    }
}
