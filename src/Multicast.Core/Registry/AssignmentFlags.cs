using System;

namespace Multicast
{
    /// <summary>
    /// What a registry row says about its own use, read from IANA's data by tools/Multicast.RegistryGenerator
    /// and compiled into the registry resource, so that no rule here reads meaning from a description.
    /// </summary>
    [Flags]
    public enum AssignmentFlags
    {
        None = 0,

        /// <summary>IANA keeps the space back: "Reserved", "Base Address (Reserved)", "Reserved for IANA allocation".</summary>
        Reserved = 1 << 0,

        /// <summary>Free space IANA has not assigned yet: "Unassigned".</summary>
        Unassigned = 1 << 1,

        /// <summary>For documentation and examples only (RFC 6676): MCAST-TEST-NET, MCAST-TEST-NET-2, ff0x::db8:0:0/96.</summary>
        Documentation = 1 << 2,

        /// <summary>For experiments: RFC 3692-style experiments (RFC 4727) and "any private experiment".</summary>
        Experimental = 1 << 3,
    }
}
