namespace Multicast.Module.Tests.Cmdlets
{
    public class SetMulticastAddressPoolMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Set-MulticastAddressPool");

        [Fact]
        public void ChangesStateSoOffersWhatIf() => Assert.True(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsThePoolWithPassThru() => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressPool" }, Cmdlet.OutputTypes);

        [Fact]
        public void NameComesFromPoolObjectsOrStrings()
        {
            ParameterSetEntry set = Assert.Single(Cmdlet.Parameter("Name").Sets);
            Assert.True(set.Mandatory && set.ValueFromPipeline && set.ValueFromPipelineByPropertyName);
            Assert.Equal("System.String", Cmdlet.Parameter("Name").TypeName);
        }

        [Fact]
        public void SettingsComeOnlyFromTheCommandLine()
        {
            foreach (string name in new[] { "Exclude", "DefaultDuration", "ExcludeFloodedMac", "PassThru" })
            {
                ParameterSetEntry set = Assert.Single(Cmdlet.Parameter(name).Sets);
                Assert.False(set.Mandatory || set.ValueFromPipeline || set.ValueFromPipelineByPropertyName);
            }

            Assert.Contains("AllowEmptyCollectionAttribute", Cmdlet.Parameter("Exclude").AttributeTypes);
        }

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Name", "Exclude", "DefaultDuration", "ExcludeFloodedMac", "PassThru", "StorePath");
        }
    }
}
