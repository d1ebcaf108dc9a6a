namespace Multicast
{
    /// <summary>
    /// The RFC 3307 range a 32-bit IPv6 group ID falls in. RFC 3307 §4 and §5 split the group IDs by who
    /// may assign them; RFC 4607 §1 applies the same split to SSM addresses.
    /// </summary>
    public enum GroupIdRange
    {
        /// <summary>Group ID 0: no group; the address is the first address of its /96 prefix.</summary>
        None,

        /// <summary>
        /// 0x00000001-0x3FFFFFFF: permanent addresses assigned by IANA, with P = 0 and T = 0 (RFC 3307
        /// §4.1). Invalid in SSM addresses (RFC 4607 §1).
        /// </summary>
        PermanentAddress,

        /// <summary>0x40000000-0x7FFFFFFF: permanent group IDs assigned by IANA for any prefix (RFC 3307 §4.2).</summary>
        PermanentGroupId,

        /// <summary>0x80000000-0xFFFFFFFF: dynamic allocation by servers and hosts; high bit = T (RFC 3307 §4.3).</summary>
        Dynamic,
    }
}
