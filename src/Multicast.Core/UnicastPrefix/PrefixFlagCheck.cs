namespace Multicast
{
    /// <summary>The checks RFC 3306 (§4) and RFC 4489 (§3) addresses start with: ff00::/8, P, T and the bits receivers ignore.</summary>
    internal static class PrefixFlagCheck
    {
        /// <summary>
        /// False with NotIPv6Multicast or PFlagClear when the address is not prefix-based at all, so no
        /// other rule applies. Otherwise true, with TFlagClear (RFC 3306 §4 as updated by RFC 7371),
        /// ReservedBitsSet (R = 0 with RIID bits, RFC 3956 §3) and Ff2Set (RFC 7371 §4) as they apply.
        /// </summary>
        public static bool Applies(IPAddressValue address, out UnicastPrefixViolation violations)
        {
            if (!address.IsIPv6 || !address.IsMulticast)
            {
                violations = UnicastPrefixViolation.NotIPv6Multicast;
                return false;
            }

            if (!UnicastPrefixFields.HasFlagP(address))
            {
                violations = UnicastPrefixViolation.PFlagClear;
                return false;
            }

            violations = UnicastPrefixViolation.None;
            if (!UnicastPrefixFields.HasFlagT(address))
            {
                violations |= UnicastPrefixViolation.TFlagClear;
            }

            if (!UnicastPrefixFields.HasFlagR(address) && UnicastPrefixFields.Riid(address) != 0)
            {
                violations |= UnicastPrefixViolation.ReservedBitsSet;
            }

            if (UnicastPrefixFields.Ff2(address) != 0)
            {
                violations |= UnicastPrefixViolation.Ff2Set;
            }

            return true;
        }
    }
}
