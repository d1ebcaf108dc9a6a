using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// A MADCAP server answered with a NAK (RFC 2730 §2.2.6). The message names the server, the request, the
    /// error code of the Error option (§3.17) with its extra data, and what to change. The client has stopped
    /// retransmitting: "The client MUST NOT retransmit a message once a NAK response to that message has been received".
    /// </summary>
    public sealed class MadcapNakException : MulticastException
    {
        public MadcapNakException(IPEndPoint server, MadcapMessageType request, MadcapErrorOption error, object? input)
            : base(ErrorIdOf(error.Code), KindOf(error.Code), input, Describe(server, request, error))
        {
            Server = server;
            Request = request;
            Error = error;
        }

        /// <summary>Where the NAK came from.</summary>
        public IPEndPoint Server { get; }

        /// <summary>The type of the request the server refused.</summary>
        public MadcapMessageType Request { get; }

        public MadcapErrorOption Error { get; }

        public MadcapErrorCode ErrorCode => Error.Code;

        private static string ErrorIdOf(MadcapErrorCode code) => code switch
        {
            MadcapErrorCode.ValidRequestCouldNotBeCompleted => "MadcapValidRequestCouldNotBeCompleted",
            MadcapErrorCode.InvalidRequest => "MadcapInvalidRequest",
            MadcapErrorCode.ExcessiveClockSkew => "MadcapExcessiveClockSkew",
            MadcapErrorCode.LeaseIdentifierNotRecognized => "MadcapLeaseIdentifierNotRecognized",
            MadcapErrorCode.RequiredFeatureNotSupported => "MadcapRequiredFeatureNotSupported",
            _ => "MadcapServerError",
        };

        private static MulticastErrorKind KindOf(MadcapErrorCode code) => code switch
        {
            MadcapErrorCode.ValidRequestCouldNotBeCompleted => MulticastErrorKind.Exhausted,
            MadcapErrorCode.InvalidRequest => MulticastErrorKind.RuleViolation,
            MadcapErrorCode.LeaseIdentifierNotRecognized => MulticastErrorKind.NotFound,
            MadcapErrorCode.RequiredFeatureNotSupported => MulticastErrorKind.RuleViolation,
            _ => MulticastErrorKind.InvalidState,
        };

        private static string Describe(IPEndPoint server, MadcapMessageType request, MadcapErrorOption error)
        {
            string what = error.Code switch
            {
                MadcapErrorCode.ValidRequestCouldNotBeCompleted =>
                    "The request was valid, but the server cannot meet it with the addresses and configuration it has: ask for fewer addresses, a shorter minimum lease time or a later maximum start time, or use another scope or server.",
                MadcapErrorCode.InvalidRequest =>
                    "The server judged the request malformed or invalid in its context: correct the option named, or check that the request is sent to the server that holds the lease.",
                MadcapErrorCode.ExcessiveClockSkew =>
                    "This host's clock and the server's differ by more than the server allows: set this host's clock (NTP) and send the request again.",
                MadcapErrorCode.LeaseIdentifierNotRecognized =>
                    "The server holds no lease with this Lease Identifier: the lease may have expired, been released, or been allocated by another server.",
                MadcapErrorCode.RequiredFeatureNotSupported =>
                    "The server does not support a feature the request required: send it without requiring that feature, or use a server that supports it.",
                _ => "RFC 2730 does not define this error code.",
            };

            return "The MADCAP server " + server + " refused the " + request.ToString().ToUpperInvariant() + " with " + error + ". " + what;
        }
    }
}
