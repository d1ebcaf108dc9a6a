namespace Multicast
{
    /// <summary>Bit arithmetic on <see cref="IPAddressValue"/>: masks and offsets, without allocation.</summary>
    public static class AddressMath
    {
        /// <summary>The address with every bit after the first <paramref name="length"/> cleared.</summary>
        public static IPAddressValue Network(IPAddressValue address, int length)
        {
            MaskWords(address.IsIPv6, length, out ulong maskHigh, out ulong maskLow);
            return With(address, address.High & maskHigh, address.Low & maskLow);
        }

        /// <summary>The address with every bit after the first <paramref name="length"/> set.</summary>
        public static IPAddressValue Broadcast(IPAddressValue address, int length)
        {
            MaskWords(address.IsIPv6, length, out ulong maskHigh, out ulong maskLow);
            ulong hostLow = address.IsIPv6 ? ~maskLow : ~maskLow & 0xFFFF_FFFF;
            return With(address, address.High | ~maskHigh, address.Low | hostLow);
        }

        /// <summary>True when any bit after the first <paramref name="length"/> is set.</summary>
        public static bool HasHostBits(IPAddressValue address, int length) => Network(address, length) != address;

        /// <summary>True when <paramref name="address"/> lies in <paramref name="network"/>/<paramref name="length"/>.</summary>
        public static bool Contains(IPAddressValue network, int length, IPAddressValue address) =>
            network.IsIPv6 == address.IsIPv6 && Network(address, length) == network;

        /// <summary>Adds <paramref name="offset"/> to the low bits of the address (no overflow check past the family).</summary>
        public static IPAddressValue Add(IPAddressValue address, ulong offset)
        {
            if (address.IsIPv4)
            {
                return IPAddressValue.FromIPv4((uint)(address.Low + offset));
            }

            ulong low = address.Low + offset;
            ulong high = low < address.Low ? address.High + 1 : address.High;
            return IPAddressValue.FromIPv6(high, low);
        }

        private static IPAddressValue With(IPAddressValue family, ulong high, ulong low) =>
            family.IsIPv6 ? IPAddressValue.FromIPv6(high, low) : IPAddressValue.FromIPv4((uint)low);

        private static void MaskWords(bool isIPv6, int length, out ulong high, out ulong low)
        {
            if (!isIPv6)
            {
                high = 0;
                low = length == 0 ? 0 : (0xFFFF_FFFFUL << (32 - length)) & 0xFFFF_FFFF;
                return;
            }

            high = length <= 0 ? 0 : length >= 64 ? ulong.MaxValue : ulong.MaxValue << (64 - length);
            low = length <= 64 ? 0 : length >= 128 ? ulong.MaxValue : ulong.MaxValue << (128 - length);
        }
    }
}
