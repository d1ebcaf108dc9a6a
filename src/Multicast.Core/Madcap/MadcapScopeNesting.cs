using System;
using System.Net;
using System.Net.Sockets;

namespace Multicast.Madcap
{
    /// <summary>
    /// Whether one multicast scope encloses another in the network (not in the address space), as far as the RFCs say
    /// without asking the routers (MZAP, RFC 2776): what RFC 2730 §2.11 needs to tell whether a request's scope "match[es]
    /// or enclose[s] the scope of the MADCAP Server Multicast Address on which the request was received", and what RFC
    /// 2907's Multicast Scope Nesting State option reports. Scopes are named by their Scope ID, their first address.
    /// - IPv4: the Local Scope, 239.255.0.0/16, "must be completely contained within or equal to any larger scope" (RFC 2365
    ///   §6.1), so every scope encloses it; the global scope (any group outside 239.0.0.0/8) encloses every scope; two other
    ///   administrative scopes enclose each other only when they are the same scope, since nothing in the addresses says how
    ///   their zones lie.
    /// - IPv6: "a zone of a given scope (less than global) falls completely within zones of larger scope" (RFC 4007 §5), so a
    ///   scope encloses every scope of a scope value no larger (RFC 4291 §2.7); this server is in one zone of each value.
    /// </summary>
    public static class MadcapScopeNesting
    {
        /// <summary>True when the scope whose Scope ID is <paramref name="outer"/> encloses (or is) the scope <paramref name="inner"/>.</summary>
        public static bool Encloses(IPAddress outer, IPAddress inner)
        {
            if (outer is null)
            {
                throw new ArgumentNullException(nameof(outer));
            }

            if (inner is null)
            {
                throw new ArgumentNullException(nameof(inner));
            }

            if (outer.AddressFamily != inner.AddressFamily)
            {
                return false;
            }

            if (outer.Equals(inner))
            {
                return true;
            }

            byte[] o = outer.GetAddressBytes();
            byte[] i = inner.GetAddressBytes();
            if (outer.AddressFamily == AddressFamily.InterNetworkV6)
            {
                return ScopeValue(o) >= ScopeValue(i);
            }

            bool innerIsLocalScope = i[0] == 239 && i[1] == 255;
            bool outerIsGlobal = o[0] != 239;
            return innerIsLocalScope || outerIsGlobal;
        }

        /// <summary>The 4-bit scope value of an IPv6 multicast address (RFC 4291 §2.7), 0x1 to 0xE.</summary>
        private static int ScopeValue(byte[] octets) => octets[1] & 0x0F;
    }
}
