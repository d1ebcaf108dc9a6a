using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Madcap
{
    /// <summary>
    /// A MADCAP client (RFC 2730) on an <see cref="IDatagramTransport"/>: GETINFO for the scope list, DISCOVER,
    /// OFFER, REQUEST and ACK for a lease, RENEW and RELEASE. Every request is retransmitted on the §2.3 schedule
    /// until an answer is accepted; answers from the wrong source, with the wrong xid or Lease Identifier, or that
    /// break the RFC are ignored (§2.5, §2.1.5). A NAK becomes a <see cref="MadcapNakException"/>, silence a
    /// <see cref="MadcapNoResponseException"/>. Time comes from the clock given, so tests need not wait.
    /// Not thread-safe: one exchange at a time on the transport.
    /// </summary>
    public sealed class MadcapClient
    {
        private readonly IDatagramTransport _transport;
        private readonly MadcapClientOptions _options;
        private readonly Func<DateTime> _utcNow;
        private readonly Random _random;
        private uint _nextTransactionId;

        /// <summary>
        /// The transport stays the caller's. On a real UDP socket the multicast TTL is set to
        /// <see cref="MadcapClientOptions.DiscoveryHops"/> (16), so that discovery stays within the Local Scope's reach (§2.10).
        /// </summary>
        public MadcapClient(IDatagramTransport transport, MadcapClientOptions? options = null, Func<DateTime>? utcNow = null, Random? random = null)
        {
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _options = options ?? new MadcapClientOptions();
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _random = random ?? new CryptoRandom();

            // §2.1.4: "choose a random four octet number as the first xid in a session and increment this value each time a new xid is needed".
            var octets = new byte[4];
            _random.NextBytes(octets);
            _nextTransactionId = BitConverter.ToUInt32(octets, 0);

            if (_options.DiscoveryGroup != null && IsMulticast(_options.DiscoveryGroup))
            {
                CheckGroup(_options.DiscoveryGroup);
            }

            if (transport is UdpDatagramTransport udp)
            {
                udp.SetMulticastHops(_options.DiscoveryHops);
            }
        }

        /// <summary>How this client talks to servers; changes apply to the next exchange.</summary>
        public MadcapClientOptions Options => _options;

        /// <summary>Where GETINFO and DISCOVER go when no server is named, or null when none is configured or defined (IPv6).</summary>
        public IPEndPoint? DiscoveryEndPoint
        {
            get
            {
                IPAddress? group = _options.DiscoveryGroup
                    ?? (_transport.LocalEndPoint.AddressFamily == AddressFamily.InterNetwork ? MadcapServerMulticastAddress.IPv4LocalScope : null);
                return group is null ? null : new IPEndPoint(group, _options.ServerPort);
            }
        }

        /// <summary>
        /// Asks for configuration, above all the Multicast Scope List (§2.2.1). Unicast to <paramref name="server"/> when
        /// given: that server's answer. Otherwise multicast to the discovery group: every server that answers within the
        /// retransmission window of the first answer (§2.9, §2.10). <paramref name="family"/> is the addrfamily of the
        /// scopes wanted; by default the transport's.
        /// </summary>
        public IReadOnlyList<MadcapServerInfo> GetInfo(IPEndPoint? server = null, MadcapAddressFamily? family = null, CancellationToken cancellation = default)
        {
            IPEndPoint destination = server ?? RequireDiscoveryEndPoint();
            var request = new MadcapMessage(MadcapMessageType.GetInfo, family ?? MadcapWire.FamilyOf(_transport.LocalEndPoint.Address), NextTransactionId())
            {
                // §2.5: every message carries a Lease Identifier; a GETINFO allocates nothing, so a fresh random one serves.
                LeaseIdentifier = MadcapLeaseIdentifier.CreateRandom(_random),
                OptionRequestList = _options.InfoOptions,
                RequestedLanguage = _options.RequestedLanguage,
            };

            bool multicast = IsMulticast(destination.Address);
            if (multicast)
            {
                CheckGroup(destination.Address);
            }

            List<Reply> replies = Exchange(
                request,
                destination,
                collect: multicast,
                accept: (datagram, reply) => FromExpectedSource(datagram, destination, multicast)
                    && (MadcapReplyRules.IsAcceptableAck(reply, request) || MadcapReplyRules.IsAcceptableNak(reply, request)),
                input: destination,
                cancellation);

            List<MadcapServerInfo> infos = replies.Where(r => r.Message.Type == MadcapMessageType.Ack).Select(r => new MadcapServerInfo(r.Source, r.Message)).ToList();
            if (infos.Count == 0)
            {
                throw Refusal(replies[0], request, destination);
            }

            return infos.AsReadOnly();
        }

        /// <summary>
        /// Leases addresses. With a unicast <paramref name="server"/>, a REQUEST to it (§2.2.4). Otherwise a DISCOVER to
        /// the discovery group (or to <paramref name="server"/> when it is a group), a choice among the OFFERs received
        /// within the retransmission window of the first (the longest lease, then the earliest start), and a multicast
        /// REQUEST naming the chosen server (§2.2.2-§2.2.4).
        /// </summary>
        public MadcapLease RequestLease(MadcapLeaseRequest lease, IPEndPoint? server = null, CancellationToken cancellation = default)
        {
            Validate(lease);
            MadcapLeaseIdentifier leaseIdentifier = lease.LeaseIdentifier ?? MadcapLeaseIdentifier.CreateRandom(_random);
            if (server != null && !IsMulticast(server.Address))
            {
                MadcapMessage unicast = LeaseMessage(MadcapMessageType.Request, lease, leaseIdentifier);
                Reply answer = Exchange(
                    unicast,
                    server,
                    collect: false,
                    accept: (datagram, reply) => FromExpectedSource(datagram, server, false) && IsGrantOrNak(reply, unicast, lease.Scope, lease.ScopeLastAddress),
                    input: lease,
                    cancellation)[0];
                return LeaseFrom(answer, unicast, leaseIdentifier, lease.Scope, lease.ScopeLastAddress, server, server);
            }

            IPEndPoint group = server ?? RequireDiscoveryEndPoint();
            CheckGroup(group.Address);
            MadcapMessage discover = LeaseMessage(MadcapMessageType.Discover, lease, leaseIdentifier);
            List<Reply> offers = Exchange(
                discover,
                group,
                collect: true,
                accept: (datagram, reply) => IsGrantOrNak(reply, discover, lease.Scope, lease.ScopeLastAddress),
                input: lease,
                cancellation);
            Reply? chosen = offers
                .Where(o => o.Message.Type == MadcapMessageType.Offer)
                .OrderByDescending(o => o.Message.LeaseTime!.Value)
                .ThenBy(o => o.Message.StartTime ?? 0)
                .Cast<Reply?>()
                .FirstOrDefault();
            if (chosen is null)
            {
                throw Refusal(offers[0], discover, group);
            }

            // §2.2.4: multicast to the same group, the same Lease Identifier, and the chosen server's Server Identifier.
            MadcapMessage request = LeaseMessage(MadcapMessageType.Request, lease, leaseIdentifier);
            MadcapServerIdentifier chosenServer = chosen.Value.Message.ServerIdentifier!;
            request.ServerIdentifier = chosenServer;
            IPAddress chosenAddress = chosen.Value.Source.Address;
            Reply ack = Exchange(
                request,
                group,
                collect: false,
                accept: (datagram, reply) => datagram.Source.Address.Equals(chosenAddress)
                    && chosenServer.Equals(reply.ServerIdentifier)
                    && IsGrantOrNak(reply, request, lease.Scope, lease.ScopeLastAddress),
                input: lease,
                cancellation)[0];
            return LeaseFrom(ack, request, leaseIdentifier, lease.Scope, lease.ScopeLastAddress, ack.Source, group);
        }

        /// <summary>
        /// Asks the server that granted <paramref name="lease"/> for a new lease time or start time (§2.2.7). Null
        /// arguments take the server's defaults ("maximum available for Lease Time ... as soon as possible for Start Time").
        /// </summary>
        public MadcapLease Renew(
            MadcapLease lease,
            TimeSpan? leaseTime = null,
            TimeSpan? minimumLeaseTime = null,
            DateTime? startTime = null,
            DateTime? maximumStartTime = null,
            CancellationToken cancellation = default)
        {
            if (lease is null)
            {
                throw new ArgumentNullException(nameof(lease));
            }

            return Renew(lease.Server, lease.LeaseIdentifier, lease.AddressFamily, lease.Scope, lease.ScopeLastAddress, leaseTime, minimumLeaseTime, startTime, maximumStartTime, lease, cancellation);
        }

        /// <summary>
        /// Renews the lease <paramref name="leaseIdentifier"/> held by <paramref name="server"/> (§2.2.7), when the caller
        /// knows no more of it: the addresses are of <paramref name="family"/>, and from <paramref name="scope"/> when given
        /// (an answer naming another scope is then ignored); with no scope, the answer's scope is taken.
        /// </summary>
        public MadcapLease Renew(
            IPEndPoint server,
            MadcapLeaseIdentifier leaseIdentifier,
            MadcapAddressFamily family,
            IPAddress? scope = null,
            TimeSpan? leaseTime = null,
            CancellationToken cancellation = default) =>
            Renew(server, leaseIdentifier, family, scope, null, leaseTime, null, null, null, leaseIdentifier, cancellation);

        private MadcapLease Renew(
            IPEndPoint server,
            MadcapLeaseIdentifier leaseIdentifier,
            MadcapAddressFamily family,
            IPAddress? scope,
            IPAddress? scopeLast,
            TimeSpan? leaseTime,
            TimeSpan? minimumLeaseTime,
            DateTime? startTime,
            DateTime? maximumStartTime,
            object input,
            CancellationToken cancellation)
        {
            if (server is null)
            {
                throw new ArgumentNullException(nameof(server));
            }

            var request = new MadcapMessage(MadcapMessageType.Renew, family, NextTransactionId())
            {
                LeaseIdentifier = leaseIdentifier ?? throw new ArgumentNullException(nameof(leaseIdentifier)),
                LeaseTime = Seconds(leaseTime, "lease time"),
                MinimumLeaseTime = Seconds(minimumLeaseTime, "minimum lease time"),
                StartTime = Time(startTime, "start time"),
                MaximumStartTime = Time(maximumStartTime, "maximum start time"),
            };
            AddCurrentTimeIfNeeded(request);
            Reply answer = Exchange(
                request,
                server,
                collect: false,
                accept: (datagram, reply) => FromExpectedSource(datagram, server, false) && IsGrantOrNak(reply, request, scope, scopeLast),
                input: input,
                cancellation)[0];
            return LeaseFrom(answer, request, leaseIdentifier, scope ?? answer.Message.MulticastScope, scopeLast, server, input);
        }

        /// <summary>Gives <paramref name="lease"/> back to the server that granted it (§2.2.8).</summary>
        public void Release(MadcapLease lease, CancellationToken cancellation = default)
        {
            if (lease is null)
            {
                throw new ArgumentNullException(nameof(lease));
            }

            Release(lease.Server, lease.LeaseIdentifier, lease.AddressFamily, lease, cancellation);
        }

        /// <summary>Gives the lease <paramref name="leaseIdentifier"/> back to <paramref name="server"/> (§2.2.8), whose addresses are of <paramref name="family"/>.</summary>
        public void Release(IPEndPoint server, MadcapLeaseIdentifier leaseIdentifier, MadcapAddressFamily family, CancellationToken cancellation = default) =>
            Release(server, leaseIdentifier, family, leaseIdentifier, cancellation);

        private void Release(IPEndPoint server, MadcapLeaseIdentifier leaseIdentifier, MadcapAddressFamily family, object input, CancellationToken cancellation)
        {
            if (server is null)
            {
                throw new ArgumentNullException(nameof(server));
            }

            var request = new MadcapMessage(MadcapMessageType.Release, family, NextTransactionId()) { LeaseIdentifier = leaseIdentifier ?? throw new ArgumentNullException(nameof(leaseIdentifier)) };
            Reply answer = Exchange(
                request,
                server,
                collect: false,
                accept: (datagram, reply) => FromExpectedSource(datagram, server, false)
                    && (MadcapReplyRules.IsAcceptableAck(reply, request) || MadcapReplyRules.IsAcceptableNak(reply, request)),
                input: input,
                cancellation)[0];
            if (answer.Message.Type == MadcapMessageType.Nak)
            {
                throw Refusal(answer, request, input);
            }
        }

        /// <summary>
        /// Sends <paramref name="request"/> on the retransmission schedule and listens between transmissions. Without
        /// <paramref name="collect"/>, returns the first accepted answer. With it (multicast), keeps listening after the first
        /// answer, one answer per server, for the current retransmit timer ([DISCOVER-DELAY], §2.2.2) but no longer than
        /// the window it came in, and then stops: no retransmission follows an answer, and in particular none follows a NAK
        /// (§3.17: "MUST NOT retransmit a message once a NAK ... has been received").
        /// </summary>
        private List<Reply> Exchange(MadcapMessage request, IPEndPoint destination, bool collect, Func<ReceivedDatagram, MadcapMessage, bool> accept, object? input, CancellationToken cancellation)
        {
            byte[] datagram = request.Encode();
            MadcapRetransmissionSchedule schedule = _options.Schedule;
            var replies = new List<Reply>();
            DateTime first = _utcNow();
            int transmissions = 0;
            for (int t = 0; t < schedule.TransmissionTimes.Count; t++)
            {
                cancellation.ThrowIfCancellationRequested();

                // §2.1.4: retransmissions go "without changing them, thereby using the same xid and Lease Identifier".
                _transport.Send(datagram, 0, datagram.Length, destination);
                transmissions++;
                _options.Transmitted?.Invoke(new MadcapTransmission(request.Type, request.TransactionId, destination, transmissions, schedule.TransmissionTimes.Count));
                DateTime windowEnd = first + schedule.TransmissionTimes[t] + schedule.WaitAfter(t);
                while (true)
                {
                    TimeSpan left = windowEnd - _utcNow();
                    if (left <= TimeSpan.Zero)
                    {
                        break;
                    }

                    ReceivedDatagram? received = _transport.Receive(left, cancellation);
                    if (received is null)
                    {
                        break;
                    }

                    if (!MadcapMessage.TryDecode(received.Data, out MadcapMessage? reply, out _) || !accept(received, reply!))
                    {
                        continue;
                    }

                    if (replies.Any(r => r.Source.Address.Equals(received.Source.Address)))
                    {
                        continue;
                    }

                    replies.Add(new Reply(received.Source, reply!));
                    if (!collect)
                    {
                        return replies;
                    }

                    if (replies.Count == 1)
                    {
                        // [DISCOVER-DELAY]: "the RECOMMENDED value is the current retransmit timer" (§2.2.2).
                        DateTime collected = _utcNow() + schedule.CurrentTimer(t);
                        windowEnd = collected < windowEnd ? collected : windowEnd;
                    }
                }

                if (replies.Count > 0)
                {
                    return replies;
                }
            }

            throw new MadcapNoResponseException(destination, request.Type, transmissions, _utcNow() - first, input);
        }

        private bool IsGrantOrNak(MadcapMessage reply, MadcapMessage request, IPAddress? scope, IPAddress? scopeLast) =>
            MadcapReplyRules.IsAcceptableGrant(reply, request, scope, scopeLast, _utcNow()) || MadcapReplyRules.IsAcceptableNak(reply, request);

        /// <summary>
        /// The lease an ACK grants, or the NAK's exception. <paramref name="server"/> is where RENEW and RELEASE will go,
        /// "to the MADCAP server from which it allocated the addresses" (§2.2.7, §2.2.8): the server the REQUEST was unicast
        /// to, or the address and port a multicast REQUEST's ACK came from.
        /// </summary>
        private MadcapLease LeaseFrom(Reply answer, MadcapMessage request, MadcapLeaseIdentifier leaseIdentifier, IPAddress? scope, IPAddress? scopeLast, IPEndPoint server, object input)
        {
            if (answer.Message.Type == MadcapMessageType.Nak)
            {
                throw Refusal(answer, request, input);
            }

            MadcapMessage ack = answer.Message;
            MadcapLeaseWindow window = MadcapLeaseWindow.From(_utcNow(), ack.StartTime, ack.LeaseTime!.Value);
            return new MadcapLease(server, ack.ServerIdentifier!, leaseIdentifier, scope ?? ack.MulticastScope!, scopeLast, ack.AddressRanges!, window, ack.LeaseTime.Value, ack.FeatureList);
        }

        private MadcapMessage LeaseMessage(MadcapMessageType type, MadcapLeaseRequest lease, MadcapLeaseIdentifier leaseIdentifier)
        {
            var message = new MadcapMessage(type, lease.AddressFamily, NextTransactionId())
            {
                LeaseIdentifier = leaseIdentifier,
                MulticastScope = lease.Scope,
                LeaseTime = Seconds(lease.LeaseTime, "lease time"),
                MinimumLeaseTime = Seconds(lease.MinimumLeaseTime, "minimum lease time"),
                StartTime = Time(lease.StartTime, "start time"),
                MaximumStartTime = Time(lease.MaximumStartTime, "maximum start time"),

                // §3.8: "When the client is requesting only one address, this option SHOULD NOT be included."
                NumberOfAddressesRequested = lease.AddressCount is MadcapAddressCount count && !(count.Minimum == 1 && count.Desired == 1) ? count : (MadcapAddressCount?)null,
                AddressRanges = lease.RequestedAddresses,
                FeatureList = lease.Features,
            };
            AddCurrentTimeIfNeeded(message);
            return message;
        }

        /// <summary>§2.2.2: "The Current Time option MUST be included if the Start Time or Maximum Start Time options are included."</summary>
        private void AddCurrentTimeIfNeeded(MadcapMessage message)
        {
            if (MadcapLeaseTimeRules.NeedsCurrentTime(message))
            {
                message.CurrentTime = MadcapTime.FromDateTime(_utcNow());
            }
        }

        private static void Validate(MadcapLeaseRequest lease)
        {
            if (lease is null)
            {
                throw new ArgumentNullException(nameof(lease));
            }

            if (!IsMulticast(lease.Scope))
            {
                throw new MulticastRuleException("MadcapScopeNotMulticast", lease.Scope.ToString(), "A Scope ID is the first address of a multicast scope (RFC 2730 §1.2, §3.5); " + lease.Scope + " is not a multicast address.");
            }

            if (lease.AddressCount is MadcapAddressCount count && !count.IsOrdered)
            {
                throw new MulticastRuleException("MadcapAddressCountOrder", count.ToString(), "The minimum number of addresses MUST be less than or equal to the desired number (RFC 2730 §3.8); " + count.Minimum + " is more than " + count.Desired + ".");
            }

            if (lease.Features != null && (lease.Features.Requests(MadcapFeature.RetryAfter) || lease.Features.Requires(MadcapFeature.RetryAfter)))
            {
                throw new MulticastRuleException("MadcapRetryAfterRequested", MadcapFeature.RetryAfter, "A client MUST NOT include the Retry After feature in the requested or required list: the server decides (RFC 2730 §2.13.2).");
            }

            if (lease.LeaseIdentifier != null && lease.Features != null
                && (lease.Features.Requests(MadcapFeature.SharedLeaseIdentifier) || lease.Features.Requires(MadcapFeature.SharedLeaseIdentifier))
                && !lease.LeaseIdentifier.IsLongEnoughToShare)
            {
                throw new MulticastRuleException(
                    "MadcapLeaseIdentifierTooShortToShare",
                    lease.LeaseIdentifier.ToString(),
                    "A Lease Identifier shared with the Shared Lease Identifier feature must include a long cryptographically random number, at least " + MadcapLeaseIdentifier.MinimumSharedRandomOctets
                    + " octets (RFC 2730 §2.4); " + lease.LeaseIdentifier + " is not a Random Lease Identifier of that length. Leave the Lease Identifier out to get a random one of " + MadcapLeaseIdentifier.RecommendedRandomOctets + " octets.");
            }

            if (lease.Features != null && lease.Features.Supports(MadcapFeature.RetryAfter))
            {
                throw new MulticastRuleException("MadcapRetryAfterNotImplemented", MadcapFeature.RetryAfter, "This client does not implement the Retry After feature (RFC 2730 §2.13.2), so it cannot list it as supported: a server would then be free to answer with a Retry Time instead of addresses.");
            }
        }

        private static uint? Seconds(TimeSpan? span, string what)
        {
            if (!span.HasValue)
            {
                return null;
            }

            double seconds = Math.Floor(span.Value.TotalSeconds);
            if (seconds < 0 || seconds > uint.MaxValue)
            {
                throw new MulticastRuleException("MadcapDurationOutOfRange", span.Value, "MADCAP carries a " + what + " as 0 to 4294967295 whole seconds (RFC 2730 §3.2); " + span.Value + " is outside that.");
            }

            return (uint)seconds;
        }

        private static uint? Time(DateTime? time, string what) => time.HasValue ? MadcapTime.FromDateTime(time.Value) : (uint?)null;

        private static bool FromExpectedSource(ReceivedDatagram datagram, IPEndPoint destination, bool multicast) =>
            multicast || datagram.Source.Address.Equals(destination.Address);

        /// <summary>§2.11: never to the global scope's MADCAP Server Multicast Address.</summary>
        private static void CheckGroup(IPAddress group) => MadcapServerMulticastAddress.CheckClientDestination(group);

        private static bool IsMulticast(IPAddress address)
        {
            byte[] octets = address.GetAddressBytes();
            return address.AddressFamily == AddressFamily.InterNetworkV6 ? octets[0] == 0xFF : (octets[0] & 0xF0) == 0xE0;
        }

        private static MadcapNakException Refusal(Reply nak, MadcapMessage request, object? input) =>
            new MadcapNakException(nak.Source, request.Type, nak.Message.Error!, input);

        private IPEndPoint RequireDiscoveryEndPoint() =>
            DiscoveryEndPoint ?? throw new MulticastRuleException(
                "MadcapNoDiscoveryGroup",
                _transport.LocalEndPoint.ToString(),
                "No MADCAP server was named, and an IPv6 transport has no MADCAP Server Multicast Address to find one: IANA assigns none for IPv6 (RFC 2730 §2.10).",
                Remedy.Of(RemedyKind.MadcapNameServer));

        private uint NextTransactionId() => _nextTransactionId++;

        private readonly struct Reply
        {
            public Reply(IPEndPoint source, MadcapMessage message)
            {
                Source = source;
                Message = message;
            }

            public IPEndPoint Source { get; }

            public MadcapMessage Message { get; }
        }
    }
}
