namespace Multicast.Leases.Storage
{
    /// <summary>What <see cref="FileLeaseStore.Repair"/> makes of the groups held in quarantine.</summary>
    public enum RepairDecision
    {
        /// <summary>The untrusted records never happened: their groups are free again.</summary>
        Release,

        /// <summary>The untrusted records were right: each held group is leased as its record reads, where the group is still free.</summary>
        Restore,
    }
}
