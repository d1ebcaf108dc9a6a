using System;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>The port and the constants of RFC 2730 Appendix B, Table 6, with the sections that set them.</summary>
    public static class MadcapConstants
    {
        /// <summary>§2: "port number 2535, as assigned by IANA". Clients may use any port.</summary>
        public const int ServerPort = 2535;

        /// <summary>[XID-REUSE-INTERVAL] (§2.1.4): "10 minutes (required)".</summary>
        public static readonly TimeSpan XidReuseInterval = TimeSpan.FromMinutes(10);

        /// <summary>[RESPONSE-CACHE-INTERVAL] (§2.1.4): "An appropriate value ... would be sixty seconds".</summary>
        public static readonly TimeSpan ResponseCacheInterval = TimeSpan.FromSeconds(60);

        /// <summary>§2.1.4: the response cache interval "may have any value from zero seconds to 300 seconds".</summary>
        public static readonly TimeSpan MaximumResponseCacheInterval = TimeSpan.FromSeconds(300);

        /// <summary>[OFFER-HOLD] (§2.2.3): "a value of at least 60 seconds is RECOMMENDED".</summary>
        public static readonly TimeSpan OfferHold = TimeSpan.FromSeconds(60);

        /// <summary>[NO-RESPONSE-DELAY] (§2.2.4): "The RECOMMENDED value ... is 60 seconds".</summary>
        public static readonly TimeSpan NoResponseDelay = TimeSpan.FromSeconds(60);

        /// <summary>[CLOCK-SKEW-ALLOWANCE] (§2.12): "The RECOMMENDED default is 30 minutes".</summary>
        public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(30);

        /// <summary>[EXTRA-ALLOCATION-TIME] (§2.12): "The RECOMMENDED default is one hour".</summary>
        public static readonly TimeSpan ExtraAllocationTime = TimeSpan.FromHours(1);

        /// <summary>§2.7, §2.10: with no configuration, a client uses the IPv4 Local Scope "with a maximum TTL of 16" (and SCOP 3 with hop count 16 for IPv6).</summary>
        public const int DefaultDiscoveryTtl = 16;

        /// <summary>The IPv4 Local Scope, 239.255.0.0/16 (RFC 2365 §6.1; RFC 2730 §2.7): its first address.</summary>
        public static readonly IPAddress IPv4LocalScopeFirst = IPAddress.Parse("239.255.0.0");

        /// <summary>The IPv4 Local Scope's last address, 239.255.255.255.</summary>
        public static readonly IPAddress IPv4LocalScopeLast = IPAddress.Parse("239.255.255.255");
    }
}
