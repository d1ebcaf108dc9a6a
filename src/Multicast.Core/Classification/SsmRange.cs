namespace Multicast
{
    /// <summary>Where a source-specific group falls within the SSM range (RFC 4607 §1 and §4.3, RFC 3307 §4).</summary>
    public enum SsmRange
    {
        /// <summary>Not a source-specific multicast address.</summary>
        None = 0,

        /// <summary>IPv6 group IDs 0-0x3FFFFFFF: invalid SSM addresses (RFC 4607 §1).</summary>
        Invalid,

        /// <summary>232.0.0.0 and FF3x::4000:0: reserved as a null value, never a destination (RFC 4607 §4.3).</summary>
        ReservedNull,

        /// <summary>232.0.0.1-232.0.0.255 and FF3x::4000:1-FF3x::7FFF:FFFF: reserved for IANA allocation (RFC 4607 §4.3).</summary>
        IanaReserved,

        /// <summary>The rest of 232/8 and FF3x::8000:0-FF3x::FFFF:FFFF: chosen by the sending host (RFC 4607 §1, RFC 3307 §4.3.2).</summary>
        HostAllocated,
    }
}
