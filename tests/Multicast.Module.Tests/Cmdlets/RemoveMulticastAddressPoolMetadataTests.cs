namespace Multicast.Module.Tests.Cmdlets
{
    public class RemoveMulticastAddressPoolMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Remove-MulticastAddressPool");

        [Fact]
        public void ChangesStateSoOffersWhatIf() => Assert.True(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsThePoolWithPassThru() => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressPool" }, Cmdlet.OutputTypes);

        [Fact]
        public void NameComesFromPoolObjectsOrStrings()
        {
            ParameterSetEntry set = Assert.Single(Cmdlet.Parameter("Name").Sets);
            Assert.True(set.Mandatory && set.ValueFromPipeline && set.ValueFromPipelineByPropertyName);
            Assert.Equal(0, set.Position);
            Assert.Empty(Cmdlet.Parameter("Name").Aliases);
            Assert.DoesNotContain("SupportsWildcardsAttribute", Cmdlet.Parameter("Name").AttributeTypes);
        }

        [Fact]
        public void ForceIsASwitch() =>
            Assert.Equal("System.Management.Automation.SwitchParameter", Cmdlet.Parameter("Force").TypeName);

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Name", "Force", "PassThru", "StorePath");
        }
    }
}
