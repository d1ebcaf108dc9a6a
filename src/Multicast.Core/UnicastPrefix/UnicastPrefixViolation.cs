using System;

namespace Multicast
{
    /// <summary>
    /// The rules of the RFC 3306 address family that an address can break: one bit a rule, so a check
    /// reports every broken rule at once without allocating. Each mechanism's Check (for example
    /// <see cref="EmbeddedRp.Check"/>) sets the bits its RFCs define; <see cref="UnicastPrefixViolationInfo"/>
    /// names them and says which ones stop decoding.
    /// </summary>
    [Flags]
    public enum UnicastPrefixViolation
    {
        None = 0,

        /// <summary>Not an IPv6 multicast address (ff00::/8, RFC 4291 §2.7).</summary>
        NotIPv6Multicast = 1 << 0,

        /// <summary>P = 0: not assigned from a network prefix (RFC 3306 §4).</summary>
        PFlagClear = 1 << 1,

        /// <summary>P = 1 with T = 0: RFC 3306 §4 (RFC 7371 §4.1.1) says T MUST then be 1.</summary>
        TFlagClear = 1 << 2,

        /// <summary>R = 0: no RP embedded (RFC 3956 §4 as updated by RFC 7371 §4.2.3).</summary>
        RFlagClear = 1 << 3,

        /// <summary>R = 1 on a link-scoped address, whose flags MUST be 0011 (RFC 4489 §3).</summary>
        RFlagSet = 1 << 4,

        /// <summary>plen 0 on an embedded-RP address: that is SSM, and it embeds no RP (RFC 3956 §4).</summary>
        PlenZero = 1 << 5,

        /// <summary>plen greater than 64: the network prefix field holds 64 bits (RFC 3306 §4, RFC 3956 §4).</summary>
        PlenTooLong = 1 << 6,

        /// <summary>plen other than 255 on a link-scoped address (RFC 4489 §3).</summary>
        PlenNotLinkScoped = 1 << 7,

        /// <summary>RIID 0: reserved, as it would name the Subnet-Router anycast address (RFC 3956 §4, §6.3).</summary>
        RiidZero = 1 << 8,

        /// <summary>The derived RP lies in fe80::/10, ::/16 or ff00::/8, which RFC 3956 §4 MUST exclude.</summary>
        RendezvousPointExcluded = 1 << 9,

        /// <summary>scop above 2 on a link-scoped address (RFC 4489 §3: scop MUST be &lt;= 2).</summary>
        ScopeTooWide = 1 << 10,

        /// <summary>R = 0 with the RIID bits set: they MUST be sent as zero and are ignored on receipt (RFC 3956 §3).</summary>
        ReservedBitsSet = 1 << 11,

        /// <summary>ff2 set: it MUST be sent as zero and is ignored on receipt (RFC 7371 §4.1.1).</summary>
        Ff2Set = 1 << 12,

        /// <summary>Network prefix bits set after plen: they SHOULD be zero (RFC 3306 §4).</summary>
        BitsAfterPlen = 1 << 13,

        /// <summary>plen 0 (SSM) with a non-zero network prefix: RFC 3306 §6 sets it to 0; RFC 4607 §1 still treats it as SSM.</summary>
        SsmNetworkPrefixNotZero = 1 << 14,

        /// <summary>An SSM group ID below 0x40000000: an invalid SSM address (RFC 4607 §1).</summary>
        SsmGroupIdInvalid = 1 << 15,

        /// <summary>scop 0 or F: reserved; nodes must not (0) or should not (F) send to it (RFC 4291 §2.7).</summary>
        ScopeReserved = 1 << 16,

        /// <summary>A scope wider than the embedded link-local prefix's: RFC 3306 §4 says it MUST NOT exceed it.</summary>
        ScopeExceedsPrefix = 1 << 17,
    }
}
