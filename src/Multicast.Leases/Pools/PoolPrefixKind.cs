namespace Multicast.Leases
{
    /// <summary>The kinds of multicast prefix a pool can lease from, each with its own RFC rules.</summary>
    public enum PoolPrefixKind
    {
        /// <summary>An IPv4 administratively scoped zone in 239/8 (RFC 2365). Its highest /24 is kept for relative assignments (§9).</summary>
        AdminScope,

        /// <summary>An AS's GLOP /24 in 233/8, or part of it (RFC 3180).</summary>
        Glop,

        /// <summary>An IPv4 unicast-prefix-based range in 234/8 (RFC 6034).</summary>
        UnicastPrefixIPv4,

        /// <summary>An IPv6 unicast-prefix-based FF3x:00pl:prefix::/96 (RFC 3306); group IDs 0x80000000-0xFFFFFFFF (RFC 3307 §4.3).</summary>
        UnicastPrefixIPv6,

        /// <summary>Source-specific 232/8 (less 232.0.0.0/24) or FF3x::/96 with host-allocated group IDs (RFC 4607 §1, RFC 3307 §4).</summary>
        SourceSpecific,

        /// <summary>An embedded-RP FF7x:RIIDpl:prefix::/96 (RFC 3956 as updated by RFC 7371); group IDs 0x80000000-0xFFFFFFFF.</summary>
        EmbeddedRP,
    }
}
