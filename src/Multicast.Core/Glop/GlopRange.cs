namespace Multicast
{
    /// <summary>
    /// The /24 that GLOP (RFC 3180) gives a 16-bit AS number: 233.X.Y.0/24, where X.Y are the AS number's
    /// two octets. Made by <see cref="GlopMapping"/>, which refuses the AS numbers and addresses that have none.
    /// </summary>
    /// <remarks>
    /// The public properties are what a serializer writes (canonical text); the typed values are the
    /// internal <c>...Value</c> members, which the module shows under the public names (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class GlopRange
    {
        internal GlopRange(uint asNumber, IPPrefix prefix, bool isDocumentation, string? note)
        {
            AsNumber = asNumber;
            PrefixValue = prefix;
            IsDocumentation = isDocumentation;
            Note = note;
        }

        public uint AsNumber { get; }

        /// <summary>233.X.Y.0/24.</summary>
        public string Prefix => PrefixValue.ToString();

        public string FirstAddress => FirstAddressValue.ToString();

        public string LastAddress => LastAddressValue.ToString();

        /// <summary>Always 256: GLOP gives one /24 per AS (RFC 3180 §4).</summary>
        public int AddressCount => 256;

        /// <summary>
        /// True for AS 64496-64511, reserved for documentation by RFC 5398; their ranges
        /// 233.251.240.0/24-233.251.255.0/24 are for examples only (RFC 6676 §2.2).
        /// </summary>
        public bool IsDocumentation { get; }

        /// <summary>A short caution when the range is not a real network's (documentation, AS_TRANS); otherwise null.</summary>
        public string? Note { get; }

        internal IPPrefix PrefixValue { get; }

        internal IPAddressValue FirstAddressValue => PrefixValue.FirstAddress;

        internal IPAddressValue LastAddressValue => PrefixValue.LastAddress;

        public override string ToString() => PrefixValue.ToString();
    }
}
