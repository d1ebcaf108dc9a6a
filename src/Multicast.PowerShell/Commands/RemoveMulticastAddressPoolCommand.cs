using System.Linq;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Remove-MulticastAddressPool: removes pools; one with active leases only with -Force, which removes them too.</summary>
    [Cmdlet(VerbsCommon.Remove, "MulticastAddressPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(MulticastAddressPool))]
    public sealed class RemoveMulticastAddressPoolCommand : LeaseCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string[] Name { get; set; } = null!;

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string name in Name)
            {
                ForLeaseItem(name, () =>
                {
                    if (!ShouldProcess(name, Force ? "Remove multicast address pool and its leases" : "Remove multicast address pool"))
                    {
                        return;
                    }

                    PoolChangeResult result = Service.RemovePool(name, Force);
                    foreach (MulticastAddressLease lease in result.Leases.Where(l => l.StateValue == LeaseState.Released))
                    {
                        WriteWarning("Removed the active lease on " + lease + " (owner '" + lease.Owner + "') with pool '" + result.Pool.Name + "'.");
                    }

                    WriteReclaimed(result.Leases.Where(l => l.StateValue == LeaseState.Reclaimed));
                    if (PassThru)
                    {
                        WriteObject(result.Pool);
                    }
                });
            }
        }
    }
}
