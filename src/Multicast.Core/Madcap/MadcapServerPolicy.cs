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
        /// multicast IPv4 GETINFO that did not arrive on the Local Scope's MADCAP Server Multicast Address is ignored, and so
        /// is a multicast DISCOVER or REQUEST whose scope does not match or enclose the scope of the group it arrived on.
        /// </summary>
        public bool ServesRemoteScopes { get; set; }

        /// <summary>
        /// The scopes this server serves, whose MADCAP Server Multicast Addresses it listens on: they tell which scope a
        /// multicast request arrived in (§2.11). A group that is none of theirs stands for the scope it is in.
        /// </summary>
        public IReadOnlyList<MadcapScopeEntry> ServedScopes { get; set; } = new MadcapScopeEntry[0];

        /// <summary>Other identifiers of this server (its other addresses), which a multicast REQUEST may name (§2.2.4).</summary>
        public IReadOnlyCollection<MadcapServerIdentifier> OtherIdentifiers { get; set; } = new MadcapServerIdentifier[0];

        /// <summary>True when <paramref name="identifier"/> names this server.</summary>
        public bool Identifies(MadcapServerIdentifier identifier) =>
            ServerIdentifier.Equals(identifier) || System.Linq.Enumerable.Contains(OtherIdentifiers, identifier);
    }
}
