namespace Multicast
{
    /// <summary>
    /// The kinds of <see cref="Remedy"/>. Each member says which named values its remedy carries; a host
    /// must phrase every kind.
    /// </summary>
    public enum RemedyKind
    {
        /// <summary>Use the GLOP range of your AS (RFC 3180) instead.</summary>
        UseGlopRange,

        /// <summary>Ask for a source-specific address instead of a prefix-based one (RFC 3306 §6).</summary>
        UseSourceSpecific,

        /// <summary>Use a scope no wider than "Scope" (a <see cref="MulticastScope"/>), or better, an RFC 4489 link-scoped address.</summary>
        UseLinkScopedAddress,

        /// <summary>For a wider scope, derive the group from a unicast prefix (RFC 3306).</summary>
        UseUnicastPrefixAddress,

        /// <summary>Give the link-local address itself, or its interface ID "InterfaceId" (an <see cref="InterfaceIdentifier"/>).</summary>
        UseInterfaceAddress,

        /// <summary>The store was written by a newer version: update this one, or use another store.</summary>
        UpdateOrUseAnotherStore,

        /// <summary>Check the store's path and the access to it, or use another store.</summary>
        CheckStorePath,

        /// <summary>Restore the store "Path" from a backup, or move it and its journal "Journal" aside to start an empty store.</summary>
        RestoreStore,

        /// <summary>Repair the store "Path" (release or restore what it held); the damaged bytes are kept in the file "Kept".</summary>
        RepairStore,

        /// <summary>Name a store explicitly, or set the environment variable "Variable".</summary>
        GiveStorePath,

        /// <summary>Give a lease length from "Minimum" to "Maximum" (TimeSpans).</summary>
        GiveDurationInRange,

        /// <summary>Release leases, wait for some to expire, or use a larger pool.</summary>
        ReleaseLeasesOrWait,

        /// <summary>To lease from part of the zone "Zone" (an <see cref="IPPrefix"/>), make a pool of the whole zone and exclude the rest.</summary>
        ExcludeFromZonePool,

        /// <summary>Choose another pool name, or change the pool "Pool" that has this one.</summary>
        ChooseAnotherPoolName,

        /// <summary>Release the leases of pool "Pool" first, or remove it with its leases.</summary>
        ReleaseLeasesOrForce,

        /// <summary>Ask for another group or for any free one; its owner "Owner" renews it.</summary>
        RequestAnotherGroup,

        /// <summary>Lease "Address" again from pool "Pool" for owner "Owner" while it is free.</summary>
        RequestAgain,

        /// <summary>List the pools, or make one.</summary>
        ListOrCreatePool,

        /// <summary>List the leases, expired ones included.</summary>
        ListLeases,

        /// <summary>Name the lease's owner "Owner", if that is you.</summary>
        GiveOwner,

        /// <summary>The MADCAP server "Server" (an IPEndPoint) cannot complete the request: ask for fewer groups, a shorter minimum lease or a later maximum start, or use another scope or server.</summary>
        MadcapAskForLess,

        /// <summary>The MADCAP server judged the request invalid, naming option "Option" (its name, or null): correct it, or send the request to the server that holds the lease.</summary>
        MadcapCorrectRequest,

        /// <summary>This host's clock and the MADCAP server's differ too much; the server's reads "ServerTime" (a UTC DateTime, or null): set this host's clock.</summary>
        MadcapSetClock,

        /// <summary>The MADCAP server "Server" holds no such lease (ended, released, or another server's): lease again.</summary>
        MadcapLeaseAgain,

        /// <summary>The MADCAP server does not support the required features "Features" (a list of codes): leave them out, or use another server.</summary>
        MadcapDropFeatures,

        /// <summary>No MADCAP server answered at "Destination" (an IPEndPoint): check that one runs there and that UDP port "Port" is open, or name another server.</summary>
        MadcapCheckServer,

        /// <summary>A MADCAP client must not send to the global scope: name a server's unicast address, or the IPv4 Local Scope's MADCAP address.</summary>
        MadcapUseScopedGroup,

        /// <summary>No MADCAP server was named and none can be found by multicast (IPv6 has no assigned group): name a server.</summary>
        MadcapNameServer,

        /// <summary>List the scopes of the MADCAP server "Server" (an IPEndPoint) to find the name or Scope ID to ask for.</summary>
        MadcapListScopes,
        /// <summary>The group is in use outside the store (announced): ask for another, or for any free one, which avoids it too.</summary>
        RequestUnusedGroup,
    }
}
