using System;
using System.Net;

namespace Multicast.Networking
{
    /// <summary>One datagram as it arrived: its bytes, who sent it, and the address it was sent to.</summary>
    public sealed class ReceivedDatagram
    {
        public ReceivedDatagram(byte[] data, IPEndPoint source, IPAddress? destination, int interfaceIndex = 0)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Destination = destination;
            InterfaceIndex = interfaceIndex;
        }

        /// <summary>The payload, exactly as long as the datagram.</summary>
        public byte[] Data { get; }

        public IPEndPoint Source { get; }

        /// <summary>The address the datagram was sent to (a unicast address or a group), where the socket could tell.</summary>
        public IPAddress? Destination { get; }

        /// <summary>The index of the interface it came in on, or 0 where the socket could not tell.</summary>
        public int InterfaceIndex { get; }
    }
}
