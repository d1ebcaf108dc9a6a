using System;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Update-MulticastAddressLease: renews leases from now, for -Duration or the pool's default.</summary>
    [Cmdlet(VerbsData.Update, "MulticastAddressLease", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class UpdateMulticastAddressLeaseCommand : LeaseTargetCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(DurationCompleter))]
        public TimeSpan Duration { get; set; }

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            foreach (AddressInput item in Valid(Address))
            {
                ForLeaseItem(item.Input, () =>
                {
                    if (ShouldProcess(item.Address.ToString(), duration is null ? "Renew lease" : "Renew lease for " + duration.Value))
                    {
                        LeaseResult result = Service.Renew(item.Address, duration, Owner, Pool);
                        WriteReclaimed(result.Reclaimed);
                        WriteObject(result.Leases, enumerateCollection: true);
                    }
                });
            }
        }
    }
}
