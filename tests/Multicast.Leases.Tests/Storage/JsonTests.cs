using System;
using System.Collections.Generic;
using System.Text;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class JsonTests
    {
        [Fact]
        public void ReadsTheSubsetTheStoreUses()
        {
            var root = Assert.IsType<JsonObject>(Json.Parse(" {\"a\": [1, -2, true, false, null, \"x\\\"\\\\\\/\\n\\t\\u00e9\"], \"b\": {}} \n"));
            Assert.True(root.TryGetValue("a", out object? a));
            var list = Assert.IsType<List<object?>>(a);
            Assert.Equal(new object?[] { 1L, -2L, true, false, null, "x\"\\/\n\té" }, list.ToArray());
            Assert.True(root.TryGetValue("b", out object? b));
            Assert.Empty(Assert.IsType<JsonObject>(b).Names);
            Assert.Equal(new[] { "a", "b" }, root.Names);
        }

        [Theory]
        [InlineData("{\"a\": 1, \"a\": 2}", "appears twice")]
        [InlineData("{\"a\": 1.5}", "whole number")]
        [InlineData("{\"a\": 1e3}", "whole number")]
        [InlineData("{\"a\": 01}", "whole number")]
        [InlineData("{\"a\": 99999999999999999999}", "whole number")]
        [InlineData("{\"a\": 1,}", "property name")]
        [InlineData("[1,]", "unexpected")]
        [InlineData("{\"a\": \"x\ny\"}", "control character")]
        [InlineData("{\"a\": \"\\q\"}", "unknown escape")]
        [InlineData("{\"a\": \"\\u12\"}", "four hex digits")]
        [InlineData("{\"a\": tru}", "unexpected")]
        [InlineData("{} {}", "after the end")]
        [InlineData("\"open", "not closed")]
        [InlineData("", "ends where a value")]
        [InlineData("[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]", "nesting")]
        public void RefusesEverythingElse(string text, string message)
        {
            var error = Assert.Throws<FormatException>(() => Json.Parse(text));
            Assert.Contains(message, error.Message);
            Assert.Contains("line ", error.Message);
        }

        [Fact]
        public void NamesTheLineOfAnError() =>
            Assert.Contains("line 3, column 7", Assert.Throws<FormatException>(() => Json.Parse("{\n \"a\": 1,\n \"b\": x}")).Message);

        [Fact]
        public void WritesWhatItReads()
        {
            const string Tricky = "a\"b\\c\nd\u0001é\u2028";
            var text = new System.IO.StringWriter();
            Json.WriteString(text, Tricky);
            Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001é\u2028\"", text.ToString());
            Assert.Equal(Tricky, Json.Parse(text.ToString()));
        }

        [Theory]
        [InlineData("2025-03-01T12:00:00.0000000Z")]
        [InlineData("0001-01-01T00:00:00.0000000Z")]
        [InlineData("9999-12-31T23:59:59.9999999Z")]
        [InlineData("2024-02-29T01:02:03.1234567Z")]
        public void TimesRoundTripToTheTick(string text)
        {
            Assert.True(LeaseFileFormat.TryParseTime(text, out DateTime value));
            Assert.Equal(DateTimeKind.Utc, value.Kind);
            Assert.Equal(DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), value);
            var buffer = new char[28];
            Assert.Equal(text, new string(buffer, 0, LeaseFileFormat.FormatTime(value, buffer)));
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
