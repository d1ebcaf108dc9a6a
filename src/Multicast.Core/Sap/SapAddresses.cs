using System.Collections.Generic;
using System.Net;

namespace Multicast.Sap
{
    /// <summary>
    /// Where SAP announcements go (RFC 2974 §3): a well-known group for each scope, port 9875. An
    /// announcement goes to the SAP group of the scope of the session it announces.
    /// </summary>
    public static class SapAddresses
    {
        /// <summary>RFC 2974 §3: "SAP announcements MUST be sent on port 9875".</summary>
        public const int Port = 9875;

        /// <summary>RFC 2974 §3: announcements "SHOULD be sent with an IP time-to-live of 255"; used as the IPv6 hop limit too.</summary>
        public const int RecommendedHops = 255;

        /// <summary>
        /// IANA's relative offset of SAP in every IPv4 administrative scope: 0, the scope's highest address
        /// (RFC 2365 §9: "The de-facto relative assignment "0" ... currently exists for SAP").
        /// </summary>
        public const int RelativeOffset = 0;

        /// <summary>RFC 2974 §3: 224.2.127.254, the SAP group of IPv4 global scope sessions.</summary>
        public static IPAddressValue GlobalIPv4 { get; } = IPAddressValue.FromIPv4(0xE0027FFE);

        /// <summary>RFC 2974 §3: 224.2.127.255, the SAPv0 group, which "MUST NOT be used".</summary>
        public static IPAddressValue ObsoleteIPv4 { get; } = IPAddressValue.FromIPv4(0xE0027FFF);

        /// <summary>RFC 2974 §3: 224.2.128.0 - 224.2.255.255, the IPv4 global scope session range.</summary>
        public static IPPrefix GlobalSessionRange { get; } = new IPPrefix(IPAddressValue.FromIPv4(0xE0028000), 17);

        /// <summary>
        /// The SAP group of an IPv4 administrative scope: its highest address (RFC 2974 §3; for the scope
        /// 239.16.32.0/23, 239.16.33.255), relative offset 0 (RFC 2365 §9). The scope is a prefix in 239/8, /8 to /24.
        /// </summary>
        public static IPAddressValue ForIPv4Scope(IPPrefix scope) => ScopeRelativeAddressing.GetAddress(scope, RelativeOffset);

        /// <summary>RFC 2974 §3: FF0X:0:0:0:0:0:2:7FFE, X the 4-bit scope. Scopes 0 and F are reserved (RFC 4291 §2.7).</summary>
        public static IPAddressValue ForIPv6Scope(MulticastScope scope)
        {
            if (scope == MulticastScope.Reserved0 || scope == MulticastScope.ReservedF)
            {
                throw new MulticastRuleException(
                    "SapScopeReserved",
                    scope,
                    "The scope " + scope + " is reserved (RFC 4291 §2.7), so it has no SAP group; use a scope 1-E, such as SiteLocal (ff05::2:7ffe) or Global (ff0e::2:7ffe).");
            }

            return IPAddressValue.FromIPv6(0xFF00_0000_0000_0000UL | ((ulong)scope << 48), 0x0000_0000_0002_7FFEUL);
        }

        /// <summary>
        /// The SAP groups a listener joins for a scope (RFC 2974 §3: "An IPv4 SAP listener SHOULD listen on the IPv4
        /// global scope SAP address and on the SAP addresses for each IPv4 administrative scope zone it is within",
        /// and an IPv6 one on the IPv6 SAP addresses): FF0X::2:7FFE, and where RFC 2365 §8 maps the scope to IPv4,
        /// that range's SAP group: 224.2.127.254 for Global, 239.255.255.255 for the Local Scope (RealmLocal) and
        /// 239.195.255.255 for the Organization Local Scope (OrganizationLocal).
        /// </summary>
        public static IReadOnlyList<IPAddressValue> ForScope(MulticastScope scope)
        {
            var groups = new List<IPAddressValue>(2);
            switch (scope)
            {
                case MulticastScope.Global:
                    groups.Add(GlobalIPv4);
                    break;
                case MulticastScope.RealmLocal:
                    groups.Add(ForIPv4Scope(ScopeRelativeAddressing.LocalScope));
                    break;
                case MulticastScope.OrganizationLocal:
                    groups.Add(ForIPv4Scope(ScopeRelativeAddressing.OrganizationLocalScope));
                    break;
            }

            groups.Add(ForIPv6Scope(scope));
            return groups;
        }

        /// <summary>
        /// The SAP group for a session group: IPv6 by the group's scope; IPv4 in 239/8 by its administrative
        /// scope (<paramref name="administrativeScope"/>, or the Local or Organization Local Scope that holds
        /// it); any other IPv4 group is global. RFC 2974 §3 names no SAP group for 224.0.0.0/24.
        /// </summary>
        public static IPAddressValue ForGroup(IPAddressValue group, IPPrefix? administrativeScope = null)
        {
            if (!group.IsMulticast)
            {
                throw new MulticastRuleException("SapGroupNotMulticast", group.ToString(), group + " is not a multicast address, so no SAP scope applies to it (RFC 2974 §3).");
            }

            if (group.IsIPv6)
            {
                return ForIPv6Scope((MulticastScope)((group.High >> 48) & 0xF));
            }

            if (ScopeClassifier.IsAdminScopedIPv4(group))
            {
                IPPrefix scope;
                if (administrativeScope.HasValue)
                {
                    scope = administrativeScope.Value;
                }
                else if (ScopeRelativeAddressing.LocalScope.Contains(group))
                {
                    scope = ScopeRelativeAddressing.LocalScope;
                }
                else if (ScopeRelativeAddressing.OrganizationLocalScope.Contains(group))
                {
                    scope = ScopeRelativeAddressing.OrganizationLocalScope;
                }
                else
                {
                    throw new MulticastRuleException(
                        "SapScopeRequired",
                        group.ToString(),
                        group + " is administratively scoped, and its SAP group is the highest address of its scope (RFC 2974 §3); "
                        + "give the scope prefix, since only 239.255.0.0/16 and 239.192.0.0/14 are known without one (RFC 2365 §6).");
                }

                if (!scope.Contains(group))
                {
                    throw new MulticastRuleException("SapGroupNotInScope", group.ToString(), group + " is not in the scope " + scope + ".");
                }

                return ForIPv4Scope(scope);
            }

            if ((group.IPv4 & 0xFFFF_FF00) == 0xE000_0000)
            {
                throw new MulticastRuleException(
                    "SapNoLinkLocalIPv4Group",
                    group.ToString(),
                    group + " is in 224.0.0.0/24, the Local Network Control Block (RFC 5771 §4); RFC 2974 §3 gives no SAP group for it. "
                    + "Use a group in 239.255.0.0/16 for a session that stays local.");
            }

            return GlobalIPv4;
        }

        /// <summary>The SAP group and port 9875 as an endpoint to send to.</summary>
        public static IPEndPoint EndPoint(IPAddressValue sapGroup) => new IPEndPoint(sapGroup.ToIPAddress(), Port);
    }
}
