using System;
using System.Net;
using System.Net.Sockets;

namespace Multicast.Madcap
{
    /// <summary>
    /// The MADCAP Server Multicast Address of a scope (RFC 2730 §2.10): "the address with a relative offset of -1
    /// from the last address of a multicast scope", which is IANA's relative address 1, "MADCAP Protocol" in the
    /// "Relative Addresses used with Scoped Multicast Addresses" registry; RFC 2365 §9 counts relative addresses
    /// down from the highest address of an administratively scoped region, so 1 is 239.255.255.254 in the Local
    /// Scope.
    /// Only IPv4 administrative scopes (239.0.0.0/8, RFC 2365) have one here:
    /// - IANA's relative-address registry is IPv4 only, and no IPv6 MADCAP server address appears in the IPv6
    ///   registry rows this project holds; "SCOP 3" of §2.7 is a scope value, not an address. An IPv6 client is
    ///   therefore given its server group by configuration (§2.10: "MAY be established by configuration").
    /// - A client "MUST NOT send a MADCAP message to the MADCAP Server Multicast Address associated with the
    ///   global scope" (§2.11), and relative addresses exist only in scoped regions (RFC 2365 §9), so a scope
    ///   outside 239.0.0.0/8 has none.
    /// (224.0.1.68, "mdhcpdiscover" in IANA's Internetwork Control Block with reference RFC 2730, is a global
    /// address and is not used, for the same §2.11 reason.)
    /// </summary>
    public static class MadcapServerMulticastAddress
    {
        /// <summary>IANA relative address 1 (ipv4-relative-offsets: "1,MADCAP Protocol,rfc:rfc2730").</summary>
        public const int RelativeOffset = 1;

        /// <summary>239.255.255.254: the address for the IPv4 Local Scope, which a client without configuration uses (§2.10).</summary>
        public static IPAddress IPv4LocalScope => ForScope(MadcapConstants.IPv4LocalScopeFirst, MadcapConstants.IPv4LocalScopeLast);

        /// <summary>
        /// Refuses a group a client must not send to (§2.11: "the client MUST NOT send a MADCAP message to the MADCAP Server
        /// Multicast Address associated with the global scope"): an IPv4 group outside the administratively scoped
        /// 239.0.0.0/8 (RFC 2365), such as 224.0.1.68, and an IPv6 group of global scope (E) or a reserved scope (0, F)
        /// (RFC 4291 §2.7, RFC 7346). <paramref name="group"/> must be a multicast address.
        /// </summary>
        public static void CheckClientDestination(IPAddress group)
        {
            if (group is null)
            {
                throw new ArgumentNullException(nameof(group));
            }

            byte[] octets = group.GetAddressBytes();
            if (group.AddressFamily == AddressFamily.InterNetworkV6)
            {
                int scope = octets[1] & 0x0F;
                if (scope == 0x0 || scope == 0xE || scope == 0xF)
                {
                    throw new MulticastRuleException(
                        "MadcapGlobalScopeServerAddress",
                        group.ToString(),
                        group + " has IPv6 multicast scope " + scope.ToString("X") + (scope == 0xE ? " (global)" : " (reserved)")
                        + ", and a MADCAP client must not send to a global scope's MADCAP Server Multicast Address (RFC 2730 §2.11); MADCAP multicast stays within a smaller scope.",
                        Remedy.Of(RemedyKind.MadcapUseScopedGroup));
                }

                return;
            }

            if (octets[0] != 239)
            {
                throw new MulticastRuleException(
                    "MadcapGlobalScopeServerAddress",
                    group.ToString(),
                    group + " is outside the administratively scoped 239.0.0.0/8 (RFC 2365), so it belongs to the global scope, and a MADCAP client must not send to a global scope's MADCAP Server Multicast Address (RFC 2730 §2.11). The IPv4 Local Scope's is 239.255.255.254.",
                    Remedy.Of(RemedyKind.MadcapUseScopedGroup));
            }
        }

        /// <summary>The address for the scope from <paramref name="scopeId"/> to <paramref name="lastAddress"/>; throws for scopes that have none (see the type's summary).</summary>
        public static IPAddress ForScope(IPAddress scopeId, IPAddress lastAddress)
        {
            if (!TryForScope(scopeId, lastAddress, out IPAddress? address, out string? reason))
            {
                throw new MulticastRuleException("MadcapNoServerMulticastAddress", scopeId + "-" + lastAddress, reason!);
            }

            return address!;
        }

        /// <summary>The address for a scope of a Multicast Scope List.</summary>
        public static IPAddress ForScope(MadcapScopeEntry scope) => ForScope(scope.ScopeId, scope.LastAddress);

        /// <summary>As <see cref="ForScope(IPAddress, IPAddress)"/>, with the reason in words instead of an exception.</summary>
        public static bool TryForScope(IPAddress scopeId, IPAddress lastAddress, out IPAddress? address, out string? reason)
        {
            if (scopeId is null)
            {
                throw new ArgumentNullException(nameof(scopeId));
            }

            if (lastAddress is null)
            {
                throw new ArgumentNullException(nameof(lastAddress));
            }

            address = null;
            if (scopeId.AddressFamily != AddressFamily.InterNetwork || lastAddress.AddressFamily != AddressFamily.InterNetwork)
            {
                reason = "IANA reserves the MADCAP relative address only in IPv4 administrative scopes (RFC 2730 §2.10, RFC 2365 §9); no IPv6 MADCAP server group is assigned, so an IPv6 server group must be configured.";
                return false;
            }

            byte[] first = scopeId.GetAddressBytes();
            byte[] last = lastAddress.GetAddressBytes();
            if (first[0] != 239 || last[0] != 239)
            {
                reason = scopeId + "-" + lastAddress + " is not within the administratively scoped 239.0.0.0/8 (RFC 2365), where relative addresses live; a client must not use a global scope's MADCAP address (RFC 2730 §2.11).";
                return false;
            }

            if (MadcapWire.Compare(scopeId, lastAddress) >= 0)
            {
                reason = scopeId + "-" + lastAddress + " has fewer than two addresses, so it has no address at relative offset -1 from its last.";
                return false;
            }

            MadcapWire.TryAdd(lastAddress, -RelativeOffset, out IPAddress result);
            address = result;
            reason = null;
            return true;
        }
    }
}
