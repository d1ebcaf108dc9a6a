using System;
using System.Collections.Generic;
using Multicast.Madcap;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// What a MADCAP server (RFC 2730) allows, and the constants of its Appendix B it lets be configured. The defaults
    /// protect the pools: a client is who sends from one address, and gets at most <see cref="MaximumLeasesPerClient"/>
    /// groups at a time, for at most <see cref="MaximumLeaseTime"/>.
    /// </summary>
    public sealed class MadcapServerOptions
    {
        /// <summary>The most groups one request gets: an ACK listing them must fit one datagram (RFC 2730 §3.11), and no client needs more at once.</summary>
        public const int MaximumAddressesPerRequest = 1024;

        /// <summary>
        /// The networks whose clients are answered, by source address. Requests from elsewhere are ignored (and counted).
        /// Empty: nobody. A host usually gives the loopback networks and its own on-link prefixes.
        /// </summary>
        public IReadOnlyList<IPPrefix> ClientNetworks { get; set; } = new[] { IPPrefix.Parse("127.0.0.0/8"), IPPrefix.Parse("::1/128") };

        /// <summary>
        /// Addresses no request may come from although they lie in a client network: the directed broadcast addresses of
        /// the on-link IPv4 prefixes. 255.255.255.255, unspecified and multicast sources are always refused.
        /// </summary>
        public IReadOnlyList<IPAddressValue> BroadcastAddresses { get; set; } = new IPAddressValue[0];

        /// <summary>The most groups (leases of the store) one client address holds at once; a request past it is refused (error 0).</summary>
        public int MaximumLeasesPerClient { get; set; } = 256;

        /// <summary>
        /// The longest lease granted, and the longest time a group is held for a request, counted from the request (so a
        /// lease that starts later is shorter). A request with no Lease Time gets its pool's default length, up to this.
        /// </summary>
        public TimeSpan MaximumLeaseTime { get; set; } = TimeSpan.FromDays(7);

        /// <summary>
        /// [EXTRA-ALLOCATION-TIME] (§2.12, "MUST be a configurable parameter", one hour by default): the store keeps each
        /// group this long past the lease it granted, so a client whose clock is behind never shares it.
        /// </summary>
        public TimeSpan ExtraAllocationTime { get; set; } = MadcapConstants.ExtraAllocationTime;

        /// <summary>[CLOCK-SKEW-ALLOWANCE] (§2.12, "MUST be a configurable parameter", 30 minutes by default).</summary>
        public TimeSpan ClockSkewAllowance { get; set; } = MadcapConstants.ClockSkewAllowance;

        /// <summary>[RESPONSE-CACHE-INTERVAL] (§2.1.4): 60 seconds by default, 0 to 300.</summary>
        public TimeSpan ResponseCacheInterval { get; set; } = MadcapConstants.ResponseCacheInterval;

        /// <summary>How many answers the response cache keeps; when it is full of live ones, new requests are ignored until some expire.</summary>
        public int ResponseCacheCapacity { get; set; } = 131072;

        /// <summary>The RFC 1766 language tag of the zone names (the pools' names), each marked as the name to use when none is in the language asked for (§3.10).</summary>
        public string ZoneNameLanguage { get; set; } = "en";

        /// <summary>True when IPsec protects this server's unicast messages (§4): multicast requests other than GETINFO, and every DISCOVER, are then ignored.</summary>
        public bool IpsecInUse { get; set; }

        /// <summary>How often the pools are read again, so that a pool made or changed while the server runs is served.</summary>
        public TimeSpan ScopeRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Throws for settings no server can run with.</summary>
        internal void Validate()
        {
            if (ClientNetworks is null || BroadcastAddresses is null)
            {
                throw new ArgumentException("The client networks and broadcast addresses are lists, empty at least.");
            }

            if (MaximumLeasesPerClient < 1)
            {
                throw new MulticastRuleException("MadcapServerLeasesPerClient", MaximumLeasesPerClient, "A client may hold at least one group; " + MaximumLeasesPerClient + " leaves none.");
            }

            if (MaximumLeaseTime < LeaseRules.MinimumDuration || MaximumLeaseTime > TimeSpan.FromSeconds(uint.MaxValue) || MaximumLeaseTime + ExtraAllocationTime > LeaseRules.MaximumDuration)
            {
                throw new MulticastRuleException(
                    "MadcapServerLeaseTime",
                    MaximumLeaseTime,
                    "The longest lease is from " + LeaseRules.MinimumDuration + " (the store's shortest) to " + TimeSpan.FromSeconds(uint.MaxValue) + " (a 32-bit Lease Time, RFC 2730 §3.2), with the extra allocation time within the store's longest, " + LeaseRules.MaximumDuration + "; got " + MaximumLeaseTime + ".",
                    Remedy.Of(RemedyKind.GiveDurationInRange, ("Minimum", LeaseRules.MinimumDuration), ("Maximum", TimeSpan.FromSeconds(uint.MaxValue))));
            }

            if (ExtraAllocationTime < TimeSpan.Zero || ExtraAllocationTime > TimeSpan.FromDays(1))
            {
                throw new MulticastRuleException("MadcapServerExtraAllocationTime", ExtraAllocationTime, "[EXTRA-ALLOCATION-TIME] (RFC 2730 §2.12) is from zero to one day here; got " + ExtraAllocationTime + ".");
            }

            if (ClockSkewAllowance < TimeSpan.Zero)
            {
                throw new MulticastRuleException("MadcapServerClockSkewAllowance", ClockSkewAllowance, "[CLOCK-SKEW-ALLOWANCE] (RFC 2730 §2.12) is not negative; got " + ClockSkewAllowance + ".");
            }

            if (ScopeRefreshInterval <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(ScopeRefreshInterval), ScopeRefreshInterval, "The pools are read again at a positive interval.");
            }

            // The tag is checked the way a zone name checks it (RFC 2730 §3.10).
            _ = new MadcapZoneName(ZoneNameLanguage ?? string.Empty, "x");
        }
    }
}
