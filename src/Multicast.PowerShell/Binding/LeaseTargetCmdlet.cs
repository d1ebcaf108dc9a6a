using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The base of the cmdlets that act on existing leases (Update-, Remove-MulticastAddressLease): the
    /// groups, from strings, addresses or piped lease objects, and -Pool and -Owner, which a lease must
    /// match. Piped leases bind all three, so they always match.
    /// </summary>
    public abstract class LeaseTargetCmdlet : LeaseCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation(TakesEveryObject = true)]
        [ArgumentCompleter(typeof(LeasedAddressCompleter))]
        public AddressInput[] Address { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Pool { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(LeaseOwnerCompleter))]
        public string Owner { get; set; } = null!;
    }
}
