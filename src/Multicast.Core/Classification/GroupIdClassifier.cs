namespace Multicast
{
    /// <summary>RFC 3307 §4: the group-ID ranges of IPv6 multicast addresses.</summary>
    public static class GroupIdClassifier
    {
        /// <summary>The class of a 32-bit group ID.</summary>
        public static GroupIdClass Classify(uint groupId)
        {
            if (groupId == 0)
            {
                return GroupIdClass.Zero;
            }

            if (groupId < 0x4000_0000)
            {
                return GroupIdClass.PermanentAddress;
            }

            return groupId < 0x8000_0000 ? GroupIdClass.PermanentGroupId : GroupIdClass.Dynamic;
        }

        /// <summary>The class of the low 32 bits of an IPv6 address.</summary>
        public static GroupIdClass Classify(IPAddressValue address) => Classify((uint)address.Low);
    }
}
