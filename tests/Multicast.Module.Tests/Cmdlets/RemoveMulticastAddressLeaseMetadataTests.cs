namespace Multicast.Module.Tests.Cmdlets
{
    public class RemoveMulticastAddressLeaseMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Remove-MulticastAddressLease");

        [Fact]
        public void ChangesStateSoOffersWhatIf() => Assert.True(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsLeases() => Assert.Equal(new[] { "Multicast.MulticastAddressLease" }, Cmdlet.OutputTypes);

        [Fact]
        public void LeasesPipeIn()
        {
            // Get-MulticastAddressLease -Owner app1 | Remove-MulticastAddressLease
            ParameterSetEntry address = Assert.Single(Cmdlet.Parameter("Address").Sets);
            Assert.True(address.Mandatory && address.ValueFromPipeline && address.ValueFromPipelineByPropertyName);
            Assert.Equal(0, address.Position);
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Pool");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Owner");
            Assert.False(Assert.Single(Cmdlet.Parameter("Pool").Sets).Mandatory);
            Assert.False(Assert.Single(Cmdlet.Parameter("Owner").Sets).Mandatory);
        }

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Address", "Pool", "Owner", "PassThru", "StorePath");
        }
    }
}
