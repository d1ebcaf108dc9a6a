using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace Multicast.Madcap
{
    /// <summary>
    /// Which requests a server must ignore and which it must refuse, and with which error code, decided without a lease
    /// store (RFC 2730 §2.1.5, §2.2, §2.5, §2.6, §2.11, §2.12, §2.13, §3.8, §3.13, §4). The store's own refusals (an
    /// unknown Lease Identifier, no free addresses) come later, from the store.
    /// Where the RFC leaves a choice, the verdict protects the network and the pool:
    /// - OFFER, ACK and NAK received by a server are ignored: only servers send them, and answering a server invites a loop (§2.6).
    /// - A request without a Lease Identifier is ignored: a NAK must echo it (§2.2.6), so none can be addressed.
    /// - A DISCOVER is ignored when it arrived by unicast ("DISCOVER messages are always multicast", §1.5, §2.2.2) and
    ///   whenever IPsec is in use ("secure servers SHOULD ignore DISCOVER messages", §2.2; §4).
    /// - Anything wrong with a DISCOVER is ignored rather than refused, an Excessive Clock Skew included, although §2.12
    ///   says the server "MUST generate and process" that error: processing it is §2.6's, which lets a server ignore, and
    ///   the more specific rules for DISCOVER are that "all servers SHOULD ignore DISCOVER messages that they cannot
    ///   satisfy" (§2.2) and that "A MADCAP server is never required to send an OFFER" (§2.2.3); a refusal from every server
    ///   on the group would be a flood of NAKs. The reason given names §2.12.
    /// - A multicast DISCOVER or REQUEST whose scope neither matches nor encloses the scope of the group it arrived on is
    ///   ignored (§2.11), unless the server serves remote scopes; so is a multicast GETINFO not on the IPv4 Local Scope's
    ///   address. The same gates apply to requests the decoder refused, so a malformed request is never answered where a
    ///   well-formed one would not be.
    /// - A RENEW or RELEASE that arrived by multicast is ignored: both are unicast to one server (§2.2.7, §2.2.8), and
    ///   every server on the group answering it would again be a flood. So is a multicast REQUEST the decoder refused: it
    ///   cannot be told whether it chose this server (§2.2.4), and the servers it did not choose must stay silent.
    /// </summary>
    public static class MadcapRequestRules
    {
        /// <summary>
        /// The verdict on a decoded request. <paramref name="receivedOn"/> is the datagram's destination (a group for a
        /// multicast request), when the socket could tell; <paramref name="now"/> the server's clock.
        /// </summary>
        public static MadcapVerdict Check(MadcapMessage request, IPAddress? receivedOn, MadcapServerPolicy policy, DateTime now)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            bool multicast = receivedOn != null && IsMulticast(receivedOn);
            MadcapVerdict? early = Gate(request.Type, request.LeaseIdentifier != null, receivedOn, multicast, policy);
            if (early != null)
            {
                return early;
            }

            if (multicast && !policy.ServesRemoteScopes && (request.Type == MadcapMessageType.Discover || request.Type == MadcapMessageType.Request)
                && request.MulticastScope != null && !ScopeReaches(request.MulticastScope, receivedOn!, policy))
            {
                // §2.11: "it SHOULD ignore DISCOVER and REQUEST messages whose scope does not match or enclose the scope of the MADCAP Server Multicast Address on which the request was received".
                return MadcapVerdict.Ignore("A multicast " + request.Type.ToString().ToUpperInvariant() + " for the scope " + request.MulticastScope + " arrived on " + receivedOn
                    + ", the MADCAP Server Multicast Address of a scope that " + request.MulticastScope + " neither is nor encloses (RFC 2730 §2.11).");
            }

            if (request.Type == MadcapMessageType.Request && multicast && request.ServerIdentifier != null && !policy.Identifies(request.ServerIdentifier))
            {
                return MadcapVerdict.AnotherServerChosen("The multicast REQUEST names the server " + request.ServerIdentifier + " (RFC 2730 §2.2.3).");
            }

            MadcapVerdict verdict = Refusal(request, multicast, policy, now) ?? MadcapVerdict.Process;
            if (verdict.Kind == MadcapVerdictKind.Nak && request.Type == MadcapMessageType.Discover)
            {
                return MadcapVerdict.Ignore("A DISCOVER this server will not satisfy is ignored rather than refused (RFC 2730 §2.2, §2.2.3): " + verdict.Reason);
            }

            return verdict;
        }

        /// <summary>
        /// The verdict on a datagram the decoder refused. Garbled ones are ignored, by clients and servers alike (§2.1,
        /// §2.1.1, §2.1.5, §2.6: "the message is garbled or has an incorrect version number"). A readable request that
        /// breaks the RFC (a duplicated option, an option of the wrong length, an unknown message type) gets Invalid Request
        /// naming the option (§2.1.5, §2.2, §3.17.2), under the same gates as <see cref="Check"/>.
        /// </summary>
        public static MadcapVerdict CheckUndecodable(MadcapDecodeError error, IPAddress? receivedOn, MadcapServerPolicy policy)
        {
            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            if (error.IsGarbled || !error.HeaderRead)
            {
                return MadcapVerdict.Ignore("The datagram is not a well-framed MADCAP message (" + error + "), and RFC 2730 §2.1 and §2.6 have such datagrams ignored.");
            }

            bool multicast = receivedOn != null && IsMulticast(receivedOn);
            MadcapVerdict? early = Gate(error.MessageType, error.LeaseIdentifier != null, receivedOn, multicast, policy);
            if (early != null)
            {
                return early;
            }

            if (error.MessageType == MadcapMessageType.Discover)
            {
                return MadcapVerdict.Ignore("A DISCOVER this server cannot read (" + error + ") is ignored rather than refused (RFC 2730 §2.2.3).");
            }

            if (error.MessageType == MadcapMessageType.Request && multicast)
            {
                return MadcapVerdict.Ignore("A multicast REQUEST this server cannot read (" + error + ") may have chosen another server, which alone answers it (RFC 2730 §2.2.3, §2.2.4).");
            }

            ushort option = error.OptionCode >= 0 ? (ushort)error.OptionCode : MadcapErrorOption.NoSpecificOption;
            return MadcapVerdict.Nak(MadcapErrorOption.InvalidRequest(option), "The request does not conform to RFC 2730 (" + error + ").");
        }

        /// <summary>The checks that decide silence before anything else: who sent it, whether it can be answered, how it came.</summary>
        private static MadcapVerdict? Gate(MadcapMessageType type, bool hasLeaseIdentifier, IPAddress? receivedOn, bool multicast, MadcapServerPolicy policy)
        {
            if (type == MadcapMessageType.Offer || type == MadcapMessageType.Ack || type == MadcapMessageType.Nak)
            {
                return MadcapVerdict.Ignore("Only servers send " + type.ToString().ToUpperInvariant() + " messages (RFC 2730 §1.5); a server does not answer them (§2.6).");
            }

            if (!hasLeaseIdentifier)
            {
                return MadcapVerdict.Ignore("The request has no Lease Identifier, which every message carries and every answer must echo (RFC 2730 §2.5, §2.2.6).");
            }

            if (type == MadcapMessageType.Discover && policy.IpsecInUse)
            {
                return MadcapVerdict.Ignore("With IPsec in use, a secure server ignores DISCOVER (RFC 2730 §2.2, §4).");
            }

            if (type == MadcapMessageType.Discover && receivedOn != null && !multicast)
            {
                return MadcapVerdict.Ignore("A DISCOVER arrived by unicast to " + receivedOn + ", and DISCOVER messages are always multicast (RFC 2730 §1.5, §2.2.2).");
            }

            if (multicast && policy.IpsecInUse && type != MadcapMessageType.GetInfo)
            {
                return MadcapVerdict.Ignore("With IPsec in use, \"all the multicast packets except GETINFO MUST be dropped\" (RFC 2730 §4).");
            }

            if (multicast && (type == MadcapMessageType.Renew || type == MadcapMessageType.Release))
            {
                return MadcapVerdict.Ignore("A " + type.ToString().ToUpperInvariant() + " is unicast to the server holding the lease (RFC 2730 §2.2.7, §2.2.8); one sent to a group is not answered.");
            }

            if (type == MadcapMessageType.GetInfo && multicast && !policy.ServesRemoteScopes
                && receivedOn!.AddressFamily == AddressFamily.InterNetwork && !receivedOn.Equals(MadcapServerMulticastAddress.IPv4LocalScope))
            {
                // §2.11: "It SHOULD also ignore GETINFO messages that are not received on the MADCAP Server Multicast Address for IPv4 Local Scope."
                return MadcapVerdict.Ignore("A multicast GETINFO arrived on " + receivedOn + ", not on the IPv4 Local Scope's MADCAP address 239.255.255.254 (RFC 2730 §2.11).");
            }

            return null;
        }

        /// <summary>
        /// §2.11: true when <paramref name="scope"/> matches or encloses the scope of the group <paramref name="group"/>: a
        /// served scope whose MADCAP Server Multicast Address it is, the IPv4 Local Scope for 239.255.255.254, or, for a group
        /// that is neither (a configured one), the scope the group itself is in.
        /// </summary>
        private static bool ScopeReaches(IPAddress scope, IPAddress group, MadcapServerPolicy policy)
        {
            bool known = false;
            foreach (MadcapScopeEntry served in policy.ServedScopes)
            {
                if (MadcapServerMulticastAddress.TryForScope(served.ScopeId, served.LastAddress, out IPAddress? address, out _) && group.Equals(address))
                {
                    known = true;
                    if (MadcapScopeNesting.Encloses(scope, served.ScopeId))
                    {
                        return true;
                    }
                }
            }

            if (group.Equals(MadcapServerMulticastAddress.IPv4LocalScope))
            {
                return MadcapScopeNesting.Encloses(scope, MadcapConstants.IPv4LocalScopeFirst);
            }

            return !known && MadcapScopeNesting.Encloses(scope, group);
        }

        private static MadcapVerdict? Refusal(MadcapMessage request, bool multicast, MadcapServerPolicy policy, DateTime now)
        {
            if (request.AddressFamily != MadcapAddressFamily.IPv4 && request.AddressFamily != MadcapAddressFamily.IPv6)
            {
                return Invalid(MadcapErrorOption.NoSpecificOption, "The address family " + (ushort)request.AddressFamily + " is neither IPv4 (1) nor IPv6 (2).");
            }

            MadcapOptionTable.TryStepOfRequest(request.Type, out MadcapExchangeStep step);
            if (MadcapOptionTable.TryFindViolation(request, step, multicast, out MadcapOptionCode code, out bool missing))
            {
                return Invalid((ushort)code, "A " + request.Type.ToString().ToUpperInvariant() + (missing ? " must carry" : " must not carry") + " the " + MadcapErrorText.NameOf(code) + " option (RFC 2730 Table 5).");
            }

            if (MadcapLeaseTimeRules.NeedsCurrentTime(request) && !request.CurrentTime.HasValue)
            {
                return Invalid((ushort)MadcapOptionCode.CurrentTime, "A request with a Start Time or Maximum Start Time must carry a Current Time (RFC 2730 §2.2.2, §2.12).");
            }

            if (request.CurrentTime.HasValue && MadcapLeaseTimeRules.IsClockSkewExcessive(request.CurrentTime.Value, now, policy.ClockSkewAllowance))
            {
                uint serverTime = MadcapTime.TryFromDateTime(now, out uint seconds) ? seconds : 0;
                return MadcapVerdict.Nak(
                    MadcapErrorOption.ExcessiveClockSkew(serverTime),
                    "The client's clock reads " + MadcapTime.ToDateTime(request.CurrentTime.Value).ToString("o") + ", more than " + policy.ClockSkewAllowance + " from this server's (RFC 2730 §2.12).");
            }

            if (request.NumberOfAddressesRequested is MadcapAddressCount count && !count.IsOrdered)
            {
                return Invalid((ushort)MadcapOptionCode.NumberOfAddressesRequested, "The minimum number of addresses, " + count.Minimum + ", is more than the desired number, " + count.Desired + " (RFC 2730 §3.8).");
            }

            if (request.MulticastScope != null && !IsMulticast(request.MulticastScope))
            {
                return Invalid((ushort)MadcapOptionCode.MulticastScope, "The Scope ID " + request.MulticastScope + " is not a multicast address (RFC 2730 §3.5).");
            }

            if (request.AddressRanges != null && request.AddressRanges.Any(r => r.Last is null || !IsMulticast(r.Start) || !IsMulticast(r.Last)))
            {
                return Invalid((ushort)MadcapOptionCode.ListOfAddressRanges, "A requested address range is empty, runs past the end of the family, or holds addresses that are not multicast (RFC 2730 §3.11).");
            }

            MadcapFeatureList? features = request.FeatureList;
            if (features != null)
            {
                if (features.Requests(MadcapFeature.RetryAfter) || features.Requires(MadcapFeature.RetryAfter))
                {
                    return Invalid((ushort)MadcapOptionCode.FeatureList, "A client MUST NOT include Retry After in the requested or required list (RFC 2730 §2.13.2).");
                }

                List<ushort> unsupported = features.Required.Where(f => !policy.SupportedFeatures.Contains(f)).Distinct().ToList();
                if (unsupported.Count > 0)
                {
                    return MadcapVerdict.Nak(
                        MadcapErrorOption.RequiredFeatureNotSupported(unsupported),
                        "The request requires features this server does not support: " + string.Join(", ", unsupported) + " (RFC 2730 §3.13).");
                }
            }

            return null;
        }

        private static MadcapVerdict Invalid(ushort option, string reason) => MadcapVerdict.Nak(MadcapErrorOption.InvalidRequest(option), reason);

        private static bool IsMulticast(IPAddress address)
        {
            byte[] octets = address.GetAddressBytes();
            return address.AddressFamily == AddressFamily.InterNetworkV6 ? octets[0] == 0xFF : (octets[0] & 0xF0) == 0xE0;
        }
    }
}
