namespace Multicast
{
    /// <summary>Canonical text for an address range: one address, a prefix when the range is one, else first-last.</summary>
    internal static class RangeFormatter
    {
        public static string Format(IPAddressValue first, IPAddressValue last)
        {
            if (first == last)
            {
                return first.ToString();
            }

            for (int length = first.BitLength - 1; length >= 0; length--)
            {
                if (AddressMath.Broadcast(first, length) == last)
                {
                    return AddressMath.HasHostBits(first, length) ? Range(first, last) : AddressFormatter.FormatPrefix(first, length);
                }
            }

            return Range(first, last);
        }

        private static string Range(IPAddressValue first, IPAddressValue last) => first + "-" + last;
    }
}
