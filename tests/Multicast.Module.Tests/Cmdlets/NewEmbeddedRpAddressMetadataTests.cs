using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class NewEmbeddedRpAddressMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("New-EmbeddedRpAddress");

        [Fact]
        public void ReturnsEmbeddedRpAddress() => Assert.Equal(new[] { "Multicast.EmbeddedRpAddress" }, Cmdlet.OutputTypes);

        [Fact]
        public void ChangesNoStateSoOffersNoWhatIf() => Assert.False(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void RendezvousPointIsAStrictIPAddressFromThePipeline()
        {
            ParameterEntry rp = Cmdlet.Parameter("RendezvousPoint");
            Assert.Equal("System.Net.IPAddress", rp.TypeName);
            Assert.Contains("StrictIPAddressTransformationAttribute", rp.AttributeTypes);
            ParameterSetEntry set = Assert.Single(rp.Sets);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "RP", "IPAddress" }, rp.Aliases);
        }

        [Fact]
        public void PrefixLengthIsAnOptionalIntByPropertyName()
        {
            ParameterEntry plen = Cmdlet.Parameter("PrefixLength");
            Assert.Equal("System.Int32", plen.TypeName);
            ParameterSetEntry set = Assert.Single(plen.Sets);
            Assert.False(set.Mandatory);
            Assert.Equal(1, set.Position);
            Assert.False(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Contains("Plen", plen.Aliases);
        }

        [Fact]
        public void GroupIdIsAUInt32ThatTakesHexLiterals()
        {
            ParameterEntry groupId = Cmdlet.Parameter("GroupId");
            Assert.Equal("System.UInt32", groupId.TypeName);
            Assert.Contains("GroupIdTransformationAttribute", groupId.AttributeTypes);
            Assert.True(Assert.Single(groupId.Sets).ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void ScopeIsATransformedScopeByPropertyName()
        {
            ParameterEntry scope = Cmdlet.Parameter("Scope");
            Assert.Equal("Multicast.MulticastScope", scope.TypeName);
            Assert.Contains("ScopeTransformationAttribute", scope.AttributeTypes);
            ParameterSetEntry set = Assert.Single(scope.Sets);
            Assert.False(set.Mandatory);
            Assert.True(set.ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "GroupId", "PrefixLength", "RendezvousPoint", "Scope" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
