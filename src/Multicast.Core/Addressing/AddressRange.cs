using System;

namespace Multicast
{
    /// <summary>A run of addresses of one family, both ends included: a session's groups, a range to choose from.</summary>
    public readonly struct AddressRange : IEquatable<AddressRange>
    {
        /// <summary>The addresses from <paramref name="first"/> to <paramref name="last"/>, both included, of one family.</summary>
        public AddressRange(IPAddressValue first, IPAddressValue last)
        {
            if (first.IsIPv6 != last.IsIPv6 || first.CompareTo(last) > 0)
            {
                throw new ArgumentException("A range runs from its first address up to its last, in one address family: " + first + " - " + last + ".", nameof(last));
            }

            First = first;
            Last = last;
        }

        public IPAddressValue First { get; }

        public IPAddressValue Last { get; }

        /// <summary>The number of addresses less one; ulong.MaxValue for an IPv6 range of 2^64 addresses or more.</summary>
        public ulong Span
        {
            get
            {
                if (First.IsIPv4)
                {
                    return Last.IPv4 - First.IPv4;
                }

                bool under64Bits = Last.High == First.High || (Last.High - First.High == 1 && Last.Low < First.Low);
                return under64Bits ? Last.Low - First.Low : ulong.MaxValue;
            }
        }

        /// <summary>
        /// <paramref name="count"/> addresses from <paramref name="first"/> up (an SDP c= line's "/number of addresses",
        /// RFC 8866 §5.7), cut off at the family's last address rather than wrapping.
        /// </summary>
        public static AddressRange FromCount(IPAddressValue first, ulong count)
        {
            if (count == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "A range holds at least one address.");
            }

            IPAddressValue last = AddressMath.Add(first, count - 1);
            return last.CompareTo(first) < 0 || (first.IsIPv4 && first.IPv4 + (count - 1) > uint.MaxValue)
                ? new AddressRange(first, AddressMath.Broadcast(first, 0))
                : new AddressRange(first, last);
        }

        /// <summary>Every address of a prefix.</summary>
        public static AddressRange FromPrefix(IPPrefix prefix) => new AddressRange(prefix.FirstAddress, prefix.LastAddress);

        public bool Contains(IPAddressValue address) =>
            address.IsIPv6 == First.IsIPv6 && address.CompareTo(First) >= 0 && address.CompareTo(Last) <= 0;

        /// <summary>True when the two ranges share an address.</summary>
        public bool Overlaps(AddressRange other) =>
            other.First.IsIPv6 == First.IsIPv6 && other.First.CompareTo(Last) <= 0 && First.CompareTo(other.Last) <= 0;

        public bool Equals(AddressRange other) => First == other.First && Last == other.Last;

        public override bool Equals(object? obj) => obj is AddressRange other && Equals(other);

        public override int GetHashCode() => (First.GetHashCode() * 397) ^ Last.GetHashCode();

        /// <summary>"239.255.10.1", or "239.255.10.1-239.255.10.4".</summary>
        public override string ToString() => First == Last ? First.ToString() : First + "-" + Last;
    }
}
