namespace Multicast
{
    /// <summary>
    /// The field layout shared by unicast-prefix-based (RFC 3306), embedded-RP (RFC 3956) and
    /// link-scoped (RFC 4489) IPv6 multicast addresses, as RFC 7371 §4 redrew it:
    /// <code>
    /// |   8    |  4 |  4 |  4 |  4 |    8   |       64       |    32    |
    /// |11111111|ff1 |scop|ff2 |RIID|  plen  | network prefix | group ID |
    /// </code>
    /// ff1 holds the flags X R P T, each its own bit (RFC 7371 §3). ff2 is bits 17-20 counting the first
    /// bit as 1 (RFC 7371 §2): sent as zero, ignored on receipt. Only the low 4 bits of RFC 3306's
    /// reserved byte carry the RIID (RFC 3956 §3), and only when R is set. Every accessor is a shift and a
    /// mask on the address's two words: no checks, no allocation. They read IPv6 addresses; for an IPv4
    /// value the results mean nothing, so callers test <see cref="IPAddressValue.IsIPv6"/> first.
    /// </summary>
    public static class UnicastPrefixFields
    {
        /// <summary>ff1 bit X: for future assignment; may be 0 or 1 (RFC 7371 §4.1.1, §4.2.2).</summary>
        public const int FlagX = 0x8;

        /// <summary>ff1 bit R: the address embeds the address of an RP (RFC 3956 §3, RFC 7371 §4.2.2).</summary>
        public const int FlagR = 0x4;

        /// <summary>ff1 bit P: the address is assigned from a network prefix (RFC 3306 §4).</summary>
        public const int FlagP = 0x2;

        /// <summary>ff1 bit T: the address is not permanently assigned (RFC 4291 §2.7).</summary>
        public const int FlagT = 0x1;

        /// <summary>The most network-prefix bits the 64-bit field holds (RFC 3306 §4, RFC 3956 §4).</summary>
        public const int MaxPrefixLength = 64;

        /// <summary>The plen value that marks a link-scoped address carrying an interface ID (RFC 4489 §3).</summary>
        public const int LinkScopedPlen = 0xFF;

        /// <summary>The length of the multicast prefix that the fields before the group ID make (RFC 3306 §7).</summary>
        public const int GroupPrefixLength = 96;

        /// <summary>ff1, bits 9-12 (RFC 7371 §4): the flags X R P T.</summary>
        public static int Ff1(IPAddressValue address) => (int)(address.High >> 52) & 0xF;

        public static bool HasFlagX(IPAddressValue address) => (Ff1(address) & FlagX) != 0;

        public static bool HasFlagR(IPAddressValue address) => (Ff1(address) & FlagR) != 0;

        public static bool HasFlagP(IPAddressValue address) => (Ff1(address) & FlagP) != 0;

        public static bool HasFlagT(IPAddressValue address) => (Ff1(address) & FlagT) != 0;

        /// <summary>scop, bits 13-16 (RFC 4291 §2.7).</summary>
        public static MulticastScope Scope(IPAddressValue address) => (MulticastScope)((address.High >> 48) & 0xF);

        /// <summary>ff2, bits 17-20 (RFC 7371 §2): reserved flags, sent as zero and ignored on receipt.</summary>
        public static int Ff2(IPAddressValue address) => (int)(address.High >> 44) & 0xF;

        /// <summary>
        /// Bits 21-24: the RIID when R is set (RFC 3956 §3); otherwise reserved, sent as zero and ignored
        /// on receipt (RFC 3956 §3, for R = 0).
        /// </summary>
        public static int Riid(IPAddressValue address) => (int)(address.High >> 40) & 0xF;

        /// <summary>plen, bits 25-32: how many bits of the network prefix field are significant (RFC 3306 §4).</summary>
        public static int Plen(IPAddressValue address) => (int)(address.High >> 32) & 0xFF;

        /// <summary>The 64-bit network prefix field, bits 33-96 (the interface ID for RFC 4489).</summary>
        public static ulong NetworkPrefixField(IPAddressValue address) => (address.High << 32) | (address.Low >> 32);

        /// <summary>The group ID, the last 32 bits (RFC 3306 §4, RFC 3307 §1).</summary>
        public static uint GroupId(IPAddressValue address) => (uint)address.Low;

        /// <summary>
        /// The first <paramref name="length"/> bits (0-64) of the network prefix field as an IPv6 prefix
        /// address: the unicast network the multicast address was derived from. Longer lengths read 64.
        /// </summary>
        public static IPAddressValue UnicastNetwork(IPAddressValue address, int length) =>
            IPAddressValue.FromIPv6(NetworkPrefixField(address) & HighBitsMask(length), 0);

        /// <summary>True when the network prefix field has bits set after the first <paramref name="length"/> (RFC 3306 §4: they SHOULD be zero).</summary>
        public static bool HasBitsAfterPlen(IPAddressValue address, int length) =>
            (NetworkPrefixField(address) & ~HighBitsMask(length)) != 0;

        /// <summary>
        /// Builds an address from its fields. Each field is masked to its width, so callers validate the
        /// values first; <paramref name="networkPrefix"/> is the 64-bit field, high bits first.
        /// </summary>
        public static IPAddressValue Compose(int ff1, MulticastScope scope, int ff2, int riid, int plen, ulong networkPrefix, uint groupId)
        {
            ulong high = (0xFFUL << 56)
                | ((ulong)(ff1 & 0xF) << 52)
                | ((ulong)((int)scope & 0xF) << 48)
                | ((ulong)(ff2 & 0xF) << 44)
                | ((ulong)(riid & 0xF) << 40)
                | ((ulong)(plen & 0xFF) << 32)
                | (networkPrefix >> 32);
            ulong low = (networkPrefix << 32) | groupId;
            return IPAddressValue.FromIPv6(high, low);
        }

        /// <summary>The /96 that the fields before the group ID make (RFC 3306 §7, RFC 6676 §3.2).</summary>
        public static IPPrefix GroupPrefix(IPAddressValue address) =>
            new IPPrefix(AddressMath.Network(address, GroupPrefixLength), GroupPrefixLength);

        /// <summary>
        /// The multicast prefix of every group whose network prefix field starts with the first
        /// <paramref name="plen"/> bits of this one: 32 + plen bits long, such as ff3e:20:2001:db8::/64 for
        /// 2001:db8::/32 (RFC 6676 §3.1, RFC 3956 §5.2). Its addresses beyond the /96 set bits that RFC
        /// 3306 §4 says SHOULD be zero, which RFC 3956 §4 and §5.3 allow.
        /// </summary>
        public static IPPrefix AllocationPrefix(IPAddressValue address, int plen)
        {
            int length = 32 + (plen > MaxPrefixLength ? MaxPrefixLength : plen);
            return new IPPrefix(AddressMath.Network(address, length), length);
        }

        /// <summary>The 64-bit mask of the first <paramref name="length"/> bits (0-64; more reads as 64).</summary>
        internal static ulong HighBitsMask(int length) =>
            length <= 0 ? 0 : length >= 64 ? ulong.MaxValue : ulong.MaxValue << (64 - length);
    }
}
