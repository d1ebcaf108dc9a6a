using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Threading;
using Multicast.Leases;
using Multicast.Leases.Madcap;
using Multicast.Madcap;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The base of the cmdlets that act on existing leases (Update-, Remove-MulticastAddressLease): the
    /// groups, from strings, addresses or piped lease objects, and -Pool and -Owner, which a lease must
    /// match. Piped leases bind all three, so they always match. A lease a MADCAP server holds also binds
    /// -Server and -ClientId (its Lease Identifier), and is then renewed or released at that server (RFC 2730
    /// §2.2.7, §2.2.8) instead of in a store. They are optional parameters of the one parameter set, not a set
    /// of their own: PowerShell binds a piped lease to -Address by value before it reads its properties, so
    /// only the lease's Server value, not the parameter set, can tell where it lives.
    /// </summary>
    public abstract class LeaseTargetCmdlet : LeaseCmdlet, IDisposable
    {
        private MadcapSession? _session;
        private readonly Dictionary<string, MulticastException> _refused = new Dictionary<string, MulticastException>(StringComparer.Ordinal);

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

        /// <summary>The MADCAP server that holds the lease (host or address, with :port when not 2535); empty for a store's lease.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Server { get; set; } = null!;

        /// <summary>The lease's MADCAP Lease Identifier, in hex, for a lease a server holds.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LeaseIdentifier")]
        public ClientIdentifier ClientId { get; set; } = null!;

        /// <summary>True when this item's lease is a MADCAP server's.</summary>
        protected bool AtServer => !string.IsNullOrWhiteSpace(Server);

        private protected MadcapSession Session => _session ??= new MadcapSession(this);

        protected override void StopProcessing() => _session?.Stop();

        public void Dispose() => _session?.Dispose();

        /// <summary>The server and Lease Identifier this item names, and what is known of its lease from a piped lease object.</summary>
        private protected MadcapTarget Target(AddressInput item)
        {
            if (ClientId is null)
            {
                throw new MulticastRuleException("MadcapLeaseIdentifierMissing", Server, "A lease at the MADCAP server " + Server + " is renewed and released by its Lease Identifier (RFC 2730 §2.4): give -ClientId, or pipe the lease that Request-MulticastAddress -Server returned.");
            }

            IPEndPoint server = MadcapSession.Resolve(Server);
            MulticastAddressLease? piped = (item.Input is PSObject wrapped ? wrapped.BaseObject : item.Input) as MulticastAddressLease;
            IPAddress? scope = piped?.ScopeIdValue?.ToIPAddress();
            MadcapAddressFamily family = MadcapFamily(scope ?? piped?.AddressValue.ToIPAddress() ?? (item.Error != null ? null : item.Address.ToIPAddress()) ?? server.Address);
            return new MadcapTarget(server, new MadcapLeaseIdentifier(ClientId.ToArray()), family, scope, piped?.Pool ?? scope?.ToString() ?? Pool, piped?.Owner);
        }

        /// <summary>
        /// Runs the one exchange of a lease (its RENEW or RELEASE). A lease the server refused is not asked again for its
        /// other groups piped in: each of them gets the same error as its own ErrorRecord.
        /// </summary>
        private protected T Exchange<T>(MadcapTarget target, Func<CancellationToken, T> exchange)
        {
            if (_refused.TryGetValue(target.Key, out MulticastException? refused))
            {
                throw refused;
            }

            try
            {
                return Session.Run(exchange);
            }
            catch (MulticastException exception)
            {
                _refused[target.Key] = exception;
                throw;
            }
        }

        /// <summary>The leases of a MADCAP lease, as this module shows them.</summary>
        private protected IReadOnlyList<MulticastAddressLease> Leases(MadcapLease lease, MadcapTarget target) =>
            MadcapHeldLeases.From(lease, target.Pool ?? lease.Scope.ToString(), target.Owner ?? MadcapServerEngine.OwnerOf(MadcapSession.LocalAddressFor(lease.Server)), DateTime.UtcNow);

        private static MadcapAddressFamily MadcapFamily(IPAddress address) =>
            address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? MadcapAddressFamily.IPv6 : MadcapAddressFamily.IPv4;

        /// <summary>A lease at a MADCAP server, as a RENEW or RELEASE names it.</summary>
        private protected sealed class MadcapTarget
        {
            public MadcapTarget(IPEndPoint server, MadcapLeaseIdentifier leaseIdentifier, MadcapAddressFamily family, IPAddress? scope, string? pool, string? owner)
            {
                Server = server;
                LeaseIdentifier = leaseIdentifier;
                Family = family;
                Scope = scope;
                Pool = pool;
                Owner = owner;
            }

            public IPEndPoint Server { get; }

            public MadcapLeaseIdentifier LeaseIdentifier { get; }

            public MadcapAddressFamily Family { get; }

            public IPAddress? Scope { get; }

            public string? Pool { get; }

            public string? Owner { get; }

            /// <summary>One key a lease, so that its groups piped one by one renew or release it once.</summary>
            public string Key => Server + "/" + LeaseIdentifier;
        }
    }
}
