namespace Multicast.Leases
{
    /// <summary>Where a lease stands when the object was made.</summary>
    public enum LeaseState
    {
        /// <summary>Held: nobody else gets the group until it ends.</summary>
        Active,

        /// <summary>Held from now on, but it starts later (a MADCAP Start Time): nobody else gets the group meanwhile.</summary>
        Scheduled,

        /// <summary>Ended but still in the store; the next change to its pool reclaims it.</summary>
        Expired,

        /// <summary>Given back by its owner (Remove-MulticastAddressLease), or removed with its pool.</summary>
        Released,

        /// <summary>Expired and taken back by the store; the group can be leased again.</summary>
        Reclaimed,
    }
}
