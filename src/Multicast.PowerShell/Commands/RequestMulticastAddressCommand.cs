using System;
using System.Management.Automation;
using System.Net;
using Multicast.Leases;
using Multicast.Leases.Madcap;
using Multicast.Madcap;
using Multicast.Sap;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Request-MulticastAddress: leases free groups from a pool, chosen at random (RFC 2908 §4, RFC 4607
    /// §4.3), or exactly the groups given with -Address; with -Server, from a MADCAP server's scope (RFC 2730 §2.2.4:
    /// a unicast REQUEST, or DISCOVER and a multicast REQUEST when -Server is a group). With -AvoidSession, the random
    /// groups are none that the sessions piped in (Get-MulticastSession, RFC 2974) announce: informed allocation, in
    /// one request at the end.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Request, "MulticastAddress", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = Random)]
    [OutputType(typeof(MulticastAddressLease))]
    public sealed class RequestMulticastAddressCommand : LeaseCmdlet, IDisposable
    {
        private const string Random = "Random";
        private const string Given = "Address";
        private const string Madcap = "Server";

        private readonly AddressRangeSet _avoid = new AddressRangeSet();
        private MadcapSession? _session;
        private int _sessions;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Pool { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = Random)]
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = Given)]
        [ArgumentCompleter(typeof(LeaseOwnerCompleter))]
        public string Owner { get; set; } = null!;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(DurationCompleter))]
        public TimeSpan Duration { get; set; }

        [Parameter(ParameterSetName = Random)]
        [Parameter(ParameterSetName = Madcap)]
        [ValidateRange(1, 65536)]
        public int Count { get; set; } = 1;

        /// <summary>Lease groups that none of the sessions given (piped from Get-MulticastSession) announces, in one request after the last.</summary>
        // Random groups only, so in the Random set: a set of its own, with a mandatory switch, made PowerShell bind a
        // piped row whose Address is empty to the Address set instead of falling back to Random.
        [Parameter(ParameterSetName = Random)]
        public SwitchParameter AvoidSession { get; set; }

        /// <summary>The sessions heard, whose groups -AvoidSession avoids.</summary>
        [Parameter(ParameterSetName = Random, ValueFromPipeline = true)]
        [AllowNull]
        [AllowEmptyCollection]
        public MulticastSession[] InputObject { get; set; } = null!;

        [Parameter(Mandatory = true, ParameterSetName = Given, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        public AddressInput[] Address { get; set; } = null!;

        /// <summary>A MADCAP server (host or address, with :port when not 2535), or a group to find servers on.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Madcap, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Server { get; set; } = null!;

        /// <summary>When the lease starts (RFC 2730 §3.7); now when not given.</summary>
        [Parameter(ParameterSetName = Madcap)]
        public DateTime StartTime { get; set; }

        private MadcapSession Session => _session ??= new MadcapSession(this);

        protected override void ProcessRecord()
        {
            TimeSpan? duration = MyInvocation.BoundParameters.ContainsKey(nameof(Duration)) ? Duration : (TimeSpan?)null;
            if (ParameterSetName == Madcap)
            {
                RequestFromServer(duration);
                return;
            }

            if (AvoidSession.IsPresent)
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

            if (InputObject != null)
            {
                // A session piped without -AvoidSession names no pool: leasing a group for each would surprise.
                foreach (MulticastSession session in InputObject)
                {
                    WriteError(new ErrorRecord(
                        new ArgumentException("A session was piped in without -AvoidSession, and a session names no group to lease. Add -AvoidSession to lease groups that none of the piped sessions announces."),
                        "SessionWithoutAvoidSession",
                        ErrorCategory.InvalidArgument,
                        session));
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

        protected override void StopProcessing() => _session?.Stop();

        public void Dispose() => _session?.Dispose();

        /// <summary>RFC 2730 §2.2.4: the scope the pool names, then a REQUEST (or a DISCOVER when -Server is a group); one lease of -Count groups, all or none.</summary>
        private void RequestFromServer(TimeSpan? duration)
        {
            ForLeaseItem(Pool, () =>
            {
                IPEndPoint server = MadcapSession.Resolve(Server);
                MadcapClient client = Session.ClientFor(server);
                (MadcapLeaseRequest request, string name) = MadcapScopeChoice.Find(Session, client, server, Pool);
                request.LeaseTime = duration;
                request.AddressCount = new MadcapAddressCount((ushort)Math.Min(Count, ushort.MaxValue), (ushort)Math.Min(Count, ushort.MaxValue));
                if (MyInvocation.BoundParameters.ContainsKey(nameof(StartTime)))
                {
                    request.StartTime = StartTime.Kind == DateTimeKind.Utc ? StartTime : DateTime.SpecifyKind(StartTime, DateTimeKind.Local).ToUniversalTime();
                }

                string what = Count == 1 ? "a group" : Count + " groups";
                if (!ShouldProcess("pool " + name + " (" + request.Scope + ") of the MADCAP server " + server, "Lease " + what))
                {
                    return;
                }

                MadcapLease lease = Session.Run(token => client.RequestLease(request, server, token));
                string owner = MadcapServerEngine.OwnerOf(MadcapSession.LocalAddressFor(lease.Server));
                WriteVerbose("The MADCAP server " + lease.Server + " leased " + string.Join(", ", lease.Addresses) + " under Lease Identifier " + lease.LeaseIdentifier + ".");
                WriteObject(MadcapHeldLeases.From(lease, name, owner, DateTime.UtcNow), enumerateCollection: true);
            });
        }

        protected override void EndProcessing()
        {
            if (!AvoidSession.IsPresent || Pool is null || Owner is null)
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
