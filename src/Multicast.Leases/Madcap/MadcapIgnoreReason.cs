namespace Multicast.Leases.Madcap
{
    /// <summary>Why a MADCAP server sent nothing back to a datagram; each is counted.</summary>
    public enum MadcapIgnoreReason
    {
        /// <summary>From an address outside the client networks the server answers.</summary>
        NotClientNetwork,

        /// <summary>From a source no answer can go to: multicast, broadcast, unspecified, or port 0.</summary>
        UnanswerableSource,

        /// <summary>Fewer than 12 octets (RFC 2730 §2.1: MUST be ignored).</summary>
        TooShort,

        /// <summary>A version other than 0 (§2.1.1: MUST be ignored).</summary>
        WrongVersion,

        /// <summary>Options that do not frame: truncated, no End option, octets after it (§2.1.5: MUST be ignored).</summary>
        Unframed,

        /// <summary>A readable message the rules have a server ignore: a server's own message type, no Lease Identifier, a DISCOVER it will not satisfy, a multicast RENEW, the wrong group (§2.2, §2.5, §2.6, §2.11, §4).</summary>
        ByRule,

        /// <summary>A multicast REQUEST that chose another server (§2.2.3).</summary>
        AnotherServerChosen,

        /// <summary>A retransmission that arrived while the first copy was still being served: the cached answer goes to the next.</summary>
        InProgress,

        /// <summary>The response cache was full of live answers, so a new request could not be remembered, and was not served (§2.1.4).</summary>
        CacheFull,

        /// <summary>More datagrams than the server could queue.</summary>
        Overloaded,

        /// <summary>Serving the request failed inside the server (logged as a warning).</summary>
        Error,
    }
}
