using System;
using System.Linq;
using Multicast.RegistryGenerator;

namespace Multicast.Tests.Registry
{
    /// <summary>The flags the generator reads from IANA's data, and the block kinds of ipv4-blocks.csv.</summary>
    public class AssignmentFlagsTests
    {
        private static MulticastAssignment Find(string address)
        {
            Assert.True(IanaRegistry.TryFind(AddressParser.Parse(address), out MulticastAssignment row), "No row for " + address);
            return row;
        }

        [Theory]
        [InlineData("224.0.0.0", AssignmentFlags.Reserved)]         // Base Address (Reserved)
        [InlineData("224.0.0.3", AssignmentFlags.Unassigned)]
        [InlineData("224.0.1.124", AssignmentFlags.Unassigned)]     // Unassigned (Retracted 1/29/01)
        [InlineData("224.0.23.81", AssignmentFlags.Reserved)]       // Reserved (Moneyline)
        [InlineData("224.0.0.254", AssignmentFlags.Experimental)]   // RFC3692-style Experiment [RFC4727]
        [InlineData("224.0.1.20", AssignmentFlags.Experimental)]    // any private experiment
        [InlineData("224.0.0.251", AssignmentFlags.None)]           // mDNS
        [InlineData("225.1.2.3", AssignmentFlags.Reserved)]
        [InlineData("232.0.0.0", AssignmentFlags.Reserved)]
        [InlineData("232.0.0.5", AssignmentFlags.Reserved)]         // Reserved for IANA allocation
        [InlineData("232.1.2.3", AssignmentFlags.None)]             // Reserved for local host allocation: RFC 4607 §1 gives it to hosts
        [InlineData("233.252.0.1", AssignmentFlags.Documentation)]  // MCAST-TEST-NET
        [InlineData("233.255.0.1", AssignmentFlags.Unassigned)]
        [InlineData("239.255.255.245", AssignmentFlags.Documentation)] // offset 10, MCAST-TEST-NET-2
        [InlineData("239.255.255.2", AssignmentFlags.Reserved)]     // offset 253
        [InlineData("239.255.255.1", AssignmentFlags.Experimental)] // offset 254
        [InlineData("239.255.255.0", AssignmentFlags.Unassigned)]   // offset 255
        [InlineData("ff05::", AssignmentFlags.Reserved)]            // ff0x::, Reserved Multicast Address
        [InlineData("ff05::db8:0:1", AssignmentFlags.Documentation)]
        [InlineData("ff02::fb", AssignmentFlags.None)]
        public void RowsCarryTheirFlags(string address, AssignmentFlags flags) => Assert.Equal(flags, Find(address).Flags);

        // RFC 6676: the documentation rows are exactly 233.252.0.0/24 (§2), relative offset 10 (§2.1) and ff0x::db8:0:0/96 (§3).
        [Fact]
        public void DocumentationRowsAreTheRfc6676Ranges()
        {
            string[] documentation = IanaRegistry.Assignments
                .Where(row => (row.Flags & AssignmentFlags.Documentation) != 0)
                .Select(row => row.Range)
                .OrderBy(range => range, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(new[] { "233.252.0.0/24", "ff0x::db8:0:0/96", "offset 10" }, documentation);
        }

        [Theory]
        [InlineData("Reserved for local host allocation", "[RFC4607]", "")]
        [InlineData("Reserved for IANA allocation", "[RFC4607]", "Reserved")]
        [InlineData("Unassigned (Retracted 1/29/01)", "", "Unassigned")]
        [InlineData("Reserved (Moneyline)", "", "Reserved")]
        [InlineData("MCAST-TEST-NET-2", "[RFC6676]", "Documentation")]
        [InlineData("RFC3692-style Experiment (*)", "[RFC4727]", "Experimental")]
        [InlineData("Reservation Protocol", "", "")]
        public void GeneratorReadsFlagsFromIanasWords(string description, string references, string flags) =>
            Assert.Equal(flags, RegistryCompiler.FlagsOf(description, references));

        [Fact]
        public void GeneratorKnowsTheDecodersBlockKinds() =>
            Assert.Equal(
                Enum.GetNames(typeof(Ipv4BlockKind)).Where(name => name != nameof(Ipv4BlockKind.Unknown)).OrderBy(name => name, StringComparer.Ordinal),
                RegistryCompiler.BlockKinds.OrderBy(name => name, StringComparer.Ordinal));
    }
}
