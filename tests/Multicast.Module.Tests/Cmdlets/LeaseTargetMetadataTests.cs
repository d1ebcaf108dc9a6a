namespace Multicast.Module.Tests.Cmdlets
{
    /// <summary>Update- and Remove-MulticastAddressLease take the same leases the same way.</summary>
    public class LeaseTargetMetadataTests
    {
        [Theory]
        [InlineData("Update-MulticastAddressLease")]
        [InlineData("Remove-MulticastAddressLease")]
        public void ChangesStateSoOffersWhatIf(string name) => Assert.True(ModuleMetadata.Cmdlet(name).SupportsShouldProcess);

        [Theory]
        [InlineData("Update-MulticastAddressLease")]
        [InlineData("Remove-MulticastAddressLease")]
        public void ReturnsLeases(string name) => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressLease" }, ModuleMetadata.Cmdlet(name).OutputTypes);

        [Theory]
        [InlineData("Update-MulticastAddressLease")]
        [InlineData("Remove-MulticastAddressLease")]
        public void LeasesPipeIn(string name)
        {
            // Get-MulticastAddressLease -Owner app1 | Remove-MulticastAddressLease
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            ParameterSetEntry address = Assert.Single(cmdlet.Parameter("Address").Sets);
            Assert.True(address.Mandatory && address.ValueFromPipeline && address.ValueFromPipelineByPropertyName);
            Assert.Equal(0, address.Position);
            LeaseCmdletMetadata.BindsByPropertyName(cmdlet, "Pool");
            LeaseCmdletMetadata.BindsByPropertyName(cmdlet, "Owner");
            Assert.False(Assert.Single(cmdlet.Parameter("Pool").Sets).Mandatory);
            Assert.False(Assert.Single(cmdlet.Parameter("Owner").Sets).Mandatory);
        }

        [Theory]
        [InlineData("Update-MulticastAddressLease", "Duration")]
        [InlineData("Remove-MulticastAddressLease", "PassThru")]
        public void HasNoOtherParameters(string name, string own)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            LeaseCmdletMetadata.HasStorePath(cmdlet);
            LeaseCmdletMetadata.HasParameters(cmdlet, "Address", "Pool", "Owner", own, "StorePath");
        }
    }
}
