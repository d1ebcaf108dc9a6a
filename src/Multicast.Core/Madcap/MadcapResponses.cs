using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.Madcap
{
    /// <summary>
    /// The skeleton of every server answer (RFC 2730 §2.2.3, §2.2.5, §2.2.6): "the xid field MUST match the xid field
    /// included in the client request ... The Lease Identifier option MUST be included, with the value matching the one
    /// included in the client request. The Server Identifier option MUST be included". When the request carried a Feature
    /// List, so does the answer (§3.13): the server's supported features, the ones it implemented as required, and an
    /// empty requested list. The server engine adds the options of Table 5 for the answer.
    /// </summary>
    public static class MadcapResponses
    {
        public static MadcapMessage Offer(MadcapMessage discover, MadcapServerPolicy policy, IEnumerable<ushort>? implemented = null) =>
            Answer(discover, MadcapMessageType.Offer, policy, implemented);

        public static MadcapMessage Ack(MadcapMessage request, MadcapServerPolicy policy, IEnumerable<ushort>? implemented = null) =>
            Answer(request, MadcapMessageType.Ack, policy, implemented);

        public static MadcapMessage Nak(MadcapMessage request, MadcapServerPolicy policy, MadcapErrorOption error)
        {
            MadcapMessage nak = Answer(request, MadcapMessageType.Nak, policy, null);
            nak.Error = error ?? throw new ArgumentNullException(nameof(error));
            return nak;
        }

        /// <summary>A NAK to a request the decoder refused but could read enough of (<see cref="MadcapDecodeError.HeaderRead"/> and a Lease Identifier).</summary>
        public static MadcapMessage Nak(MadcapDecodeError undecodable, MadcapServerPolicy policy, MadcapErrorOption error)
        {
            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            if (!undecodable.HeaderRead || undecodable.LeaseIdentifier is null)
            {
                throw new ArgumentException("A NAK echoes the request's xid and Lease Identifier (RFC 2730 §2.2.6); this datagram has none to echo.", nameof(undecodable));
            }

            return new MadcapMessage(MadcapMessageType.Nak, undecodable.AddressFamily, undecodable.TransactionId)
            {
                LeaseIdentifier = undecodable.LeaseIdentifier,
                ServerIdentifier = policy.ServerIdentifier,
                Error = error ?? throw new ArgumentNullException(nameof(error)),
            };
        }

        private static MadcapMessage Answer(MadcapMessage request, MadcapMessageType type, MadcapServerPolicy policy, IEnumerable<ushort>? implemented)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            var answer = new MadcapMessage(type, request.AddressFamily, request.TransactionId)
            {
                LeaseIdentifier = request.LeaseIdentifier ?? throw new ArgumentException("The request has no Lease Identifier to echo (RFC 2730 §2.5).", nameof(request)),
                ServerIdentifier = policy.ServerIdentifier,
            };

            List<ushort> used = (implemented ?? Enumerable.Empty<ushort>()).Distinct().ToList();
            MadcapFeatureList? asked = request.FeatureList;
            if (asked is null)
            {
                if (used.Count > 0)
                {
                    throw new MulticastRuleException("MadcapFeatureNotOffered", used[0], "A server MUST NOT use a feature the client's message does not list (RFC 2730 §3.13); this request has no Feature List.");
                }

                return answer;
            }

            foreach (ushort feature in used)
            {
                if (!asked.Supported.Contains(feature) && !asked.Requested.Contains(feature) && !asked.Required.Contains(feature))
                {
                    throw new MulticastRuleException("MadcapFeatureNotOffered", feature, "A server MUST NOT use feature " + feature + ": the client's Feature List does not list it (RFC 2730 §3.13).");
                }
            }

            answer.FeatureList = new MadcapFeatureList(policy.SupportedFeatures, new ushort[0], used);
            return answer;
        }
    }
}
