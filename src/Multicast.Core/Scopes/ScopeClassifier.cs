using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// The scope of a multicast address. IPv6 reads the scop field (RFC 4291 §2.7); IPv4 uses the
    /// mapping of RFC 2365 §8. Nothing here allocates.
    /// </summary>
    public static class ScopeClassifier
    {
        private const uint LinkLocalBlock = 0xE000_0000;    // 224.0.0.0/24
        private const uint LocalScope = 0xEFFF_0000;        // 239.255.0.0/16
        private const uint OrganizationLocal = 0xEFC0_0000; // 239.192.0.0/14
        private const uint AdminBlock = 0xEF00_0000;        // 239.0.0.0/8

        /// <summary>
        /// The scope of a multicast address. False for a unicast address, and for IPv4 administratively
        /// scoped space whose extent RFC 2365 does not define (239/8 outside 239.255/16 and 239.192/14).
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryGetScope(IPAddressValue address, out MulticastScope scope)
        {
            scope = default;
            if (!address.IsMulticast)
            {
                return false;
            }

            if (address.IsIPv6)
            {
                // RFC 4291 §2.7: scop is the low 4 bits of the second byte.
                scope = (MulticastScope)((address.High >> 48) & 0xF);
                return true;
            }

            // RFC 2365 §8: the IPv4 prefixes that map to an IPv6 scop value.
            uint v4 = address.IPv4;
            if ((v4 & 0xFFFF_FF00) == LinkLocalBlock)
            {
                scope = MulticastScope.LinkLocal;
            }
            else if ((v4 & 0xFFFF_0000) == LocalScope)
            {
                scope = MulticastScope.RealmLocal;
            }
            else if ((v4 & 0xFFFC_0000) == OrganizationLocal)
            {
                scope = MulticastScope.OrganizationLocal;
            }
            else if ((v4 & 0xFF00_0000) == AdminBlock)
            {
                return false;
            }
            else
            {
                scope = MulticastScope.Global;
            }

            return true;
        }

        /// <summary>The scope, or null for unicast addresses and IPv4 admin scopes of undefined extent.</summary>
        public static MulticastScope? GetScope(IPAddressValue address) =>
            TryGetScope(address, out MulticastScope scope) ? scope : (MulticastScope?)null;

        /// <summary>True for IPv4 239.0.0.0/8, the Administratively Scoped Block (RFC 2365, RFC 5771 §10).</summary>
        public static bool IsAdminScopedIPv4(IPAddressValue address) => address.IsIPv4 && (address.IPv4 & 0xFF00_0000) == AdminBlock;

        /// <summary>
        /// Does a multicast address have exactly <paramref name="scope"/>, or with <paramref name="within"/>,
        /// that scope or a narrower one? Scopes are ordered by scop value (RFC 4007 §5, RFC 7346 §2).
        /// An IPv4 admin scope of undefined extent is within Global only: it never leaves the Internet,
        /// but RFC 2365 says nothing smaller about it. Unicast addresses are never within any scope.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool IsInScope(IPAddressValue address, MulticastScope scope, bool within)
        {
            if (TryGetScope(address, out MulticastScope actual))
            {
                return within ? actual <= scope : actual == scope;
            }

            return within && scope >= MulticastScope.Global && IsAdminScopedIPv4(address);
        }
    }
}
