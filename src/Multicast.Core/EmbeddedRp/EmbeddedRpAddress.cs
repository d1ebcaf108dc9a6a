using System.Globalization;
using System.Net;

namespace Multicast
{
    /// <summary>
    /// An embedded-RP IPv6 multicast address (RFC 3956 as updated by RFC 7371): a group whose address
    /// carries the address of its PIM-SM rendezvous point. Built from an RP with the constructor, or read
    /// back from a group with <see cref="Decode"/>. ToString is the group address.
    /// </summary>
    public sealed class EmbeddedRpAddress
    {
        private readonly IPAddressValue group;

        // Made on first read, so that a pipeline of groups makes no IPAddress it does not show.
        private IPAddress? addressObject;
        private IPAddress? rendezvousPointObject;

        /// <summary>
        /// Embeds <paramref name="rendezvousPoint"/>: the group ff7s:0rpl:(first plen bits of the RP)::groupId,
        /// where r is the RP's last 4 bits (RFC 3956 §3, RFC 7371 §4.2.2). Throws a <see cref="MulticastRuleException"/>
        /// naming the rule when the RP cannot be embedded.
        /// </summary>
        public EmbeddedRpAddress(IPAddressValue rendezvousPoint, int prefixLength, uint groupId, MulticastScope scope)
            : this(Embed(rendezvousPoint, prefixLength, groupId, scope))
        {
        }

        private EmbeddedRpAddress(IPAddressValue group)
        {
            this.group = group;
            int plen = UnicastPrefixFields.Plen(group);
            Prefix = UnicastPrefixFields.GroupPrefix(group);
            AllocationPrefix = UnicastPrefixFields.AllocationPrefix(group, plen);
            Riid = UnicastPrefixFields.Riid(group);
            PrefixLength = plen;
            NetworkPrefix = new IPPrefix(UnicastPrefixFields.UnicastNetwork(group, plen), plen);
            GroupId = UnicastPrefixFields.GroupId(group);
            GroupIdRange = GroupIdRangeInfo.Classify(GroupId);
            Scope = UnicastPrefixFields.Scope(group);
        }

        /// <summary>The group address.</summary>
        public IPAddress Address => addressObject ??= group.ToIPAddress();

        /// <summary>The /96 of all groups with this RP, plen, network prefix and scope (RFC 6676 §3.2).</summary>
        public IPPrefix Prefix { get; }

        /// <summary>
        /// The (32 + plen)-bit multicast prefix of every group that maps to this RP, such as
        /// ff7e:120:2001:db8::/64 (RFC 3956 §5.2, §5.3).
        /// </summary>
        public IPPrefix AllocationPrefix { get; }

        public IPAddress RendezvousPoint => rendezvousPointObject ??= EmbeddedRp.RendezvousPointOf(group).ToIPAddress();

        /// <summary>The RP interface ID: the RP's last 4 bits, 1-15 (RFC 3956 §3).</summary>
        public int Riid { get; }

        /// <summary>plen: how many bits of the network prefix field make the RP's prefix, 1-64.</summary>
        public int PrefixLength { get; }

        /// <summary>The RP's unicast prefix: the first plen bits of the network prefix field, such as 2001:db8:beef:feed::/64.</summary>
        public IPPrefix NetworkPrefix { get; }

        /// <summary>The last 32 bits; 0 is the /96 prefix itself.</summary>
        public uint GroupId { get; }

        /// <summary>The RFC 3307 range of the group ID.</summary>
        public GroupIdRange GroupIdRange { get; }

        public MulticastScope Scope { get; }

        /// <summary>
        /// Reads an embedded-RP group: the R bit set, P and T set, plen 1-64, RIID 1-15 and an RP outside
        /// fe80::/10, ::/16 and ff00::/8 (RFC 3956 §4 as updated by RFC 7371 §4.2.3). X and ff2 are
        /// ignored, as RFC 7371 asks. Throws a <see cref="MulticastRuleException"/> naming the first rule broken.
        /// </summary>
        public static EmbeddedRpAddress Decode(IPAddressValue group)
        {
            UnicastPrefixViolationInfo.ThrowIfFatal(EmbeddedRp.Check(group), group);
            return new EmbeddedRpAddress(group);
        }

        /// <summary>Reads an embedded-RP group, or returns false (see <see cref="Decode"/>).</summary>
        public static bool TryDecode(IPAddressValue group, out EmbeddedRpAddress? result)
        {
            bool ok = UnicastPrefixViolationInfo.IsDecodable(EmbeddedRp.Check(group));
            result = ok ? new EmbeddedRpAddress(group) : null;
            return ok;
        }

        public override string ToString() => group.ToString();

        private static IPAddressValue Embed(IPAddressValue rendezvousPoint, int prefixLength, uint groupId, MulticastScope scope)
        {
            // The RP's text only for an error: the common case formats nothing.
            string rp = string.Empty;
            if (rendezvousPoint.IsIPv4)
            {
                rp = rendezvousPoint.ToString();
                throw new MulticastRuleException(
                    "EmbeddedRpNotIPv6",
                    rp,
                    "The RP " + rp + " is IPv4; embedded-RP (RFC 3956) puts an IPv6 RP into an IPv6 group. IPv4 has no such mechanism: configure the RP statically or with BSR.");
            }

            // RFC 3956 §4: plen MUST NOT be 0 (that is SSM) and MUST NOT exceed 64.
            if (prefixLength < 1 || prefixLength > UnicastPrefixFields.MaxPrefixLength)
            {
                throw new MulticastRuleException(
                    "EmbeddedRpPrefixLengthOutOfRange",
                    prefixLength,
                    "The prefix length " + prefixLength.ToString(CultureInfo.InvariantCulture) + " is outside 1-64: RFC 3956 §4 says plen MUST NOT be 0 (that marks SSM) and MUST NOT exceed 64 (the network prefix field holds 64 bits).");
            }

            // RFC 3956 §4: routers MUST exclude RPs in fe80::/10, ::/16 and ff00::/8, so never make one.
            string? excluded = EmbeddedRp.ExcludedRangeOf(rendezvousPoint);
            if (excluded != null)
            {
                rp = rendezvousPoint.ToString();
                throw new MulticastRuleException(
                    "EmbeddedRpAddressExcluded",
                    rp,
                    "The RP " + rp + " is in " + excluded + ", which RFC 3956 §4 says routers MUST exclude as an embedded RP. Use a global or unique-local unicast address of the RP.");
            }

            // RFC 3956 §4 and §6.3: RIID 0 is reserved (it would be the Subnet-Router anycast address).
            int riid = (int)(rendezvousPoint.Low & 0xF);
            if (riid == 0)
            {
                rp = rendezvousPoint.ToString();
                throw new MulticastRuleException(
                    "EmbeddedRpRiidZero",
                    rp,
                    "The RP " + rp + " ends in 0, so its RIID would be 0, which RFC 3956 §6.3 reserves (with the prefix bits alone it is the Subnet-Router anycast address). Give the RP an interface ID from ::1 to ::f.");
            }

            // RFC 3956 §4 rebuilds the RP from plen bits of prefix, zeros and the RIID: nothing else survives.
            int shortest = EmbeddedRp.ShortestPrefixLength(rendezvousPoint);
            if (shortest > prefixLength)
            {
                rp = rendezvousPoint.ToString();
                var trimmed = IPAddressValue.FromIPv6(AddressMath.Network(rendezvousPoint, prefixLength).High, (ulong)riid);
                string remedy = shortest <= UnicastPrefixFields.MaxPrefixLength
                    ? " Use a prefix length of " + shortest.ToString(CultureInfo.InvariantCulture) + " or more, or the RP " + trimmed + "."
                    : " No plen can hold it: give the RP an address of the form <prefix up to /64>::1 to ::f (RFC 3956 §6.3).";
                throw new MulticastRuleException(
                    "EmbeddedRpBitsAfterPrefix",
                    rp,
                    "The RP " + rp + " has bits set between /" + prefixLength.ToString(CultureInfo.InvariantCulture)
                    + " and its last 4 bits, which the group cannot carry: RFC 3956 §4 rebuilds the RP as the first plen bits, zeros, and the RIID." + remedy);
            }

            SendableScope.Require(scope);
            ulong networkPrefix = rendezvousPoint.High & UnicastPrefixFields.HighBitsMask(prefixLength);
            return UnicastPrefixFields.Compose(EmbeddedRp.Flags, scope, 0, riid, prefixLength, networkPrefix, groupId);
        }
    }
}
