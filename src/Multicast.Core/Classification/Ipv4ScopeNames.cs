namespace Multicast
{
    /// <summary>
    /// The RFC 2365 name of the IPv4 scope an address is in: the two defined administrative scopes
    /// (§6.1, §6.2), their reserved expansion space (§6.1.1, §6.2.1), and the link-local and global
    /// scopes that "already exist" (§6.3).
    /// </summary>
    public static class Ipv4ScopeNames
    {
        public const string LinkLocal = "Link-Local Scope";
        public const string Global = "Global Scope";
        public const string Local = "IPv4 Local Scope";
        public const string LocalExpansion = "IPv4 Local Scope expansion (reserved)";
        public const string OrganizationLocal = "IPv4 Organization Local Scope";
        public const string OrganizationLocalExpansion = "IPv4 Organization Local Scope expansion (unassigned)";
        public const string AdminScoped = "Administratively scoped, extent undefined";

        /// <summary>The scope name of an IPv4 multicast address, or null for IPv6 and non-multicast addresses.</summary>
        public static string? Get(IPAddressValue address)
        {
            if (!address.IsIPv4 || !address.IsMulticast)
            {
                return null;
            }

            uint v4 = address.IPv4;
            if ((v4 & 0xFFFF_FF00) == 0xE000_0000)
            {
                return LinkLocal; // 224.0.0.0/24
            }

            if ((v4 & 0xFF00_0000) != 0xEF00_0000)
            {
                return Global; // 224.0.1.0-238.255.255.255
            }

            uint second = (v4 >> 16) & 0xFF;
            if (second == 255)
            {
                return Local; // 239.255.0.0/16
            }

            if (second == 253 || second == 254)
            {
                return LocalExpansion; // RFC 2365 §6.1.1: the Local Scope grows downward into these
            }

            if (second >= 192 && second <= 195)
            {
                return OrganizationLocal; // 239.192.0.0/14
            }

            // RFC 2365 §6.2.1: 239.0.0.0/10, 239.64.0.0/10 and 239.128.0.0/10 are kept for expansion.
            return second < 192 ? OrganizationLocalExpansion : AdminScoped;
        }
    }
}
