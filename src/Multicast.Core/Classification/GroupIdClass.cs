namespace Multicast
{
    /// <summary>The RFC 3307 §4 class of the low 32 bits (the group ID) of an IPv6 multicast address.</summary>
    public enum GroupIdClass
    {
        /// <summary>Group ID 0: no group (FF0x::0 is reserved, RFC 4291 §2.7.1).</summary>
        Zero = 0,

        /// <summary>0x00000001-0x3FFFFFFF: permanent multicast addresses assigned by IANA, with T = 0 and P = 0 (RFC 3307 §4.1).</summary>
        PermanentAddress,

        /// <summary>0x40000000-0x7FFFFFFF: permanent group IDs, one service in any prefix and scope (RFC 3307 §4.2).</summary>
        PermanentGroupId,

        /// <summary>0x80000000-0xFFFFFFFF: dynamic, by an allocation server or the host itself, with T = 1 (RFC 3307 §4.3).</summary>
        Dynamic,
    }
}
