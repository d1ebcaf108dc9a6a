using System.Net;
using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// A link-scoped IPv6 multicast address (RFC 4489): ff3s:00ff:(interface ID):(group ID), where the
    /// interface ID is that of a node's link-local address, so every node owns groups without a server.
    /// ToString is the address.
    /// </summary>
    public sealed class LinkScopedMulticastAddress
    {
        /// <summary>The ff1 flags RFC 4489 §3 requires: 0011.</summary>
        public const int Flags = UnicastPrefixFields.FlagP | UnicastPrefixFields.FlagT;

        private static readonly IPPrefix LinkLocalUnicast = IPPrefix.Parse("fe80::/10");

        // Made on first read, so that a pipeline of groups makes no IPAddress it does not show.
        private IPAddress? addressObject;
        private IPAddress? interfaceAddressObject;
        private readonly IPAddressValue address;

        /// <summary>
        /// The address ff3s:00ff:iid:groupId (RFC 4489 §3). Throws a <see cref="MulticastRuleException"/>
        /// for a scope wider than link-local (RFC 4489 §2), scope 0 (RFC 4291 §2.7), or IID 0.
        /// </summary>
        public LinkScopedMulticastAddress(InterfaceIdentifier interfaceId, uint groupId, MulticastScope scope)
            : this(Derive(interfaceId, groupId, scope))
        {
        }

        private LinkScopedMulticastAddress(IPAddressValue address)
        {
            this.address = address;
            Prefix = UnicastPrefixFields.GroupPrefix(address);
            InterfaceId = new InterfaceIdentifier(UnicastPrefixFields.NetworkPrefixField(address));
            GroupId = UnicastPrefixFields.GroupId(address);
            GroupIdRange = GroupIdRangeInfo.Classify(GroupId);
            Scope = UnicastPrefixFields.Scope(address);
        }

        public IPAddress Address => addressObject ??= address.ToIPAddress();

        /// <summary>The node's /96 link-scoped multicast prefix (RFC 4489 §4).</summary>
        public IPPrefix Prefix { get; }

        public InterfaceIdentifier InterfaceId { get; }

        /// <summary>The link-local unicast address fe80::(interface ID) that owns the group.</summary>
        public IPAddress InterfaceAddress => interfaceAddressObject ??= InterfaceId.LinkLocalAddress.ToIPAddress();

        /// <summary>The last 32 bits; 0 is the /96 prefix itself. RFC 4489 §3 lets it follow RFC 3307.</summary>
        public uint GroupId { get; }

        public GroupIdRange GroupIdRange { get; }

        /// <summary>InterfaceLocal or LinkLocal.</summary>
        public MulticastScope Scope { get; }

        /// <summary>
        /// The address for the interface that holds <paramref name="linkLocalAddress"/>: RFC 4489 §3 takes
        /// the IID of the link-local unicast address, which is fe80::/64 (RFC 4291 §2.5.6).
        /// </summary>
        public static LinkScopedMulticastAddress FromInterfaceAddress(IPAddressValue linkLocalAddress, uint groupId, MulticastScope scope)
        {
            // The address's text only for an error.
            if (!LinkLocalUnicast.Contains(linkLocalAddress))
            {
                string text = linkLocalAddress.ToString();
                throw new MulticastRuleException(
                    "LinkScopedAddressNotLinkLocal",
                    text,
                    text + " is not a link-local unicast address (fe80::/10); RFC 4489 §3 takes the interface ID of the interface's link-local address. Give that address, or the interface ID itself.");
            }

            // RFC 4291 §2.5.6: a link-local address is fe80:0:0:0 and a 64-bit interface ID.
            if (linkLocalAddress.High != 0xFE80UL << 48)
            {
                string text = linkLocalAddress.ToString();
                throw new MulticastRuleException(
                    "LinkScopedAddressMalformed",
                    text,
                    text + " is in fe80::/10 but not in fe80::/64: RFC 4291 §2.5.6 sets the 54 bits after fe80 to zero, so this is not a link-local interface address. Check the address.");
            }

            return new LinkScopedMulticastAddress(new InterfaceIdentifier(linkLocalAddress.Low), groupId, scope);
        }

        /// <summary>
        /// Every RFC 4489 rule the address breaks as a link-scoped address. Stops at NotIPv6Multicast or
        /// PFlagClear. X may be set (RFC 7371 §3, §4.1.1); ff2 and the reserved bits are ignored on receipt.
        /// </summary>
        [MethodImpl(Jit.FullyOptimized)]
        public static UnicastPrefixViolation Check(IPAddressValue address)
        {
            // RFC 4489 §3: flgs 0011, scop <= 2, reserved zero, plen 255.
            if (!PrefixFlagCheck.Applies(address, out UnicastPrefixViolation violations))
            {
                return violations;
            }

            if (UnicastPrefixFields.HasFlagR(address))
            {
                violations |= UnicastPrefixViolation.RFlagSet;
            }

            if (UnicastPrefixFields.Plen(address) != UnicastPrefixFields.LinkScopedPlen)
            {
                violations |= UnicastPrefixViolation.PlenNotLinkScoped;
            }

            MulticastScope scope = UnicastPrefixFields.Scope(address);
            if (scope > MulticastScope.LinkLocal)
            {
                violations |= UnicastPrefixViolation.ScopeTooWide;
            }
            else if (scope == MulticastScope.Reserved0)
            {
                violations |= UnicastPrefixViolation.ScopeReserved;
            }

            return violations;
        }

        /// <summary>Reads a link-scoped address back; throws a <see cref="MulticastRuleException"/> naming the first RFC 4489 §3 rule it breaks.</summary>
        public static LinkScopedMulticastAddress Decode(IPAddressValue address)
        {
            UnicastPrefixViolationInfo.ThrowIfFatal(Check(address), address);
            return new LinkScopedMulticastAddress(address);
        }

        /// <summary>Reads a link-scoped address, or returns false (see <see cref="Decode"/>).</summary>
        public static bool TryDecode(IPAddressValue address, out LinkScopedMulticastAddress? result)
        {
            bool ok = UnicastPrefixViolationInfo.IsDecodable(Check(address));
            result = ok ? new LinkScopedMulticastAddress(address) : null;
            return ok;
        }

        public override string ToString() => address.ToString();

        private static IPAddressValue Derive(InterfaceIdentifier interfaceId, uint groupId, MulticastScope scope)
        {
            // RFC 4489 §2: "MUST only be used for link scoped multicast addresses".
            if (scope > MulticastScope.LinkLocal)
            {
                throw new MulticastRuleException(
                    "LinkScopedScopeTooWide",
                    scope,
                    "RFC 4489 §2 allows link-scoped addresses only at LinkLocal scope or narrower (scop <= 2), not " + scope
                    + ". A group of wider scope is derived from a unicast prefix (RFC 3306).",
                    new Remedy(RemedyKind.UseUnicastPrefixAddress));
            }

            SendableScope.Require(scope);

            // An IID of 0 would make fe80:: the owner: that is the Subnet-Router anycast address (RFC 4291
            // §2.6.1), never an interface's link-local address.
            if (interfaceId.Value == 0)
            {
                throw new MulticastRuleException(
                    "LinkScopedInterfaceIdZero",
                    interfaceId.ToString(),
                    "The interface ID 0 belongs to no interface: fe80:: is the Subnet-Router anycast address of the link (RFC 4291 §2.6.1). RFC 4489 §3 takes the IID of the interface's link-local address.");
            }

            return UnicastPrefixFields.Compose(Flags, scope, 0, 0, UnicastPrefixFields.LinkScopedPlen, interfaceId.Value, groupId);
        }
    }
}
