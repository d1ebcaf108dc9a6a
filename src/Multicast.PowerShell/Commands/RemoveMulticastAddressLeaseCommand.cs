using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Remove-MulticastAddressLease: releases leases, so that their groups can be leased again.</summary>
    [Cmdlet(VerbsCommon.Remove, "MulticastAddressLease", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RemoveMulticastAddressLeaseCommand : LeaseTargetCmdlet
    {
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (AddressInput item in Valid(Address))
            {
                ForLeaseItem(item.Input, () =>
                {
                    if (ShouldProcess(item.Address.ToString(), "Release lease"))
                    {
                        LeaseResult result = Service.Release(item.Address, Owner, Pool);
                        WriteReclaimed(result.Reclaimed);
                        if (PassThru)
                        {
                            WriteObject(result.Leases, enumerateCollection: true);
                        }
                    }
                });
            }
        }
    }
}
