using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// Scope-relative addresses (RFC 6308 §3.4.2). IPv4: "the high order /24 in every scoped region is
    /// reserved for relative assignments", each an offset counted down from the scope's highest address
    /// (RFC 2365 §9), so SLPv2's offset 2 is 239.255.255.253 in the Local Scope and 239.195.255.253 in the
    /// Organization Local Scope. IPv6: FF0X::... addresses whose X may be any scope (RFC 2375 §3), so NTP's
    /// ff0x::101 is ff05::101 at site scope (RFC 4291 §2.7).
    /// </summary>
    public static class ScopeRelativeAddressing
    {
        /// <summary>RFC 2365 §6.1: the IPv4 Local Scope, 239.255.0.0/16. The default scope.</summary>
        public static IPPrefix LocalScope { get; } = new IPPrefix(IPAddressValue.FromIPv4(0xEFFF_0000), 16);

        /// <summary>RFC 2365 §6.2: the IPv4 Organization Local Scope, 239.192.0.0/14.</summary>
        public static IPPrefix OrganizationLocalScope { get; } = new IPPrefix(IPAddressValue.FromIPv4(0xEFC0_0000), 14);

        /// <summary>RFC 5771 §10: the Administratively Scoped Block, 239.0.0.0/8, where every scope lies.</summary>
        public static IPPrefix AdministrativelyScopedBlock { get; } = new IPPrefix(IPAddressValue.FromIPv4(0xEF00_0000), 8);

        /// <summary>The relative range is a /24 (RFC 2365 §9), so a scope is /8 to /24.</summary>
        public const int RelativeRangeLength = 24;

        /// <summary>Throws a <see cref="MulticastRuleException"/> unless the prefix is an IPv4 scope inside 239/8, /8 to /24.</summary>
        public static void CheckScope(IPPrefix scope)
        {
            if (IsScope(scope))
            {
                return;
            }

            if (scope.Network.IsIPv6)
            {
                throw new MulticastRuleException(
                    "ScopePrefixNotIPv4",
                    scope.ToString(),
                    scope + " is an IPv6 prefix. Relative offsets count down from the top of an IPv4 administrative scope (RFC 2365 §9); "
                    + "for IPv6, give a scope such as SiteLocal and the variable-scope addresses of RFC 2375 §3 follow.");
            }

            if (scope.Length < AdministrativelyScopedBlock.Length || !AdministrativelyScopedBlock.Contains(scope.Network))
            {
                throw new MulticastRuleException(
                    "ScopePrefixNotAdminScoped",
                    scope.ToString(),
                    scope + " is not inside 239.0.0.0/8, the Administratively Scoped Block (RFC 5771 §10). Only administrative scopes have relative addresses (RFC 2365 §9); "
                    + "use a 239/8 scope such as 239.255.0.0/16 (the Local Scope) or 239.192.0.0/14 (the Organization Local Scope).");
            }

            // What is left: a prefix inside 239/8 longer than /24.
            string relative = AddressFormatter.FormatPrefix(AddressMath.Network(scope.Network, RelativeRangeLength), RelativeRangeLength);
            throw new MulticastRuleException(
                "ScopePrefixTooLong",
                scope.ToString(),
                scope + " is longer than /24. The highest /24 of a scope is its relative range (RFC 2365 §9), so a scope is /8 to /24; did you mean " + relative + "?");
        }

        /// <summary>True for an IPv4 scope inside 239.0.0.0/8, /8 to /24: one that has a relative range.</summary>
        public static bool IsScope(IPPrefix scope) =>
            scope.Network.IsIPv4 && scope.Length >= AdministrativelyScopedBlock.Length && scope.Length <= RelativeRangeLength
            && AdministrativelyScopedBlock.Contains(scope.Network);

        /// <summary>The scope's relative range: its highest /24 (RFC 2365 §9). The rest is for dynamic assignment.</summary>
        public static IPPrefix GetRelativeRange(IPPrefix scope)
        {
            CheckScope(scope);
            return new IPPrefix(AddressMath.Network(scope.LastAddress, RelativeRangeLength), RelativeRangeLength);
        }

        /// <summary>The address of a relative offset in a scope: the scope's highest address minus the offset. No allocation.</summary>
        public static IPAddressValue GetAddress(IPPrefix scope, int offset)
        {
            CheckScope(scope);
            if (offset < 0 || offset > 255)
            {
                throw new MulticastRuleException(
                    "RelativeOffsetOutOfRange",
                    offset,
                    "The relative offset " + offset + " is outside 0-255: a scope's relative range is its highest /24, 256 addresses (RFC 2365 §9).");
            }

            return IPAddressValue.FromIPv4(scope.LastAddress.IPv4 - (uint)offset);
        }

        /// <summary>The offset of an address in a scope's relative range; false when it is not in that range. No allocation.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryGetOffset(IPPrefix scope, IPAddressValue address, out int offset)
        {
            offset = -1;
            if (!IsScope(scope) || !scope.Contains(address))
            {
                return false;
            }

            uint distance = scope.LastAddress.IPv4 - address.IPv4;
            if (distance > 255)
            {
                return false;
            }

            offset = (int)distance;
            return true;
        }

        /// <summary>
        /// The scope an address's offset is read in when none is given: the Local Scope for 239.255.255.0/24,
        /// the Organization Local Scope for 239.195.255.0/24 (RFC 2365 §6.1, §6.2). Any scope ending at the
        /// same address gives the same offset. Other addresses lie in many possible scopes: false.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static bool TryInferScope(IPAddressValue address, out IPPrefix scope)
        {
            uint relativeRange = address.IsIPv4 ? address.IPv4 & 0xFFFF_FF00 : 0;
            scope = relativeRange == 0xEFFF_FF00 ? LocalScope : relativeRange == 0xEFC3_FF00 ? OrganizationLocalScope : default;
            return relativeRange == 0xEFFF_FF00 || relativeRange == 0xEFC3_FF00;
        }

        /// <summary>The relative offset placed in a scope (the Local Scope when none is given).</summary>
        public static ScopeRelativeAddress FromOffset(int offset, IPPrefix? scopePrefix = null)
        {
            IPPrefix scope = scopePrefix ?? LocalScope;
            IPAddressValue address = GetAddress(scope, offset);
            return new ScopeRelativeAddress(IanaRegistry.GetRelativeOffset(offset), address, address, offset, scope, null);
        }

        /// <summary>
        /// The scope-relative rows whose name matches (see <see cref="IanaRegistry.FindByName"/>), placed in
        /// the scopes given: IPv4 relative offsets in <paramref name="scopePrefix"/>, IPv6 variable-scope rows
        /// at <paramref name="scope"/>. With neither, IPv4 in the Local Scope. A row of many offsets
        /// (11-252 Unassigned) gives one result per offset. A name without wildcards that matches nothing
        /// throws a <see cref="MulticastNotFoundException"/>.
        /// </summary>
        public static IReadOnlyList<ScopeRelativeAddress> FromName(string pattern, IPPrefix? scopePrefix, MulticastScope? scope)
        {
            bool ipv4 = scopePrefix.HasValue || !scope.HasValue;
            bool ipv6 = scope.HasValue;
            var rows = IanaRegistry.FindByName(pattern).Where(r => r.IsScopeRelative).ToList();
            var wanted = rows.Where(r => r.Kind == AssignmentKind.RelativeOffset ? ipv4 : ipv6).ToList();
            if (wanted.Count == 0 && !IanaRegistry.HasWildcards(pattern))
            {
                throw NameNotFound(pattern, rows, ipv4, ipv6);
            }

            return wanted.SelectMany(r => FromAssignment(r, scopePrefix, scope)).ToList();
        }

        /// <summary>
        /// A scope-relative registry row placed in a scope: a relative offset in <paramref name="scopePrefix"/>
        /// (the Local Scope when null), a variable-scope row at <paramref name="scope"/> (required).
        /// </summary>
        public static IReadOnlyList<ScopeRelativeAddress> FromAssignment(MulticastAssignment assignment, IPPrefix? scopePrefix, MulticastScope? scope)
        {
            switch (assignment.Kind)
            {
                case AssignmentKind.RelativeOffset:
                    IPPrefix ipv4Scope = scopePrefix ?? LocalScope;
                    var result = new List<ScopeRelativeAddress>();
                    for (int offset = assignment.Offset!.Value; offset <= assignment.LastOffset!.Value; offset++)
                    {
                        result.Add(FromOffset(offset, ipv4Scope));
                    }

                    return result;
                case AssignmentKind.VariableScope:
                    if (!scope.HasValue)
                    {
                        throw new MulticastRuleException(
                            "ScopeRequired",
                            assignment.Range,
                            assignment.Range + " (" + assignment.Name + ") is a variable-scope IPv6 address: X is the scope (RFC 2375 §3). Give an IPv6 scope, such as SiteLocal for ff05 or Global for ff0e.");
                    }

                    CheckUsable(scope.Value, assignment.Range);
                    int scop = (int)scope.Value;
                    return new[]
                    {
                        new ScopeRelativeAddress(assignment, IanaRegistry.WithScope(assignment.First, scop), IanaRegistry.WithScope(assignment.Last, scop), null, null, scope.Value),
                    };
                default:
                    throw new MulticastRuleException(
                        "AssignmentNotScopeRelative",
                        assignment.Range,
                        assignment.Range + " (" + assignment.Name + ", " + assignment.Block + ") is a fixed IANA assignment, not a scope-relative one: its address is the same everywhere.");
            }
        }

        /// <summary>
        /// Reads an address back to its assignment. IPv4: the offset in <paramref name="scopePrefix"/>, or,
        /// when null, in the Local or Organization Local Scope whose relative range holds it. IPv6: the FF0X
        /// row of a permanent address; <paramref name="scope"/>, when given, must be the address's scope.
        /// </summary>
        public static ScopeRelativeAddress FromAddress(IPAddressValue address, IPPrefix? scopePrefix, MulticastScope? scope) =>
            address.IsIPv4 ? FromIPv4Address(address, scopePrefix) : FromIPv6Address(address, scope);

        [MethodImpl(Jit.FullyOptimized)]
        private static ScopeRelativeAddress FromIPv4Address(IPAddressValue address, IPPrefix? scopePrefix)
        {
            if (!AdministrativelyScopedBlock.Contains(address))
            {
                string what = address.IsMulticast && IanaRegistry.TryGetBlock(address, out MulticastAddressBlock block)
                    ? " is in the " + block.Name + ", not in an administrative scope"
                    : " is not a multicast address";
                throw new MulticastRuleException(
                    "AddressNotAdminScoped",
                    address.ToString(),
                    address + what + ". Relative offsets exist only in administrative scopes, inside 239.0.0.0/8 (RFC 2365 §9).");
            }

            IPPrefix scope;
            if (scopePrefix.HasValue)
            {
                scope = scopePrefix.Value;
                CheckScope(scope);
            }
            else if (!TryInferScope(address, out scope))
            {
                throw new MulticastRuleException(
                    "ScopePrefixRequired",
                    address.ToString(),
                    address + " could be in many administrative scopes, and its offset depends on which. Give the scope prefix; without one, only "
                    + "the relative ranges of the Local Scope (239.255.255.0/24) and the Organization Local Scope (239.195.255.0/24) are read.");
            }

            if (!scope.Contains(address))
            {
                throw new MulticastRuleException(
                    "AddressNotInScope",
                    address.ToString(),
                    address + " is not in the scope " + scope + ". Give the scope that holds it.");
            }

            if (!TryGetOffset(scope, address, out int offset))
            {
                throw new MulticastRuleException(
                    "AddressBelowRelativeRange",
                    address.ToString(),
                    address + " is in " + scope + " but below its relative range " + GetRelativeRange(scope)
                    + ": the rest of a scope is for dynamic assignment (RFC 2365 §9), so it has no relative offset.");
            }

            return new ScopeRelativeAddress(IanaRegistry.GetRelativeOffset(offset), address, address, offset, scope, null);
        }

        private static ScopeRelativeAddress FromIPv6Address(IPAddressValue address, MulticastScope? scope)
        {
            // RFC 2375 §3 and RFC 4291 §2.7: variable-scope addresses are permanent, FF0X with flags 0.
            if ((address.High >> 52) != 0xFF0)
            {
                string what = !address.IsMulticast ? " is not a multicast address" : " has the flags " + ((address.High >> 52) & 0xF).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ", not 0";
                throw new MulticastRuleException(
                    "AddressNotVariableScope",
                    address.ToString(),
                    address + what + ". Variable-scope assignments are permanent addresses FF0X::/16 (RFC 2375 §3); a transient address with the same group ID bears no relationship to them (RFC 4291 §2.7).");
            }

            var actual = (MulticastScope)((address.High >> 48) & 0xF);
            CheckUsable(actual, address.ToString());
            if (scope.HasValue && scope.Value != actual)
            {
                throw new MulticastRuleException(
                    "AddressNotInScope",
                    address.ToString(),
                    address + " has the scope " + actual + " (" + MulticastScopeInfo.GetIanaName(actual) + "), not " + scope.Value + ".");
            }

            if (!IanaRegistry.TryFindVariableScope(address, out MulticastAssignment assignment))
            {
                string fixedRow = IanaRegistry.TryFindFixed(address, out MulticastAssignment row)
                    ? " It is '" + row.Name + "' of the IANA table '" + row.Block + "', a fixed-scope assignment."
                    : string.Empty;
                throw new MulticastNotFoundException(
                    "VariableScopeNotAssigned",
                    address.ToString(),
                    address + " matches no variable-scope (FF0X) row." + fixedRow + " " + IanaRegistry.IPv6Coverage);
            }

            return new ScopeRelativeAddress(assignment, address, address, null, null, actual);
        }

        private static void CheckUsable(MulticastScope scope, string input)
        {
            if (!IanaRegistry.IsUsableScope(scope))
            {
                throw new MulticastRuleException(
                    "VariableScopeReserved",
                    input,
                    "The scope " + scope + " is reserved: nodes must not send to scop 0 and should not send to scop F (RFC 4291 §2.7). Use a scope 1-E, such as LinkLocal, SiteLocal or Global.");
            }
        }

        private static MulticastException NameNotFound(string pattern, List<MulticastAssignment> scopeRelative, bool ipv4, bool ipv6)
        {
            MulticastAssignment? other = scopeRelative.FirstOrDefault();
            if (other != null)
            {
                string hint = other.Kind == AssignmentKind.VariableScope
                    ? "only an IPv6 variable-scope address, " + other.Range + " " + other.Name + ": give an IPv6 scope, such as SiteLocal, to place it"
                    : "only an IPv4 relative offset, " + other.Range + " " + other.Name + ": give an IPv4 scope prefix, such as 239.255.0.0/16, to place it";
                return new MulticastNotFoundException("ScopeRelativeNameNotFound", pattern, "'" + pattern + "' names " + hint + ".");
            }

            string fixedHint = IanaRegistry.FindByName(pattern).FirstOrDefault() is MulticastAssignment fixedRow
                ? " It names " + fixedRow.Range + " " + fixedRow.Name + ", a fixed assignment, not a scope-relative one."
                : string.Empty;
            string tables = ipv4 && ipv6 ? "IPv4 relative offsets or IPv6 variable-scope addresses" : ipv4 ? "IPv4 relative offsets" : "IPv6 variable-scope addresses";
            return new MulticastNotFoundException(
                "ScopeRelativeNameNotFound",
                pattern,
                "No " + tables + " are named '" + pattern + "'." + fixedHint + " Names match whole words (SSDP, SLPv2) or wildcards (*Time*).");
        }
    }
}
