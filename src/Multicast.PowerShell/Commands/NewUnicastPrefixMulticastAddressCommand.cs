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
                ForItem(GroupId, () =>
                {
                    UnicastPrefixMulticastAddress group = UnicastPrefixMulticastAddress.SourceSpecific(GroupId, Scope.Value);
                    if (GroupId == 0)
                    {
                        WriteVerbose(group.PrefixValue + " is the SSM range (RFC 3306 §6); give -GroupId 0x80000000-0xFFFFFFFF for a group a host may allocate (RFC 3307 §4.3, RFC 4607 §1).");
                    }

                    WriteObject(group);
                });
                return;
            }

            if (IsValid(Prefix))
            {
                ForItem(Prefix.Input, () => WriteObject(new UnicastPrefixMulticastAddress(Prefix.Prefix, GroupId, Scope.Value)));
            }
        }
    }
}
