using System;

namespace Multicast
{
    /// <summary>
    /// The lease store itself failed: locked too long (<see cref="MulticastErrorKind.Timeout"/>), damaged or
    /// of a newer format (<see cref="MulticastErrorKind.StoreUnreadable"/>), or not reachable
    /// (<see cref="MulticastErrorKind.StoreUnavailable"/>). A failed operation never changes the store file.
    /// </summary>
    public sealed class LeaseStoreException : MulticastException
    {
        public LeaseStoreException(string errorId, MulticastErrorKind kind, string path, string message, Exception? innerException = null, Remedy? remedy = null)
            : base(errorId, kind, path, message, innerException, remedy)
        {
            Path = path;
        }

        /// <summary>The store file.</summary>
        public string Path { get; }
    }
}
