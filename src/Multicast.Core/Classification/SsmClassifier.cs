namespace Multicast
{
    /// <summary>Source-specific multicast: which addresses are SSM, and where their group ID falls.</summary>
    public static class SsmClassifier
    {
        /// <summary>
        /// True for IPv4 232/8 (RFC 4607 §1) and IPv6 addresses with ff1 = X011 and plen 0: FF3x::/32 and,
        /// since RFC 7371 §4.1.2 makes X an independent flag, FFBx::/32. The ff2 and reserved nibbles of
        /// byte 2 are ignored on receipt (RFC 7371 §4.1.1, RFC 3956 §3), so they do not change the answer.
        /// </summary>
        public static bool IsSourceSpecific(IPAddressValue address)
        {
            if (!address.IsMulticast)
            {
                return false;
            }

            if (address.IsIPv4)
            {
                return (address.IPv4 & 0xFF00_0000) == 0xE800_0000;
            }

            return UnicastPrefixMulticastAddress.IsSourceSpecificFormat(address);
        }

        /// <summary>The SSM sub-range of the group, or <see cref="SsmRange.None"/> when it is not SSM.</summary>
        public static SsmRange GetRange(IPAddressValue address)
        {
            if (!IsSourceSpecific(address))
            {
                return SsmRange.None;
            }

            if (address.IsIPv4)
            {
                // RFC 4607 §4.3: 232.0.0.0 is the null value; 232.0.0.1-232.0.0.255 are for IANA.
                uint low = address.IPv4 & 0x00FF_FFFF;
                return low == 0 ? SsmRange.ReservedNull : low <= 0xFF ? SsmRange.IanaReserved : SsmRange.HostAllocated;
            }

            // RFC 4607 §1 and §4.3 on the 32-bit group ID.
            uint groupId = (uint)address.Low;
            if (groupId < 0x4000_0000)
            {
                return SsmRange.Invalid;
            }

            if (groupId == 0x4000_0000)
            {
                return SsmRange.ReservedNull;
            }

            return groupId < 0x8000_0000 ? SsmRange.IanaReserved : SsmRange.HostAllocated;
        }
    }
}
