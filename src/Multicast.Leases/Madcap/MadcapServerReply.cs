using System;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Leases.Madcap
{
    /// <summary>An answer a MADCAP server sends: its octets, and where they go, the request's source address and port (RFC 2730 §2: "a destination port number that matches the source port number provided by the client").</summary>
    public sealed class MadcapServerReply
    {
        public MadcapServerReply(byte[] data, IPEndPoint destination, MadcapMessageType type)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
            Destination = destination ?? throw new ArgumentNullException(nameof(destination));
            Type = type;
        }

        public byte[] Data { get; }

        public IPEndPoint Destination { get; }

        /// <summary>OFFER, ACK or NAK.</summary>
        public MadcapMessageType Type { get; }

        public override string ToString() => Type.ToString().ToUpperInvariant() + " to " + Destination;
    }
}
