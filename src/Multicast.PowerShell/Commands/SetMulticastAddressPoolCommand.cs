using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Set-MulticastAddressPool: changes a pool's exclusions, default lease length or MAC policy.</summary>
    [Cmdlet(VerbsCommon.Set, "MulticastAddressPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MulticastAddressPool))]
    public sealed class SetMulticastAddressPoolCommand : LeaseCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Name { get; set; } = null!;

        [Parameter]
        [AllowEmptyCollection]
        [PrefixTransformation("Exclude", "Exclusions", AcceptAddresses = true)]
        public PrefixInput[] Exclude { get; set; } = null!;

        [Parameter]
        [ArgumentCompleter(typeof(DurationCompleter))]
        public TimeSpan DefaultDuration { get; set; }

        [Parameter]
        public SwitchParameter ExcludeFloodedMac { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            IDictionary<string, object> bound = MyInvocation.BoundParameters;
            PrefixInput[]? given = bound.ContainsKey(nameof(Exclude)) ? Exclude ?? Array.Empty<PrefixInput>() : null;
            if (given != null && Valid(given).Count() != given.Length)
            {
                return;
            }

            ForLeaseItem(Name, () =>
            {
                IPPrefix[]? exclusions = given?.Select(e => e.Prefix).ToArray();
                TimeSpan? duration = bound.ContainsKey(nameof(DefaultDuration)) ? LeaseRules.CheckDuration(DefaultDuration) : (TimeSpan?)null;
                bool? floodedMac = bound.ContainsKey(nameof(ExcludeFloodedMac)) ? ExcludeFloodedMac.IsPresent : (bool?)null;
                if (!ShouldProcess(Name, "Change multicast address pool"))
                {
                    return;
                }

                PoolChangeResult result = Service.SetPool(Name, exclusions, duration, floodedMac);
                foreach (MulticastAddressLease lease in result.Leases)
                {
                    WriteWarning("The active lease on " + lease + " (owner '" + lease.Owner + "') is now excluded from pool '" + result.Pool.Name + "'. It holds until it ends or is released; the group is not leased again.");
                }

                if (PassThru)
                {
                    WriteObject(result.Pool);
                }
            });
        }
    }
}
