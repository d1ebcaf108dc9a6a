using System;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// No acceptable answer came to a request within its retransmission schedule (RFC 2730 §2.3: "If no response
    /// has been received by t+60, the client would stop retransmitting and take another course of action").
    /// </summary>
    public sealed class MadcapNoResponseException : MulticastException
    {
        public MadcapNoResponseException(IPEndPoint destination, MadcapMessageType request, int transmissions, TimeSpan waited, object? input)
            : base(
                "MadcapNoResponse",
                MulticastErrorKind.Timeout,
                input,
                "No MADCAP server answered the " + request.ToString().ToUpperInvariant() + " sent " + transmissions + (transmissions == 1 ? " time" : " times") + " to " + destination
                + " over " + (int)waited.TotalSeconds + " seconds (RFC 2730 §2.3).",
                Remedy.Of(RemedyKind.MadcapCheckServer, ("Destination", destination), ("Port", destination.Port)))
        {
            Destination = destination;
            Request = request;
            Transmissions = transmissions;
            Waited = waited;
        }

        /// <summary>Where the request was sent: a server, or a MADCAP Server Multicast Address.</summary>
        public IPEndPoint Destination { get; }

        public MadcapMessageType Request { get; }

        public int Transmissions { get; }

        public TimeSpan Waited { get; }
    }
}
