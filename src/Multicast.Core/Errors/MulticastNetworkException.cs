using System;

namespace Multicast
{
    /// <summary>A socket could not be opened or used (<see cref="MulticastErrorKind.NetworkUnavailable"/>): the message says which address and port, and what the system said.</summary>
    public sealed class MulticastNetworkException : MulticastException
    {
        public MulticastNetworkException(string errorId, object? input, string message, Exception? innerException = null, Remedy? remedy = null)
            : base(errorId, MulticastErrorKind.NetworkUnavailable, input, message, innerException, remedy)
        {
        }
    }
}
