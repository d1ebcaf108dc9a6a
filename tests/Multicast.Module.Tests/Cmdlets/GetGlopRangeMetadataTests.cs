using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class GetGlopRangeMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Get-GlopRange");

        [Fact]
        public void ReturnsGlopRanges() => Assert.Equal(new[] { "Multicast.GlopRange" }, Cmdlet.OutputTypes);

        [Fact]
        public void DefaultsToTheAsNumberSet() => Assert.Equal("ByAsNumber", Cmdlet.DefaultParameterSetName);

        [Fact]
        public void HasTwoParameterSets() =>
            Assert.Equal(new[] { "ByAddress", "ByAsNumber" }, Cmdlet.ParameterSetNames.OrderBy(n => n));

        [Fact]
        public void AsNumberIsUInt32ArrayFromThePipelineWithTheAsnAlias()
        {
            ParameterEntry asNumber = Cmdlet.Parameter("AsNumber");
            Assert.Equal("System.UInt32[]", asNumber.TypeName);
            ParameterSetEntry set = Assert.Single(asNumber.Sets);
            Assert.Equal("ByAsNumber", set.SetName);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "ASN" }, asNumber.Aliases);
            Assert.Contains("AsNumberTransformationAttribute", asNumber.AttributeTypes);
        }

        [Fact]
        public void AddressIsPositionZeroOfItsOwnSetFromThePipeline()
        {
            ParameterEntry address = Cmdlet.Parameter("Address");
            Assert.Equal("System.Object[]", address.TypeName);
            ParameterSetEntry set = Assert.Single(address.Sets);
            Assert.Equal("ByAddress", set.SetName);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "IPAddress", "Group" }, address.Aliases);
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "Address", "AsNumber" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));

        [Fact]
        public void ChangesNothing() => Assert.False(Cmdlet.SupportsShouldProcess);
    }
}
