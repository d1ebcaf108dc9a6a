using System.Linq;

namespace Multicast.Module.Tests.Cmdlets
{
    public class NewLinkScopedMulticastAddressMetadataTests
    {
        private static readonly CmdletEntry Cmdlet = ModuleMetadata.Cmdlet("New-LinkScopedMulticastAddress");

        [Fact]
        public void ReturnsLinkScopedMulticastAddress() => Assert.Equal(new[] { "Multicast.LinkScopedMulticastAddress" }, Cmdlet.OutputTypes);

        [Fact]
        public void ChangesNoStateSoOffersNoWhatIf() => Assert.False(Cmdlet.SupportsShouldProcess);

        [Fact]
        public void HasAnInterfaceAddressSetByDefaultAndAnInterfaceIdSet()
        {
            Assert.Equal("InterfaceAddress", Cmdlet.DefaultParameterSetName);
            Assert.Equal(new[] { "InterfaceAddress", "InterfaceId" }, Cmdlet.ParameterSetNames.OrderBy(n => n));
        }

        [Fact]
        public void InterfaceAddressIsAStrictIPAddressFromThePipeline()
        {
            ParameterEntry address = Cmdlet.Parameter("InterfaceAddress");
            Assert.Equal("System.Net.IPAddress", address.TypeName);
            Assert.Contains("StrictIPAddressTransformationAttribute", address.AttributeTypes);
            ParameterSetEntry set = Assert.Single(address.Sets);
            Assert.Equal("InterfaceAddress", set.SetName);
            Assert.True(set.Mandatory);
            Assert.Equal(0, set.Position);
            Assert.True(set.ValueFromPipeline && set.ValueFromPipelineByPropertyName);
            Assert.Contains("IPAddress", address.Aliases);
        }

        [Fact]
        public void InterfaceIdBindsByPropertyNameOnly()
        {
            // By value it would compete with -InterfaceAddress for every piped string.
            ParameterEntry iid = Cmdlet.Parameter("InterfaceId");
            Assert.Equal("Multicast.InterfaceIdentifier", iid.TypeName);
            Assert.Contains("InterfaceIdTransformationAttribute", iid.AttributeTypes);
            ParameterSetEntry set = Assert.Single(iid.Sets);
            Assert.Equal("InterfaceId", set.SetName);
            Assert.True(set.Mandatory);
            Assert.False(set.ValueFromPipeline);
            Assert.True(set.ValueFromPipelineByPropertyName);
        }

        [Fact]
        public void GroupIdAndScopeApplyToBothSets()
        {
            Assert.Equal("System.UInt32", Cmdlet.Parameter("GroupId").TypeName);
            Assert.Contains("GroupIdTransformationAttribute", Cmdlet.Parameter("GroupId").AttributeTypes);
            Assert.Equal("__AllParameterSets", Assert.Single(Cmdlet.Parameter("GroupId").Sets).SetName);
            Assert.Equal("Multicast.MulticastScope", Cmdlet.Parameter("Scope").TypeName);
            Assert.Equal("__AllParameterSets", Assert.Single(Cmdlet.Parameter("Scope").Sets).SetName);
        }

        [Fact]
        public void HasNoOtherParameters() =>
            Assert.Equal(new[] { "GroupId", "InterfaceAddress", "InterfaceId", "Scope" }, Cmdlet.Parameters.Select(p => p.Name).OrderBy(n => n));
    }
}
