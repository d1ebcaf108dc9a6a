namespace Multicast.Tests.Classification
{
    public class GroupIdClassifierTests
    {
        [Theory]
        // RFC 3307 §4, both ends of each range.
        [InlineData(0x0000_0000u, GroupIdClass.Zero)]
        [InlineData(0x0000_0001u, GroupIdClass.PermanentAddress)]
        [InlineData(0x3FFF_FFFFu, GroupIdClass.PermanentAddress)]
        [InlineData(0x4000_0000u, GroupIdClass.PermanentGroupId)]
        [InlineData(0x4040_4040u, GroupIdClass.PermanentGroupId)] // RFC 3307 §4.2's NTP example
        [InlineData(0x7FFF_FFFFu, GroupIdClass.PermanentGroupId)]
        [InlineData(0x8000_0000u, GroupIdClass.Dynamic)]
        [InlineData(0xFFFF_FFFFu, GroupIdClass.Dynamic)]
        public void ClassifiesRfc3307Ranges(uint groupId, GroupIdClass expected) =>
            Assert.Equal(expected, GroupIdClassifier.Classify(groupId));

        [Fact]
        public void ReadsTheLow32Bits()
        {
            // RFC 3307 §4.3: FF32::8000:9 is a dynamic address; FF02::9 a permanent one.
            Assert.Equal(GroupIdClass.Dynamic, GroupIdClassifier.Classify(AddressParser.Parse("ff32::8000:9")));
            Assert.Equal(GroupIdClass.PermanentAddress, GroupIdClassifier.Classify(AddressParser.Parse("ff02::9")));
        }
    }
}
