namespace Multicast.Leases
{
    /// <summary>Why a group in a pool cannot be leased.</summary>
    internal enum BlockReason
    {
        RelativeAssignments,
        SsmReserved,
        GroupIdNotDynamic,
        Excluded,
        FloodedMac,
    }
}
