using System;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// The value of a Server Identifier option (RFC 2730 §3.3): an address family number, then the server's
    /// address in that family, independent of the header's addrfamily. Families other than IPv4 and IPv6
    /// are kept as octets, since the option's minimum length (3) allows them.
    /// </summary>
    public sealed class MadcapServerIdentifier : IEquatable<MadcapServerIdentifier>
    {
        private readonly byte[] _address;

        public MadcapServerIdentifier(IPAddress address)
        {
            if (address is null)
            {
                throw new ArgumentNullException(nameof(address));
            }

            Family = MadcapWire.FamilyOf(address);
            _address = address.GetAddressBytes();
        }

        private MadcapServerIdentifier(MadcapAddressFamily family, byte[] address)
        {
            Family = family;
            _address = address;
        }

        public MadcapAddressFamily Family { get; }

        /// <summary>The address, or null for a family this code cannot interpret.</summary>
        public IPAddress? Address => MadcapWire.AddressLength(Family) == _address.Length ? new IPAddress(_address) : null;

        /// <summary>The number of address octets.</summary>
        public int AddressLength => _address.Length;

        /// <summary>A copy of the address octets as sent.</summary>
        public byte[] GetAddressBytes() => (byte[])_address.Clone();

        /// <summary>True when this identifies <paramref name="address"/>.</summary>
        public bool Identifies(IPAddress address) => Equals(new MadcapServerIdentifier(address));

        internal static MadcapServerIdentifier Read(MadcapAddressFamily family, byte[] data, int index, int length)
        {
            var address = new byte[length];
            Buffer.BlockCopy(data, index, address, 0, length);
            return new MadcapServerIdentifier(family, address);
        }

        internal static MadcapServerIdentifier FromOctets(MadcapAddressFamily family, byte[] address) =>
            new MadcapServerIdentifier(family, (byte[])address.Clone());

        internal void CopyAddressTo(byte[] destination, int index) => Buffer.BlockCopy(_address, 0, destination, index, _address.Length);

        public bool Equals(MadcapServerIdentifier? other)
        {
            if (other is null || other.Family != Family || other._address.Length != _address.Length)
            {
                return false;
            }

            for (int i = 0; i < _address.Length; i++)
            {
                if (_address[i] != other._address[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as MadcapServerIdentifier);

        public override int GetHashCode()
        {
            int hash = (int)Family;
            foreach (byte octet in _address)
            {
                hash = (hash * 31) + octet;
            }

            return hash;
        }

        public override string ToString() => Address?.ToString() ?? ("family " + (ushort)Family + ", " + BitConverter.ToString(_address));
    }
}
