using System;
using System.Linq;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// New-MulticastAddressPool: a prefix to lease groups from, checked against its kind's RFC rules
    /// (RFC 2365, 3180, 6034, 3306, 4607, 3956), with exclusions, a default lease length and a MAC policy.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "MulticastAddressPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MulticastAddressPool))]
    public sealed class NewMulticastAddressPoolCommand : LeaseCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public string Name { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [PrefixTransformation]
        public PrefixInput Prefix { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Exclusions")]
        [PrefixTransformation("Exclude", "Exclusions", AcceptAddresses = true)]
        public PrefixInput[] Exclude { get; set; } = Array.Empty<PrefixInput>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(DurationCompleter))]
        public TimeSpan DefaultDuration { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter ExcludeFloodedMac { get; set; }

        protected override bool CreatesStore => true;

        protected override void ProcessRecord()
        {
            // A pool is made whole or not at all: a bad prefix or exclusion writes its error and makes none.
            PrefixInput[] exclusions = Exclude ?? Array.Empty<PrefixInput>();
            if (!IsValid(Prefix) | Valid(exclusions).Count() != exclusions.Length)
            {
                return;
            }

            ForLeaseItem(Name, () =>
            {
                MulticastAddressPool pool = MulticastAddressPool.Create(
                    Name,
                    Prefix.Prefix,
                    exclusions.Select(e => e.Prefix),
                    MyInvocation.BoundParameters.ContainsKey(nameof(DefaultDuration)) ? DefaultDuration : (TimeSpan?)null,
                    ExcludeFloodedMac.IsPresent);
                if (ShouldProcess(pool.Name + " (" + pool.Prefix + ", " + pool.Kind + ")", "Create multicast address pool"))
                {
                    WriteObject(Service.CreatePool(pool));
                }
            });
        }
    }
}
