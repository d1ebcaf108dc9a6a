using System.Net;
using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// A multicast address derived from a unicast prefix: IPv6 ff3s:00pl:(prefix)::groupId (RFC 3306 as
    /// updated by RFC 7371), the IPv6 SSM range ff3s::/96 (RFC 3306 §6), or IPv4 234.(prefix).(group)
    /// (RFC 6034). ToString is the address.
    /// </summary>
    public sealed class UnicastPrefixMulticastAddress
    {
        /// <summary>The ff1 flags of every IPv6 address this module derives from a prefix: 0011 (ff3x, RFC 3306 §4).</summary>
        public const int Flags = UnicastPrefixFields.FlagP | UnicastPrefixFields.FlagT;

        /// <summary>The IPv4 block of unicast-prefix-based addresses (RFC 6034 §3).</summary>
        public static readonly IPPrefix IPv4Block = IPPrefix.Parse("234.0.0.0/8");

        private readonly IPAddressValue address;

        /// <summary>
        /// The address a unicast prefix owns. IPv6: ff3s:00pl:prefix::groupId, for a prefix of /1 to /64
        /// (RFC 3306 §4). IPv4: 234 followed by the prefix bits and the group ID, for a global unicast
        /// prefix of /24 or shorter, at global scope (RFC 6034 §3). Throws a <see cref="MulticastRuleException"/>
        /// naming the rule when the prefix, scope or group ID is not allowed.
        /// </summary>
        public UnicastPrefixMulticastAddress(IPPrefix unicastPrefix, uint groupId, MulticastScope scope)
            : this(Derive(unicastPrefix, groupId, scope), unicastPrefix.Length)
        {
        }

        /// <summary>Fills the properties from an address; IPv4 needs the unicast prefix length, which the address does not carry.</summary>
        private UnicastPrefixMulticastAddress(IPAddressValue address, int ipv4PrefixLength = 0)
        {
            this.address = address;
            Address = address.ToIPAddress();
            if (address.IsIPv4)
            {
                // RFC 6034 §3: |234|unicast prefix|group ID|, the prefix in bits 8 to 8+len-1.
                int length = 8 + ipv4PrefixLength;
                Prefix = new IPPrefix(AddressMath.Network(address, length), length);
                AllocationPrefix = Prefix;
                NetworkPrefix = new IPPrefix(UnicastAddressOf(Prefix.Network), ipv4PrefixLength);
                PrefixLength = ipv4PrefixLength;
                GroupId = address.IPv4 - Prefix.Network.IPv4;
                Scope = MulticastScope.Global;
                return;
            }

            int plen = UnicastPrefixFields.Plen(address);
            Prefix = UnicastPrefixFields.GroupPrefix(address);
            IsSourceSpecific = IsSourceSpecificFormat(address);

            // RFC 4607 §1: SSM groups are allocated inside ff3x::/96 only.
            AllocationPrefix = IsSourceSpecific ? Prefix : UnicastPrefixFields.AllocationPrefix(address, plen);
            NetworkPrefix = new IPPrefix(UnicastPrefixFields.UnicastNetwork(address, plen), plen);
            PrefixLength = plen;
            GroupId = UnicastPrefixFields.GroupId(address);
            GroupIdRange = GroupIdRangeInfo.Classify(GroupId);
            Scope = UnicastPrefixFields.Scope(address);
        }

        /// <summary>The multicast address; with group ID 0, the first address of <see cref="Prefix"/>.</summary>
        public IPAddress Address { get; }

        /// <summary>IPv6: the /96 before the group ID (RFC 3306 §7). IPv4: 234.(prefix)/(8 + length), all the prefix owns (RFC 6034 §4).</summary>
        public IPPrefix Prefix { get; }

        /// <summary>
        /// All the multicast space the unicast prefix owns. IPv6: the (32 + plen)-bit prefix, such as
        /// ff3e:20:2001:db8::/64 for 2001:db8::/32 (RFC 6676 §3.1); SSM: ff3x::/96 (RFC 4607 §1). IPv4: <see cref="Prefix"/>.
        /// </summary>
        public IPPrefix AllocationPrefix { get; }

        /// <summary>The unicast prefix the address is derived from; ::/0 for SSM.</summary>
        public IPPrefix NetworkPrefix { get; }

        /// <summary>The unicast prefix length (plen for IPv6; 0 for SSM).</summary>
        public int PrefixLength { get; }

        /// <summary>The group ID: the last 32 bits for IPv6, the bits after the prefix for IPv4.</summary>
        public uint GroupId { get; }

        /// <summary>The RFC 3307 range of an IPv6 group ID; null for IPv4, which RFC 3307 does not cover.</summary>
        public GroupIdRange? GroupIdRange { get; }

        /// <summary>The scope; always Global for IPv4 (RFC 2365 §8).</summary>
        public MulticastScope Scope { get; }

        /// <summary>True for the SSM range ff3x::/32 (RFC 3306 §6, RFC 4607 §1), or ffbx::/32 with the X flag (RFC 7371 §4.1.2).</summary>
        public bool IsSourceSpecific { get; }

        /// <summary>
        /// An SSM address ff3s::groupId (RFC 3306 §6: P = 1, plen = 0, network prefix = 0). Group ID 0
        /// gives the ff3s::/96 prefix itself; 1 to 0x3FFFFFFF are invalid SSM addresses (RFC 4607 §1) and throw.
        /// </summary>
        public static UnicastPrefixMulticastAddress SourceSpecific(uint groupId, MulticastScope scope)
        {
            SendableScope.Require(scope);
            if (groupId != 0 && GroupIdRangeInfo.IsInvalidForSsm(groupId))
            {
                var invalid = UnicastPrefixFields.Compose(Flags, scope, 0, 0, 0, 0, groupId);
                throw UnicastPrefixViolationInfo.ToException(UnicastPrefixViolation.SsmGroupIdInvalid, invalid);
            }

            return new UnicastPrefixMulticastAddress(UnicastPrefixFields.Compose(Flags, scope, 0, 0, 0, 0, groupId));
        }

        /// <summary>
        /// Every RFC 3306 rule an IPv6 address breaks as a unicast-prefix-based address (RFC 3306 §4 and §6
        /// as updated by RFC 7371, RFC 4607 §1 for SSM). Stops at NotIPv6Multicast or PFlagClear, since
        /// nothing else applies then. R may be set: embedded-RP addresses are unicast-prefix-based too.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static UnicastPrefixViolation Check(IPAddressValue address)
        {
            if (!PrefixFlagCheck.Applies(address, out UnicastPrefixViolation violations))
            {
                return violations;
            }

            bool hasR = UnicastPrefixFields.HasFlagR(address);
            int plen = UnicastPrefixFields.Plen(address);
            if (plen > UnicastPrefixFields.MaxPrefixLength)
            {
                violations |= UnicastPrefixViolation.PlenTooLong;
            }
            else if (plen == 0)
            {
                // With R set, plen 0 is a broken embedded-RP address (RFC 3956 §4), not SSM.
                if (hasR)
                {
                    violations |= UnicastPrefixViolation.PlenZero;
                }
                else
                {
                    if (UnicastPrefixFields.NetworkPrefixField(address) != 0)
                    {
                        violations |= UnicastPrefixViolation.SsmNetworkPrefixNotZero;
                    }

                    if (GroupIdRangeInfo.IsInvalidForSsm(UnicastPrefixFields.GroupId(address)))
                    {
                        violations |= UnicastPrefixViolation.SsmGroupIdInvalid;
                    }
                }
            }
            else if (UnicastPrefixFields.HasBitsAfterPlen(address, plen))
            {
                violations |= UnicastPrefixViolation.BitsAfterPlen;
            }

            MulticastScope scope = UnicastPrefixFields.Scope(address);
            if (MulticastScopeInfo.IsReserved(scope))
            {
                violations |= UnicastPrefixViolation.ScopeReserved;
            }

            // RFC 3306 §4: the scope MUST NOT exceed the embedded prefix's; fe80::/10 is link-local.
            if (plen >= 10 && plen <= UnicastPrefixFields.MaxPrefixLength && (UnicastPrefixFields.NetworkPrefixField(address) >> 54) == 0x3FA
                && scope > MulticastScope.LinkLocal)
            {
                violations |= UnicastPrefixViolation.ScopeExceedsPrefix;
            }

            return violations;
        }

        /// <summary>
        /// Reads an IPv6 unicast-prefix-based address back (RFC 3306 §4, §6). Throws a
        /// <see cref="MulticastRuleException"/> when it is not one (P = 0, T = 0, plen above 64, or R
        /// with plen 0); reads it despite advisory violations (see <see cref="Check"/>), as RFC 7371 and
        /// RFC 3956 §3 ask receivers to ignore the reserved bits.
        /// </summary>
        public static UnicastPrefixMulticastAddress Decode(IPAddressValue address)
        {
            UnicastPrefixViolationInfo.ThrowIfFatal(Check(address), address);
            return new UnicastPrefixMulticastAddress(address);
        }

        /// <summary>Reads an IPv6 unicast-prefix-based address, or returns false (see <see cref="Decode"/>).</summary>
        public static bool TryDecode(IPAddressValue address, out UnicastPrefixMulticastAddress? result)
        {
            bool ok = UnicastPrefixViolationInfo.IsDecodable(Check(address));
            result = ok ? new UnicastPrefixMulticastAddress(address) : null;
            return ok;
        }

        /// <summary>
        /// True for an SSM address: inside ff3x::/32 or, with X, ffbx::/32 (RFC 3306 §6, RFC 4607 §1,
        /// RFC 7371 §4.1.2). Routers are configured with that /32, so bits 16-31 (ff2, the reserved or RIID
        /// nibble, and plen) must all be zero: ff3e:100::/32 is outside it, and routers treat its groups as ASM.
        /// The network prefix and group ID are not looked at.
        /// </summary>
        public static bool IsSourceSpecificFormat(IPAddressValue address) =>
            address.IsIPv6 && address.IsMulticast
            && (UnicastPrefixFields.Ff1(address) & ~UnicastPrefixFields.FlagX) == Flags
            && ((address.High >> 32) & 0xFFFF) == 0;

        /// <summary>
        /// The unicast address an IPv4 234/8 address points at: the address shifted left by 8 bits
        /// (RFC 6034 §3). Whoever holds the unicast space covering it owns the group.
        /// </summary>
        public static IPAddressValue UnicastAddressOf(IPAddressValue address) => IPAddressValue.FromIPv4(address.IPv4 << 8);

        private static IPAddressValue Derive(IPPrefix unicastPrefix, uint groupId, MulticastScope scope)
        {
            IPAddressValue network = unicastPrefix.Network;
            if (network.IsIPv4)
            {
                UnicastPrefixRules.RequireIPv4(unicastPrefix, groupId, scope);
                return IPAddressValue.FromIPv4(IPv4Block.Network.IPv4 | (network.IPv4 >> 8) | groupId);
            }

            UnicastPrefixRules.RequireIPv6(unicastPrefix, scope);
            return UnicastPrefixFields.Compose(Flags, scope, 0, 0, unicastPrefix.Length, network.High, groupId);
        }

        public override string ToString() => address.ToString();
    }
}
