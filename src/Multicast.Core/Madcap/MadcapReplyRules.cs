using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace Multicast.Madcap
{
    /// <summary>
    /// Which server messages a client acts on. RFC 2730 §2.5: "The client MUST check the Lease Identifier option and
    /// xid field in each incoming message ... If not, the message MUST be ignored"; §2.1.5: "If a MADCAP client receives
    /// a message that does not conform to the requirements of this document, it MUST ignore the message". Conformance
    /// is Table 5 (<see cref="MadcapOptionTable"/>) plus the promises a server makes about what it grants (§2.2.2-§2.2.5,
    /// §3.8, §3.13): an answer that breaks them is ignored, never half-used.
    /// </summary>
    public static class MadcapReplyRules
    {
        /// <summary>True when <paramref name="reply"/> belongs to the transaction of <paramref name="request"/>: same xid, Lease Identifier and address family, and a Server Identifier.</summary>
        public static bool Answers(MadcapMessage reply, MadcapMessage request) =>
            reply.TransactionId == request.TransactionId
            && reply.LeaseIdentifier != null
            && reply.LeaseIdentifier.Equals(request.LeaseIdentifier)
            && reply.AddressFamily == request.AddressFamily
            && reply.ServerIdentifier != null;

        /// <summary>A NAK a client acts on: it answers the request and carries an Error option (§2.2.6), as Table 5 has it.</summary>
        public static bool IsAcceptableNak(MadcapMessage reply, MadcapMessage request) =>
            reply.Type == MadcapMessageType.Nak
            && Answers(reply, request)
            && !MadcapOptionTable.TryFindViolation(reply, MadcapExchangeStep.Nak, false, out _, out _)
            && FeaturesConform(reply, request);

        /// <summary>An ACK to a GETINFO or RELEASE: only Table 5 and the Feature List rules apply.</summary>
        public static bool IsAcceptableAck(MadcapMessage reply, MadcapMessage request) =>
            reply.Type == MadcapMessageType.Ack
            && Answers(reply, request)
            && !MadcapOptionTable.TryFindViolation(reply, MadcapOptionTable.AckTo(request.Type), false, out _, out _)
            && FeaturesConform(reply, request);

        /// <summary>
        /// An OFFER answering a DISCOVER, or an ACK answering a REQUEST or RENEW, that keeps the server's promises:
        /// the scope asked for (any multicast scope when <paramref name="scope"/> is null); "MUST NOT offer a lease time shorter than the minimum lease time specified by the client
        /// or a start time later than the maximum start time" (§2.2.2); between the minimum and desired number of
        /// addresses (§3.8); every address a multicast address of the scope; Current Time with any Start Time (§3.7).
        /// </summary>
        public static bool IsAcceptableGrant(MadcapMessage reply, MadcapMessage request, IPAddress? scope, IPAddress? scopeLast, DateTime now)
        {
            MadcapMessageType expected = request.Type == MadcapMessageType.Discover ? MadcapMessageType.Offer : MadcapMessageType.Ack;
            MadcapExchangeStep step = request.Type == MadcapMessageType.Discover ? MadcapExchangeStep.Offer : MadcapOptionTable.AckTo(request.Type);
            if (reply.Type != expected || !Answers(reply, request) || MadcapOptionTable.TryFindViolation(reply, step, false, out _, out _) || !FeaturesConform(reply, request))
            {
                return false;
            }

            // A RENEW made without knowing the scope takes the one the answer names; it must still be a multicast scope.
            IPAddress? granted = reply.MulticastScope;
            if (granted is null || (scope != null && !scope.Equals(granted)) || !IsMulticast(granted) || (reply.StartTime.HasValue && !reply.CurrentTime.HasValue))
            {
                return false;
            }

            scope ??= granted;

            // This client never lists Retry After, so a server "MUST NOT use that feature" (§3.13): no Retry Time.
            if (reply.RetryTime.HasValue)
            {
                return false;
            }

            if (request.MinimumLeaseTime.HasValue && reply.LeaseTime < request.MinimumLeaseTime.Value)
            {
                return false;
            }

            DateTime start = reply.StartTime.HasValue ? MadcapTime.ToDateTime(reply.StartTime.Value) : now;
            if (request.MaximumStartTime.HasValue && start > MadcapTime.ToDateTime(request.MaximumStartTime.Value))
            {
                return false;
            }

            if (reply.AddressRanges is null)
            {
                // Only an OFFER may leave the ranges out: "it is assumed that the server is willing to provide the number of addresses that the client requested" (§2.2.3).
                return reply.Type == MadcapMessageType.Offer;
            }

            long total = 0;
            foreach (MadcapAddressRange range in reply.AddressRanges)
            {
                IPAddress? last = range.Last;
                if (last is null || !IsMulticast(range.Start) || !IsMulticast(last) || MadcapWire.Compare(range.Start, scope) < 0
                    || (scopeLast != null && MadcapWire.Compare(last, scopeLast) > 0))
                {
                    return false;
                }

                total += range.BlockSize;
            }

            // A RENEW keeps the lease's addresses and names no count; a DISCOVER or REQUEST asked for one unless it said otherwise (§2.2.2).
            if (request.Type == MadcapMessageType.Renew)
            {
                return total >= 1;
            }

            MadcapAddressCount count = request.NumberOfAddressesRequested ?? new MadcapAddressCount(1, 1);
            return count.Allows(total);
        }

        /// <summary>
        /// §3.13: "If a MADCAP server does respond to a client's message that includes a Feature List option, the server
        /// MUST include a Feature List option"; its list "MUST NOT include any feature codes in the requested list"; the
        /// features it implemented (its required list) must be ones the client mentioned ("the server MUST NOT use that
        /// feature" otherwise); and a grant (OFFER or ACK) implemented every feature the client required ("it MUST implement
        /// them"). A NAK implemented nothing, so its required list need not hold the client's.
        /// </summary>
        private static bool FeaturesConform(MadcapMessage reply, MadcapMessage request)
        {
            MadcapFeatureList? asked = request.FeatureList;
            MadcapFeatureList? answered = reply.FeatureList;
            if (answered is null)
            {
                return asked is null;
            }

            if (answered.Requested.Count > 0)
            {
                return false;
            }

            IEnumerable<ushort> mentioned = asked is null
                ? Enumerable.Empty<ushort>()
                : asked.Supported.Concat(asked.Requested).Concat(asked.Required);
            if (!answered.Required.All(mentioned.Contains))
            {
                return false;
            }

            return reply.Type == MadcapMessageType.Nak || asked is null || asked.Required.All(answered.Required.Contains);
        }

        private static bool IsMulticast(IPAddress address)
        {
            byte[] octets = address.GetAddressBytes();
            return address.AddressFamily == AddressFamily.InterNetworkV6 ? octets[0] == 0xFF : (octets[0] & 0xF0) == 0xE0;
        }
    }
}
