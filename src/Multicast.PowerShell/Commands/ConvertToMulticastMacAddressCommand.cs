using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// ConvertTo-MulticastMacAddress: the Ethernet MAC each multicast group is sent to (RFC 1112 §6.4 for
    /// IPv4, RFC 2464 §7 for IPv6); with -IncludeAliases, also the 31 other IPv4 groups that share it.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "MulticastMacAddress")]
    [OutputType(typeof(MulticastMacMapping))]
    public sealed class ConvertToMulticastMacAddressCommand : MulticastCmdlet
    {
        private bool warnedAboutIPv6Aliases;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation(TakesEveryObject = true)]
        public AddressInput[] Address { get; set; } = null!;

        [Parameter]
        public SwitchParameter IncludeAliases { get; set; }

        [MethodImpl(Jit.FullyOptimized)]
        protected override void ProcessRecord()
        {
            foreach (AddressInput item in Address)
            {
                if (!IsValid(item))
                {
                    continue;
                }

                // ForItem's work, without a closure an item: a Core refusal is this item's error.
                try
                {
                    Convert(item.Address);
                }
                catch (MulticastException exception)
                {
                    WriteCoreError(exception, item.Input);
                }
            }
        }

        private void Convert(IPAddressValue address)
        {
            WriteObject(MulticastMac.Map(address));
            if (!IncludeAliases.IsPresent)
            {
                return;
            }

            if (address.IsIPv6)
            {
                if (!warnedAboutIPv6Aliases)
                {
                    warnedAboutIPv6Aliases = true;
                    WriteWarning("-IncludeAliases lists IPv4 groups only. An IPv6 group's MAC carries its last 32 bits (RFC 2464 §7), "
                        + "so every group with the same last 32 bits shares it; IPv6 groups are listed without aliases.");
                }

                return;
            }

            foreach (IPAddressValue alias in MulticastMac.GetIPv4Aliases(address))
            {
                WriteObject(MulticastMac.MapAlias(alias, address));
            }
        }
    }
}
