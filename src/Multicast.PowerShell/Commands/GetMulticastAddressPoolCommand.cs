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
                    WriteObject(pools, enumerateCollection: true);
                    return;
                }

                foreach (string name in Name)
                {
                    var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
                    var matches = pools.Where(p => pattern.IsMatch(p.Name)).ToList();
                    if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                    {
                        WriteCoreError(new MulticastNotFoundException("PoolNotFound", name, "The store has no pool named '" + name + "'. Get-MulticastAddressPool lists the pools; New-MulticastAddressPool makes one."), name);
                    }

                    WriteObject(matches, enumerateCollection: true);
                }
            });
        }
    }
}
