using System;
using System.Collections.Generic;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>The JSON of the store's first formats, read with the built-in reader (LegacyJson), and their times.</summary>
    public class JsonTests
    {
        [Fact]
        public void ReadsTheSubsetTheStoreUses()
        {
            var root = Assert.IsType<JsonObject>(LegacyJson.Parse(" {\"a\": [1, -2, true, false, null, \"x\\\"\\\\\\/\\n\\t\\u00e9\", \"\"], \"b\": {}, \"c d\": []} \n"));
            Assert.True(root.TryGetValue("a", out object? a));
            var list = Assert.IsType<List<object?>>(a);
            Assert.Equal(new object?[] { 1L, -2L, true, false, null, "x\"\\/\n\té", string.Empty }, list.ToArray());
            Assert.True(root.TryGetValue("b", out object? b));
            Assert.Empty(Assert.IsType<JsonObject>(b).Names);
            Assert.Equal(new[] { "a", "b", "c d" }, root.Names);
            Assert.Equal(long.MaxValue, LegacyJson.Parse("9223372036854775807"));
            Assert.Equal(long.MinValue, LegacyJson.Parse("-9223372036854775808"));
        }

        [Theory]
        [InlineData("{\"a\": 1, \"a\": 2}", "appears twice")]
        [InlineData("{\"a\": 1.5}", "whole number")]
        [InlineData("{\"a\": 1e3}", "whole number")]
        [InlineData("{\"a\": 9223372036854775808}", "whole number")]
        [InlineData("{\"a\": \"x\ny\"}", null)]
        [InlineData("{\"a\": \"\\q\"}", null)]
        [InlineData("{\"a\": tru}", null)]
        [InlineData("{} {}", null)]
        [InlineData("\"open", null)]
        [InlineData("", null)]
        public void RefusesEverythingElse(string text, string? message)
        {
            var error = Assert.Throws<FormatException>(() => LegacyJson.Parse(text));
            if (message != null)
            {
                Assert.Contains(message, error.Message);
            }
        }

        [Fact]
        public void TakesACommaBeforeAClosingBracketAsTheBuiltInReaderDoes()
        {
            Assert.Equal(new object?[] { 1L }, Assert.IsType<List<object?>>(LegacyJson.Parse("[1,]")).ToArray());
            Assert.Equal(new[] { "a" }, Assert.IsType<JsonObject>(LegacyJson.Parse("{\"a\": 1,}")).Names);
        }

        [Fact]
        public void RefusesBytesThatAreNotUtf8() =>
            Assert.Contains("not UTF-8", Assert.Throws<FormatException>(() => LegacyJson.Parse(new byte[] { 0x22, 0xC3, 0x28, 0x22 }, 0, 4)).Message);

        [Theory]
        [InlineData("2025-03-01T12:00:00.0000000Z")]
        [InlineData("0001-01-01T00:00:00.0000000Z")]
        [InlineData("9999-12-31T23:59:59.9999999Z")]
        [InlineData("2024-02-29T01:02:03.1234567Z")]
        public void TimesAreReadToTheTick(string text)
        {
            Assert.True(LeaseFileFormat.TryParseTime(text, out DateTime value));
            Assert.Equal(DateTimeKind.Utc, value.Kind);
            Assert.Equal(DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), value);
        }

        [Theory]
        [InlineData("2025-03-01T12:00:00Z")]
        [InlineData("2025-03-01 12:00:00.0000000Z")]
        [InlineData("2025-03-01T12:00:00.0000000+")]
        [InlineData("2025-02-29T12:00:00.0000000Z")]
        [InlineData("2025-13-01T12:00:00.0000000Z")]
        [InlineData("2025-00-01T12:00:00.0000000Z")]
        [InlineData("2025-03-01T24:00:00.0000000Z")]
        [InlineData("2025-03-01T-1:00:00.0000000Z")]
        [InlineData("2025-03-01T12:60:00.0000000Z")]
        [InlineData("2025-03-01T12:00:60.0000000Z")]
        [InlineData("0000-03-01T12:00:00.0000000Z")]
        [InlineData("2025-03-01T12:00:00.000000xZ")]
        public void RefusesOtherTimes(string text) => Assert.False(LeaseFileFormat.TryParseTime(text, out _));
    }
}
