using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Get-MulticastAddressPool: the store's pools, with their capacity and active leases.</summary>
    [Cmdlet(VerbsCommon.Get, "MulticastAddressPool")]
    [OutputType(typeof(MulticastAddressPool))]
    public sealed class GetMulticastAddressPoolCommand : LeaseCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Pool")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string[] Name { get; set; } = null!;

        protected override void ProcessRecord()
        {
            ForLeaseItem(Name, () =>
            {
                IReadOnlyList<MulticastAddressPool> pools = Service.GetPools();
                if (Name is null || Name.Length == 0)
                {
                    Write(pools);
                    return;
                }

                foreach (string name in Name)
                {
                    var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
                    var matches = pools.Where(p => pattern.IsMatch(p.Name)).ToList();
                    if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                    {
                        WriteCoreError(new MulticastNotFoundException("PoolNotFound", name, "The store has no pool named '" + name + "'.", new Remedy(RemedyKind.ListOrCreatePool)), name);
                    }

                    Write(matches);
                }
            });
        }

        // A pool that holds groups after a damaged journal record says so each time it is listed, until someone repairs the store.
        private void Write(IEnumerable<MulticastAddressPool> pools)
        {
            foreach (MulticastAddressPool pool in pools)
            {
                if (pool.HeldGroups > 0)
                {
                    WriteWarning("Pool '" + pool.Name + "' holds " + pool.HeldGroups + " group(s) that a damaged journal record may have leased; nothing leases them until Repair-MulticastAddressStore settles them. The record stays at the end of " + Store?.JournalFilePath + ", and its bytes are copied to " + Store?.FilePath + ".quarantine before anything writes over them.");
                }

                WriteObject(pool);
            }
        }
    }
}
