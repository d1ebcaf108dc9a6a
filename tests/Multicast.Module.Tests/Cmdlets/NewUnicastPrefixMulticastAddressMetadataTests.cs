using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class NewUnicastPrefixMulticastAddressMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("New-UnicastPrefixMulticastAddress");

        [Fact]
        public void ReturnsUnicastPrefixMulticastAddress() => Assert.Equal(new[] { "Multicast.UnicastPrefixMulticastAddress" }, Cmdlet.OutputTypes);

        [Fact]
        public void ChangesNoStateSoOffersNoWhatIf() => Assert.False(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void HasAPrefixSetByDefaultAndASourceSpecificSet()
        {
            Assert.Equal("Prefix", Cmdlet.DefaultParameterSetName);
            Assert.Equal(new[] { "Prefix", "SourceSpecific" }, Cmdlet.ParameterSetNames.OrderBy(n => n));
        }

        [Fact]
        public void PrefixIsATransformedIPPrefixFromThePipeline()
        {
            ParameterEntry prefix = Cmdlet.Parameter("Prefix");
            Assert.Equal("Multicast.IPPrefix", prefix.TypeName);
            Assert.Contains("PrefixTransformationAttribute", prefix.AttributeTypes);
            ParameterSetEntry set = Assert.Single(prefix.Sets);
            Assert.Equal("Prefix", set.SetName);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Contains("UnicastPrefix", prefix.Aliases);
        }

        [Fact]
        public void SourceSpecificIsAMandatorySwitchOfItsOwnSet()
        {
            ParameterEntry ssm = Cmdlet.Parameter("SourceSpecific");
            Assert.Equal("System.Management.Automation.SwitchParameter", ssm.TypeName);
            ParameterSetEntry set = Assert.Single(ssm.Sets);
            Assert.Equal("SourceSpecific", set.SetName);
            Assert.True(set.Mandatory);
        }

        [Fact]
        public void GroupIdBindsByPropertyNameInBothSetsAndByValueForSourceSpecific()
        {
            ParameterEntry groupId = Cmdlet.Parameter("GroupId");
            Assert.Equal("System.UInt32", groupId.TypeName);
            Assert.Contains("GroupIdTransformationAttribute", groupId.AttributeTypes);
            Assert.Equal(2, groupId.Sets.Count);
            Assert.All(groupId.Sets, s => Assert.True(s.ValueFromPipelineByPropertyName && !s.Mandatory));
            Assert.True(groupId.Sets.Single(s => s.SetName == "SourceSpecific").ValueFromPipeline);
            Assert.False(groupId.Sets.Single(s => s.SetName == "Prefix").ValueFromPipeline);
        }

        [Fact]
        public void ScopeIsATransformedScopeInEverySet()
        {
            ParameterEntry scope = Cmdlet.Parameter("Scope");
            Assert.Equal("Multicast.MulticastScope", scope.TypeName);
            Assert.Equal("__AllParameterSets", Assert.Single(scope.Sets).SetName);
            Assert.True(Assert.Single(scope.Sets).ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "GroupId", "Prefix", "Scope", "SourceSpecific" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
