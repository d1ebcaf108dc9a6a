namespace Multicast.Module.Tests.Cmdlets
{
    public class RequestMulticastAddressMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("Request-MulticastAddress");

        [Fact]
        public void ChangesStateSoOffersWhatIf() => Assert.True(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void ReturnsLeases() => Assert.Equal(new[] { "Multicast.Leases.MulticastAddressLease" }, Cmdlet.OutputTypes);

        [Fact]
        public void PoolObjectsAndCsvRowsBindByPropertyName()
        {
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Pool", "Name");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Owner");
            LeaseCmdletMetadata.BindsByPropertyName(Cmdlet, "Duration");
            Assert.True(Assert.Single(Cmdlet.Parameter("Pool").Sets).Mandatory);
            Assert.True(Assert.Single(Cmdlet.Parameter("Owner").Sets).Mandatory);
            Assert.False(Assert.Single(Cmdlet.Parameter("Pool").Sets).ValueFromPipeline);
        }

        [Fact]
        public void AddressIsOptionalAndTakesAnyItem()
        {
            ParameterEntry address = Cmdlet.Parameter("Address");
            ParameterSetEntry set = Assert.Single(address.Sets);
            Assert.False(set.Mandatory);
            Assert.True(set.ValueFromPipeline && set.ValueFromPipelineByPropertyName);
            Assert.Equal(new[] { "IPAddress", "Group" }, address.Aliases);
        }

        [Fact]
        public void CountIsBounded()
        {
            Assert.Equal("System.Int32", Cmdlet.Parameter("Count").TypeName);
            Assert.Contains("ValidateRangeAttribute", Cmdlet.Parameter("Count").AttributeTypes);
        }

        [Fact]
        public void HasNoOtherParameters()
        {
            LeaseCmdletMetadata.HasStorePath(Cmdlet);
            LeaseCmdletMetadata.HasParameters(Cmdlet, "Pool", "Owner", "Duration", "Count", "Address", "StorePath");
        }
    }
}
