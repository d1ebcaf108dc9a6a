namespace Multicast.Module.Tests.Cmdlets
{
    public class GetMulticastAddressLeaseMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Get-MulticastAddressLease");

        [Fact]
        public void ReadsOnly() => Assert.False(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsLeases() => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressLease" }, Cmdlet.OutputTypes);

        [Fact]
        public void FiltersBindFromPoolsAndLeases()
        {
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Pool", "Name");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Owner");
            Assert.Contains("SupportsWildcardsAttribute", Cmdlet.Parameter("Pool").AttributeTypes);
            Assert.Contains("SupportsWildcardsAttribute", Cmdlet.Parameter("Owner").AttributeTypes);
            Assert.Equal(0, Assert.Single(Cmdlet.Parameter("Pool").Sets).Position);
            Assert.False(Assert.Single(Cmdlet.Parameter("Address").Sets).Mandatory);
        }

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Pool", "Owner", "Address", "IncludeExpired", "StorePath");
        }
    }
}
