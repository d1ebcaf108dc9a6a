using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>Get-MulticastAddressLease: the store's leases, by pool, owner or group; expired ones with -IncludeExpired.</summary>
    [Cmdlet(VerbsCommon.Get, "MulticastAddressLease")]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class GetMulticastAddressLeaseCommand : LeaseCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string[] Pool { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(LeaseOwnerCompleter))]
        public string[] Owner { get; set; } = null!;

        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        [ArgumentCompleter(typeof(LeasedAddressCompleter))]
        public AddressInput[] Address { get; set; } = null!;

        [Parameter]
        public SwitchParameter IncludeExpired { get; set; }

        protected override void ProcessRecord()
        {
            List<AddressInput>? addresses = Address is null ? null : Valid(Address).ToList();
            if (addresses != null && addresses.Count == 0)
            {
                return; // every address given was bad, and said so
            }

            WildcardPattern[]? pools = Patterns(Pool), owners = Patterns(Owner);
            var wanted = addresses is null ? null : new HashSet<IPAddressValue>(addresses.Select(a => a.Address));
            ForLeaseItem(Pool, () =>
            {
                IReadOnlyList<MulticastAddressLease> leases = Service.GetLeases(
                    l => (wanted is null || wanted.Contains(l.Address))
                        && (pools is null || pools.Any(p => p.IsMatch(l.Pool)))
                        && (owners is null || owners.Any(o => o.IsMatch(l.Owner))),
                    IncludeExpired.IsPresent);
                WriteObject(leases, enumerateCollection: true);

                foreach (AddressInput address in addresses ?? new List<AddressInput>())
                {
                    if (!leases.Any(l => IPAddressValue.FromIPAddress(l.Address) == address.Address))
                    {
                        WriteCoreError(
                            new MulticastNotFoundException("LeaseNotFound", address.Address.ToString(), "No " + (IncludeExpired ? string.Empty : "active ") + "lease matching the filters holds " + address.Address + "." + (IncludeExpired ? string.Empty : " -IncludeExpired shows expired leases too.")),
                            address.Input);
                    }
                }
            });
        }

        private static WildcardPattern[]? Patterns(string[]? values) =>
            values is null || values.Length == 0 ? null : values.Select(v => new WildcardPattern(v, WildcardOptions.IgnoreCase)).ToArray();
    }
}
