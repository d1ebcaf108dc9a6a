using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Multicast
{
    /// <summary>
    /// What a multicast address is and whether it is a good choice: its scope, flags, IANA block and
    /// record, the mechanism that allocates it with the fields that mechanism derives, its MAC, and
    /// <see cref="Warning"/>. Made by <see cref="MulticastAddressDecoder.Decode"/>, for any address.
    /// A property that does not apply to the address is null. ToString is the canonical address.
    /// </summary>
    /// <remarks>
    /// The decoder stores only what it looked up and concluded (the registry row, the block's kind, the
    /// mechanism, the broken rules); every other property is read from the address bits when asked. The
    /// IPAddress and the warnings are made on first read and kept; the MAC and RP are made at each read.
    /// So a decoded address is one 64-byte object: a cmdlet's output, which PowerShell keeps until the
    /// pipeline ends, is what the garbage collector copies (bench/README.md).
    /// </remarks>
    public sealed class MulticastAddressInfo
    {
        // The address as its three parts, not an IPAddressValue field, so that the flag packs with the small fields.
        private readonly ulong high;
        private readonly ulong low;
        private readonly bool isIPv6;
        private IPAddress? ipAddress;
        private MulticastWarningList? warning;

        internal MulticastAddressInfo(IPAddressValue address)
        {
            high = address.High;
            low = address.Low;
            isIPv6 = address.IsIPv6;
        }

        public IPAddress Address => ipAddress ??= Value.ToIPAddress();

        public AddressFamily AddressFamily => Value.AddressFamily;

        /// <summary>224.0.0.0/4 (RFC 5771) or ff00::/8 (RFC 4291 §2.7). Every other property but Warning is null when false.</summary>
        public bool IsMulticast => Value.IsMulticast;

        /// <summary>
        /// IPv6: the scop field (RFC 4291 §2.7). IPv4: the RFC 2365 §8 mapping; null in 239/8 outside
        /// 239.255.0.0/16 and 239.192.0.0/14, whose extent RFC 2365 does not define.
        /// </summary>
        public MulticastScope? Scope => ScopeClassifier.GetScope(Value);

        /// <summary>IPv6: the IANA scope name (RFC 7346 §2). IPv4: the RFC 2365 name, such as "IPv4 Local Scope".</summary>
        public string? ScopeName =>
            !Value.IsMulticast ? null
            : Value.IsIPv4 ? Ipv4ScopeNames.Get(Value)
            : MulticastScopeInfo.GetIanaName(UnicastPrefixFields.Scope(Value));

        /// <summary>
        /// IPv4: 239.0.0.0/8 (RFC 2365). IPv6: scop 4 to D, the scopes whose boundaries administrators
        /// configure (RFC 7346 §2, updating RFC 4291 §2.7).
        /// </summary>
        public bool? IsAdminScoped =>
            !Value.IsMulticast ? null
            : Value.IsIPv4 ? ScopeClassifier.IsAdminScopedIPv4(Value)
            : UnicastPrefixFields.Scope(Value) >= MulticastScope.AdminLocal && UnicastPrefixFields.Scope(Value) < MulticastScope.Global;

        /// <summary>ff1 bit X, for future assignment (RFC 7371 §4.1.1). IPv6 only.</summary>
        public bool? X => IsIPv6Multicast ? (UnicastPrefixFields.Ff1(Value) & UnicastPrefixFields.FlagX) != 0 : (bool?)null;

        /// <summary>ff1 bit R: the address embeds an RP (RFC 3956 §3, RFC 7371). IPv6 only.</summary>
        public bool? R => IsIPv6Multicast ? HasR : (bool?)null;

        /// <summary>ff1 bit P: the address is derived from a unicast prefix (RFC 3306 §4). IPv6 only.</summary>
        public bool? P => IsIPv6Multicast ? HasP : (bool?)null;

        /// <summary>ff1 bit T: transient, not permanently assigned by IANA (RFC 4291 §2.7). IPv6 only.</summary>
        public bool? T => IsIPv6Multicast ? (UnicastPrefixFields.Ff1(Value) & UnicastPrefixFields.FlagT) != 0 : (bool?)null;

        /// <summary>ff1, the four flags X R P T as a number 0-15 (RFC 7371 §2). IPv6 only.</summary>
        public int? Ff1 => IsIPv6Multicast ? UnicastPrefixFields.Ff1(Value) : (int?)null;

        /// <summary>ff2, bits 17-20: reserved flags, sent as zero (RFC 7371 §2). IPv6 only.</summary>
        public int? Ff2 => IsIPv6Multicast ? UnicastPrefixFields.Ff2(Value) : (int?)null;

        /// <summary>
        /// IPv4: the RFC 5771 §3 block as the current IANA registry names it, such as "AD-HOC Block II".
        /// IPv6: the IANA sub-registry of <see cref="IanaName"/>'s record, where the (partial) data has one.
        /// </summary>
        public string? IanaBlock => Value.IsIPv4 ? Block?.Name : Record?.Block;

        /// <summary>RFC 5771's name for the block where the registry renamed it later: "RESERVED" for 224.252.0.0/14 and 234.0.0.0/8.</summary>
        public string? IanaBlockRfc5771Name => Block?.Rfc5771Name;

        /// <summary>
        /// The registry record holding this address, such as "mDNS" for 224.0.0.251 or "Network Time
        /// Protocol (NTP)" for ff05::101; "Unassigned" where the registry says so. The IPv6 data is
        /// partial, so a null here does not mean the address is unassigned.
        /// </summary>
        public string? IanaName => Record?.Name;

        /// <summary>The record's references as IANA writes them, such as [RFC6762].</summary>
        public string? IanaReference => Record is null || Record.Reference.Length == 0 ? null : Record.Reference;

        /// <summary>232.0.0.0/8 (RFC 4607), or IPv6 ff3x::/32 and ffbx::/32 (RFC 3306 §6, RFC 7371 §4.1.2).</summary>
        public bool? IsSourceSpecific => Value.IsMulticast ? SsmClassifier.IsSourceSpecific(Value) : (bool?)null;

        /// <summary>The RFC 4607 §1 / §4.3 sub-range of a source-specific address; null for other addresses.</summary>
        public SsmRange? SsmRange => SsmClassifier.IsSourceSpecific(Value) ? SsmClassifier.GetRange(Value) : (SsmRange?)null;

        /// <summary>The 16-bit AS number of a GLOP address, 233.X.Y.Z (RFC 3180 §3).</summary>
        public uint? GlopAsNumber => BlockKind == Ipv4BlockKind.Glop && GlopMapping.TryGetAsNumber(Value, out uint asNumber) ? asNumber : (uint?)null;

        /// <summary>The allocation or assignment mechanism, with its RFC (see <see cref="MulticastMechanism"/>).</summary>
        public string? Mechanism => MulticastMechanism.Text(MechanismKind);

        /// <summary>
        /// The unicast prefix that owns the address. IPv6 RFC 3306 and RFC 3956: the first plen bits of
        /// the network prefix field. IPv4 RFC 6034: the /24 the address points at (234.192.0.2 → 192.0.2.0/24);
        /// whoever holds unicast space covering it owns the group.
        /// </summary>
        public IPPrefix? NetworkPrefix
        {
            get
            {
                if (BlockKind == Ipv4BlockKind.UnicastPrefix)
                {
                    // RFC 6034 §3: shift the address left by 8 bits; the /24 there owns it.
                    return new IPPrefix(UnicastPrefixMulticastAddress.UnicastAddressOf(Value), 24);
                }

                int plen = UnicastPrefixFields.Plen(Value);
                bool derived = MechanismKind == MechanismKind.EmbeddedRp
                    || (isIPv6 && (MechanismKind == MechanismKind.UnicastPrefixIPv6 || MechanismKind == MechanismKind.SourceSpecific) && plen >= 1 && plen <= UnicastPrefixFields.MaxPrefixLength);
                return derived && UnicastPrefixViolationInfo.IsDecodable(Violations)
                    ? new IPPrefix(UnicastPrefixFields.UnicastNetwork(Value, plen), plen)
                    : (IPPrefix?)null;
            }
        }

        /// <summary>The plen field of an IPv6 address with P = 1, as written: 0 for SSM, 255 for RFC 4489.</summary>
        public int? PrefixLength => IsIPv6Multicast && (HasR || HasP) ? UnicastPrefixFields.Plen(Value) : (int?)null;

        /// <summary>
        /// The 32-bit group ID (RFC 3307): the last 32 bits of an IPv6 address with P = 1, or with P = 0
        /// when the 80 bits before them are zero (ff02::9 has group ID 9).
        /// </summary>
        public uint? GroupId
        {
            get
            {
                if (!IsIPv6Multicast)
                {
                    return null;
                }

                if (HasR || HasP)
                {
                    return UnicastPrefixFields.GroupId(Value);
                }

                // RFC 3307 §4 reads the last 32 bits as the group ID of an ffxx::/96 address.
                return (Value.High & 0x0000_FFFF_FFFF_FFFF) == 0 && (Value.Low >> 32) == 0 ? (uint)Value.Low : (uint?)null;
            }
        }

        /// <summary>The RFC 3307 §4 class of <see cref="GroupId"/>.</summary>
        public GroupIdRange? GroupIdRange => GroupId is uint groupId ? GroupIdRangeInfo.Classify(groupId) : (GroupIdRange?)null;

        /// <summary>The embedded RP of a valid embedded-RP address (RFC 3956 §4).</summary>
        public IPAddress? RendezvousPoint =>
            MechanismKind == MechanismKind.EmbeddedRp && UnicastPrefixViolationInfo.IsDecodable(Violations)
                ? EmbeddedRp.RendezvousPointOf(Value).ToIPAddress()
                : null;

        /// <summary>The RIID field of an address with R = 1: the RP's last 4 bits (RFC 3956 §3).</summary>
        public int? Riid => MechanismKind == MechanismKind.EmbeddedRp ? UnicastPrefixFields.Riid(Value) : (int?)null;

        /// <summary>The interface ID of a valid link-scoped address (RFC 4489 §3).</summary>
        public InterfaceIdentifier? InterfaceId
        {
            get
            {
                // An interface ID of 0 names no interface (RFC 4291 §2.6.1); the warnings say so.
                ulong interfaceId = UnicastPrefixFields.NetworkPrefixField(Value);
                return MechanismKind == MechanismKind.LinkScoped && UnicastPrefixViolationInfo.IsDecodable(Violations) && interfaceId != 0
                    ? new InterfaceIdentifier(interfaceId)
                    : (InterfaceIdentifier?)null;
            }
        }

        /// <summary>
        /// For a solicited-node address (FF02:0:0:0:0:1:FF00::/104, RFC 4291 §2.7.1), the low 24 bits
        /// that the unicast and anycast addresses it serves end with, written as they end an IPv6
        /// address: two hex digits, a colon, four hex digits ("0e:8c6c" for ff02::1:ff0e:8c6c).
        /// </summary>
        public string? SolicitedNodeSuffix
        {
            get
            {
                if (MechanismKind != MechanismKind.SolicitedNode)
                {
                    return null;
                }

                uint suffix = (uint)(Value.Low & 0xFF_FFFF);
                return (suffix >> 16).ToString("x2", CultureInfo.InvariantCulture) + ":" + (suffix & 0xFFFF).ToString("x4", CultureInfo.InvariantCulture);
            }
        }

        /// <summary>The Ethernet MAC: 01-00-5E-xx-xx-xx (RFC 1112 §6.4) or 33-33-xx-xx-xx-xx (RFC 2464 §7).</summary>
        public string? MacAddress => Value.IsMulticast ? MulticastMac.Format(MulticastMac.GetMac(Value)) : null;

        /// <summary>
        /// Why this group is a poor choice, one <see cref="MulticastWarning"/> a reason: its rule's Id, the RFC,
        /// and a plain-language sentence. Empty for a good choice; never null. Made on first read, so a caller
        /// that only classifies pays nothing for the text.
        /// </summary>
        public MulticastWarningList Warning => warning ??= AddressWarnings.For(this);

        /// <summary>How many warnings there are: a number to sort and filter on, as the table shows it.</summary>
        public int WarningCount => Warning.Count;

        /// <summary>The address decoded.</summary>
        internal IPAddressValue Value => isIPv6 ? IPAddressValue.FromIPv6(high, low) : IPAddressValue.FromIPv4((uint)low);

        /// <summary>The RFC 5771 §3 block of an IPv4 multicast address, looked up again when asked (a binary search of 15).</summary>
        internal MulticastAddressBlock? Block => BlockKind != Ipv4BlockKind.Unknown && IanaRegistry.TryGetBlock(Value, out MulticastAddressBlock block) ? block : null;

        // What the decoder looked up and concluded; the properties above read the rest from the address.
        internal Ipv4BlockKind BlockKind { get; set; }

        internal MechanismKind MechanismKind { get; set; }

        internal MulticastAssignment? Record { get; set; }

        /// <summary>The RFC 3306 / 3956 / 4489 rules the address breaks, from its mechanism's Check.</summary>
        internal UnicastPrefixViolation Violations { get; set; }

        private bool IsIPv6Multicast => Value.IsIPv6 && Value.IsMulticast;

        private bool HasR => (UnicastPrefixFields.Ff1(Value) & UnicastPrefixFields.FlagR) != 0;

        private bool HasP => (UnicastPrefixFields.Ff1(Value) & UnicastPrefixFields.FlagP) != 0;

        /// <summary>The canonical address (RFC 5952 for IPv6).</summary>
        public override string ToString() => Value.ToString();
    }
}
