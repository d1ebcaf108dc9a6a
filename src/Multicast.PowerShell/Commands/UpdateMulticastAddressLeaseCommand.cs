using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Multicast.Leases;
using Multicast.Madcap;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Update-MulticastAddressLease: renews leases from now, for -Duration or the pool's default; a lease a MADCAP server
    /// holds is renewed there (RFC 2730 §2.2.7), once for all its groups.
    /// </summary>
    [Cmdlet(VerbsData.Update, "MulticastAddressLease", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class UpdateMulticastAddressLeaseCommand : LeaseTargetCmdlet
    {
        private readonly Dictionary<string, IReadOnlyList<MulticastAddressLease>> _renewed = new Dictionary<string, IReadOnlyList<MulticastAddressLease>>(StringComparer.Ordinal);

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(DurationCompleter))]
        public TimeSpan Duration { get; set; }

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            foreach (AddressInput item in Valid(Address))
            {
                if (AtServer)
                {
                    ForLeaseItem(item.Input, () => RenewAtServer(item, duration));
                    continue;
                }

                ForLeaseItem(item.Input, () =>
                {
                    if (ShouldProcess(item.Address.ToString(), duration is null ? "Renew lease" : "Renew lease for " + duration.Value))
                    {
                        LeaseResult result = Service.Renew(item.Address, duration, Owner, Pool);
                        WriteReclaimed(result.Reclaimed);
                        WriteObject(result.Leases, enumerateCollection: true);
                    }
                });
            }
        }

        /// <summary>§2.2.7: one RENEW for the lease; each of its groups piped in gets its renewed lease back.</summary>
        private void RenewAtServer(AddressInput item, TimeSpan? duration)
        {
            MadcapTarget target = Target(item);
            if (!_renewed.TryGetValue(target.Key, out IReadOnlyList<MulticastAddressLease>? renewed))
            {
                if (!ShouldProcess("lease " + target.LeaseIdentifier + " at the MADCAP server " + target.Server, duration is null ? "Renew lease" : "Renew lease for " + duration.Value))
                {
                    return;
                }

                MadcapClient client = Session.ClientFor(target.Server);
                MadcapLease lease = Exchange(target, token => client.Renew(target.Server, target.LeaseIdentifier, target.Family, target.Scope, duration, token));
                renewed = Leases(lease, target);
                _renewed.Add(target.Key, renewed);
            }

            WriteObject(renewed.Where(l => l.AddressValue == item.Address), enumerateCollection: true);
        }
    }
}
