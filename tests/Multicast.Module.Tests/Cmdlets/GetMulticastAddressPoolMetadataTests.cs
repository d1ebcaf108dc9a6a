namespace Multicast.Module.Tests.Cmdlets
{
    public class GetMulticastAddressPoolMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Get-MulticastAddressPool");

        [Fact]
        public void ReadsOnly() => Assert.False(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsPools() => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressPool" }, Cmdlet.OutputTypes);

        [Fact]
        public void NameTakesWildcardsNamesAndLeases()
        {
            ParameterEntry name = Cmdlet.Parameter("Name");
            Assert.Equal("System.String[]", name.TypeName);
            ParameterSetEntry set = Assert.Single(name.Sets);
            Assert.False(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline && set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "Pool" }, name.Aliases);
            Assert.Contains("SupportsWildcardsAttribute", name.AttributeTypes);
            Assert.Contains("ArgumentCompleterAttribute", name.AttributeTypes);
        }

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Name", "StorePath");
        }
    }
}
