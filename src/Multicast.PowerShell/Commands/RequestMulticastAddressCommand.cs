using System;
using System.Management.Automation;
using Multicast.Leases;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Request-MulticastAddress: leases free groups from a pool, chosen at random (RFC 2908 §4, RFC 4607
    /// §4.3), or exactly the groups given with -Address.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "MulticastAddress", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = Random)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RequestMulticastAddressCommand : LeaseCmdlet
    {
        private const string Random = "Random";
        private const string Given = "Address";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Pool { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(LeaseOwnerCompleter))]
        public string Owner { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(DurationCompleter))]
        public TimeSpan Duration { get; set; }

        [Parameter(ParameterSetName = Random)]
        [ValidateRange(1, 65536)]
        public int Count { get; set; } = 1;

        [Parameter(Mandatory = true, ParameterSetName = Given, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        public AddressInput[] Address { get; set; } = null!;

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;

            // Each piped object binds its own parameters, so a pipeline may mix pools (random groups) and addresses.
            if (Address is null)
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

            foreach (AddressInput item in Valid(Address))
            {
                ForLeaseItem(item.Input, () =>
                {
                    if (ShouldProcess(item.Address + " in pool " + Pool, "Lease for '" + Owner + "'"))
                    {
                        Write(Service.Request(Pool, Owner, item.Address, duration));
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
