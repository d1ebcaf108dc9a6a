namespace Multicast
{
    /// <summary>
    /// The 4-bit IPv6 multicast scope ("scop"), RFC 4291 §2.7 as updated by RFC 7346 §2. Every value
    /// 0-F has a name so that any scop can be given by name or number. Larger values are larger scopes
    /// (RFC 4007 §5), so the numeric order is the containment order.
    /// </summary>
    public enum MulticastScope : byte
    {
        /// <summary>scop 0: reserved. Nodes must not send to it (RFC 4291 §2.7).</summary>
        Reserved0 = 0x0,

        /// <summary>scop 1: one interface; loopback only.</summary>
        InterfaceLocal = 0x1,

        /// <summary>scop 2: one link. IPv4 224.0.0.0/24 (RFC 2365 §8).</summary>
        LinkLocal = 0x2,

        /// <summary>scop 3: realm-local (RFC 7346 §3). IPv4 Local Scope 239.255.0.0/16 (RFC 2365 §8).</summary>
        RealmLocal = 0x3,

        /// <summary>scop 4: the smallest administratively configured scope.</summary>
        AdminLocal = 0x4,

        /// <summary>scop 5: one site.</summary>
        SiteLocal = 0x5,

        /// <summary>scop 6: unassigned; available for administrators to define.</summary>
        Unassigned6 = 0x6,

        /// <summary>scop 7: unassigned; available for administrators to define.</summary>
        Unassigned7 = 0x7,

        /// <summary>scop 8: many sites of one organization. IPv4 239.192.0.0/14 (RFC 2365 §8).</summary>
        OrganizationLocal = 0x8,

        /// <summary>scop 9: unassigned.</summary>
        Unassigned9 = 0x9,

        /// <summary>scop A: unassigned.</summary>
        UnassignedA = 0xA,

        /// <summary>scop B: unassigned.</summary>
        UnassignedB = 0xB,

        /// <summary>scop C: unassigned.</summary>
        UnassignedC = 0xC,

        /// <summary>scop D: unassigned.</summary>
        UnassignedD = 0xD,

        /// <summary>scop E: the Internet. IPv4 224.0.1.0-238.255.255.255 (RFC 2365 §8).</summary>
        Global = 0xE,

        /// <summary>scop F: reserved; treated as global if sent (RFC 4291 §2.7).</summary>
        ReservedF = 0xF,
    }
}
