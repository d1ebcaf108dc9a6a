using System.Linq;

namespace Multicast.Tests.Registry
{
    /// <summary>The embedded blocks against RFC 5771 §3's table, apart from the registry's two later renamings.</summary>
    public class Rfc5771BlockTests
    {
        // RFC 5771 §3, "Address Range / Size / Designation", typed from the RFC.
        private static readonly (string First, string Last, string Designation)[] Rfc5771Table =
        {
            ("224.0.0.0", "224.0.0.255", "Local Network Control Block"),
            ("224.0.1.0", "224.0.1.255", "Internetwork Control Block"),
            ("224.0.2.0", "224.0.255.255", "AD-HOC Block I"),
            ("224.1.0.0", "224.1.255.255", "RESERVED"),
            ("224.2.0.0", "224.2.255.255", "SDP/SAP Block"),
            ("224.3.0.0", "224.4.255.255", "AD-HOC Block II"),
            ("224.5.0.0", "224.255.255.255", "RESERVED"),
            ("225.0.0.0", "231.255.255.255", "RESERVED"),
            ("232.0.0.0", "232.255.255.255", "Source-Specific Multicast Block"),
            ("233.0.0.0", "233.251.255.255", "GLOP Block"),
            ("233.252.0.0", "233.255.255.255", "AD-HOC Block III"),
            ("234.0.0.0", "238.255.255.255", "RESERVED"),
            ("239.0.0.0", "239.255.255.255", "Administratively Scoped Block"),
        };

        [Fact]
        public void BlocksRefineRfc5771Section3AndKeepItsNames()
        {
            // Each RFC 5771 range is tiled by blocks that carry its name (RFC 5771's, where the registry
            // renamed them); a range is split only where a renaming cut it.
            int blocksSeen = 0;
            foreach (var (first, last, designation) in Rfc5771Table)
            {
                var inside = IanaRegistry.Blocks
                    .Where(b => AddressParser.Parse(b.FirstAddress.ToString()).CompareTo(AddressParser.Parse(first)) >= 0
                        && AddressParser.Parse(b.LastAddress.ToString()).CompareTo(AddressParser.Parse(last)) <= 0)
                    .ToList();
                Assert.Equal(first, inside[0].FirstAddress.ToString());
                Assert.Equal(last, inside[^1].LastAddress.ToString());
                for (int i = 1; i < inside.Count; i++)
                {
                    Assert.Equal(AddressMath.Add(AddressParser.Parse(inside[i - 1].LastAddress.ToString()), 1), AddressParser.Parse(inside[i].FirstAddress.ToString()));
                }

                Assert.All(inside, b => Assert.Equal(designation, b.Rfc5771Name ?? b.Name));
                Assert.True(inside.Count == 1 || inside.Any(b => b.Rfc5771Name != null), designation + " " + first + " is split without a renaming.");
                blocksSeen += inside.Count;
            }

            Assert.Equal(IanaRegistry.Blocks.Count, blocksSeen);
        }

        [Theory]
        [InlineData("224.252.0.0", "224.255.255.255", "DIS Transient Groups")]
        [InlineData("234.0.0.0", "234.255.255.255", "Unicast-Prefix-based IPv4 Multicast Addresses")]
        public void TheTwoRenamingsFollowTheRegistryAndKeepRfc5771sName(string first, string last, string registryName)
        {
            MulticastAddressBlock block = IanaRegistry.Blocks.Single(b => b.Name == registryName);
            Assert.Equal(first, block.FirstAddress.ToString());
            Assert.Equal(last, block.LastAddress.ToString());
            Assert.Equal("RESERVED", block.Rfc5771Name);
            Assert.Contains("RFC 5771", block.Note);
            Assert.Contains(registryName, block.Note);
        }

        [Fact]
        public void OnlyTheTwoRenamedBlocksDifferFromRfc5771() =>
            Assert.Equal(
                new[] { "DIS Transient Groups", "Unicast-Prefix-based IPv4 Multicast Addresses" },
                IanaRegistry.Blocks.Where(b => b.Rfc5771Name != null).Select(b => b.Name));

        [Theory]
        // Both ends of every block, and one past each end.
        [InlineData("223.255.255.255", null)]
        [InlineData("224.0.0.0", "Local Network Control Block")]
        [InlineData("224.0.0.255", "Local Network Control Block")]
        [InlineData("224.0.1.0", "Internetwork Control Block")]
        [InlineData("224.0.1.255", "Internetwork Control Block")]
        [InlineData("224.0.2.0", "AD-HOC Block I")]
        [InlineData("224.0.255.255", "AD-HOC Block I")]
        [InlineData("224.1.0.0", "RESERVED")]
        [InlineData("224.1.255.255", "RESERVED")]
        [InlineData("224.2.0.0", "SDP/SAP Block")]
        [InlineData("224.2.255.255", "SDP/SAP Block")]
        [InlineData("224.3.0.0", "AD-HOC Block II")]
        [InlineData("224.4.255.255", "AD-HOC Block II")]
        [InlineData("224.5.0.0", "RESERVED")]
        [InlineData("224.251.255.255", "RESERVED")]
        [InlineData("224.252.0.0", "DIS Transient Groups")]
        [InlineData("224.255.255.255", "DIS Transient Groups")]
        [InlineData("225.0.0.0", "RESERVED")]
        [InlineData("231.255.255.255", "RESERVED")]
        [InlineData("232.0.0.0", "Source-Specific Multicast Block")]
        [InlineData("232.255.255.255", "Source-Specific Multicast Block")]
        [InlineData("233.0.0.0", "GLOP Block")]
        [InlineData("233.251.255.255", "GLOP Block")]
        [InlineData("233.252.0.0", "AD-HOC Block III")]
        [InlineData("233.255.255.255", "AD-HOC Block III")]
        [InlineData("234.0.0.0", "Unicast-Prefix-based IPv4 Multicast Addresses")]
        [InlineData("234.255.255.255", "Unicast-Prefix-based IPv4 Multicast Addresses")]
        [InlineData("235.0.0.0", "RESERVED")]
        [InlineData("238.255.255.255", "RESERVED")]
        [InlineData("239.0.0.0", "Administratively Scoped Block")]
        [InlineData("239.255.255.255", "Administratively Scoped Block")]
        [InlineData("240.0.0.0", null)]
        [InlineData("0.0.0.0", null)]
        [InlineData("255.255.255.255", null)]
        [InlineData("ff02::1", null)]
        public void FindsTheBlockOfEveryEdge(string address, string? block)
        {
            bool found = IanaRegistry.TryGetBlock(AddressParser.Parse(address), out MulticastAddressBlock result);
            Assert.Equal(block != null, found);
            Assert.Equal(block, found ? result.Name : null);
        }

        [Fact]
        public void TheIanaTitleFor224Dot5IsNotItsSize()
        {
            // SOURCES.md: IANA's title says "(251 /16s)", but 224.5.0.0-224.251.255.255 is 247 /16s.
            MulticastAddressBlock block = IanaRegistry.Blocks.Single(b => b.FirstAddress.ToString() == "224.5.0.0");
            Assert.Contains("251 /16s", block.SubRegistry);
            Assert.Equal(247, (int)(AddressParser.Parse(block.LastAddress.ToString()).IPv4 - AddressParser.Parse("224.5.0.0").IPv4 + 1) >> 16);
        }
    }
}
