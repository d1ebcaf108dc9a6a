using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// New-LinkScopedMulticastAddress: the link-scoped IPv6 multicast addresses a node owns through the
    /// interface ID of its link-local address, ff32:00ff:iid::/96 (RFC 4489).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "LinkScopedMulticastAddress", DefaultParameterSetName = InterfaceAddressSet)]
    [OutputType(typeof(LinkScopedMulticastAddress))]
    public sealed class NewLinkScopedMulticastAddressCommand : MulticastCmdlet
    {
        private const string InterfaceAddressSet = "InterfaceAddress";
        private const string InterfaceIdSet = "InterfaceId";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = InterfaceAddressSet)]
        [Alias("IPAddress", "LinkLocalAddress")]
        [AddressTransformation("InterfaceAddress", "IPAddress", "LinkLocalAddress", SingleAddress = true)]
        public AddressInput InterfaceAddress { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = InterfaceIdSet)]
        [Alias("Iid")]
        [InterfaceIdTransformation]
        public InterfaceIdentifier InterfaceId { get; set; }

        /// <summary>The group ID; by default the first that RFC 3307 §4.3 leaves to dynamic allocation (RFC 4489 §3 allows RFC 3307's guidelines), so that the address is not the prefix itself.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [GroupIdTransformation]
        public uint GroupId { get; set; } = GroupIdRangeInfo.FirstDynamic;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput Scope { get; set; } = ScopeInput.Of(MulticastScope.LinkLocal);

        [MethodImpl(Jit.FullyOptimized)]
        protected override void ProcessRecord()
        {
            if (ParameterSetName == InterfaceIdSet)
            {
                ForItem(InterfaceId.ToString(), () => Write(new LinkScopedMulticastAddress(InterfaceId, GroupId, Scope.Value)));
                return;
            }

            if (!IsValid(InterfaceAddress))
            {
                return;
            }

            // ForItem's work, without a closure an item (this runs once for each piped address).
            try
            {
                Write(LinkScopedMulticastAddress.FromInterfaceAddress(InterfaceAddress.Address, GroupId, Scope.Value));
            }
            catch (MulticastException exception)
            {
                WriteCoreError(exception, InterfaceAddress.Input);
            }
        }

        private void Write(LinkScopedMulticastAddress group)
        {
            WriteObject(group);
            ChoiceWarnings.Write(this, AddressParser.Parse(group.ToString()));
        }
    }
}
