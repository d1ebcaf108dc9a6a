using System;
using System.Globalization;

namespace Multicast
{
    /// <summary>
    /// Why a group is a poor choice: one <see cref="MulticastWarning"/> per reason, with the rule's Id and
    /// RFC and a plain-language sentence naming the address. Reads what <see cref="MulticastAddressDecoder"/>
    /// found; a good choice gets the shared empty list, so the common path allocates nothing here.
    /// </summary>
    internal static class AddressWarnings
    {
        private const string IPv4Alternatives =
            "Inside your network use 239.0.0.0/8 (RFC 2365); for a global group use your GLOP range (RFC 3180) or your 234/8 range (RFC 6034).";

        // The Check flags reported by a warning of their own here, for every address and not only prefix-based ones.
        private const UnicastPrefixViolation ReportedElsewhere =
            UnicastPrefixViolation.ScopeReserved | UnicastPrefixViolation.SsmGroupIdInvalid;

        public static MulticastWarningList For(MulticastAddressInfo info)
        {
            var list = new WarningList(info.Value);
            if (!info.IsMulticast)
            {
                NotMulticast(ref list);
            }
            else if (info.Value.IsIPv4)
            {
                AddIPv4(ref list, info);
            }
            else
            {
                AddIPv6(ref list, info);
            }

            return list.ToList();
        }

        private static void NotMulticast(ref WarningList list)
        {
            IPAddressValue address = list.Address;
            list.Add(MulticastWarningIds.NotMulticast, "RFC 5771, RFC 4291 §2.7",
                list.Text + " is not a multicast address: multicast groups are 224.0.0.0/4 (RFC 5771) and ff00::/8 (RFC 4291 §2.7).");
            if (address.IsIPv6 && address.High == 0 && (address.Low >> 32) == 0xFFFF && IPAddressValue.FromIPv4((uint)address.Low).IsMulticast)
            {
                IPAddressValue group = IPAddressValue.FromIPv4((uint)address.Low);
                list.Add(MulticastWarningIds.IPv4MappedGroup, "RFC 4291 §2.5.5.2",
                    list.Text + " is the IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2) of the IPv4 group " + group + "; did you mean " + group + "?");
            }
        }

        private static void AddIPv4(ref WarningList list, MulticastAddressInfo info)
        {
            IPAddressValue address = list.Address;
            uint v4 = address.IPv4;
            switch (info.BlockKind)
            {
                case Ipv4BlockKind.LocalNetworkControl:
                    list.Add(MulticastWarningIds.LocalNetworkControlBlock, "RFC 5771 §4, RFC 4541 §2.1.2", list.Text + " is in 224.0.0.0/24, the Local Network Control Block: it carries protocol control traffic that is never forwarded off the link (RFC 5771 §4), "
                        + "and IGMP-snooping switches flood it to every port (RFC 4541 §2.1.2). " + IPv4Alternatives);
                    IanaAssigned(ref list, info, "RFC 5771 §4.1", "RFC 5771 §4.1");
                    break;
                case Ipv4BlockKind.InternetworkControl:
                    IanaAssigned(ref list, info, "RFC 5771 §5.1", "RFC 5771 §5.1");
                    break;
                case Ipv4BlockKind.AdHoc:
                    IanaAssigned(ref list, info, "RFC 5771 §6.1", "RFC 5771 §6.1");
                    break;
                case Ipv4BlockKind.AdHocBlock3:
                    if (info.MechanismKind == MechanismKind.McastTestNet)
                    {
                        list.Add(MulticastWarningIds.DocumentationMcastTestNet, "RFC 5771 §9.2, RFC 6676 §2", list.Text + " is in 233.252.0.0/24, MCAST-TEST-NET: it is for documentation and example code only and MUST NOT appear on the public Internet (RFC 5771 §9.2, RFC 6676 §2).");
                    }
                    else
                    {
                        IanaAssigned(ref list, info, "RFC 5771 §6.1, §9.2", "RFC 5771 §6.1, §9.2");
                    }

                    break;
                case Ipv4BlockKind.DisTransient:
                    IanaAssigned(ref list, info, "RFC 5771 §3", "RFC 5771 §3 has this space as RESERVED; the IANA registry now gives it to DIS");
                    break;
                case Ipv4BlockKind.SdpSap:
                    list.Add(MulticastWarningIds.SdpSapBlock, "RFC 5771 §7", list.Text + " is in the SDP/SAP Block, 224.2.0.0/16: its addresses are announced with the Session Announcement Protocol and MUST NOT be used for other purposes (RFC 5771 §7). "
                        + IPv4Alternatives);
                    break;
                case Ipv4BlockKind.Reserved:
                    list.Add(MulticastWarningIds.ReservedBlock, "RFC 5771 §13", list.Text + " is in " + info.Block!.Range + ", which IANA keeps RESERVED (RFC 5771 §3), and applications MUST NOT use the reserved blocks (RFC 5771 §13). "
                        + IPv4Alternatives);
                    break;
                case Ipv4BlockKind.SourceSpecific:
                    SourceSpecific(ref list, info);
                    break;
                case Ipv4BlockKind.Glop:
                    Glop(ref list, info);
                    break;
                case Ipv4BlockKind.UnicastPrefix:
                    UnicastPrefixIPv4(ref list, info);
                    break;
                case Ipv4BlockKind.AdministrativelyScoped:
                    AdministrativelyScoped(ref list, info);
                    break;
            }

            // RFC 1112 §6.4 keeps the low 23 bits, so 32 groups share each MAC.
            if (MulticastMac.AliasesControlBlockMac(address))
            {
                IPAddressValue aliased = IPAddressValue.FromIPv4(0xE000_0000 | (v4 & 0x1FF));
                bool localControl = (v4 & 0x100) == 0;
                string flooding = localControl
                    ? "IGMP-snooping switches that forward by MAC flood it to every port, as they flood 224.0.0.x (RFC 4541 §2.1.2)"
                    : "switches that flood 224.0.1.x, as many IGMP-snooping switches do besides 224.0.0.x (RFC 4541 §2.1.2), flood it to every port when they forward by MAC";
                list.Add(
                    localControl ? MulticastWarningIds.MacAliasesLocalControl : MulticastWarningIds.MacAliasesInternetworkControl,
                    "RFC 1112 §6.4, RFC 4541 §2.1.2",
                    list.Text + " is sent to the MAC " + info.MacAddress + ", the same as " + aliased + " (RFC 1112 §6.4 keeps only the low 23 bits of a group), so "
                    + flooding + ". Avoid groups whose second octet is 0 or 128 while the third is 0 or 1 (x.0.0.y, x.0.1.y, x.128.0.y, x.128.1.y).");
            }
        }

        /// <summary>Space IANA assigns: name the assignment, or say that there is none. The rule is <paramref name="rfc"/>, as <paramref name="rule"/> words it.</summary>
        private static void IanaAssigned(ref WarningList list, MulticastAddressInfo info, string rfc, string rule)
        {
            MulticastAssignment? record = info.Record;
            if (record is null || (record.Flags & AssignmentFlags.Unassigned) != 0)
            {
                list.Add(MulticastWarningIds.IanaUnassigned, rfc, list.Text + " is unassigned space in the " + info.IanaBlock + " (" + info.Block!.Range + "), which IANA assigns (" + rule
                    + "): using it without an assignment collides with whoever IANA assigns it to next. " + IPv4Alternatives);
            }
            else if ((record.Flags & AssignmentFlags.Reserved) != 0)
            {
                list.Add(MulticastWarningIds.IanaReserved, rfc, list.Text + " is listed by IANA as \"" + record.Name + "\"" + RangeOf(record, list.Text) + ": it is reserved, not for use (" + rule + ").");
            }
            else
            {
                list.Add(MulticastWarningIds.IanaAssigned, rfc, list.Text + " is assigned by IANA to \"" + record.Name + "\"" + RangeOf(record, list.Text) + ReferenceOf(record)
                    + ": use it only for that protocol or assignee (" + rule + ").");
            }
        }

        private static void SourceSpecific(ref WarningList list, MulticastAddressInfo info)
        {
            bool ipv4 = list.Address.IsIPv4;
            switch (info.SsmRange)
            {
                case SsmRange.Invalid:
                    Violation(ref list, UnicastPrefixViolation.SsmGroupIdInvalid);
                    break;
                case SsmRange.ReservedNull:
                    list.Add(MulticastWarningIds.SsmReservedNull, "RFC 4607 §4.3", list.Text + " is the null value of the source-specific range: it is reserved and must not be used as a destination (RFC 4607 §4.3).");
                    break;
                case SsmRange.IanaReserved:
                    list.Add(MulticastWarningIds.SsmIanaReserved, "RFC 4607 §4.3", list.Text + (ipv4
                        ? " is in 232.0.0.1-232.0.0.255, reserved for IANA allocation (RFC 4607 §4.3, §9). Pick a source-specific group from 232.0.1.0-232.255.255.255."
                        : " has a group ID in 0x40000001-0x7FFFFFFF, reserved for IANA allocation (RFC 4607 §4.3). Pick a group ID from 0x80000000-0xFFFFFFFF (RFC 4607 §1, RFC 3307 §4.3)."));
                    break;
            }
        }

        private static void Glop(ref WarningList list, MulticastAddressInfo info)
        {
            uint asNumber = info.GlopAsNumber ?? 0;
            if (asNumber == 0)
            {
                list.Add(MulticastWarningIds.GlopAsZero, "RFC 3180 §3, RFC 7607", list.Text + " is in 233.0.0.0/24, which GLOP maps to AS 0 (RFC 3180 §3); AS 0 is reserved and never assigned (RFC 7607), so no network owns this range.");
            }
            else if (asNumber == 23456)
            {
                list.Add(MulticastWarningIds.GlopAsTrans, "RFC 6793, RFC 3180 §3", list.Text + " is in the GLOP range of AS 23456, AS_TRANS (RFC 6793): a stand-in for 4-byte AS numbers, not a network's AS, so no network owns this range (RFC 3180 §3).");
            }
            else if (GlopMapping.IsDocumentationAsNumber(asNumber))
            {
                list.Add(MulticastWarningIds.DocumentationGlop, "RFC 5398, RFC 6676 §2.2", list.Text + " is in the GLOP range of AS " + asNumber.ToString(CultureInfo.InvariantCulture)
                    + ", an AS number for documentation (RFC 5398): 233.251.240.0/20 is for examples only (RFC 6676 §2.2).");
            }
        }

        private static void UnicastPrefixIPv4(ref WarningList list, MulticastAddressInfo info)
        {
            // RFC 6676 §2.3: the RFC 5737 documentation blocks give exactly these three groups.
            IPAddressValue unicast = info.NetworkPrefix!.Value.Network;
            uint network = unicast.IPv4;
            if (network == 0xC000_0200 || network == 0xC633_6400 || network == 0xCB00_7100)
            {
                list.Add(MulticastWarningIds.DocumentationUnicastPrefixIPv4, "RFC 5737, RFC 6676 §2.3", list.Text + " is derived from " + info.NetworkPrefix + ", a unicast block for documentation (RFC 5737): 234.192.0.2, 234.198.51.100 and 234.203.0.113 are for examples only (RFC 6676 §2.3).");
            }
            else if (UnicastPrefixRules.TryFindNonGlobalIPv4(info.NetworkPrefix.Value, out IPPrefix block, out string name))
            {
                list.Add(MulticastWarningIds.UnicastPrefixNotGlobal, "RFC 6034 §3", list.Text + " points at " + info.NetworkPrefix + ", which is in " + block + ", " + name
                    + ". RFC 6034 §3 derives groups only from global unicast prefixes, so no network owns this group.");
            }
        }

        private static void AdministrativelyScoped(ref WarningList list, MulticastAddressInfo info)
        {
            MulticastAssignment? record = info.Record;
            if (record != null && record.Kind == AssignmentKind.RelativeOffset)
            {
                RelativeOffset(ref list, record);
                return;
            }

            uint v4 = list.Address.IPv4;
            switch (info.ScopeName)
            {
                case Ipv4ScopeNames.LocalExpansion:
                    list.Add(MulticastWarningIds.LocalScopeExpansion, "RFC 2365 §6.1.1", list.Text + " is in 239.253.0.0-239.254.255.255, kept for the Local Scope to grow into: RFC 2365 §6.1.1 says not to use it until 239.255.0.0/16 is no longer sufficient. "
                        + "Use 239.255.0.0/16 (Local Scope) or 239.192.0.0/14 (Organization Local Scope).");
                    break;
                case Ipv4ScopeNames.OrganizationLocalExpansion:
                    list.Add(MulticastWarningIds.OrganizationLocalScopeExpansion, "RFC 2365 §6.2.1", list.Text + " is in " + IPAddressValue.FromIPv4(v4 & 0xFFC0_0000) + "/10, which RFC 2365 §6.2.1 leaves unassigned for the Organization Local Scope to expand into "
                        + "until 239.192.0.0/14 is no longer sufficient. Use 239.192.0.0/14 (RFC 2365 §6.2).");
                    break;
                case Ipv4ScopeNames.AdminScoped:
                    list.Add(MulticastWarningIds.AdminScopedWithoutScope, "RFC 2365 §8", list.Text + " is in 239.196.0.0-239.252.255.255, administratively scoped space that RFC 2365 gives no scope (§8), so no standard boundary covers it. "
                        + "Allocate private groups from 239.192.0.0/14, the Organization Local Scope (RFC 2365 §6.2), or 239.255.0.0/16, the Local Scope (§6.1).");
                    break;
            }
        }

        private static void RelativeOffset(ref WarningList list, MulticastAssignment record)
        {
            uint v4 = list.Address.IPv4;
            int offset = (int)(~v4 & 0xFF);
            string scope = (v4 & 0xFFFF_0000) == 0xEFFF_0000 ? "Local Scope (239.255.0.0/16)" : "Organization Local Scope (239.192.0.0/14)";
            string where = list.Text + " is relative offset " + offset.ToString(CultureInfo.InvariantCulture) + " of the " + scope;
            if (offset == 10)
            {
                // RFC 6676 §2.1: offset 10 is MCAST-TEST-NET-2 in every scope.
                list.Add(MulticastWarningIds.DocumentationRelativeOffset, "RFC 6676 §2.1", where + ", MCAST-TEST-NET-2: for documentation only (RFC 6676 §2.1).");
            }
            else if ((record.Flags & (AssignmentFlags.Unassigned | AssignmentFlags.Reserved)) != 0)
            {
                list.Add(MulticastWarningIds.RelativeOffsetReserved, "RFC 2365 §9", where + ", in the highest /24 that RFC 2365 §9 reserves for relative assignments by IANA (the registry lists it as \"" + record.Name
                    + "\"): do not assign groups from it. Use an address below " + IPAddressValue.FromIPv4(v4 & 0xFFFF_FF00) + ".");
            }
            else
            {
                list.Add(MulticastWarningIds.RelativeOffsetAssigned, "RFC 2365 §9, RFC 5771 §10.1.1", where + ", assigned by IANA to \"" + record.Name + "\"" + ReferenceOf(record) + ": use it only for that protocol (RFC 2365 §9, RFC 5771 §10.1.1).");
            }
        }

        private static void AddIPv6(ref WarningList list, MulticastAddressInfo info)
        {
            IPAddressValue address = list.Address;
            MulticastScope scope = info.Scope!.Value;
            bool x = info.X == true, r = info.R == true, p = info.P == true, t = info.T == true;
            if (scope == MulticastScope.Reserved0)
            {
                list.Add(MulticastWarningIds.ScopeReservedZero, "RFC 4291 §2.7", list.Text + " has scope 0, which is reserved: nodes must not send to it, and receivers drop it (RFC 4291 §2.7).");
            }
            else if (scope == MulticastScope.ReservedF)
            {
                list.Add(MulticastWarningIds.ScopeReservedF, "RFC 4291 §2.7", list.Text + " has scope F, which is reserved: nodes should not send to it, and it is handled as global (RFC 4291 §2.7). Use E (Global).");
            }
            else if (MulticastScopeInfo.IsUnassigned(scope))
            {
                list.Add(MulticastWarningIds.ScopeUnassigned, "RFC 7346 §2, RFC 4291 §2.7", list.Text + " has scope " + ((int)scope).ToString("X", CultureInfo.InvariantCulture)
                    + ", which is unassigned (RFC 7346 §2): it works only where administrators have configured its boundaries (RFC 4291 §2.7). "
                    + "Use 4 (Admin-Local), 5 (Site-Local) or 8 (Organization-Local).");
            }

            if (x)
            {
                list.Add(MulticastWarningIds.XFlagSet, "RFC 7371 §4.1.1", list.Text + " has the X flag (the high bit of ff1) set, which RFC 7371 §4.1.1 leaves for future assignment: a later definition may change what the address means, "
                    + "and implementations that predate RFC 7371 may not read the other flags without it (RFC 7371 §3). Leave X at 0.");
            }

            if (info.Ff2 != 0)
            {
                list.Add(MulticastWarningIds.Ff2BitsSet, "RFC 7371 §2, §4.1.1", list.Text + " has ff2 (bits 17-20) set: RFC 7371 §2 makes them flags of every multicast address, to be defined later, and they MUST be sent as zero (RFC 7371 §4.1.1).");
            }

            UnicastPrefixViolation violations = info.Violations & ~ReportedElsewhere & ~UnicastPrefixViolation.Ff2Set;
            if (r && !p)
            {
                // Check's P and T texts speak of RFC 3306 addresses; with R set, RFC 7371 §4.2.3 is the rule.
                list.Add(MulticastWarningIds.EmbeddedRpPrefixFlagClear, "RFC 3956 §3, RFC 7371 §4.2.3", list.Text + " has R = 1 but P = 0" + (t ? string.Empty : " and T = 0")
                    + ": an embedded-RP address MUST have P and T set (RFC 3956 §3, RFC 7371 §4.2.3), so no RP can be derived from it. Embedded-RP addresses start ff7x.");
                violations &= ~(UnicastPrefixViolation.PFlagClear | UnicastPrefixViolation.TFlagClear);
            }

            if (info.MechanismKind == MechanismKind.LinkScoped && UnicastPrefixViolationInfo.IsDecodable(info.Violations) && info.InterfaceId is null)
            {
                list.Add(MulticastWarningIds.LinkScopedInterfaceIdZero, "RFC 4291 §2.6.1, RFC 4489 §3", list.Text + " has interface ID 0, which belongs to no interface: fe80:: is the Subnet-Router anycast address (RFC 4291 §2.6.1), and RFC 4489 §3 takes the interface ID of a link-local address.");
            }

            // Each set flag, lowest first.
            for (int bits = (int)violations; bits != 0; bits &= bits - 1)
            {
                Violation(ref list, (UnicastPrefixViolation)(bits & -bits));
            }

            if (p && !r && UnicastPrefixFields.Plen(address) == 0 && info.IsSourceSpecific != true)
            {
                // RFC 4607 §1: routers treat exactly FF3x::/32 as SSM, so a plen-0 group with any of bits 16-23 set is ASM to them.
                list.Add(MulticastWarningIds.OutsideSsmRange, "RFC 4607 §1", list.Text + " has P = 1 and plen 0, the form of a source-specific address (RFC 3306 §6), but bits 16-23 are not zero, so it is outside FF3x::/32, "
                    + "the range routers are configured to treat as SSM (RFC 4607 §1): routers treat it as an any-source group. For SSM, use ff3x::/96 with a group ID from 0x80000000 (RFC 4607 §1, RFC 3307 §4.3).");
            }

            if (info.IsSourceSpecific == true)
            {
                SourceSpecific(ref list, info);
            }
            else if ((r || p) && UnicastPrefixViolationInfo.IsDecodable(info.Violations) && info.MechanismKind != MechanismKind.LinkScoped)
            {
                PrefixBasedGroupId(ref list, info.GroupId!.Value);
            }

            if (r || p)
            {
                DocumentationPrefix(ref list, info, r);
            }
            else if (!t)
            {
                Permanent(ref list, info, scope);
            }

            // RFC 2464 §7: the MAC carries the last 32 bits; every node joins ff02::1 (RFC 4291 §2.8).
            bool isAllNodes = address.Low == 1 && (address.High == 0xFF01UL << 48 || address.High == 0xFF02UL << 48);
            if ((uint)address.Low == 1 && !isAllNodes)
            {
                list.Add(MulticastWarningIds.MacAliasesAllNodes, "RFC 2464 §7, RFC 4291 §2.8", list.Text + " is sent to the MAC 33-33-00-00-00-01, the MAC of ff02::1, which every IPv6 node joins (RFC 4291 §2.8, RFC 2464 §7): network cards cannot filter it out, "
                    + "so every host receives this group's traffic. Pick a group ID whose last 32 bits are not 1, such as one from 0x80000000 (RFC 3307 §4.3).");
            }
        }

        /// <summary>RFC 3307 §4 on the group ID of a prefix-based (P = 1) group.</summary>
        private static void PrefixBasedGroupId(ref WarningList list, uint groupId)
        {
            if (groupId == 0)
            {
                list.Add(MulticastWarningIds.GroupIdZero, "RFC 3306 §7, RFC 3307 §4", list.Text + " has group ID 0, which names no group: it is the first address of its /96 prefix (RFC 3306 §7), and RFC 3307 §4 assigns group IDs from 1. "
                    + "Pick a group ID from 0x80000000-0xFFFFFFFF (RFC 3307 §4.3).");
            }
            else if (groupId < GroupIdRangeInfo.FirstPermanentGroupId)
            {
                list.Add(MulticastWarningIds.GroupIdPermanentAddress, "RFC 3307 §4.1, §4.3", list.Text + " has group ID 0x" + groupId.ToString("X", CultureInfo.InvariantCulture)
                    + ", in the range RFC 3307 §4.1 keeps for permanent addresses with P = 0 and T = 0, whose MAC addresses it shares (RFC 3307 §4.3). "
                    + "Pick a group ID from 0x80000000-0xFFFFFFFF, as RFC 3307 §4.3 requires of servers and hosts.");
            }
            else if (groupId < GroupIdRangeInfo.FirstDynamic)
            {
                list.Add(MulticastWarningIds.GroupIdPermanentGroupId, "RFC 3307 §4.2", list.Text + " has group ID 0x" + groupId.ToString("X", CultureInfo.InvariantCulture)
                    + ", one of the permanent group IDs IANA assigns to services for use with any prefix (RFC 3307 §4.2): use it only for the service it is assigned to "
                    + "(this module does not hold that sub-registry). Otherwise pick 0x80000000-0xFFFFFFFF (RFC 3307 §4.3).");
            }
        }

        private static void DocumentationPrefix(ref WarningList list, MulticastAddressInfo info, bool r)
        {
            int plen = info.PrefixLength ?? 0;
            ulong field = UnicastPrefixFields.NetworkPrefixField(list.Address);
            if (plen < 16 || plen > UnicastPrefixFields.MaxPrefixLength)
            {
                return;
            }

            if (plen >= 32 && (field >> 32) == 0x2001_0DB8)
            {
                if (r)
                {
                    list.Add(MulticastWarningIds.DocumentationEmbeddedRp, "RFC 3849, RFC 6676 §3.2",
                        list.Text + " embeds an RP in 2001:db8::/32, the IPv6 prefix for documentation (RFC 3849): such groups are for examples only (RFC 6676 §3.2).");
                }
                else
                {
                    list.Add(MulticastWarningIds.DocumentationUnicastPrefixIPv6, "RFC 3849, RFC 6676 §3.1",
                        list.Text + " is derived from 2001:db8::/32, the IPv6 prefix for documentation (RFC 3849): such groups are for examples only (RFC 6676 §3.1).");
                }
            }
            else if ((field >> 48) == 0x3FFE)
            {
                list.Add(MulticastWarningIds.SixBonePrefix, "RFC 3701", list.Text + " is derived from 3ffe::/16, the 6bone test prefix, which was returned to IANA in 2006 (RFC 3701): no network holds it now.");
            }
        }

        /// <summary>T = 0 and P = 0: only IANA assigns these (RFC 4291 §2.7, RFC 3307 §4.1).</summary>
        private static void Permanent(ref WarningList list, MulticastAddressInfo info, MulticastScope scope)
        {
            IPAddressValue address = list.Address;
            ulong groupHigh = address.High & 0x0000_FFFF_FFFF_FFFF; // the 112-bit group ID of RFC 4291 §2.7
            if (groupHigh == 0 && address.Low == 0)
            {
                list.Add(MulticastWarningIds.ReservedMulticastAddress, "RFC 4291 §2.7.1", list.Text + " is reserved and shall never be assigned to any multicast group (RFC 4291 §2.7.1).");
                return;
            }

            if (groupHigh == 0 && (address.Low >> 32) == 0x0DB8)
            {
                list.Add(MulticastWarningIds.DocumentationIPv6Multicast, "RFC 6676 §3", list.Text + " is in ff0x::db8:0:0/96, the IPv6 multicast addresses for documentation (RFC 6676 §3): for examples only.");
                return;
            }

            // RFC 4291 §2.7.1: these group IDs are defined for the scopes listed, and not allowed at others with T = 0.
            if (groupHigh == 0 && address.Low == 1 && scope > MulticastScope.LinkLocal)
            {
                PredefinedAtOtherScope(ref list, MulticastWarningIds.AllNodesAtOtherScope, "the all-nodes group ID 1, which RFC 4291 §2.7.1 defines only for scopes 1 and 2");
                return;
            }

            if (groupHigh == 0 && address.Low == 2 && scope > MulticastScope.LinkLocal && scope != MulticastScope.SiteLocal)
            {
                PredefinedAtOtherScope(ref list, MulticastWarningIds.AllRoutersAtOtherScope, "the all-routers group ID 2, which RFC 4291 §2.7.1 defines only for scopes 1, 2 and 5");
                return;
            }

            if (groupHigh == 0 && (address.Low & 0xFFFF_FFFF_FF00_0000) == 0x0000_0001_FF00_0000 && scope != MulticastScope.LinkLocal)
            {
                PredefinedAtOtherScope(ref list, MulticastWarningIds.SolicitedNodeAtOtherScope, "a solicited-node group ID, which RFC 4291 §2.7.1 defines only for scope 2");
                return;
            }

            MulticastAssignment? record = info.Record;
            if (record is null)
            {
                list.Add(MulticastWarningIds.PermanentNotInRegistry, "RFC 4291 §2.7, RFC 3307 §4.1", list.Text + " is a permanent address (T = 0), which only IANA assigns (RFC 4291 §2.7, RFC 3307 §4.1). The registry copy in this module has no row for it, "
                    + "but it is partial: check IANA's IPv6 Multicast Address Space Registry. Without an assignment, use a transient address (ff1x::) or one derived from your unicast prefix (ff3x::, RFC 3306).");
            }
            else
            {
                string range = record.Kind == AssignmentKind.VariableScope ? " (" + record.Range + ", at every scope)" : RangeOf(record, list.Text);
                list.Add(MulticastWarningIds.IanaAssigned, "RFC 4291 §2.7", list.Text + " is assigned by IANA to \"" + record.Name + "\"" + range + ReferenceOf(record) + ": use it only for that protocol (RFC 4291 §2.7).");
            }
        }

        private static string RangeOf(MulticastAssignment record, string address) =>
            record.Range == address ? string.Empty : " (" + record.Range + ")";

        private static string ReferenceOf(MulticastAssignment record) =>
            record.Reference.Length == 0 ? string.Empty : " " + record.Reference;

        /// <summary>An RFC 3306 / 3956 / 4489 rule, worded and identified as the mechanisms' Check reports it.</summary>
        private static void Violation(ref WarningList list, UnicastPrefixViolation violation) =>
            list.Add(UnicastPrefixViolationInfo.ErrorId(violation), UnicastPrefixViolationInfo.Rfc(violation), list.Text + " " + UnicastPrefixViolationInfo.Describe(violation));

        private static void PredefinedAtOtherScope(ref WarningList list, string id, string groupId) =>
            list.Add(id, "RFC 4291 §2.7.1", list.Text + " uses " + groupId + " and does not allow at other scopes with T = 0.");

        /// <summary>A list that allocates only when the first warning is added, and the address's text once.</summary>
        private struct WarningList
        {
            private MulticastWarning[]? items;
            private int count;
            private string? text;

            public WarningList(IPAddressValue address)
            {
                Address = address;
                items = null;
                count = 0;
                text = null;
            }

            public IPAddressValue Address { get; }

            public string Text => text ??= Address.ToString();

            public void Add(string id, string rfc, string message)
            {
                if (items is null)
                {
                    items = new MulticastWarning[4];
                }
                else if (count == items.Length)
                {
                    Array.Resize(ref items, count * 2);
                }

                items[count++] = new MulticastWarning(id, rfc, message);
            }

            public MulticastWarningList ToList()
            {
                if (items is null)
                {
                    return MulticastWarningList.Empty;
                }

                if (count != items.Length)
                {
                    Array.Resize(ref items, count);
                }

                return new MulticastWarningList(items);
            }
        }
    }
}
