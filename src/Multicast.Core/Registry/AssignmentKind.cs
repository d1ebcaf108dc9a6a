namespace Multicast
{
    /// <summary>What kind of row of the IANA multicast registries an assignment is.</summary>
    public enum AssignmentKind
    {
        /// <summary>A fixed address or range: IPv4 224.0.1.1, IPv6 ff02::fb.</summary>
        Fixed,

        /// <summary>
        /// An IPv4 relative offset (RFC 2365 §9): counted down from the highest address of any
        /// administrative scope, so its address depends on the scope.
        /// </summary>
        RelativeOffset,

        /// <summary>An IPv6 variable-scope address, FF0X::... (RFC 2375 §3): X may be any scope.</summary>
        VariableScope,
    }
}
