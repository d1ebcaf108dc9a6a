namespace Multicast.Madcap
{
    /// <summary>The error codes of the Error option (RFC 2730 §3.17.1-§3.17.6).</summary>
    public enum MadcapErrorCode : ushort
    {
        /// <summary>§3.17.1: valid, but not possible with the addresses and configuration; extra data: the option code at fault or 0xFFFF.</summary>
        ValidRequestCouldNotBeCompleted = 0,

        /// <summary>§3.17.2: malformed or invalid; extra data: the option code at fault or 0xFFFF.</summary>
        InvalidRequest = 1,

        /// <summary>§3.17.3: the clocks differ too much; extra data: the server's time, seconds since 1970.</summary>
        ExcessiveClockSkew = 2,

        /// <summary>§3.17.4: no lease has this Lease Identifier; no extra data.</summary>
        LeaseIdentifierNotRecognized = 3,

        /// <summary>§3.17.5: a required feature is not supported; extra data: the unsupported feature codes.</summary>
        RequiredFeatureNotSupported = 4,
    }
}
