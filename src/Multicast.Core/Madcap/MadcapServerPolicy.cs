using System;
using System.Collections.Generic;

namespace Multicast.Madcap
{
    /// <summary>
    /// What a server's request checks need to know about the server, none of it from a lease store.
    /// On security: RFC 2730 defines no Authentication option (its §5 is IANA Considerations). §4 leaves client and
    /// server authentication and integrity to IPsec ("IPSEC SHOULD be used for protecting all the unicast messages"),
    /// below MADCAP, so there is no MADCAP-level HMAC or replay counter to verify. The one protocol rule §4 adds is
    /// <see cref="IpsecInUse"/>: "all the multicast packets except GETINFO MUST be dropped by the MADCAP server".
    /// </summary>
    public sealed class MadcapServerPolicy
    {
        public MadcapServerPolicy(MadcapServerIdentifier serverIdentifier)
        {
            ServerIdentifier = serverIdentifier ?? throw new ArgumentNullException(nameof(serverIdentifier));
        }

        /// <summary>This server's Server Identifier, to recognise multicast REQUESTs meant for it (§2.2.4).</summary>
        public MadcapServerIdentifier ServerIdentifier { get; }

        /// <summary>The feature codes this server implements (§2.13, §3.13); none by default.</summary>
        public IReadOnlyCollection<ushort> SupportedFeatures { get; set; } = new ushort[0];

        /// <summary>[CLOCK-SKEW-ALLOWANCE] (§2.12): 30 minutes by default; "MUST be a configurable parameter".</summary>
        public TimeSpan ClockSkewAllowance { get; set; } = MadcapConstants.ClockSkewAllowance;

        /// <summary>True when IPsec protects this server's unicast messages; then multicast requests other than GETINFO are dropped (§4).</summary>
        public bool IpsecInUse { get; set; }

        /// <summary>
        /// True when the server also serves scopes it does not reside in (§2.11, "NOT RECOMMENDED"). When false, a
        /// multicast IPv4 GETINFO that did not arrive on the Local Scope's MADCAP Server Multicast Address is ignored.
        /// </summary>
        public bool ServesRemoteScopes { get; set; }
    }
}
