namespace Multicast.Madcap
{
    /// <summary>What a server does with a request, before its store is consulted.</summary>
    public enum MadcapVerdictKind
    {
        /// <summary>The request is valid: hand it to the lease store.</summary>
        Process,

        /// <summary>Send nothing (RFC 2730 §2.6 allows or requires silence here; the reason says why).</summary>
        Ignore,

        /// <summary>Answer with a NAK carrying the verdict's Error option (§2.6).</summary>
        Nak,

        /// <summary>
        /// A multicast REQUEST naming another server: send nothing, and "stop holding the addresses" offered for this
        /// Lease Identifier (§2.2.3).
        /// </summary>
        AnotherServerChosen,
    }
}
