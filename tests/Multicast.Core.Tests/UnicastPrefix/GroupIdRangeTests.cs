namespace Multicast.Tests.UnicastPrefix
{
    public class GroupIdRangeTests
    {
        // RFC 3307 §4.1, §4.2, §4.3 and §5: 1-0x3FFFFFFF permanent addresses, 0x40000000-0x7FFFFFFF
        // permanent group IDs, 0x80000000-0xFFFFFFFF dynamic.
        [Theory]
        [InlineData(0x0000_0000U, GroupIdRange.None, true)]
        [InlineData(0x0000_0001U, GroupIdRange.PermanentAddress, true)]
        [InlineData(0x0000_0100U, GroupIdRange.PermanentAddress, true)]
        [InlineData(0x3FFF_FFFFU, GroupIdRange.PermanentAddress, true)]
        [InlineData(0x4000_0000U, GroupIdRange.PermanentGroupId, false)]
        [InlineData(0x4000_0001U, GroupIdRange.PermanentGroupId, false)]
        [InlineData(0x4040_4040U, GroupIdRange.PermanentGroupId, false)]
        [InlineData(0x7FFF_FFFFU, GroupIdRange.PermanentGroupId, false)]
        [InlineData(0x8000_0000U, GroupIdRange.Dynamic, false)]
        [InlineData(0xFFFF_FFFFU, GroupIdRange.Dynamic, false)]
        public void ClassifiesBothEndsOfEveryRange(uint groupId, GroupIdRange expected, bool invalidForSsm)
        {
            Assert.Equal(expected, GroupIdRangeInfo.Classify(groupId));
            Assert.Equal(invalidForSsm, GroupIdRangeInfo.IsInvalidForSsm(groupId));
        }

        [Theory]
        [InlineData(GroupIdRange.None, "prefix itself")]
        [InlineData(GroupIdRange.PermanentAddress, "4.1")]
        [InlineData(GroupIdRange.PermanentGroupId, "4.2")]
        [InlineData(GroupIdRange.Dynamic, "4.3")]
        public void DescriptionsCiteTheSection(GroupIdRange range, string text) =>
            Assert.Contains(text, GroupIdRangeInfo.Describe(range));
    }
}
