using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// GLOP (RFC 3180 §3): a 16-bit AS number X.Y owns 233.X.Y.0/24, and an address in that /24 names its AS.
    /// RFC 5771 §9.2 took 233.252.0.0/14 (AS 64512-65535) out of GLOP as AD-HOC Block III, and 4-byte AS
    /// numbers never had GLOP space (RFC 3180 §5), so both are refused with the alternative to use.
    /// </summary>
    public static class GlopMapping
    {
        private const uint GlopBlock = 0xE900_0000;        // 233.0.0.0/8 (RFC 3180 §3)
        private const uint AdHocBlock3 = 0xE9FC_0000;      // 233.252.0.0/14 (RFC 5771 §9.2)
        private const uint McastTestNet = 0xE9FC_0000;     // 233.252.0.0/24 (RFC 5771 §9.2, RFC 6676 §2)
        private const uint FirstAdHocAsNumber = 64512;     // 233.252.0.0 >> 8 & 0xFFFF
        private const uint FirstDocumentationAsNumber = 64496; // RFC 5398, as RFC 6676 §2.2 quotes it
        private const uint LastDocumentationAsNumber = 64511;
        private const uint FirstFourByteDocumentationAsNumber = 65536; // RFC 5398
        private const uint LastFourByteDocumentationAsNumber = 65551;
        private const uint AsTrans = 23456;                // RFC 6793

        private const string FourByteAlternatives =
            "use unicast-prefix-based IPv4 multicast addresses in 234.0.0.0/8 derived from your unicast prefix (RFC 6034), "
            + "ask IANA for space in AD-HOC Block III, 233.252.0.0/14 (RFC 5771 §9, RFC 6308 §2.1.1), or use IPv6 multicast (RFC 3306).";

        private const string DocumentationAlternative =
            "For examples, use the documentation AS numbers 64496-64511 (RFC 5398), which map to 233.251.240.0/24-233.251.255.0/24 (RFC 6676 §2.2).";

        /// <summary>
        /// The AS number that the middle two octets of a GLOP Block address encode (RFC 3180 §3). True for
        /// 233.0.0.0-233.251.255.255, the GLOP Block of RFC 5771 §3, including 233.0.0.0/24, which encodes
        /// AS 0 (reserved, so <see cref="FromAddress"/> refuses it). Allocates nothing.
        /// </summary>
        public static bool TryGetAsNumber(IPAddressValue address, out uint asNumber)
        {
            asNumber = 0;
            if (address.IsIPv6 || (address.IPv4 & 0xFF00_0000) != GlopBlock || (address.IPv4 & 0xFFFC_0000) == AdHocBlock3)
            {
                return false;
            }

            asNumber = (address.IPv4 >> 8) & 0xFFFF;
            return true;
        }

        /// <summary>True for AS 64496-64511, the 16-bit AS numbers RFC 5398 reserves for documentation.</summary>
        public static bool IsDocumentationAsNumber(uint asNumber) =>
            asNumber >= FirstDocumentationAsNumber && asNumber <= LastDocumentationAsNumber;

        /// <summary>The GLOP range of a 16-bit AS number, or a <see cref="MulticastRuleException"/> that says why it has none.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static GlopRange FromAsNumber(uint asNumber)
        {
            if (asNumber == 0)
            {
                throw new MulticastRuleException(
                    "GlopAsNumberZero",
                    asNumber,
                    "AS 0 is reserved (RFC 7607) and is never assigned to a network, so it has no GLOP range (RFC 3180 §3). "
                    + "Use your network's own 16-bit AS number. " + DocumentationAlternative);
            }

            if (asNumber > 0xFFFF)
            {
                // RFC 3180 §5: the mapping works only for two-octet AS numbers.
                string documentation = asNumber >= FirstFourByteDocumentationAsNumber && asNumber <= LastFourByteDocumentationAsNumber
                    ? " AS 65536-65551 are RFC 5398's 4-byte documentation numbers; for GLOP examples, use AS 64496-64511 (RFC 6676 §2.2)."
                    : string.Empty;
                throw new MulticastRuleException(
                    "GlopAsNumberFourByte",
                    asNumber,
                    "AS " + asNumber + " (" + AsNumberParser.FormatAsdot(asNumber) + " in asdot) is a 4-byte AS number, and GLOP maps only 16-bit AS numbers (RFC 3180 §5, RFC 6034 §1). "
                    + "Instead, " + FourByteAlternatives + documentation);
            }

            if (asNumber >= FirstAdHocAsNumber)
            {
                // RFC 5771 §9.2: the sub-block of private AS 64512-65534 and reserved AS 65535 is AD-HOC Block III.
                uint network = GlopBlock | (asNumber << 8);
                string testNet = network == McastTestNet
                    ? " Its first /24, 233.252.0.0/24, is MCAST-TEST-NET, for documentation only (RFC 5771 §9.2, RFC 6676 §2)."
                    : string.Empty;
                throw new MulticastRuleException(
                    "GlopAsNumberAdHocBlock3",
                    asNumber,
                    "AS " + asNumber + " is one of AS 64512-65535, the private-use AS numbers and the reserved AS 65535. It would map to "
                    + IPAddressValue.FromIPv4(network) + "/24, but RFC 5771 §9.2 made 233.252.0.0/14 AD-HOC Block III (formerly EGLOP): "
                    + "IANA assigns it (RFC 5771 §6.1), it is not GLOP, and no AS owns a range in it." + testNet
                    + " Inside your network, use administratively scoped addresses in 239.0.0.0/8 (RFC 2365); for global groups, use the 234/8 range "
                    + "of your unicast prefix (RFC 6034), GLOP with a public 16-bit AS number, or ask IANA for AD-HOC Block III space. " + DocumentationAlternative);
            }

            return Create(asNumber);
        }

        /// <summary>The GLOP range that holds an IPv4 address (which AS owns 233.22.30.7?), or a <see cref="MulticastRuleException"/>.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static GlopRange FromAddress(IPAddressValue address)
        {
            // The address's text only for an error: the common case allocates nothing but the result.
            if (address.IsIPv6)
            {
                string text = address.ToString();
                string mapped = address.High == 0 && (address.Low >> 32) == 0xFFFF
                    ? " If you meant the IPv4 address, write " + IPAddressValue.FromIPv4((uint)address.Low) + "."
                    : string.Empty;
                throw new MulticastRuleException(
                    "GlopAddressNotIPv4",
                    text,
                    text + " is an IPv6 address, and GLOP is defined only for IPv4 233.0.0.0/8 (RFC 3180; RFC 6308 §2.1.1). "
                    + "IPv6 gives every unicast prefix its own multicast range instead (RFC 3306)." + mapped);
            }

            uint v4 = address.IPv4;
            if ((v4 & 0xFF00_0000) != GlopBlock)
            {
                string text = address.ToString();
                throw new MulticastRuleException(
                    "GlopAddressOutsideBlock",
                    text,
                    text + " is outside 233.0.0.0/8, the GLOP Block (RFC 3180 §3, RFC 5771 §9), so no AS owns it through GLOP. "
                    + "GLOP ranges are 233.0.1.0/24 (AS 1) to 233.251.255.0/24 (AS 64511).");
            }

            if ((v4 & 0xFFFC_0000) == AdHocBlock3)
            {
                string text = address.ToString();
                string testNet = (v4 & 0xFFFF_FF00) == McastTestNet
                    ? " " + text + " is in 233.252.0.0/24, MCAST-TEST-NET: for documentation and examples only, never on the Internet (RFC 5771 §9.2, RFC 6676 §2)."
                    : " IANA's registry says who holds an assignment there.";
                throw new MulticastRuleException(
                    "GlopAddressAdHocBlock3",
                    text,
                    text + " is in 233.252.0.0/14, which RFC 5771 §9.2 made AD-HOC Block III (formerly EGLOP): IANA assigns it (RFC 5771 §6.1), "
                    + "it is not GLOP, and no AS owns it." + testNet);
            }

            uint asNumber = (v4 >> 8) & 0xFFFF;
            if (asNumber == 0)
            {
                string text = address.ToString();
                throw new MulticastRuleException(
                    "GlopAddressAsNumberZero",
                    text,
                    text + " is in 233.0.0.0/24, which GLOP maps to AS 0 (RFC 3180 §3). AS 0 is reserved (RFC 7607) and never assigned, "
                    + "so no network owns this range. " + DocumentationAlternative);
            }

            return Create(asNumber);
        }

        [MethodImpl(Jit.FullyOptimized)]
        private static GlopRange Create(uint asNumber)
        {
            // RFC 3180 §3: 233, then the AS number's high octet, then its low octet, then 8 local bits.
            var prefix = new IPPrefix(IPAddressValue.FromIPv4(GlopBlock | (asNumber << 8)), 24);
            bool documentation = IsDocumentationAsNumber(asNumber);
            string? note = documentation
                ? "Documentation only: RFC 5398 AS, RFC 6676 §2.2 prefix"
                : asNumber == AsTrans
                    ? "AS_TRANS (RFC 6793): a placeholder, not a network's AS"
                    : null;
            return new GlopRange(asNumber, prefix, documentation, note);
        }
    }
}
