using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class GetMulticastAddressInfoMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Get-MulticastAddressInfo");

        [Fact]
        public void ReturnsAddressInfo() => Assert.Equal(new[] { "Multicast.MulticastAddressInfo" }, Cmdlet.OutputTypes);

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
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "Address" }, Cmdlet.Parameters.Select(p => p.Name));

        [Fact]
        public void ChangesNothing() => Assert.False(Cmdlet.SupportsShouldProcess);
    }
}
