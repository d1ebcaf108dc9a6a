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
        public string Prefix { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Exclusions")]
        public string[] Exclude { get; set; } = Array.Empty<string>();

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public TimeSpan DefaultDuration { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter ExcludeFloodedMac { get; set; }

        protected override void ProcessRecord()
        {
            ForLeaseItem(Name, () =>
            {
                IPPrefix prefix = IPPrefix.Parse(Prefix);
                MulticastAddressPool pool = MulticastAddressPool.Create(
                    Name,
                    prefix,
                    (Exclude ?? Array.Empty<string>()).Select(LeaseRules.ParseExclusion),
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
