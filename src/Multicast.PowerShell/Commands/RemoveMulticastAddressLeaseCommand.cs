using System.Collections.Generic;
using System.Management.Automation;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Remove-MulticastAddressLease: releases leases, so that their groups can be leased again.</summary>
    [Cmdlet(VerbsCommon.Remove, "MulticastAddressLease", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RemoveMulticastAddressLeaseCommand : LeaseCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        public object[] Address { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Pool { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Owner { get; set; } = null!;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (KeyValuePair<object, IPAddressValue> item in ResolveAddresses(Address))
            {
                ForLeaseItem(item.Key, () =>
                {
                    if (ShouldProcess(item.Value.ToString(), "Release lease"))
                    {
                        LeaseResult result = Service.Release(item.Value, Owner, Pool);
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
