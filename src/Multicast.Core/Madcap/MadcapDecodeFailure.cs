namespace Multicast.Madcap
{
    /// <summary>Why a datagram is not a MADCAP message this code will act on.</summary>
    public enum MadcapDecodeFailure
    {
        /// <summary>Decoded.</summary>
        None = 0,

        /// <summary>Fewer than 12 octets (RFC 2730 §2.1: MUST be ignored).</summary>
        TooShort,

        /// <summary>A version other than 0 (§2.1.1: MUST be ignored).</summary>
        UnsupportedVersion,

        /// <summary>An option's code, length or value runs past the end of the datagram (§2.1.5: MUST be ignored).</summary>
        TruncatedOption,

        /// <summary>The options end without an End option (§2.1.5: MUST be ignored).</summary>
        MissingEnd,

        /// <summary>Octets follow the End option, which must be the last (§2.1.5, §3.1: MUST be ignored).</summary>
        EndNotLast,

        /// <summary>An End option with a length other than 0 (§3.1).</summary>
        EndLengthNotZero,

        /// <summary>Two options of one code (§2.1.5: "MUST NOT include more than one option with the same option type").</summary>
        DuplicateOption,

        /// <summary>A msgtype outside 1-8 (§2.2: a client MUST ignore it; a server answers Invalid Request).</summary>
        UnknownMessageType,

        /// <summary>A known option whose length is not the fixed length, or is below the minimum, §3 gives it.</summary>
        BadOptionLength,

        /// <summary>A known option of acceptable length whose content is inconsistent (a count that does not match, a zero-length name, invalid UTF-8...).</summary>
        MalformedOption,

        /// <summary>An option that holds addresses of the header's addrfamily, which is neither IPv4 (1) nor IPv6 (2).</summary>
        UnsupportedAddressFamily,
    }
}
