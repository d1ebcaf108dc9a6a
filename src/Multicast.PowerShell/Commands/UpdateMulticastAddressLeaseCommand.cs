using System;
using System.Collections.Generic;
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
        public TimeSpan Duration { get; set; }

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            foreach (KeyValuePair<object, IPAddressValue> item in ResolveAddresses(Address))
            {
                ForLeaseItem(item.Key, () =>
                {
                    if (ShouldProcess(item.Value.ToString(), duration is null ? "Renew lease" : "Renew lease for " + duration.Value))
                    {
                        LeaseResult result = Service.Renew(item.Value, duration, Owner, Pool);
                        WriteReclaimed(result.Reclaimed);
                        WriteObject(result.Leases, enumerateCollection: true);
                    }
                });
            }
        }
    }
}
