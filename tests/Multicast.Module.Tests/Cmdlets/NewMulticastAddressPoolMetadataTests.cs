namespace Multicast.Module.Tests.Cmdlets
{
    public class NewMulticastAddressPoolMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("New-MulticastAddressPool");

        [Fact]
        public void ChangesStateSoOffersWhatIf() => Assert.True(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsThePool() => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressPool" }, Cmdlet.OutputTypes);

        [Fact]
        public void NameAndPrefixAreMandatoryAndPositional()
        {
            Assert.True(Assert.Single(Cmdlet.Parameter("Name").Sets).Mandatory);
            Assert.Equal(0, Assert.Single(Cmdlet.Parameter("Name").Sets).Position);
            Assert.True(Assert.Single(Cmdlet.Parameter("Prefix").Sets).Mandatory);
            Assert.Equal(1, Assert.Single(Cmdlet.Parameter("Prefix").Sets).Position);
        }

        [Fact]
        public void APoolObjectBindsEverySetting()
        {
            // Get-MulticastAddressPool -StorePath a | New-MulticastAddressPool -StorePath b copies pools.
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Name");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Prefix");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Exclude", "Exclusions");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "DefaultDuration");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "ExcludeFloodedMac");
            Assert.Equal("System.TimeSpan", Cmdlet.Parameter("DefaultDuration").TypeName);
            Assert.Equal("System.Management.Automation.SwitchParameter", Cmdlet.Parameter("ExcludeFloodedMac").TypeName);
        }

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Name", "Prefix", "Exclude", "DefaultDuration", "ExcludeFloodedMac", "StorePath");
        }
    }
}
