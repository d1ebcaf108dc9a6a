namespace Multicast
{
    /// <summary>
    /// The identifiers of <see cref="MulticastWarning"/>, one a rule. They do not change between releases.
    /// Where a warning applies a rule of <see cref="UnicastPrefixViolation"/>, its identifier is that rule's
    /// ErrorId (<see cref="UnicastPrefixViolationInfo.ErrorId"/>), as the cmdlets that build such addresses use.
    /// </summary>
    public static class MulticastWarningIds
    {
        // Any address.

        /// <summary>Outside 224.0.0.0/4 (RFC 5771) and ff00::/8 (RFC 4291 §2.7).</summary>
        public const string NotMulticast = "NotMulticast";

        /// <summary>An IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2) of an IPv4 group: the IPv4 group was probably meant.</summary>
        public const string IPv4MappedGroup = "IPv4MappedGroup";

        // IPv4 blocks of RFC 5771 §3.

        /// <summary>224.0.0.0/24 is never forwarded off the link (RFC 5771 §4), and snooping switches flood it (RFC 4541 §2.1.2).</summary>
        public const string LocalNetworkControlBlock = "LocalNetworkControlBlock";

        /// <summary>An IANA assignment (RFC 5771 §4.1, §5.1, §6.1; RFC 4291 §2.7 for IPv6): use it only for what it is assigned to.</summary>
        public const string IanaAssigned = "IanaAssigned";

        /// <summary>Unassigned space in a block IANA assigns (RFC 5771 §4.1, §5.1, §6.1): the next assignment collides with it.</summary>
        public const string IanaUnassigned = "IanaUnassigned";

        /// <summary>A row IANA lists as reserved inside a block it assigns: not for use.</summary>
        public const string IanaReserved = "IanaReserved";

        /// <summary>224.2.0.0/16 is announced with SAP and MUST NOT be used for other purposes (RFC 5771 §7).</summary>
        public const string SdpSapBlock = "SdpSapBlock";

        /// <summary>A RESERVED block of RFC 5771 §3, which applications MUST NOT use (RFC 5771 §13).</summary>
        public const string ReservedBlock = "ReservedBlock";

        /// <summary>Shares its MAC with a 224.0.0.x group (RFC 1112 §6.4), which snooping switches flood (RFC 4541 §2.1.2).</summary>
        public const string MacAliasesLocalControl = "MacAliasesLocalControl";

        /// <summary>Shares its MAC with a 224.0.1.x group (RFC 1112 §6.4), which many snooping switches flood too (RFC 4541 §2.1.2).</summary>
        public const string MacAliasesInternetworkControl = "MacAliasesInternetworkControl";

        // Source-specific multicast (RFC 4607).

        /// <summary>An SSM group ID below 0x40000000, invalid (RFC 4607 §1).</summary>
        public const string SsmGroupIdInvalid = "SsmGroupIdInvalid";

        /// <summary>The null value of the SSM range, 232.0.0.0 or group ID 0x40000000 (RFC 4607 §4.3).</summary>
        public const string SsmReservedNull = "SsmReservedNull";

        /// <summary>232.0.0.1-232.0.0.255, or group IDs 0x40000001-0x7FFFFFFF: reserved for IANA allocation (RFC 4607 §4.3).</summary>
        public const string SsmIanaReserved = "SsmIanaReserved";

        /// <summary>P = 1 and plen 0 outside FF3x::/32, which routers treat as any-source (RFC 4607 §1).</summary>
        public const string OutsideSsmRange = "OutsideSsmRange";

        // GLOP (RFC 3180) and unicast-prefix-based IPv4 groups (RFC 6034).

        /// <summary>233.0.0.0/24 maps to AS 0, which is never assigned (RFC 3180 §3, RFC 7607).</summary>
        public const string GlopAsZero = "GlopAsZero";

        /// <summary>The GLOP range of AS_TRANS, 23456, which no network holds (RFC 6793).</summary>
        public const string GlopAsTrans = "GlopAsTrans";

        /// <summary>234.0.0.0/8 groups derive only from global unicast prefixes (RFC 6034 §3).</summary>
        public const string UnicastPrefixNotGlobal = "UnicastPrefixNotGlobal";

        // Administratively scoped IPv4 (RFC 2365).

        /// <summary>239.253.0.0-239.254.255.255, kept for the Local Scope to grow into (RFC 2365 §6.1.1).</summary>
        public const string LocalScopeExpansion = "LocalScopeExpansion";

        /// <summary>239.0.0.0/10, 239.64.0.0/10, 239.128.0.0/10, kept for the Organization Local Scope (RFC 2365 §6.2.1).</summary>
        public const string OrganizationLocalScopeExpansion = "OrganizationLocalScopeExpansion";

        /// <summary>239.196.0.0-239.252.255.255, to which RFC 2365 gives no scope (§8).</summary>
        public const string AdminScopedWithoutScope = "AdminScopedWithoutScope";

        /// <summary>Offsets of the highest /24 of a scope that IANA keeps unassigned or reserved (RFC 2365 §9).</summary>
        public const string RelativeOffsetReserved = "RelativeOffsetReserved";

        /// <summary>A relative offset IANA assigns to a protocol (RFC 2365 §9, RFC 5771 §10.1.1).</summary>
        public const string RelativeOffsetAssigned = "RelativeOffsetAssigned";

        // Documentation space (RFC 6676).

        /// <summary>233.252.0.0/24, MCAST-TEST-NET (RFC 5771 §9.2, RFC 6676 §2).</summary>
        public const string DocumentationMcastTestNet = "DocumentationMcastTestNet";

        /// <summary>Relative offset 10, MCAST-TEST-NET-2 (RFC 6676 §2.1).</summary>
        public const string DocumentationRelativeOffset = "DocumentationRelativeOffset";

        /// <summary>GLOP of the documentation AS numbers 64496-64511, 233.251.240.0/20 (RFC 5398, RFC 6676 §2.2).</summary>
        public const string DocumentationGlop = "DocumentationGlop";

        /// <summary>234.192.0.2, 234.198.51.100, 234.203.0.113, from the RFC 5737 blocks (RFC 6676 §2.3).</summary>
        public const string DocumentationUnicastPrefixIPv4 = "DocumentationUnicastPrefixIPv4";

        /// <summary>ff0x::db8:0:0/96 (RFC 6676 §3).</summary>
        public const string DocumentationIPv6Multicast = "DocumentationIPv6Multicast";

        /// <summary>An RFC 3306 group from 2001:db8::/32 (RFC 3849, RFC 6676 §3.1).</summary>
        public const string DocumentationUnicastPrefixIPv6 = "DocumentationUnicastPrefixIPv6";

        /// <summary>An embedded-RP group whose RP is in 2001:db8::/32 (RFC 3849, RFC 6676 §3.2).</summary>
        public const string DocumentationEmbeddedRp = "DocumentationEmbeddedRp";

        // IPv6 scope and flags (RFC 4291 §2.7, RFC 7346, RFC 7371).

        /// <summary>Scope 0: nodes must not send to it (RFC 4291 §2.7).</summary>
        public const string ScopeReservedZero = "ScopeReservedZero";

        /// <summary>Scope F: nodes should not send to it; it is handled as global (RFC 4291 §2.7).</summary>
        public const string ScopeReservedF = "ScopeReservedF";

        /// <summary>Scopes 6, 7 and 9-D, unassigned (RFC 7346 §2).</summary>
        public const string ScopeUnassigned = "ScopeUnassigned";

        /// <summary>The X flag, for future assignment (RFC 7371 §4.1.1).</summary>
        public const string XFlagSet = "XFlagSet";

        /// <summary>ff2 bits set, which MUST be sent as zero (RFC 7371 §4.1.1).</summary>
        public const string Ff2BitsSet = "Ff2BitsSet";

        /// <summary>R = 1 without P: an embedded-RP address MUST have P and T set (RFC 3956 §3, RFC 7371 §4.2.3).</summary>
        public const string EmbeddedRpPrefixFlagClear = "EmbeddedRpPrefixFlagClear";

        /// <summary>A link-scoped address with interface ID 0, which names no interface (RFC 4291 §2.6.1, RFC 4489 §3).</summary>
        public const string LinkScopedInterfaceIdZero = "LinkScopedInterfaceIdZero";

        // The RFC 3306 / 3956 / 4489 field rules, as UnicastPrefixViolationInfo.ErrorId names them.

        /// <summary>P = 1 with T = 0 (RFC 3306 §4 as updated by RFC 7371).</summary>
        public const string TransientFlagClear = "TransientFlagClear";

        /// <summary>An embedded-RP address with plen 0 (RFC 3956 §4).</summary>
        public const string EmbeddedRpPlenZero = "EmbeddedRpPlenZero";

        /// <summary>plen above 64 (RFC 3306 §4, RFC 3956 §4).</summary>
        public const string PlenTooLong = "PlenTooLong";

        /// <summary>RIID 0 (RFC 3956 §6.3).</summary>
        public const string EmbeddedRpRiidZero = "EmbeddedRpRiidZero";

        /// <summary>An RP in fe80::/10, ::/16 or ff00::/8 (RFC 3956 §4).</summary>
        public const string EmbeddedRpAddressExcluded = "EmbeddedRpAddressExcluded";

        /// <summary>A link-scoped address with a scope wider than link-local (RFC 4489 §3).</summary>
        public const string LinkScopedScopeTooWide = "LinkScopedScopeTooWide";

        /// <summary>The reserved RIID bits set with R = 0 (RFC 3956 §3).</summary>
        public const string ReservedBitsSet = "ReservedBitsSet";

        /// <summary>Network prefix bits set after plen (RFC 3306 §4).</summary>
        public const string NetworkPrefixBitsAfterPlen = "NetworkPrefixBitsAfterPlen";

        /// <summary>An SSM address (plen 0) with a non-zero network prefix (RFC 3306 §6, RFC 4607 §1).</summary>
        public const string SsmNetworkPrefixNotZero = "SsmNetworkPrefixNotZero";

        /// <summary>A scope wider than the embedded link-local prefix's (RFC 3306 §4).</summary>
        public const string ScopeExceedsUnicastPrefix = "ScopeExceedsUnicastPrefix";

        // IPv6 group IDs (RFC 3306, RFC 3307) and unicast prefixes.

        /// <summary>Group ID 0 of a prefix-based group, which names no group (RFC 3306 §7, RFC 3307 §4).</summary>
        public const string GroupIdZero = "GroupIdZero";

        /// <summary>A prefix-based group ID in 0x1-0x3FFFFFFF, kept for permanent addresses (RFC 3307 §4.1, §4.3).</summary>
        public const string GroupIdPermanentAddress = "GroupIdPermanentAddress";

        /// <summary>A prefix-based group ID in 0x40000000-0x7FFFFFFF, which IANA assigns to services (RFC 3307 §4.2).</summary>
        public const string GroupIdPermanentGroupId = "GroupIdPermanentGroupId";

        /// <summary>Derived from 3ffe::/16, the 6bone prefix returned to IANA (RFC 3701).</summary>
        public const string SixBonePrefix = "SixBonePrefix";

        // Permanent IPv6 addresses (T = 0, P = 0), which only IANA assigns (RFC 4291 §2.7).

        /// <summary>ff0x::, reserved and never assigned (RFC 4291 §2.7.1).</summary>
        public const string ReservedMulticastAddress = "ReservedMulticastAddress";

        /// <summary>The all-nodes group ID 1 at a scope other than 1 and 2 (RFC 4291 §2.7.1).</summary>
        public const string AllNodesAtOtherScope = "AllNodesAtOtherScope";

        /// <summary>The all-routers group ID 2 at a scope other than 1, 2 and 5 (RFC 4291 §2.7.1).</summary>
        public const string AllRoutersAtOtherScope = "AllRoutersAtOtherScope";

        /// <summary>A solicited-node group ID at a scope other than 2 (RFC 4291 §2.7.1).</summary>
        public const string SolicitedNodeAtOtherScope = "SolicitedNodeAtOtherScope";

        /// <summary>A permanent address the module's partial registry copy has no row for (RFC 4291 §2.7, RFC 3307 §4.1).</summary>
        public const string PermanentNotInRegistry = "PermanentNotInRegistry";

        /// <summary>Sent to 33-33-00-00-00-01, the MAC of ff02::1, which every node receives (RFC 2464 §7, RFC 4291 §2.8).</summary>
        public const string MacAliasesAllNodes = "MacAliasesAllNodes";
    }
}
