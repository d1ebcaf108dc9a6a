using System.Net.Sockets;

namespace Multicast.Networking
{
    /// <summary>No group of those asked for could be joined: the host has no route or interface for them, or the port is refused.</summary>
    public sealed class MulticastGroupJoinException : MulticastException
    {
        public MulticastGroupJoinException(string groups, SocketException? cause)
            : base(
                "MulticastGroupJoinFailed",
                MulticastErrorKind.NetworkUnavailable,
                groups,
                "No multicast group could be joined (" + groups + ")" + (cause is null ? "." : ": " + cause.Message + " (" + cause.SocketErrorCode + ")."),
                cause)
        {
        }
    }
}
