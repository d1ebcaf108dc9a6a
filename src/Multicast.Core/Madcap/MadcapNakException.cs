using System;
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
            : base(ErrorIdOf(error.Code), KindOf(error.Code), input, Describe(server, request, error), RemedyOf(server, error))
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

        /// <summary>The facts: which server refused which request, with which error, and what that error means (§3.17).</summary>
        private static string Describe(IPEndPoint server, MadcapMessageType request, MadcapErrorOption error)
        {
            string meaning = error.Code switch
            {
                MadcapErrorCode.ValidRequestCouldNotBeCompleted => "The request was valid, but the server cannot complete it with the addresses and configuration it has.",
                MadcapErrorCode.InvalidRequest => "The server judged the request malformed or invalid in its context.",
                MadcapErrorCode.ExcessiveClockSkew => "This host's clock and the server's differ by more than the server allows (RFC 2730 §2.12).",
                MadcapErrorCode.LeaseIdentifierNotRecognized => "The server holds no lease with this Lease Identifier: it ended, was released, or was allocated by another server.",
                MadcapErrorCode.RequiredFeatureNotSupported => "The server does not support a feature the request required.",
                _ => "RFC 2730 does not define this error code.",
            };

            return "The MADCAP server " + server + " refused the " + request.ToString().ToUpperInvariant() + " with " + error + ". " + meaning;
        }

        /// <summary>What to do, as data for the host to phrase.</summary>
        private static Remedy? RemedyOf(IPEndPoint server, MadcapErrorOption error) => error.Code switch
        {
            MadcapErrorCode.ValidRequestCouldNotBeCompleted => Remedy.Of(RemedyKind.MadcapAskForLess, ("Server", server), ("Option", OptionName(error))),
            MadcapErrorCode.InvalidRequest => Remedy.Of(RemedyKind.MadcapCorrectRequest, ("Server", server), ("Option", OptionName(error))),
            MadcapErrorCode.ExcessiveClockSkew => Remedy.Of(RemedyKind.MadcapSetClock, ("ServerTime", error.ServerTime is uint time ? MadcapTime.ToDateTime(time) : (DateTime?)null)),
            MadcapErrorCode.LeaseIdentifierNotRecognized => Remedy.Of(RemedyKind.MadcapLeaseAgain, ("Server", server)),
            MadcapErrorCode.RequiredFeatureNotSupported => Remedy.Of(RemedyKind.MadcapDropFeatures, ("Server", server), ("Features", error.UnsupportedFeatures)),
            _ => null,
        };

        private static string? OptionName(MadcapErrorOption error) =>
            error.ProblemOption is ushort option && option != MadcapErrorOption.NoSpecificOption ? MadcapErrorText.NameOf((MadcapOptionCode)option) : null;
    }
}
