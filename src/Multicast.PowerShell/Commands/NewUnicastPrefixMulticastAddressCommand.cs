using System.Management.Automation;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// New-UnicastPrefixMulticastAddress: the multicast addresses a unicast prefix owns without asking
    /// anyone: IPv6 ff3x:00pl:prefix::/96 (RFC 3306 as updated by RFC 7371), IPv4 234.prefix (RFC 6034),
    /// and the IPv6 SSM range ff3x::/96 (RFC 3306 §6, RFC 4607).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "UnicastPrefixMulticastAddress", DefaultParameterSetName = PrefixSet)]
    [OutputType(typeof(UnicastPrefixMulticastAddress))]
    public sealed class NewUnicastPrefixMulticastAddressCommand : MulticastCmdlet
    {
        private const string PrefixSet = "Prefix";
        private const string SourceSpecificSet = "SourceSpecific";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PrefixSet)]
        [Alias("UnicastPrefix")]
        [PrefixTransformation("NetworkPrefix", "Prefix", "UnicastPrefix")]
        public PrefixInput Prefix { get; set; } = null!;

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = PrefixSet)]
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = SourceSpecificSet)]
        [GroupIdTransformation]
        public uint GroupId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput Scope { get; set; } = ScopeInput.Of(MulticastScope.Global);

        [Parameter(Mandatory = true, ParameterSetName = SourceSpecificSet)]
        [Alias("Ssm")]
        public SwitchParameter SourceSpecific { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == SourceSpecificSet)
            {
                uint ssmGroupId = GroupIdOr(GroupIdRangeInfo.FirstDynamic);
                ForItem(ssmGroupId, () => Write(UnicastPrefixMulticastAddress.SourceSpecific(ssmGroupId, Scope.Value)));
                return;
            }

            if (IsValid(Prefix))
            {
                // An IPv4 /24 owns one address (RFC 6034 §3), so its only group ID is 0; IPv6 prefixes take a dynamic one.
                uint groupId = GroupIdOr(Prefix.Prefix.Network.IsIPv6 ? GroupIdRangeInfo.FirstDynamic : 0);
                ForItem(Prefix.Input, () => Write(new UnicastPrefixMulticastAddress(Prefix.Prefix, groupId, Scope.Value)));
            }
        }

        /// <summary>-GroupId as given, or by default the first that RFC 3307 §4.3 leaves to dynamic allocation, never 0, which names no group.</summary>
        private uint GroupIdOr(uint byDefault) => MyInvocation.BoundParameters.ContainsKey(nameof(GroupId)) ? GroupId : byDefault;

        private void Write(UnicastPrefixMulticastAddress group)
        {
            WriteObject(group);
            ChoiceWarnings.Write(this, AddressParser.Parse(group.ToString()));
        }
    }
}
