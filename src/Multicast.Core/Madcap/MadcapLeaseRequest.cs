using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// What a client asks for in DISCOVER and REQUEST (RFC 2730 §2.2.2, §2.2.4). Only the scope is required; an
    /// option left null takes the server's default: "maximum available for Lease Time, no minimum for Minimum Lease
    /// Time, as soon as possible for Start Time, no maximum for Maximum Start Time, one for Number of Addresses
    /// Requested, and any addresses available for List of Address Ranges".
    /// </summary>
    public sealed class MadcapLeaseRequest
    {
        public MadcapLeaseRequest(IPAddress scope)
        {
            Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        }

        /// <summary>A request in a scope of a Multicast Scope List: answers are then also checked to stay within its last address.</summary>
        public MadcapLeaseRequest(MadcapScopeEntry scope)
        {
            if (scope is null)
            {
                throw new ArgumentNullException(nameof(scope));
            }

            Scope = scope.ScopeId;
            ScopeLastAddress = scope.LastAddress;
        }

        /// <summary>The Scope ID: the first address of the scope (§1.2). Its family is the message's addrfamily.</summary>
        public IPAddress Scope { get; }

        /// <summary>The scope's last address when known; addresses a server grants beyond it are refused.</summary>
        public IPAddress? ScopeLastAddress { get; }

        public TimeSpan? LeaseTime { get; set; }

        /// <summary>The shortest lease acceptable; a server that cannot meet it refuses (§3.15), and an offer below it is ignored.</summary>
        public TimeSpan? MinimumLeaseTime { get; set; }

        /// <summary>When the lease should start, UTC (§3.7).</summary>
        public DateTime? StartTime { get; set; }

        /// <summary>The latest acceptable start, UTC (§3.16).</summary>
        public DateTime? MaximumStartTime { get; set; }

        /// <summary>How many addresses, at least and at most (§3.8); null for one.</summary>
        public MadcapAddressCount? AddressCount { get; set; }

        /// <summary>Particular addresses, rarely needed (§3.11: "such as when a lease is accidentally allowed to expire").</summary>
        public IReadOnlyList<MadcapAddressRange>? RequestedAddresses { get; set; }

        /// <summary>Features to offer, request or require (§3.13). Retry After may only be listed as supported (§2.13.2).</summary>
        public MadcapFeatureList? Features { get; set; }

        /// <summary>The Lease Identifier to use; null for a new random one (§2.4.1).</summary>
        public MadcapLeaseIdentifier? LeaseIdentifier { get; set; }

        public MadcapAddressFamily AddressFamily => MadcapWire.FamilyOf(Scope);
    }
}
