using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class TestMulticastScopeMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Test-MulticastScope");

        [Fact]
        public void ReturnsBool() => Assert.Equal(new[] { "System.Boolean" }, Cmdlet.OutputTypes);

        [Fact]
        public void AddressIsPositionZeroFromThePipeline()
        {
            ParameterEntry address = Cmdlet.Parameter("Address");
            ParameterSetEntry set = Assert.Single(address.Sets);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "IPAddress", "Group" }, address.Aliases);
        }

        [Fact]
        public void ScopeIsMandatoryPositionOneAndNotFromThePipeline()
        {
            ParameterEntry scope = Cmdlet.Parameter("Scope");
            Assert.Equal("Multicast.MulticastScope", scope.TypeName);
            ParameterSetEntry set = Assert.Single(scope.Sets);
            Assert.True(set.Mandatory);
            Assert.Equal(1, set.Position);
            Assert.False(set.ValueFromPipeline || set.ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void WithinIsASwitch() =>
            Assert.Equal("System.Management.Automation.SwitchParameter", Cmdlet.Parameter("Within").TypeName);

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "Address", "Scope", "Within" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
