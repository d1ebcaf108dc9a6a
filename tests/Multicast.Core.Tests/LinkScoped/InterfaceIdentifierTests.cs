namespace Multicast.Tests.LinkScoped
{
    public class InterfaceIdentifierTests
    {
        [Theory]
        [InlineData("a12:34ff:fe56:7890", 0x0a12_34ff_fe56_7890UL)]
        [InlineData("0A12:34FF:FE56:7890", 0x0a12_34ff_fe56_7890UL)]
        [InlineData("::a12:34ff:fe56:7890", 0x0a12_34ff_fe56_7890UL)]
        [InlineData("0x0a1234fffe567890", 0x0a12_34ff_fe56_7890UL)]
        [InlineData("0XA1234FFFE567890", 0x0a12_34ff_fe56_7890UL)]
        [InlineData("0:0:0:1", 1UL)]
        [InlineData("::1", 1UL)]
        [InlineData("0x1", 1UL)]
        [InlineData(" ffff:ffff:ffff:ffff ", ulong.MaxValue)]
        [InlineData("0xffffffffffffffff", ulong.MaxValue)]
        public void ParsesTheWaysAnInterfaceIdIsWritten(string text, ulong expected) =>
            Assert.Equal(expected, InterfaceIdentifier.Parse(text).Value);

        [Theory]
        [InlineData("fe80::a12:34ff:fe56:7890", "InterfaceIdIsAddress")]
        [InlineData("2001:db8::1", "InterfaceIdIsAddress")]
        [InlineData("1:2:3", "InterfaceIdInvalid")]
        [InlineData("1:2:3:4:5", "InterfaceIdInvalid")]
        [InlineData("::1:0:0:0:0", "InterfaceIdInvalid")]
        [InlineData("0x", "InterfaceIdInvalid")]
        [InlineData("0x1ffffffffffffffff", "InterfaceIdInvalid")]
        [InlineData("12345", "InterfaceIdInvalid")]
        [InlineData("", "InterfaceIdInvalid")]
        [InlineData("a12:34ff:fe56:789g", "InterfaceIdInvalid")]
        public void RefusesWhatIsNotA64BitInterfaceId(string text, string errorId)
        {
            var error = Assert.Throws<AddressFormatException>(() => InterfaceIdentifier.Parse(text));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.InvalidFormat, error.Kind);
        }

        [Fact]
        public void AWholeAddressSuggestsItsLastFourGroups() =>
            Assert.Equal("a12:34ff:fe56:7890", Assert.Throws<AddressFormatException>(() => InterfaceIdentifier.Parse("fe80::a12:34ff:fe56:7890")).Suggestion);

        [Theory]
        [InlineData(0x0a12_34ff_fe56_7890UL, "a12:34ff:fe56:7890", "fe80::a12:34ff:fe56:7890")]
        [InlineData(1UL, "0:0:0:1", "fe80::1")]
        [InlineData(0UL, "0:0:0:0", "fe80::")]
        public void WritesFourGroupsAndTheLinkLocalAddress(ulong value, string text, string linkLocal)
        {
            var iid = new InterfaceIdentifier(value);
            Assert.Equal(text, iid.ToString());
            Assert.Equal(linkLocal, iid.LinkLocalAddress.ToString());
            Assert.Equal(iid, InterfaceIdentifier.Parse(text));
        }
    }
}
