namespace Multicast.Madcap
{
    /// <summary>The first octet of a Lease Identifier (RFC 2730 §2.4, Table 3).</summary>
    public enum MadcapLeaseIdentifierType : byte
    {
        /// <summary>§2.4.1: type octet, then a random number (at least 16 octets recommended).</summary>
        Random = 0,

        /// <summary>§2.4.2: type octet, address family number, an address of that family, a client-specific identifier.</summary>
        AddressSpecific = 1,
    }
}
