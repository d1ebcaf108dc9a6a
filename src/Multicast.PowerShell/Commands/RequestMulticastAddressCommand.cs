using System;
using System.Collections.Generic;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Request-MulticastAddress: leases free groups from a pool, chosen at random (RFC 2908 §4, RFC 4607
    /// §4.3), or exactly the groups given with -Address.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "MulticastAddress", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RequestMulticastAddressCommand : LeaseCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Pool { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public string Owner { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public TimeSpan Duration { get; set; }

        [Parameter]
        [ValidateRange(1, 65536)]
        public int Count { get; set; } = 1;

        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        public object[] Address { get; set; } = null!;

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            if (!AddressGiven(Address))
            {
                string what = Count == 1 ? "a free group" : Count + " free groups";
                ForLeaseItem(Pool, () =>
                {
                    if (ShouldProcess("pool " + Pool, "Lease " + what + " for '" + Owner + "'"))
                    {
                        Write(Service.Request(Pool, Owner, duration, Count));
                    }
                });
                return;
            }

            if (MyInvocation.BoundParameters.ContainsKey(nameof(Count)))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-Count leases that many groups chosen at random; -Address leases the groups given. Use one or the other."),
                    "RequestCountWithAddress",
                    ErrorCategory.InvalidArgument,
                    Count));
            }

            foreach (KeyValuePair<object, IPAddressValue> item in ResolveAddresses(Address, optional: true))
            {
                ForLeaseItem(item.Key, () =>
                {
                    if (ShouldProcess(item.Value + " in pool " + Pool, "Lease for '" + Owner + "'"))
                    {
                        Write(Service.Request(Pool, Owner, item.Value, duration));
                    }
                });
            }
        }

        private void Write(LeaseResult result)
        {
            WriteReclaimed(result.Reclaimed);
            WriteObject(result.Leases, enumerateCollection: true);
        }
    }
}
