using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class ConvertToMulticastMacAddressMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("ConvertTo-MulticastMacAddress");

        [Fact]
        public void ReturnsMappings() => Assert.Equal(new[] { "Multicast.MulticastMacMapping" }, Cmdlet.OutputTypes);

        [Fact]
        public void AddressIsPositionZeroFromThePipeline()
        {
            ParameterEntry address = Cmdlet.Parameter("Address");
            Assert.Equal("System.Object[]", address.TypeName);
            ParameterSetEntry set = Assert.Single(address.Sets);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "IPAddress", "Group" }, address.Aliases);
        }

        [Fact]
        public void IncludeAliasesIsASwitchNotFromThePipeline()
        {
            ParameterEntry aliases = Cmdlet.Parameter("IncludeAliases");
            Assert.Equal("System.Management.Automation.SwitchParameter", aliases.TypeName);
            ParameterSetEntry set = Assert.Single(aliases.Sets);
            Assert.False(set.Mandatory);
            Assert.False(set.ValueFromPipeline || set.ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "Address", "IncludeAliases" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));

        [Fact]
        public void ChangesNothing() => Assert.False(Cmdlet.SupportsShouldProcess);
    }
}
