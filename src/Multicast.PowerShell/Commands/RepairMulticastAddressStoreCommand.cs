using System.Collections.Generic;
using System.Management.Automation;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Repair-MulticastAddressStore: the repair step after a damaged journal record. The store never drops a
    /// record that may have been acknowledged: it keeps its bytes in the quarantine file and holds the groups it
    /// names. A person who has read that file decides: -Release (the record never happened; its groups are free)
    /// or -Restore (the record was right; its groups are leased as it reads).
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Repair, "MulticastAddressStore", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ReleaseSet)]
    [OutputType(typeof(HeldGroup))]
    public sealed class RepairMulticastAddressStoreCommand : LeaseCmdlet
    {
        private const string ReleaseSet = "Release";
        private const string RestoreSet = "Restore";

        /// <summary>The untrusted records never happened: the groups they hold are free again.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ReleaseSet)]
        public SwitchParameter Release { get; set; }

        /// <summary>The untrusted records were right: each held group is leased as its record reads, where the group is still free.</summary>
        [Parameter(Mandatory = true, ParameterSetName = RestoreSet)]
        public SwitchParameter Restore { get; set; }

        protected override void EndProcessing()
        {
            RepairDecision decision = Restore.IsPresent ? RepairDecision.Restore : RepairDecision.Release;
            ForLeaseItem(StorePath, () =>
            {
                LeaseService service = Service;
                FileLeaseStore store = Store!;
                string action = decision == RepairDecision.Release
                    ? "Quarantine the untrusted end of the journal and release the groups it holds"
                    : "Quarantine the untrusted end of the journal and lease the groups it holds as its records read";
                if (ShouldProcess(store.FilePath, action))
                {
                    IReadOnlyList<HeldGroup> settled = store.Repair(decision);
                    WriteVerbose(settled.Count + " held group(s) settled; the store is sound again. The records' bytes stay in " + store.FilePath + ".quarantine.");
                    WriteObject(settled, enumerateCollection: true);
                }
            });
        }
    }
}
