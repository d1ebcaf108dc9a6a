namespace Multicast.Madcap
{
    /// <summary>The optional feature codes of RFC 2730 §2.13, Table 4.</summary>
    public enum MadcapFeature : ushort
    {
        /// <summary>§2.13.1: renew or release on another server than the one that allocated.</summary>
        ServerMobility = 0,

        /// <summary>§2.13.2: the server answers "retry at Retry Time". Clients only list it as supported.</summary>
        RetryAfter = 1,

        /// <summary>§2.13.3: anyone who knows the Lease Identifier may change the lease.</summary>
        SharedLeaseIdentifier = 2,
    }
}
