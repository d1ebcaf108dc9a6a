namespace Multicast
{
    /// <summary>What kind of mistake an input made. The module maps each kind to one ErrorCategory.</summary>
    public enum MulticastErrorKind
    {
        /// <summary>The text could not be read as the value asked for (an address, a prefix, a scope).</summary>
        InvalidFormat,

        /// <summary>The value was read, but the RFC forbids it here (AS 0, RIID 0, a prefix outside 239/8...).</summary>
        RuleViolation,

        /// <summary>A name or value that the registry or table does not hold.</summary>
        NotFound,

        /// <summary>The store already holds it: a pool name, an overlapping pool, a leased group.</summary>
        Conflict,

        /// <summary>The store's state forbids it now: a pool with active leases, an expired lease, another owner's lease.</summary>
        InvalidState,

        /// <summary>No free group is left for the request.</summary>
        Exhausted,

        /// <summary>The store stayed locked by another process past the wait allowed.</summary>
        Timeout,

        /// <summary>The store file is damaged or written by a newer version; it is left as it is.</summary>
        StoreUnreadable,

        /// <summary>The store file or its folder cannot be opened or written.</summary>
        StoreUnavailable,

        /// <summary>The network refused what was asked of it: a socket could not be opened or bound (the address is not this host's, the port is taken), no group could be joined, a send failed.</summary>
        NetworkUnavailable,
    }
}
