using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// The value of a Number of Addresses Requested option (RFC 2730 §3.8): the minimum and desired counts,
    /// each a 16-bit unsigned integer. The RFC requires minimum &lt;= desired of the sender and an Invalid
    /// Request error from a server that receives otherwise, so the decoder keeps both as sent.
    /// </summary>
    public readonly struct MadcapAddressCount : IEquatable<MadcapAddressCount>
    {
        public MadcapAddressCount(ushort minimum, ushort desired)
        {
            Minimum = minimum;
            Desired = desired;
        }

        public ushort Minimum { get; }

        public ushort Desired { get; }

        /// <summary>§3.8: "The minimum MUST be less than or equal to the desired number."</summary>
        public bool IsOrdered => Minimum <= Desired;

        /// <summary>True when a grant of <paramref name="count"/> addresses satisfies the request: "between the minimum and desired number" (§3.8).</summary>
        public bool Allows(long count) => count >= Minimum && count <= Desired;

        public bool Equals(MadcapAddressCount other) => Minimum == other.Minimum && Desired == other.Desired;

        public override bool Equals(object? obj) => obj is MadcapAddressCount other && Equals(other);

        public override int GetHashCode() => (Minimum << 16) | Desired;

        public override string ToString() => Minimum + ".." + Desired;
    }
}
