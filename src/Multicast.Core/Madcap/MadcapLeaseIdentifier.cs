using System;
using System.Net;
using System.Text;

namespace Multicast.Madcap
{
    /// <summary>
    /// The value of a Lease Identifier option (RFC 2730 §2.4, §3.4): at least one octet, the first being
    /// the type. Servers treat it as opaque (§2.4: "SHOULD use the Lease Identifier only as an opaque
    /// identifier"); equality is octet by octet.
    /// </summary>
    public sealed class MadcapLeaseIdentifier : IEquatable<MadcapLeaseIdentifier>
    {
        /// <summary>The random octets a new Random Lease Identifier carries: §2.4.1 asks for "at least 16 octets".</summary>
        public const int RecommendedRandomOctets = 16;

        /// <summary>§2.4: a shared Lease Identifier needs "a long cryptographically random number (at least eight octets in length)".</summary>
        public const int MinimumSharedRandomOctets = 8;

        private readonly byte[] _value;

        /// <summary>Copies <paramref name="value"/>; throws when it is empty (§3.4: minimum length 1) or longer than an option can carry.</summary>
        public MadcapLeaseIdentifier(byte[] value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (value.Length < 1 || value.Length > ushort.MaxValue)
            {
                throw new MulticastRuleException("MadcapLeaseIdentifierLength", value.Length, "A Lease Identifier is 1 to 65535 octets (RFC 2730 §3.4); this one has " + value.Length + ".");
            }

            _value = (byte[])value.Clone();
        }

        // Takes ownership of an array made here, without the public constructor's copy; the flag only tells the overloads apart.
        private MadcapLeaseIdentifier(byte[] value, bool owned)
        {
            _value = value;
        }

        /// <summary>The first octet: 0 random, 1 address-specific, other values for types defined later.</summary>
        public MadcapLeaseIdentifierType Type => (MadcapLeaseIdentifierType)_value[0];

        public int Length => _value.Length;

        /// <summary>
        /// A type 0 identifier with <paramref name="randomOctets"/> octets from <paramref name="random"/> (§2.4.1).
        /// Give a cryptographic generator: §2.4 requires one when the identifier is shared.
        /// </summary>
        public static MadcapLeaseIdentifier CreateRandom(Random random, int randomOctets = RecommendedRandomOctets)
        {
            if (random is null)
            {
                throw new ArgumentNullException(nameof(random));
            }

            if (randomOctets < 1 || randomOctets > ushort.MaxValue - 1)
            {
                throw new ArgumentOutOfRangeException(nameof(randomOctets), randomOctets, "A Random Lease Identifier carries 1 to 65534 random octets.");
            }

            var value = new byte[1 + randomOctets];
            var octets = new byte[randomOctets];
            random.NextBytes(octets);
            Buffer.BlockCopy(octets, 0, value, 1, randomOctets);
            value[0] = (byte)MadcapLeaseIdentifierType.Random;
            return new MadcapLeaseIdentifier(value, owned: true);
        }

        /// <summary>A type 1 identifier (§2.4.2): the address family number, the client's globally unique address, and its own identifier.</summary>
        public static MadcapLeaseIdentifier CreateAddressSpecific(IPAddress address, byte[] clientSpecific)
        {
            if (address is null)
            {
                throw new ArgumentNullException(nameof(address));
            }

            if (clientSpecific is null)
            {
                throw new ArgumentNullException(nameof(clientSpecific));
            }

            byte[] octets = address.GetAddressBytes();
            var value = new byte[3 + octets.Length + clientSpecific.Length];
            value[0] = (byte)MadcapLeaseIdentifierType.AddressSpecific;
            MadcapWire.WriteUInt16(value, 1, (ushort)MadcapWire.FamilyOf(address));
            Buffer.BlockCopy(octets, 0, value, 3, octets.Length);
            Buffer.BlockCopy(clientSpecific, 0, value, 3 + octets.Length, clientSpecific.Length);
            return new MadcapLeaseIdentifier(value);
        }

        /// <summary>
        /// Reads a type 1 identifier's address and client-specific part. False for other types, for address
        /// families this code cannot size, and when the value is too short for the address.
        /// </summary>
        public bool TryGetAddressSpecific(out IPAddress? address, out byte[]? clientSpecific)
        {
            address = null;
            clientSpecific = null;
            if (Type != MadcapLeaseIdentifierType.AddressSpecific || _value.Length < 3)
            {
                return false;
            }

            int length = MadcapWire.AddressLength((MadcapAddressFamily)MadcapWire.ReadUInt16(_value, 1));
            if (length == 0 || _value.Length < 3 + length)
            {
                return false;
            }

            address = MadcapWire.ReadAddress(_value, 3, length);
            clientSpecific = new byte[_value.Length - 3 - length];
            Buffer.BlockCopy(_value, 3 + length, clientSpecific, 0, clientSpecific.Length);
            return true;
        }

        /// <summary>
        /// True when the identifier may be used with the Shared Lease Identifier feature: a type 0 identifier with at
        /// least <see cref="MinimumSharedRandomOctets"/> random octets (§2.4). Whether they came from a
        /// cryptographic generator cannot be seen from the octets.
        /// </summary>
        public bool IsLongEnoughToShare => Type == MadcapLeaseIdentifierType.Random && _value.Length - 1 >= MinimumSharedRandomOctets;

        /// <summary>A copy of the octets.</summary>
        public byte[] ToArray() => (byte[])_value.Clone();

        internal static MadcapLeaseIdentifier Read(byte[] data, int index, int length)
        {
            var value = new byte[length];
            Buffer.BlockCopy(data, index, value, 0, length);
            return new MadcapLeaseIdentifier(value, owned: true);
        }

        internal void CopyTo(byte[] destination, int index) => Buffer.BlockCopy(_value, 0, destination, index, _value.Length);

        public bool Equals(MadcapLeaseIdentifier? other)
        {
            if (other is null || other._value.Length != _value.Length)
            {
                return false;
            }

            for (int i = 0; i < _value.Length; i++)
            {
                if (_value[i] != other._value[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as MadcapLeaseIdentifier);

        public override int GetHashCode()
        {
            // FNV-1a: every octet counts, so identifiers that differ only at the end hash apart.
            uint hash = 2166136261;
            foreach (byte octet in _value)
            {
                hash = (hash ^ octet) * 16777619;
            }

            return (int)hash;
        }

        /// <summary>The octets in hexadecimal, as a log line would show them.</summary>
        public override string ToString()
        {
            var text = new StringBuilder(_value.Length * 2);
            foreach (byte octet in _value)
            {
                text.Append(octet.ToString("x2"));
            }

            return text.ToString();
        }
    }
}
