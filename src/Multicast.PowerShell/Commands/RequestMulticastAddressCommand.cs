using System;
using System.Management.Automation;
using Multicast.Leases;
using Multicast.Sap;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Request-MulticastAddress: leases free groups from a pool, chosen at random (RFC 2908 §4, RFC 4607
    /// §4.3), or exactly the groups given with -Address. With -AvoidSession, the random groups are none that the
    /// sessions piped in (Get-MulticastSession, RFC 2974) announce: informed allocation, in one request at the end.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "MulticastAddress", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = Random)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RequestMulticastAddressCommand : LeaseCmdlet
    {
        private const string Random = "Random";
        private const string Given = "Address";
        private const string Avoiding = "AvoidSession";

        private readonly AddressRangeSet _avoid = new AddressRangeSet();
        private int _sessions;

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
        [Parameter(ParameterSetName = Avoiding)]
        [ValidateRange(1, 65536)]
        public int Count { get; set; } = 1;

        /// <summary>Lease groups that none of the sessions given (piped from Get-MulticastSession) announces, in one request after the last.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Avoiding)]
        public SwitchParameter AvoidSession { get; set; }

        /// <summary>The sessions heard, whose groups -AvoidSession avoids.</summary>
        [Parameter(ParameterSetName = Avoiding, ValueFromPipeline = true)]
        [AllowNull]
        [AllowEmptyCollection]
        public MulticastSession[] InputObject { get; set; } = null!;

        [Parameter(Mandatory = true, ParameterSetName = Given, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        public AddressInput[] Address { get; set; } = null!;

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            if (ParameterSetName == Avoiding)
            {
                // The sessions are gathered; the one request, avoiding all of them, is made at the end.
                foreach (MulticastSession session in InputObject ?? new MulticastSession[0])
                {
                    if (session != null && !session.IsRemoved)
                    {
                        _sessions++;
                        foreach (AddressRange range in session.GroupRanges)
                        {
                            _avoid.Add(range);
                        }
                    }
                }

                return;
            }

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

        protected override void EndProcessing()
        {
            if (ParameterSetName != Avoiding || Pool is null || Owner is null)
            {
                return;
            }

            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            string what = (Count == 1 ? "a free group" : Count + " free groups") + " that none of " + _sessions + " announced sessions uses";
            WriteVerbose("Avoiding the groups of " + _sessions + " announced sessions: " + (_avoid.IsEmpty ? "none" : _avoid.ToString()) + ".");
            ForLeaseItem(Pool, () =>
            {
                if (ShouldProcess("pool " + Pool, "Lease " + what + " for '" + Owner + "'"))
                {
                    Write(Service.Request(new LeaseRequest(Pool, Owner) { Duration = duration, Count = Count, Avoid = _avoid }));
                }
            });
        }

        private void Write(LeaseResult result)
        {
            WriteReclaimed(result.Reclaimed);
            WriteObject(result.Leases, enumerateCollection: true);
        }
    }
}
