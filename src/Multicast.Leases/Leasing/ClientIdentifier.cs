using System;
using System.Globalization;
using System.Text;

namespace Multicast.Leases
{
    /// <summary>
    /// Who holds a lease, as the client names it: opaque bytes, such as a MADCAP Lease Identifier (RFC 2730
    /// §2.4, §3.3: its type octet and what follows), which the store compares byte for byte and never parses.
    /// One identifier names one lease, which may hold several groups. Immutable. ToString() is lowercase hex.
    /// </summary>
    public sealed class ClientIdentifier : IEquatable<ClientIdentifier>
    {
        /// <summary>The longest identifier kept: a type octet, an address family, an IPv6 address and a long client part fit with room to spare.</summary>
        public const int MaximumLength = 255;

        private readonly byte[] _bytes;
        private readonly int _hash;

        public ClientIdentifier(byte[] bytes)
        {
            if (bytes is null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            if (bytes.Length < 1 || bytes.Length > MaximumLength)
            {
                throw new ArgumentOutOfRangeException(nameof(bytes), bytes.Length, "A client identifier has 1 to " + MaximumLength + " bytes.");
            }

            _bytes = (byte[])bytes.Clone();
            uint hash = 2166136261; // FNV-1a
            foreach (byte b in _bytes)
            {
                hash = (hash ^ b) * 16777619;
            }

            _hash = (int)hash;
        }

        public int Length => _bytes.Length;

        public byte this[int index] => _bytes[index];

        /// <summary>Reads lowercase or uppercase hex, two digits a byte, as <see cref="ToString"/> writes it.</summary>
        public static ClientIdentifier Parse(string hex)
        {
            if (hex is null || hex.Length == 0 || hex.Length % 2 != 0 || hex.Length > 2 * MaximumLength)
            {
                throw new FormatException("A client identifier is 1 to " + MaximumLength + " bytes written as pairs of hex digits.");
            }

            var bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                if (!byte.TryParse(hex.Substring(2 * i, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
                {
                    throw new FormatException("'" + hex + "' is not hex.");
                }
            }

            return new ClientIdentifier(bytes);
        }

        public byte[] ToArray() => (byte[])_bytes.Clone();

        public bool Equals(ClientIdentifier? other)
        {
            if (other is null || other._hash != _hash || other._bytes.Length != _bytes.Length)
            {
                return false;
            }

            for (int i = 0; i < _bytes.Length; i++)
            {
                if (_bytes[i] != other._bytes[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ClientIdentifier);

        public override int GetHashCode() => _hash;

        public override string ToString()
        {
            var text = new StringBuilder(2 * _bytes.Length);
            foreach (byte b in _bytes)
            {
                text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
