using System;
using System.Globalization;

namespace Multicast
{
    /// <summary>An address prefix such as 233.22.30.0/24 or ff7e:740:2001:db8:beef:feed::/96.</summary>
    public readonly struct IPPrefix : IEquatable<IPPrefix>, IComparable<IPPrefix>, IComparable
    {
        /// <summary>Makes a prefix. Throws if <paramref name="length"/> does not fit the family or host bits are set.</summary>
        public IPPrefix(IPAddressValue network, int length)
        {
            if (length < 0 || length > network.BitLength)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length, "The prefix length must be 0-" + network.BitLength + ".");
            }

            if (AddressMath.HasHostBits(network, length))
            {
                throw new ArgumentException(
                    "The address " + network + " has bits set after /" + length + "; the prefix is " + AddressMath.Network(network, length) + "/" + length + ".",
                    nameof(network));
            }

            Network = network;
            Length = length;
        }

        /// <summary>The first address of the prefix.</summary>
        public IPAddressValue Network { get; }

        public int Length { get; }

        public IPAddressValue FirstAddress => Network;

        public IPAddressValue LastAddress => AddressMath.Broadcast(Network, Length);

        /// <summary>The number of addresses, as a double because IPv6 counts pass 2^64.</summary>
        public double AddressCount => Math.Pow(2, Network.BitLength - Length);

        public bool Contains(IPAddressValue address) => AddressMath.Contains(Network, Length, address);

        public bool Contains(IPPrefix other) => other.Length >= Length && Contains(other.Network);

        /// <summary>Reads "address/length" strictly; host bits set give an error that names the right prefix.</summary>
        public static IPPrefix Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            string trimmed = text.Trim();
            int slash = trimmed.IndexOf('/');
            if (slash < 0)
            {
                throw new AddressFormatException(
                    "PrefixLengthMissing",
                    text,
                    "'" + text + "' has no prefix length. Write a prefix as address/length, for example 239.255.0.0/16 or ff3e:40:2001:db8:beef:feed::/96.");
            }

            IPAddressValue network = AddressParser.Parse(trimmed.Substring(0, slash));
            string lengthText = trimmed.Substring(slash + 1);
            if (lengthText.Length == 0 || lengthText.Length > 3 || !IsDigits(lengthText)
                || (lengthText.Length > 1 && lengthText[0] == '0')
                || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out int length)
                || length > network.BitLength)
            {
                throw new AddressFormatException(
                    "PrefixLengthInvalid",
                    text,
                    "'" + text + "' has the prefix length '" + lengthText + "'; an " + (network.IsIPv6 ? "IPv6" : "IPv4")
                    + " prefix length is a decimal number from 0 to " + network.BitLength + ".");
            }

            if (AddressMath.HasHostBits(network, length))
            {
                string suggestion = AddressFormatter.FormatPrefix(AddressMath.Network(network, length), length);
                throw new AddressFormatException(
                    "PrefixHostBitsSet",
                    text,
                    "'" + text + "' has bits set after the first " + length + "; did you mean " + suggestion + "?",
                    suggestion);
            }

            return new IPPrefix(network, length);
        }

        public override string ToString() => AddressFormatter.FormatPrefix(Network, Length);

        public bool Equals(IPPrefix other) => Network == other.Network && Length == other.Length;

        public override bool Equals(object? obj) => obj is IPPrefix other && Equals(other);

        public override int GetHashCode() => Network.GetHashCode() ^ Length;

        /// <summary>By network (IPv4 before IPv6, then numerically), then the shorter prefix first.</summary>
        public int CompareTo(IPPrefix other)
        {
            int network = Network.CompareTo(other.Network);
            return network != 0 ? network : Length.CompareTo(other.Length);
        }

        /// <summary>For PowerShell's Sort-Object, -lt and -gt; text is read strictly.</summary>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            IPPrefix other => CompareTo(other),
            string text => CompareTo(Parse(text)),
            _ => throw new ArgumentException("A prefix compares only with another prefix.", nameof(obj)),
        };

        public static bool operator ==(IPPrefix left, IPPrefix right) => left.Equals(right);

        public static bool operator !=(IPPrefix left, IPPrefix right) => !left.Equals(right);

        private static bool IsDigits(string text)
        {
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
