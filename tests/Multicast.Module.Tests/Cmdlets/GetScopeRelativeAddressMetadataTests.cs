using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class GetScopeRelativeAddressMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Get-ScopeRelativeAddress");

        [Fact]
        public void ReturnsScopeRelativeAddresses() => Assert.Equal(new[] { "Multicast.ScopeRelativeAddress" }, Cmdlet.OutputTypes);

        [Fact]
        public void HasTheThreeParameterSetsWithOffsetByDefault()
        {
            Assert.Equal("ByOffset", Cmdlet.DefaultParameterSetName);
            Assert.Equal(new[] { "ByAddress", "ByName", "ByOffset" }, Cmdlet.ParameterSetNames.OrderBy(n => n));
            Assert.False(Cmdlet.SupportsShouldProcess);
        }

        [Fact]
        public void OffsetIsPositionZeroFromThePipelineAndRangeChecked()
        {
            ParameterEntry offset = Cmdlet.Parameter("Offset");
            Assert.Equal("System.Int32[]", offset.TypeName);
            ParameterSetEntry set = Assert.Single(offset.Sets);
            Assert.Equal("ByOffset", set.SetName);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline && set.ValueFromPipelineByPropertyName);
            Assert.Contains("ValidateRangeAttribute", offset.AttributeTypes);
        }

        [Fact]
        public void NameTakesWildcardsWithCompletionByPropertyName()
        {
            ParameterEntry name = Cmdlet.Parameter("Name");
            Assert.Equal("System.String[]", name.TypeName);
            ParameterSetEntry set = Assert.Single(name.Sets);
            Assert.Equal("ByName", set.SetName);
            Assert.True(set.Mandatory);
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
        public void ScopePrefixIsAPrefixInEverySet()
        {
            ParameterEntry scopePrefix = Cmdlet.Parameter("ScopePrefix");
            Assert.Equal("Multicast.IPPrefix", scopePrefix.TypeName);
            ParameterSetEntry set = Assert.Single(scopePrefix.Sets);
            Assert.Equal("__AllParameterSets", set.SetName);
            Assert.False(set.Mandatory || set.ValueFromPipeline || set.ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void ScopeIsAnIPv6ScopeForNamesAndAddresses()
        {
            ParameterEntry scope = Cmdlet.Parameter("Scope");
            Assert.Equal("Multicast.MulticastScope", scope.TypeName);
            Assert.Contains("ScopeTransformationAttribute", scope.AttributeTypes);
            Assert.Equal(new[] { "ByAddress", "ByName" }, scope.Sets.Select(s => s.SetName).OrderBy(n => n));
            Assert.All(scope.Sets, s => Assert.False(s.Mandatory));
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "Address", "Name", "Offset", "Scope", "ScopePrefix" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
