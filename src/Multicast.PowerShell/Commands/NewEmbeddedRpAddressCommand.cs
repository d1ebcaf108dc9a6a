using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// New-EmbeddedRpAddress: the IPv6 multicast group that carries the address of its rendezvous point
    /// (RFC 3956 as updated by RFC 7371), so PIM-SM routers find the RP without BSR or static mappings.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EmbeddedRpAddress")]
    [OutputType(typeof(EmbeddedRpAddress))]
    public sealed class NewEmbeddedRpAddressCommand : MulticastCmdlet
    {
        /// <summary>The RP most deployments put on a /64 subnet (RFC 3956 §5.1, §6.3).</summary>
        public const int DefaultPrefixLength = 64;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RP", "IPAddress")]
        [AddressTransformation("RendezvousPoint", "RP", "IPAddress", SingleAddress = true)]
        public AddressInput RendezvousPoint { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Plen")]
        public int PrefixLength { get; set; } = DefaultPrefixLength;

        /// <summary>The group ID; by default the first that RFC 3307 §4.3 leaves to dynamic allocation, never 0, which names no group.</summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
        [GroupIdTransformation]
        public uint GroupId { get; set; } = GroupIdRangeInfo.FirstDynamic;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput Scope { get; set; } = ScopeInput.Of(MulticastScope.Global);

        [MethodImpl(Jit.FullyOptimized)]
        protected override void ProcessRecord()
        {
            if (!IsValid(RendezvousPoint))
            {
                return;
            }

            // ForItem's work, without a closure an item (this runs once for each piped RP).
            try
            {
                var group = new EmbeddedRpAddress(RendezvousPoint.Address, PrefixLength, GroupId, Scope.Value);
                WriteObject(group);
                ChoiceWarnings.Write(this, AddressParser.Parse(group.ToString()));
            }
            catch (MulticastException exception)
            {
                WriteCoreError(exception, RendezvousPoint.Input);
            }
        }
    }
}
