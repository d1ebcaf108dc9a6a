using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// Embedded-RP (RFC 3956 as updated by RFC 7371) on raw address bits: recognise, check and derive
    /// the RP without allocating. <see cref="EmbeddedRpAddress"/> builds the result objects on top.
    /// </summary>
    public static class EmbeddedRp
    {
        /// <summary>The ff1 flags of every address this module embeds an RP in: 0RPT = 0111 (ff7x).</summary>
        public const int Flags = UnicastPrefixFields.FlagR | UnicastPrefixFields.FlagP | UnicastPrefixFields.FlagT;

        /// <summary>
        /// True for an IPv6 multicast address with R set. RFC 7371 §4.2.4: for such an address the
        /// embedded-RP mapping MUST be considered before any other, so R alone claims the address, valid
        /// or not (see <see cref="Check"/>). X may be 0 or 1, so fff0::/12 counts too (RFC 7371 §4.2.2).
        /// </summary>
        public static bool HasRFlag(IPAddressValue address) =>
            address.IsIPv6 && address.IsMulticast && UnicastPrefixFields.HasFlagR(address);

        /// <summary>
        /// Every RFC 3956 / RFC 7371 rule the address breaks as an embedded-RP address; None when an RP
        /// can be derived from it. Stops at NotIPv6Multicast or RFlagClear, since nothing else applies then.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static UnicastPrefixViolation Check(IPAddressValue group)
        {
            if (!group.IsIPv6 || !group.IsMulticast)
            {
                return UnicastPrefixViolation.NotIPv6Multicast;
            }

            // RFC 7371 §4.2.3: the R bit set, and P and T both set; X is free.
            if (!UnicastPrefixFields.HasFlagR(group))
            {
                return UnicastPrefixViolation.RFlagClear;
            }

            var violations = UnicastPrefixViolation.None;
            if (!UnicastPrefixFields.HasFlagP(group))
            {
                violations |= UnicastPrefixViolation.PFlagClear;
            }

            if (!UnicastPrefixFields.HasFlagT(group))
            {
                violations |= UnicastPrefixViolation.TFlagClear;
            }

            // RFC 3956 §4: plen MUST NOT be 0 (SSM) nor greater than 64.
            int plen = UnicastPrefixFields.Plen(group);
            if (plen == 0)
            {
                violations |= UnicastPrefixViolation.PlenZero;
            }
            else if (plen > UnicastPrefixFields.MaxPrefixLength)
            {
                violations |= UnicastPrefixViolation.PlenTooLong;
            }
            else if (IsExcludedRendezvousPoint(RendezvousPointOf(group)))
            {
                // RFC 3956 §4: at least fe80::/10, ::/16 and ff00::/8 MUST be excluded.
                violations |= UnicastPrefixViolation.RendezvousPointExcluded;
            }

            // RFC 3956 §4 and §6.3: RIID 0 is reserved.
            if (UnicastPrefixFields.Riid(group) == 0)
            {
                violations |= UnicastPrefixViolation.RiidZero;
            }

            if (UnicastPrefixFields.Ff2(group) != 0)
            {
                violations |= UnicastPrefixViolation.Ff2Set;
            }

            if (MulticastScopeInfo.IsReserved(UnicastPrefixFields.Scope(group)))
            {
                violations |= UnicastPrefixViolation.ScopeReserved;
            }

            return violations;
        }

        /// <summary>
        /// The RP by RFC 3956 §4's two steps: copy the first plen bits of the network prefix into a
        /// zeroed address, then put the RIID in the last 4 bits. ff2, the bits after plen and the group ID
        /// take no part (RFC 3956 §5.3, RFC 7371 §4.2.2). plen above 64 reads as 64; the result means
        /// something only when <see cref="Check"/> finds no fatal violation.
        /// </summary>
        public static IPAddressValue RendezvousPointOf(IPAddressValue group) =>
            IPAddressValue.FromIPv6(
                UnicastPrefixFields.UnicastNetwork(group, UnicastPrefixFields.Plen(group)).High,
                (ulong)UnicastPrefixFields.Riid(group));

        /// <summary>True for an RP in fe80::/10, ::/16 or ff00::/8, the ranges RFC 3956 §4 MUST exclude.</summary>
        public static bool IsExcludedRendezvousPoint(IPAddressValue rendezvousPoint) =>
            ExcludedRangeOf(rendezvousPoint) != null;

        /// <summary>The excluded range an RP falls in, as text, or null.</summary>
        internal static string? ExcludedRangeOf(IPAddressValue rendezvousPoint)
        {
            ulong high = rendezvousPoint.High;
            if ((high >> 54) == 0x3FA)
            {
                return "fe80::/10 (link-local unicast)";
            }

            if ((high >> 48) == 0)
            {
                return "::/16 (which holds ::, ::1 and the IPv4-mapped addresses)";
            }

            return (high >> 56) == 0xFF ? "ff00::/8 (multicast)" : null;
        }

        /// <summary>
        /// The shortest prefix length that holds every set bit of the RP before its last 4 bits, or a
        /// value above 64 when the RP cannot be embedded at any plen.
        /// </summary>
        internal static int ShortestPrefixLength(IPAddressValue rendezvousPoint)
        {
            ulong low = rendezvousPoint.Low & ~0xFUL;
            if (low != 0)
            {
                return 128 - TrailingZeros(low);
            }

            return rendezvousPoint.High == 0 ? 0 : 64 - TrailingZeros(rendezvousPoint.High);
        }

        private static int TrailingZeros(ulong value)
        {
            int count = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                count++;
            }

            return count;
        }
    }
}
