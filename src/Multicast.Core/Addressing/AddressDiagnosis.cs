using System;
using System.Globalization;
using System.Linq;
using System.Net;

namespace Multicast
{
    /// <summary>
    /// Explains why text is not a strictly written address, and what the user probably meant.
    /// This is the error path only, so it may allocate.
    /// </summary>
    internal static class AddressDiagnosis
    {
        private const string Forms =
            "Write IPv4 as four dotted decimal numbers (224.0.0.251) and IPv6 as hex groups (ff02::fb).";

        public static AddressFormatException Explain(string? input)
        {
            string text = input ?? string.Empty;
            string trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return new AddressFormatException("AddressEmpty", text, "The address is empty. " + Forms);
            }

            if (trimmed.IndexOf(':') >= 0)
            {
                return ExplainIPv6(text, trimmed);
            }

            if (trimmed.All(c => c >= '0' && c <= '9'))
            {
                if (ulong.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong number) && number <= uint.MaxValue)
                {
                    string meant = IPAddressValue.FromIPv4((uint)number).ToString();
                    return new AddressFormatException(
                        "AddressIsInteger",
                        text,
                        "'" + text + "' is a bare number, not a dotted address. As a 32-bit integer it is " + meant + "; write " + meant + " if that is what you meant.",
                        meant);
                }

                return new AddressFormatException("AddressIsInteger", text, "'" + text + "' is a number too large for an IPv4 address. " + Forms);
            }

            string[] parts = trimmed.Split('.');
            if (parts.Any(p => p.Length == 0 || !p.All(IsPartChar)))
            {
                return new AddressFormatException("AddressInvalid", text, "'" + text + "' is not an IPv4 or IPv6 address. " + Forms);
            }

            string? dotNet = DotNetReading(trimmed);
            if (parts.Length < 4)
            {
                return new AddressFormatException(
                    "AddressShortForm",
                    text,
                    "'" + text + "' has " + parts.Length + " part" + (parts.Length == 1 ? string.Empty : "s") + "; an IPv4 address has four."
                    + (dotNet is null ? " " + Forms : " Some parsers read it as " + dotNet + "; write " + dotNet + " if that is what you meant."),
                    dotNet);
            }

            if (parts.Length > 4)
            {
                return new AddressFormatException("AddressTooManyParts", text, "'" + text + "' has " + parts.Length + " parts; an IPv4 address has four. " + Forms);
            }

            // Four parts: leading zeros (octal to some parsers), hex parts, or octets above 255.
            var decimalReading = new string[4];
            bool decimalValid = true;
            string? badPart = null;
            string problem = "AddressInvalid";
            for (int i = 0; i < 4; i++)
            {
                string part = parts[i];
                if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                {
                    badPart ??= part;
                    problem = "AddressHexPart";
                    decimalValid = false;
                    continue;
                }

                if (!part.All(c => c >= '0' && c <= '9'))
                {
                    return new AddressFormatException("AddressInvalid", text, "'" + text + "' is not an IPv4 or IPv6 address. " + Forms);
                }

                string stripped = part.TrimStart('0');
                if (stripped.Length == 0)
                {
                    stripped = "0";
                }

                if (part.Length > 1 && part[0] == '0')
                {
                    badPart ??= part;
                    if (problem == "AddressInvalid")
                    {
                        problem = "AddressLeadingZero";
                    }
                }

                if (stripped.Length > 3 || int.Parse(stripped, CultureInfo.InvariantCulture) > 255)
                {
                    decimalValid = false;
                    if (part[0] != '0')
                    {
                        return new AddressFormatException(
                            "AddressOctetOutOfRange",
                            text,
                            "'" + text + "' has the part " + part + ", but each part of an IPv4 address is 0-255. " + Forms);
                    }
                }

                decimalReading[i] = stripped;
            }

            string? decimalMeant = decimalValid ? string.Join(".", decimalReading) : null;
            string? meantAddress = decimalMeant ?? dotNet;
            string message = problem == "AddressHexPart"
                ? "'" + text + "' has the hex part " + badPart + "; write every part in decimal."
                : "'" + text + "' has the part " + badPart + " with a leading zero, which some parsers (.NET's among them) read as octal.";
            if (dotNet != null && decimalMeant != null && dotNet != decimalMeant)
            {
                message += " .NET reads it as " + dotNet + ". Write " + decimalMeant + " if you meant decimal, or " + dotNet + " if you meant octal.";
            }
            else if (meantAddress != null)
            {
                message += " Write " + meantAddress + " if that is what you meant.";
            }
            else
            {
                message += " " + Forms;
            }

            return new AddressFormatException(problem, text, message, meantAddress);
        }

        private static AddressFormatException ExplainIPv6(string text, string trimmed)
        {
            string body = trimmed;
            int percent = body.IndexOf('%');
            if (percent >= 0)
            {
                body = body.Substring(0, percent);
            }

            string reason;
            int doubleColons = CountOf(body, "::");
            string[] groups = body.Split(':');
            string? longGroup = groups.FirstOrDefault(g => g.Length > 4 && g.IndexOf('.') < 0);
            string? badChar = body.Where(c => !(Uri.IsHexDigit(c) || c == ':' || c == '.')).Select(c => c.ToString()).FirstOrDefault();
            if (badChar != null)
            {
                reason = "it has the character '" + badChar + "', and IPv6 groups are hexadecimal (0-9, a-f)";
            }
            else if (doubleColons > 1)
            {
                reason = "'::' may appear only once";
            }
            else if (longGroup != null)
            {
                reason = "the group '" + longGroup + "' has more than four hex digits";
            }
            else if (percent == trimmed.Length - 1)
            {
                reason = "the zone index after '%' is empty";
            }
            else
            {
                reason = doubleColons == 0 ? "an IPv6 address without '::' has exactly eight groups" : "the groups and separators do not form an address";
            }

            return new AddressFormatException(
                "AddressInvalidIPv6",
                text,
                "'" + text + "' is not an IPv6 address: " + reason + ". Write IPv6 as up to eight hex groups separated by ':', with '::' once for a run of zero groups, for example ff02::fb.");
        }

        // What .NET's lenient parser would make of the text, which is what other tools would silently use.
        private static string? DotNetReading(string text)
        {
            return IPAddress.TryParse(text, out IPAddress? parsed) && parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                ? IPAddressValue.FromIPAddress(parsed).ToString()
                : null;
        }

        private static bool IsPartChar(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == 'x' || c == 'X';

        private static int CountOf(string text, string value)
        {
            int count = 0;
            for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
