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
    }
}
