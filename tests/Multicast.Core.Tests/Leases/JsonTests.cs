using System;
using System.Collections.Generic;
using System.Text;

namespace Multicast.Tests.Leases
{
    public class JsonTests
    {
        [Fact]
        public void ReadsTheSubsetTheStoreUses()
        {
            var root = Assert.IsType<Dictionary<string, object?>>(Json.Parse(" {\"a\": [1, -2, true, false, null, \"x\\\"\\\\\\/\\n\\t\\u00e9\"], \"b\": {}} \n"));
            var list = Assert.IsType<List<object?>>(root["a"]);
            Assert.Equal(new object?[] { 1L, -2L, true, false, null, "x\"\\/\n\té" }, list.ToArray());
            Assert.Empty(Assert.IsType<Dictionary<string, object?>>(root["b"]));
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
            var text = new StringBuilder();
            Json.WriteString(text, Tricky);
            Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001é\u2028\"", text.ToString());
            Assert.Equal(Tricky, Json.Parse(text.ToString()));
        }
    }
}
