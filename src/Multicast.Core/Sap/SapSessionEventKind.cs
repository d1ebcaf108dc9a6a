namespace Multicast.Sap
{
    /// <summary>What happened to a session in a SAP directory.</summary>
    public enum SapSessionEventKind
    {
        /// <summary>First heard.</summary>
        New,

        /// <summary>Announced again with another description (RFC 2974 §5, session modification).</summary>
        Changed,

        /// <summary>A deletion packet named it (RFC 2974 §4, explicit deletion).</summary>
        Deleted,

        /// <summary>Not heard for the larger of ten announcement intervals and one hour (RFC 2974 §4, implicit timeout).</summary>
        TimedOut,

        /// <summary>Its last stop time has passed (RFC 2974 §4, explicit timeout).</summary>
        Ended,
    }
}
