using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Multicast.Tests.Decoding
{
    /// <summary>Shorthand for the decoder tests: warnings are matched by Id, and their citations by Rfc.</summary>
    internal static class DecodingAssert
    {
        /// <summary>Every identifier of <see cref="MulticastWarningIds"/>.</summary>
        public static readonly IReadOnlyList<string> WarningIds = typeof(MulticastWarningIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetValue(null)!)
            .ToArray();

        private static readonly Regex Citation = new Regex(@"(?<rfc>RFC \d{4})( (?<section>§[\d.]*\d))?");

        public static MulticastAddressInfo Decode(string address) => MulticastAddressDecoder.Decode(AddressParser.Parse(address));

        /// <summary>Exactly one warning has the Id, and its Rfc cites each of <paramref name="rfcs"/>.</summary>
        public static MulticastWarning Warns(MulticastAddressInfo info, string id, params string[] rfcs)
        {
            MulticastWarning[] matching = info.Warning.Where(w => w.Id == id).ToArray();
            Assert.True(matching.Length == 1, info + ": expected one " + id + " warning, found " + matching.Length + " in:\n" + Describe(info));
            foreach (string rfc in rfcs)
            {
                Assert.True(matching[0].Rfc.Contains(rfc), info + ": the " + id + " warning cites " + matching[0].Rfc + ", not " + rfc + ".");
            }

            return matching[0];
        }

        /// <summary>No warning has any of the Ids.</summary>
        public static void DoesNotWarn(MulticastAddressInfo info, params string[] ids) =>
            Assert.False(info.Warning.Any(w => ids.Contains(w.Id)), info + " should not warn " + string.Join(" or ", ids) + ", but warns:\n" + Describe(info));

        /// <summary>No warning applies a rule of the RFC (or section) given, such as "RFC 6676".</summary>
        public static void DoesNotCite(MulticastAddressInfo info, string rfc) =>
            Assert.False(info.Warning.Any(w => w.Rfc.Contains(rfc)), info + " should not cite " + rfc + ", but warns:\n" + Describe(info));

        /// <summary>A good choice: no warning at all, and the shared empty list.</summary>
        public static void IsGoodChoice(MulticastAddressInfo info)
        {
            Assert.True(info.Warning.Count == 0, info + " should be a good choice, but warns:\n" + Describe(info));
            Assert.Same(MulticastWarningList.Empty, info.Warning);
        }

        /// <summary>
        /// Every warning has an Id of the catalogue and an Rfc, and its message names the address and cites
        /// each section its Rfc names.
        /// </summary>
        public static void WarningsNameAddressAndSource(MulticastAddressInfo info)
        {
            foreach (MulticastWarning warning in info.Warning)
            {
                Assert.Contains(warning.Id, WarningIds);
                Assert.StartsWith(info.ToString() + " ", warning.Message);
                Assert.Equal(warning.Message, warning.ToString());
                MatchCollection citations = Citation.Matches(warning.Rfc);
                Assert.True(citations.Count > 0, warning.Id + " cites no RFC: '" + warning.Rfc + "'.");
                foreach (Match citation in citations)
                {
                    // "RFC 2365 gives no scope (§8)" cites RFC 2365 §8 too.
                    bool cited = warning.Message.Contains(citation.Value)
                        || (warning.Message.Contains(citation.Groups["rfc"].Value) && warning.Message.Contains("(" + citation.Groups["section"].Value + ")"));
                    Assert.True(cited, warning.Id + ": the message does not cite " + citation.Value + ": " + warning.Message);
                }
            }
        }

        private static string Describe(MulticastAddressInfo info) =>
            string.Join("\n", info.Warning.Select(w => w.Id + " (" + w.Rfc + "): " + w.Message));
    }
}
