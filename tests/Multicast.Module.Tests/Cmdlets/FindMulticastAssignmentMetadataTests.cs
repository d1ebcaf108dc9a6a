using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class FindMulticastAssignmentMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Find-MulticastAssignment");

        [Fact]
        public void ReturnsAssignments() => Assert.Equal(new[] { "Multicast.MulticastAssignment" }, Cmdlet.OutputTypes);

        [Fact]
        public void FindsByNameByDefault()
        {
            Assert.Equal("ByName", Cmdlet.DefaultParameterSetName);
            Assert.Equal(new[] { "ByAddress", "ByName", "ByPrefix" }, Cmdlet.ParameterSetNames.OrderBy(n => n));
            Assert.False(Cmdlet.SupportsShouldProcess);
        }

        [Fact]
        public void NameIsOptionalPositionZeroWithWildcardsAndCompletion()
        {
            ParameterEntry name = Cmdlet.Parameter("Name");
            Assert.Equal("System.String[]", name.TypeName);
            ParameterSetEntry set = Assert.Single(name.Sets);
            Assert.Equal("ByName", set.SetName);
            Assert.False(set.Mandatory); // no name lists every row
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.False(set.ValueFromPipeline); // piped strings are addresses
            Assert.Contains("ArgumentCompleterAttribute", name.AttributeTypes);
            Assert.Contains("SupportsWildcardsAttribute", name.AttributeTypes);
        }

        [Fact]
        public void AddressComesFromThePipelineWithAliases()
        {
            ParameterEntry address = Cmdlet.Parameter("Address");
            ParameterSetEntry set = Assert.Single(address.Sets);
            Assert.Equal("ByAddress", set.SetName);
            Assert.True(set.Mandatory);
            Assert.Equal(new[] { "IPAddress", "Group" }, address.Aliases);
        }

        [Fact]
        public void PrefixIsMandatoryInItsSet()
        {
            ParameterEntry prefix = Cmdlet.Parameter("Prefix");
            Assert.Equal("Multicast.IPPrefix[]", prefix.TypeName);
            ParameterSetEntry set = Assert.Single(prefix.Sets);
            Assert.Equal("ByPrefix", set.SetName);
            Assert.True(set.Mandatory);
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "Address", "Name", "Prefix" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
