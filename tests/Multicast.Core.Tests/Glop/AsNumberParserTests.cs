namespace Multicast.Tests.Glop
{
    public class AsNumberParserTests
    {
        [Theory]
        [InlineData("5662", 5662u)]
        [InlineData("AS5662", 5662u)]
        [InlineData("as5662", 5662u)]
        [InlineData("As5662", 5662u)]
        [InlineData("AS 5662", 5662u)]
        [InlineData("  AS5662  ", 5662u)]
        [InlineData("0", 0u)]
        [InlineData("65535", 65535u)]
        [InlineData("65536", 65536u)]
        [InlineData("4294967295", 4294967295u)]
        [InlineData("0000005662", 5662u)]
        // RFC 5396 asdot: high.low = high * 65536 + low; asdot+ also writes small numbers as 0.low.
        [InlineData("1.10", 65546u)]
        [InlineData("AS1.10", 65546u)]
        [InlineData("1.0", 65536u)]
        [InlineData("0.5662", 5662u)]
        [InlineData("65535.65535", 4294967295u)]
        public void ReadsAsplainAndAsdot(string text, uint expected)
        {
            Assert.True(AsNumberParser.TryParse(text, out uint value));
            Assert.Equal(expected, value);
            Assert.Equal(expected, AsNumberParser.Parse(text));
        }

        [Theory]
        [InlineData("", "AsNumberInvalid")]
        [InlineData("   ", "AsNumberInvalid")]
        [InlineData("AS", "AsNumberInvalid")]
        [InlineData("ASfoo", "AsNumberInvalid")]
        [InlineData("ASN5662", "AsNumberInvalid")]
        [InlineData("AS-5662", "AsNumberInvalid")]
        [InlineData("-1", "AsNumberInvalid")]
        [InlineData("5662a", "AsNumberInvalid")]
        [InlineData("1.", "AsNumberInvalid")]
        [InlineData(".10", "AsNumberInvalid")]
        [InlineData("1.2.3", "AsNumberInvalid")]
        [InlineData("233.22.30.7", "AsNumberInvalid")]
        [InlineData("0x161E", "AsNumberInvalid")]
        [InlineData("4294967296", "AsNumberOutOfRange")]
        [InlineData("99999999999", "AsNumberOutOfRange")]
        [InlineData("65536.0", "AsNumberOutOfRange")]
        [InlineData("1.65536", "AsNumberOutOfRange")]
        public void RefusesWhatIsNotAnAsNumber(string text, string errorId)
        {
            Assert.False(AsNumberParser.TryParse(text, out _));
            var error = Assert.Throws<AddressFormatException>(() => AsNumberParser.Parse(text));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.InvalidFormat, error.Kind);
            Assert.Contains("RFC 5396", error.Message);
        }

        [Fact]
        public void NullIsNotAnAsNumber() => Assert.False(AsNumberParser.TryParse(null, out _));

        [Theory]
        [InlineData(0u, "0")]
        [InlineData(5662u, "5662")]
        [InlineData(65535u, "65535")]
        [InlineData(65536u, "1.0")]
        [InlineData(65546u, "1.10")]
        [InlineData(4294967295u, "65535.65535")]
        public void FormatsAsdot(uint asNumber, string expected)
        {
            Assert.Equal(expected, AsNumberParser.FormatAsdot(asNumber));
            Assert.Equal(asNumber, AsNumberParser.Parse(expected));
        }

        [Theory]
        [InlineData("AS5662", true)]
        [InlineData(" as1.10", true)]
        [InlineData("ASfoo", true)]
        [InlineData("5662", true)]
        [InlineData("1.10", true)]
        [InlineData("99999999999", true)]
        [InlineData("224.1", true)]
        [InlineData("233.22.30.7", false)]
        [InlineData("ff02::1", false)]
        [InlineData("5662a", false)]
        [InlineData(".", false)]
        [InlineData("A", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void TellsTextMeantAsAnAsNumber(string? text, bool expected) => Assert.Equal(expected, AsNumberParser.LooksLikeAsNumber(text));
    }
}
