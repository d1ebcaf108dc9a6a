using System.Linq;

namespace Multicast.Tests.Decoding
{
    /// <summary>Shorthand for the decoder tests.</summary>
    internal static class DecodingAssert
    {
        public static MulticastAddressInfo Decode(string address) => MulticastAddressDecoder.Decode(AddressParser.Parse(address));

        /// <summary>Exactly one warning holds every fragment (say, the rule it cites).</summary>
        public static void Warns(MulticastAddressInfo info, params string[] fragments)
        {
            int matching = info.Warning.Count(w => fragments.All(w.Contains));
            Assert.True(
                matching == 1,
                info + ": expected one warning with \"" + string.Join("\", \"", fragments) + "\", found " + matching + " in:\n" + string.Join("\n", info.Warning));
        }

        /// <summary>No warning holds the fragment.</summary>
        public static void DoesNotWarn(MulticastAddressInfo info, string fragment) =>
            Assert.False(info.Warning.Any(w => w.Contains(fragment)), info + " should not warn \"" + fragment + "\", but warns:\n" + string.Join("\n", info.Warning));

        /// <summary>A good choice: no warning at all, and the shared empty array.</summary>
        public static void IsGoodChoice(MulticastAddressInfo info)
        {
            Assert.True(info.Warning.Length == 0, info + " should be a good choice, but warns:\n" + string.Join("\n", info.Warning));
            Assert.Same(AddressWarnings.None, info.Warning);
        }

        /// <summary>Every warning names the address and cites a source.</summary>
        public static void WarningsNameAddressAndSource(MulticastAddressInfo info)
        {
            foreach (string warning in info.Warning)
            {
                Assert.StartsWith(info.ToString() + " ", warning);
                Assert.Matches(@"RFC ?\d{4}", warning);
            }
        }
    }
}
