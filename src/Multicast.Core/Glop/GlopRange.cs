using System.Net;

namespace Multicast
{
    /// <summary>
    /// The /24 that GLOP (RFC 3180) gives a 16-bit AS number: 233.X.Y.0/24, where X.Y are the AS number's
    /// two octets. Made by <see cref="GlopMapping"/>, which refuses the AS numbers and addresses that have none.
    /// </summary>
    public sealed class GlopRange
    {
        // Made on first read, so that a pipeline of ranges makes no IPAddress it does not show.
        private IPAddress? firstAddress;
        private IPAddress? lastAddress;

        internal GlopRange(uint asNumber, IPPrefix prefix, bool isDocumentation, string? note)
        {
            AsNumber = asNumber;
            Prefix = prefix;
            IsDocumentation = isDocumentation;
            Note = note;
        }

        public uint AsNumber { get; }

        /// <summary>233.X.Y.0/24.</summary>
        public IPPrefix Prefix { get; }

        public IPAddress FirstAddress => firstAddress ??= Prefix.FirstAddress.ToIPAddress();

        public IPAddress LastAddress => lastAddress ??= Prefix.LastAddress.ToIPAddress();

        /// <summary>Always 256: GLOP gives one /24 per AS (RFC 3180 §4).</summary>
        public int AddressCount => 256;

        /// <summary>
        /// True for AS 64496-64511, reserved for documentation by RFC 5398; their ranges
        /// 233.251.240.0/24-233.251.255.0/24 are for examples only (RFC 6676 §2.2).
        /// </summary>
        public bool IsDocumentation { get; }

        /// <summary>A short caution when the range is not a real network's (documentation, AS_TRANS); otherwise null.</summary>
        public string? Note { get; }

        public override string ToString() => Prefix.ToString();
    }
}
