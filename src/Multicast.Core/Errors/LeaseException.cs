namespace Multicast
{
    /// <summary>
    /// A lease or pool operation that the store's current state refuses: a taken name or group, a pool
    /// that still has leases, a lease that expired or belongs to another owner, an exhausted pool.
    /// </summary>
    public sealed class LeaseException : MulticastException
    {
        public LeaseException(string errorId, MulticastErrorKind kind, object? input, string message, Remedy? remedy = null)
            : base(errorId, kind, input, message, remedy)
        {
        }
    }
}
