using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Get-MulticastAddressInfo: what each address is (scope, flags, IANA block and record, RFC 6308
    /// mechanism and the fields it derives, MAC) and why it is a poor choice of group (Warning). Any
    /// address decodes; a unicast one says so in its Warning instead of failing.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MulticastAddressInfo")]
    [OutputType(typeof(MulticastAddressInfo))]
    public sealed class GetMulticastAddressInfoCommand : MulticastCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation(AcceptRanges = true, TakesEveryObject = true)]
        public AddressInput[] Address { get; set; } = null!;

        [MethodImpl(Jit.FullyOptimized)]
        protected override void ProcessRecord()
        {
            foreach (AddressInput item in Address)
            {
                if (!IsValid(item))
                {
                    continue;
                }

                // A range object (Get-GlopRange, Find-MulticastAssignment) stands for its first address.
                if (item.IsRangeStart)
                {
                    WriteVerbose(item.Input + " is a range; decoding its first address, " + item.Address + ".");
                }

                WriteObject(MulticastAddressDecoder.Decode(item.Address));
            }
        }
    }
}
