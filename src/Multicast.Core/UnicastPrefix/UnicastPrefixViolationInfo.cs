namespace Multicast
{
    /// <summary>Names, messages and severity for <see cref="UnicastPrefixViolation"/>.</summary>
    public static class UnicastPrefixViolationInfo
    {
        /// <summary>
        /// Rules whose breach still leaves every field readable: bits the RFCs say to ignore on receipt,
        /// SHOULDs, and rules about use rather than form. Decoding goes on and reports them; every other
        /// violation means the address is not of the mechanism asked for, and decoding stops.
        /// </summary>
        public const UnicastPrefixViolation Advisory =
            UnicastPrefixViolation.ReservedBitsSet | UnicastPrefixViolation.Ff2Set | UnicastPrefixViolation.BitsAfterPlen
            | UnicastPrefixViolation.SsmNetworkPrefixNotZero | UnicastPrefixViolation.SsmGroupIdInvalid
            | UnicastPrefixViolation.ScopeReserved | UnicastPrefixViolation.ScopeExceedsPrefix;

        /// <summary>The lowest violation that stops decoding, or None.</summary>
        public static UnicastPrefixViolation FirstFatal(UnicastPrefixViolation violations)
        {
            int fatal = (int)(violations & ~Advisory);
            return (UnicastPrefixViolation)(fatal & -fatal);
        }

        /// <summary>True when no violation stops decoding.</summary>
        public static bool IsDecodable(UnicastPrefixViolation violations) => (violations & ~Advisory) == 0;

        /// <summary>Throws the exception for the first violation that stops decoding, if any.</summary>
        internal static void ThrowIfFatal(UnicastPrefixViolation violations, IPAddressValue address)
        {
            UnicastPrefixViolation fatal = FirstFatal(violations);
            if (fatal != UnicastPrefixViolation.None)
            {
                throw ToException(fatal, address);
            }
        }

        /// <summary>The stable ErrorId of one violation.</summary>
        public static string ErrorId(UnicastPrefixViolation violation) => violation switch
        {
            UnicastPrefixViolation.NotIPv6Multicast => "NotIPv6Multicast",
            UnicastPrefixViolation.PFlagClear => "PrefixFlagClear",
            UnicastPrefixViolation.TFlagClear => "TransientFlagClear",
            UnicastPrefixViolation.RFlagClear => "EmbeddedRpFlagClear",
            UnicastPrefixViolation.RFlagSet => "LinkScopedRFlagSet",
            UnicastPrefixViolation.PlenZero => "EmbeddedRpPlenZero",
            UnicastPrefixViolation.PlenTooLong => "PlenTooLong",
            UnicastPrefixViolation.PlenNotLinkScoped => "LinkScopedPlenNot255",
            UnicastPrefixViolation.RiidZero => "EmbeddedRpRiidZero",
            UnicastPrefixViolation.RendezvousPointExcluded => "EmbeddedRpAddressExcluded",
            UnicastPrefixViolation.ScopeTooWide => "LinkScopedScopeTooWide",
            UnicastPrefixViolation.ReservedBitsSet => "ReservedBitsSet",
            UnicastPrefixViolation.Ff2Set => "Ff2BitsSet",
            UnicastPrefixViolation.BitsAfterPlen => "NetworkPrefixBitsAfterPlen",
            UnicastPrefixViolation.SsmNetworkPrefixNotZero => "SsmNetworkPrefixNotZero",
            UnicastPrefixViolation.SsmGroupIdInvalid => "SsmGroupIdInvalid",
            UnicastPrefixViolation.ScopeReserved => "ScopeReserved",
            UnicastPrefixViolation.ScopeExceedsPrefix => "ScopeExceedsUnicastPrefix",
            _ => "UnicastPrefixRule",
        };

        /// <summary>Where the rule is written, as <see cref="Describe"/> cites it: "RFC 3956 §6.3".</summary>
        public static string Rfc(UnicastPrefixViolation violation) => violation switch
        {
            UnicastPrefixViolation.NotIPv6Multicast => "RFC 4291 §2.7",
            UnicastPrefixViolation.PFlagClear => "RFC 3306 §4",
            UnicastPrefixViolation.TFlagClear => "RFC 3306 §4",
            UnicastPrefixViolation.RFlagClear => "RFC 3956 §4, RFC 7371 §4.2.3",
            UnicastPrefixViolation.RFlagSet => "RFC 4489 §3",
            UnicastPrefixViolation.PlenZero => "RFC 3956 §4",
            UnicastPrefixViolation.PlenTooLong => "RFC 3306 §4, RFC 3956 §4",
            UnicastPrefixViolation.PlenNotLinkScoped => "RFC 4489 §3",
            UnicastPrefixViolation.RiidZero => "RFC 3956 §6.3",
            UnicastPrefixViolation.RendezvousPointExcluded => "RFC 3956 §4",
            UnicastPrefixViolation.ScopeTooWide => "RFC 4489 §3",
            UnicastPrefixViolation.ReservedBitsSet => "RFC 3956 §3",
            UnicastPrefixViolation.Ff2Set => "RFC 7371 §4",
            UnicastPrefixViolation.BitsAfterPlen => "RFC 3306 §4",
            UnicastPrefixViolation.SsmNetworkPrefixNotZero => "RFC 3306 §6, RFC 4607 §1",
            UnicastPrefixViolation.SsmGroupIdInvalid => "RFC 4607 §1",
            UnicastPrefixViolation.ScopeReserved => "RFC 4291 §2.7",
            UnicastPrefixViolation.ScopeExceedsPrefix => "RFC 3306 §4",
            _ => "RFC 3306",
        };

        /// <summary>What is wrong, citing the rule, as a phrase that follows the address ("ff7e:... has RIID 0; ...").</summary>
        public static string Describe(UnicastPrefixViolation violation) => violation switch
        {
            UnicastPrefixViolation.NotIPv6Multicast => "is not an IPv6 multicast address (ff00::/8, RFC 4291 §2.7).",
            UnicastPrefixViolation.PFlagClear => "has P = 0, so it is not assigned from a unicast prefix (RFC 3306 §4). Unicast-prefix-based addresses start ff3x, embedded-RP addresses ff7x.",
            UnicastPrefixViolation.TFlagClear => "has P = 1 but T = 0; RFC 3306 §4 (as updated by RFC 7371) says T MUST be 1 when P is 1.",
            UnicastPrefixViolation.RFlagClear => "has R = 0, so it embeds no RP (RFC 3956 §4 as updated by RFC 7371 §4.2.3). Embedded-RP addresses start ff7x, or fffx with the X flag.",
            UnicastPrefixViolation.RFlagSet => "has R = 1, but the flags of a link-scoped address MUST be 0011 (RFC 4489 §3).",
            UnicastPrefixViolation.PlenZero => "has plen 0, which marks an SSM address; RFC 3956 §4 says an embedded-RP address MUST NOT have plen 0.",
            UnicastPrefixViolation.PlenTooLong => "has plen greater than 64, but the network prefix field holds 64 bits (RFC 3306 §4, RFC 3956 §4). plen 255 (0xFF) marks an RFC 4489 link-scoped address.",
            UnicastPrefixViolation.PlenNotLinkScoped => "does not have plen 255 (0xFF), which RFC 4489 §3 requires of a link-scoped address.",
            UnicastPrefixViolation.RiidZero => "has RIID 0, which RFC 3956 §6.3 reserves: the RP would be the Subnet-Router anycast address of its prefix. Use an RIID from 1 to F.",
            UnicastPrefixViolation.RendezvousPointExcluded => "embeds an RP in fe80::/10, ::/16 or ff00::/8, which RFC 3956 §4 says routers MUST exclude.",
            UnicastPrefixViolation.ScopeTooWide => "has a scope wider than link-local; RFC 4489 §3 requires scop 0-2. Use an RFC 3306 address for wider scopes.",
            UnicastPrefixViolation.ReservedBitsSet => "has R = 0 but bits set in the RIID field; RFC 3956 §3 says they MUST be sent as zero and are ignored on receipt.",
            UnicastPrefixViolation.Ff2Set => "has ff2 (bits 17-20) set; RFC 7371 §4 says they MUST be sent as zero and are ignored on receipt.",
            UnicastPrefixViolation.BitsAfterPlen => "has network prefix bits set after plen; RFC 3306 §4 says they SHOULD be zero.",
            UnicastPrefixViolation.SsmNetworkPrefixNotZero => "is SSM (plen 0) with a non-zero network prefix; RFC 3306 §6 sets it to 0, and RFC 4607 §1 allocates only in FF3x::/96.",
            UnicastPrefixViolation.SsmGroupIdInvalid => "is an SSM address with a group ID below 0x40000000, which RFC 4607 §1 calls invalid (routers MAY drop it). Use 0x80000000-0xFFFFFFFF (dynamic, RFC 3307 §4.3) or an IANA group ID from 0x40000000.",
            UnicastPrefixViolation.ScopeReserved => "has the reserved scope 0 or F; RFC 4291 §2.7 says nodes must not send to scop 0 and should not send to scop F.",
            UnicastPrefixViolation.ScopeExceedsPrefix => "embeds a link-local prefix (fe80::/10) with a scope wider than link-local; RFC 3306 §4 says the scope MUST NOT exceed the prefix's.",
            _ => "breaks a rule of RFC 3306.",
        };

        /// <summary>The exception for one violation of <paramref name="address"/>.</summary>
        public static MulticastRuleException ToException(UnicastPrefixViolation violation, IPAddressValue address) =>
            new MulticastRuleException(ErrorId(violation), address.ToString(), address + " " + Describe(violation));
    }
}
