namespace Multicast.Madcap
{
    /// <summary>
    /// The option codes of RFC 2730 §3 (codes 0-16) and RFC 2907 §5 (code 17). Other codes are kept as
    /// <see cref="MadcapRawOption"/> and ignored (RFC 2730 §2.1.5).
    /// </summary>
    public enum MadcapOptionCode : ushort
    {
        /// <summary>§3.1: the last option of every message, length 0.</summary>
        End = 0,

        /// <summary>§3.2: seconds, 32-bit unsigned, length 4.</summary>
        LeaseTime = 1,

        /// <summary>§3.3: address family number and address, minimum length 3.</summary>
        ServerIdentifier = 2,

        /// <summary>§3.4: opaque, minimum length 1.</summary>
        LeaseIdentifier = 3,

        /// <summary>§3.5: the Scope ID (first address of the scope) in the header's family.</summary>
        MulticastScope = 4,

        /// <summary>§3.6: a list of two-octet option codes, minimum length 2.</summary>
        OptionRequestList = 5,

        /// <summary>§3.7: seconds since 1970-01-01 00:00 UTC, length 4.</summary>
        StartTime = 6,

        /// <summary>§3.8: minimum and desired counts, two 16-bit unsigned integers, length 4.</summary>
        NumberOfAddressesRequested = 7,

        /// <summary>§3.9: an RFC 1766 language tag, minimum length 0.</summary>
        RequestedLanguage = 8,

        /// <summary>§3.10: count, then scope tuples with zone names, minimum length 0.</summary>
        MulticastScopeList = 9,

        /// <summary>§3.11: start address and 16-bit block size, repeated; minimum length 0.</summary>
        ListOfAddressRanges = 10,

        /// <summary>§3.12: the sender's clock, seconds since 1970-01-01 00:00 UTC, length 4.</summary>
        CurrentTime = 11,

        /// <summary>§3.13: supported, requested and required feature lists, minimum length 6.</summary>
        FeatureList = 12,

        /// <summary>§3.14: when to retry (Retry After feature), seconds since 1970, length 4.</summary>
        RetryTime = 13,

        /// <summary>§3.15: seconds, 32-bit unsigned, length 4.</summary>
        MinimumLeaseTime = 14,

        /// <summary>§3.16: seconds since 1970-01-01 00:00 UTC, length 4.</summary>
        MaximumStartTime = 15,

        /// <summary>§3.17: error code and extra data, minimum length 2.</summary>
        Error = 16,

        /// <summary>RFC 2907 §5: which scopes of the scope list nest inside which.</summary>
        MulticastNestingState = 17,
    }
}
