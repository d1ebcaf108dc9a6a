using System;
using System.Globalization;

namespace Multicast
{
    /// <summary>
    /// A 64-bit IPv6 interface identifier (RFC 4291 §2.5.1), such as a12:34ff:fe56:7890: the last 64
    /// bits of a link-local address, which RFC 4489 embeds in link-scoped multicast addresses.
    /// ToString writes four hex groups without compression, as the IID reads inside an address.
    /// </summary>
    public readonly struct InterfaceIdentifier : IEquatable<InterfaceIdentifier>
    {
        public InterfaceIdentifier(ulong value)
        {
            Value = value;
        }

        public ulong Value { get; }

        /// <summary>The link-local unicast address fe80::/64 with this IID (RFC 4291 §2.5.6).</summary>
        public IPAddressValue LinkLocalAddress => IPAddressValue.FromIPv6(0xFE80UL << 48, Value);

        /// <summary>
        /// Reads four hex groups (a12:34ff:fe56:7890), the IID part of an address written with a leading
        /// "::" (::a12:34ff:fe56:7890), or a hex number (0x0a1234fffe567890). Throws an
        /// <see cref="AddressFormatException"/> for anything else.
        /// </summary>
        public static InterfaceIdentifier Parse(string text)
        {
            string trimmed = (text ?? string.Empty).Trim();
            if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                string digits = trimmed.Substring(2);
                if (digits.Length >= 1 && digits.Length <= 16
                    && ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong number))
                {
                    return new InterfaceIdentifier(number);
                }
            }
            else if (trimmed.IndexOf(':') >= 0)
            {
                // Four groups, or an address that starts with "::": either way the high 64 bits are zero.
                bool fourGroups = !trimmed.Contains("::") && trimmed.Split(':').Length == 4;
                string asAddress = fourGroups ? "::" + trimmed : trimmed;
                if ((fourGroups || trimmed.StartsWith("::", StringComparison.Ordinal))
                    && AddressParser.TryParse(asAddress, out IPAddressValue address) && address.IsIPv6)
                {
                    if (address.High == 0)
                    {
                        return new InterfaceIdentifier(address.Low);
                    }
                }
                else if (AddressParser.TryParse(trimmed, out IPAddressValue full) && full.IsIPv6)
                {
                    throw new AddressFormatException(
                        "InterfaceIdIsAddress",
                        text ?? string.Empty,
                        "'" + text + "' is a whole IPv6 address, not a 64-bit interface ID; its last four groups are " + new InterfaceIdentifier(full.Low) + ".",
                        new InterfaceIdentifier(full.Low).ToString(),
                        Remedy.Of(RemedyKind.UseInterfaceAddress, ("InterfaceId", new InterfaceIdentifier(full.Low))));
                }
            }

            throw new AddressFormatException(
                "InterfaceIdInvalid",
                text ?? string.Empty,
                "'" + text + "' is not a 64-bit interface ID. Write it as four hex groups (a12:34ff:fe56:7890), as ::a12:34ff:fe56:7890, or as a hex number (0x0a1234fffe567890).");
        }

        public override string ToString() => string.Join(
            ":",
            ((ushort)(Value >> 48)).ToString("x", CultureInfo.InvariantCulture),
            ((ushort)(Value >> 32)).ToString("x", CultureInfo.InvariantCulture),
            ((ushort)(Value >> 16)).ToString("x", CultureInfo.InvariantCulture),
            ((ushort)Value).ToString("x", CultureInfo.InvariantCulture));

        public bool Equals(InterfaceIdentifier other) => Value == other.Value;

        public override bool Equals(object? obj) => obj is InterfaceIdentifier other && Equals(other);

        public override int GetHashCode() => Value.GetHashCode();

        public static bool operator ==(InterfaceIdentifier left, InterfaceIdentifier right) => left.Equals(right);

        public static bool operator !=(InterfaceIdentifier left, InterfaceIdentifier right) => !left.Equals(right);
    }
}
