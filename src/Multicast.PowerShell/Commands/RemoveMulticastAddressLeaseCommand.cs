using System;
using System.Collections.Generic;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Remove-MulticastAddressLease: releases leases, so that their groups can be leased again; a lease a MADCAP server
    /// holds is released there (RFC 2730 §2.2.8), whole, once for all its groups.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "MulticastAddressLease", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RemoveMulticastAddressLeaseCommand : LeaseTargetCmdlet
    {
        private readonly HashSet<string> _released = new HashSet<string>(StringComparer.Ordinal);

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (AddressInput item in Valid(Address))
            {
                if (AtServer)
                {
                    ForLeaseItem(item.Input, () => ReleaseAtServer(item));
                    continue;
                }

                ForLeaseItem(item.Input, () =>
                {
                    if (ShouldProcess(item.Address.ToString(), "Release lease"))
                    {
                        LeaseResult result = Service.Release(item.Address, Owner, Pool);
                        WriteReclaimed(result.Reclaimed);
                        if (PassThru)
                        {
                            WriteObject(result.Leases, enumerateCollection: true);
                        }
                    }
                });
            }
        }

        /// <summary>§2.2.8: "It is not possible to release only part of the addresses in a single lease": one RELEASE a lease.</summary>
        private void ReleaseAtServer(AddressInput item)
        {
            MadcapTarget target = Target(item);
            if (!_released.Contains(target.Key))
            {
                if (!ShouldProcess("lease " + target.LeaseIdentifier + " at the MADCAP server " + target.Server, "Release lease (every group of it)"))
                {
                    return;
                }

                Exchange(target, token =>
                {
                    Session.ClientFor(target.Server).Release(target.Server, target.LeaseIdentifier, target.Family, token);
                    return true;
                });
                _released.Add(target.Key);
                WriteVerbose("The MADCAP server " + target.Server + " released lease " + target.LeaseIdentifier + ".");
            }

            if (PassThru && (item.Input is PSObject wrapped ? wrapped.BaseObject : item.Input) is MulticastAddressLease lease)
            {
                WriteObject(lease);
            }
        }
    }
}
