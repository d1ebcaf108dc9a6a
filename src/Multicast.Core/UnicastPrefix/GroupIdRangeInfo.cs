namespace Multicast
{
    /// <summary>Classifies group IDs by <see cref="GroupIdRange"/>.</summary>
    public static class GroupIdRangeInfo
    {
        /// <summary>The first group ID RFC 3307 §4.2 leaves to permanent group IDs.</summary>
        public const uint FirstPermanentGroupId = 0x4000_0000;

        /// <summary>The first group ID of the dynamic range (RFC 3307 §4.3).</summary>
        public const uint FirstDynamic = 0x8000_0000;

        public static GroupIdRange Classify(uint groupId) =>
            groupId == 0 ? GroupIdRange.None
            : groupId < FirstPermanentGroupId ? GroupIdRange.PermanentAddress
            : groupId < FirstDynamic ? GroupIdRange.PermanentGroupId
            : GroupIdRange.Dynamic;

        /// <summary>
        /// True for a group ID RFC 4607 §1 calls an invalid SSM address: 0 through 0x3FFFFFFF. (RFC 4607
        /// names 0x40000001-0x7FFFFFFF for IANA and leaves 0x40000000 itself out of both lists; RFC 3307
        /// §4.2 includes it in the permanent group IDs, so it is valid here.)
        /// </summary>
        public static bool IsInvalidForSsm(uint groupId) => groupId < FirstPermanentGroupId;

        /// <summary>A short description with the RFC section, for messages and help.</summary>
        public static string Describe(GroupIdRange range) => range switch
        {
            GroupIdRange.None => "no group (0): the address is the prefix itself",
            GroupIdRange.PermanentAddress => "IANA permanent addresses, 0x1-0x3FFFFFFF (RFC 3307 section 4.1)",
            GroupIdRange.PermanentGroupId => "IANA permanent group IDs, 0x40000000-0x7FFFFFFF (RFC 3307 section 4.2)",
            _ => "dynamic allocation, 0x80000000-0xFFFFFFFF (RFC 3307 section 4.3)",
        };
    }
}
