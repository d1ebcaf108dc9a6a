using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using Multicast.Leases.Storage;
using Multicast.Madcap;
using Multicast.Networking;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// A MADCAP server (RFC 2730) on a lease store, as a function: a datagram in, the answer to send (or none) out. It
    /// serves the store's pools as scopes (<see cref="MadcapScopeCatalog"/>), and the leases it grants are ordinary leases
    /// of the store, in the same transactions as every other client of it: the owner is "madcap:" and the client's
    /// address, the client identifier is the MADCAP Lease Identifier. An ACK is built only once its change is committed
    /// (for a file store, flushed to disk, with the changes of every other thread waiting: group commit), so a server
    /// killed at any moment has lost no lease it acknowledged.
    /// Order of work: the source (a client network, an address an answer can go to), the decoder, the response cache
    /// (§2.1.4: a retransmission gets the first answer, never a second lease), <see cref="MadcapRequestRules"/>, then the
    /// store. Choices where the RFC leaves room, each protecting the pools:
    /// - An OFFER holds no groups (§2.2.3 says it SHOULD): holding them for every multicast DISCOVER, which anyone on the
    ///   network can send without an answer reaching them, would let DISCOVERs empty a pool. The OFFER promises only what
    ///   the pool and the client's limit allow now, and names no addresses (allowed, §2.2.3); the REQUEST leases them.
    /// - No Lease Time (the "maximum available", §2.2.2) is the pool's default lease length; a longer time asked for is
    ///   cut to <see cref="MadcapServerOptions.MaximumLeaseTime"/>, and a group is never held longer than that from the
    ///   request, whatever the Start Time. A lease shorter than the store's minute is granted as a minute.
    /// - A REQUEST whose Lease Identifier already holds a lease, from the same client and scope, is answered with that
    ///   lease, not a second one: a retransmission that outlived the response cache (a server restart) is then still
    ///   one lease. From another client or scope it is Invalid Request naming the Lease Identifier (§2.4, §2.5).
    /// - A lease is renewed and released only from the client address that leased it (§4 leaves authentication to IPsec;
    ///   this protects leases whose Lease Identifier can be guessed, such as address-specific ones, §2.4.2). The Shared
    ///   Lease Identifier feature, which would lift that, is not implemented; nor are Server Mobility and Retry After.
    /// - A List of Address Ranges in a REQUEST asks for exactly those groups, all or none (§3.11).
    /// Thread-safe: a host runs many requests at once, so that the store commits them together.
    /// </summary>
    public sealed class MadcapServerEngine
    {
        /// <summary>What the owner of a lease granted over MADCAP starts with; the client's address follows.</summary>
        public const string OwnerPrefix = "madcap:";

        private readonly LeaseService _service;
        private readonly MadcapServerOptions _options;
        private readonly MadcapServerIdentity _identity;
        private readonly Func<DateTime> _utcNow;
        private readonly MadcapServerPolicy _policy;
        private readonly MadcapResponseCache _cache;
        private readonly object _cacheGate = new object();
        private readonly HashSet<MadcapCacheKey> _inFlight = new HashSet<MadcapCacheKey>();
        private readonly MadcapServerCounters _counters = new MadcapServerCounters();
        private readonly MadcapClientLeaseLimit _limit;
        private readonly DateTime _startedUtc;
        private MadcapScopeCatalog _catalog;
        private long _catalogReadTicks;
        private int _refreshing;

        /// <summary>
        /// A server on <paramref name="service"/>'s store. Reads the pools, and counts the groups MADCAP clients already hold
        /// there (for the per-client limit).
        /// </summary>
        public MadcapServerEngine(LeaseService service, MadcapServerOptions? options = null, MadcapServerIdentity? identity = null, Func<DateTime>? utcNow = null)
        {
            _service = service ?? throw new ArgumentNullException(nameof(service));
            _options = options ?? new MadcapServerOptions();
            _options.Validate();
            _identity = identity ?? new MadcapServerIdentity(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback });
            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            _startedUtc = _utcNow();
            _cache = new MadcapResponseCache(_utcNow, _options.ResponseCacheInterval, _options.ResponseCacheCapacity);
            _policy = new MadcapServerPolicy(_identity.Primary)
            {
                OtherIdentifiers = _identity.Others,
                ClockSkewAllowance = _options.ClockSkewAllowance,
                IpsecInUse = _options.IpsecInUse,
            };
            _limit = new MadcapClientLeaseLimit(_options.MaximumLeasesPerClient);
            _catalog = ReadCatalog();
            _limit.Load(_service.GetLeases(l => l.ClientId != null && l.Owner.StartsWith(OwnerPrefix, StringComparison.Ordinal)));
        }

        /// <summary>Receives what the server does, in words: each exchange when <see cref="LogsExchanges"/>, and every warning.</summary>
        public Action<MadcapServerEvent>? Log { get; set; }

        /// <summary>True to log every exchange (one event a request), not only the server's life and its warnings.</summary>
        public bool LogsExchanges { get; set; }

        /// <summary>The groups to listen on now (<see cref="MadcapScopeCatalog.Groups"/>).</summary>
        public IReadOnlyList<IPAddress> Groups => _catalog.Groups;

        /// <summary>The scopes served now, both families, smallest first.</summary>
        public IReadOnlyList<MadcapScopeEntry> Scopes => _catalog.Served;

        /// <summary>The counters now.</summary>
        public MadcapServerStatistics Statistics => _counters.Snapshot(_startedUtc, _utcNow());

        /// <summary>Counts a datagram the host dropped before the engine saw it (its queue was full).</summary>
        public void CountOverloaded()
        {
            _counters.Received();
            _counters.Ignored(MadcapIgnoreReason.Overloaded);
        }

        /// <summary>Reads the pools again; true when the scopes changed.</summary>
        public bool RefreshScopes()
        {
            MadcapScopeCatalog before = _catalog;
            MadcapScopeCatalog after = ReadCatalog();
            _catalog = after;
            bool changed = !before.Served.Select(Describe).SequenceEqual(after.Served.Select(Describe));
            if (changed)
            {
                Write(MadcapServerEventLevel.Information, "The pools changed; serving " + DescribeScopes(after) + ".");
            }

            return changed;
        }

        /// <summary>
        /// The answer to <paramref name="datagram"/>, received on a socket bound to <paramref name="local"/>, or null when
        /// none is sent. Never throws for anything a client sends: a failure inside is counted, logged and answered with
        /// nothing (the client retransmits).
        /// </summary>
        public MadcapServerReply? Handle(ReceivedDatagram datagram, IPEndPoint local)
        {
            if (datagram is null)
            {
                throw new ArgumentNullException(nameof(datagram));
            }

            _counters.Received();
            try
            {
                return Serve(datagram, local ?? throw new ArgumentNullException(nameof(local)));
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException) && !(exception is StackOverflowException))
            {
                _counters.Ignored(MadcapIgnoreReason.Error);
                Write(MadcapServerEventLevel.Warning, "A datagram from " + datagram.Source + " could not be served: " + exception.Message);
                return null;
            }
        }

        /// <summary>"madcap:" and the client's address: who holds the leases a client gets.</summary>
        public static string OwnerOf(IPAddress client) => OwnerPrefix + client;

        private MadcapServerReply? Serve(ReceivedDatagram datagram, IPEndPoint local)
        {
            IPEndPoint source = datagram.Source;
            if (!IsAnswerable(source))
            {
                return Ignore(MadcapIgnoreReason.UnanswerableSource, datagram, null, "its source " + source + " is not an address an answer can go to (RFC 2730 §2.2.5, §2.2.6: answers are unicast to the client)");
            }

            if (!IsClient(source.Address))
            {
                return Ignore(MadcapIgnoreReason.NotClientNetwork, datagram, null, source.Address + " is outside the client networks this server answers");
            }

            DateTime now = _utcNow();
            RefreshIfDue(now);
            MadcapServerIdentifier me = _identity.For(datagram, local);
            if (!MadcapMessage.TryDecode(datagram.Data, out MadcapMessage? decoded, out MadcapDecodeError error))
            {
                MadcapVerdict refused = MadcapRequestRules.CheckUndecodable(error, datagram.Destination, _policy);
                if (refused.Kind != MadcapVerdictKind.Nak)
                {
                    return Ignore(ReasonOf(error), datagram, null, refused.Reason);
                }

                MadcapMessage nak = MadcapResponses.Nak(error, _policy, refused.Error!);
                nak.ServerIdentifier = me;
                return Send(nak, datagram, null, refused.Reason);
            }

            MadcapMessage request = decoded!;
            if (!MadcapCacheKey.TryCreate(request, out MadcapCacheKey key))
            {
                return Ignore(MadcapIgnoreReason.ByRule, datagram, request, "it has no Lease Identifier, which every answer must echo (RFC 2730 §2.5, §2.2.6)");
            }

            lock (_cacheGate)
            {
                if (_cache.TryGetResponse(key, out byte[]? cached))
                {
                    _counters.CacheHit();
                    Detail(datagram, request, "a retransmission, answered as before from the response cache (RFC 2730 §2.1.4)");
                    return cached is null ? null : new MadcapServerReply(cached, source, (MadcapMessageType)cached[1]);
                }

                if (_inFlight.Contains(key))
                {
                    return Ignore(MadcapIgnoreReason.InProgress, datagram, request, "the same request is being served; the next retransmission gets its answer (RFC 2730 §2.1.4)");
                }

                if (!_cache.HasRoom())
                {
                    return Ignore(MadcapIgnoreReason.CacheFull, datagram, request, "the response cache is full, and an answer that cannot be remembered could be given twice (RFC 2730 §2.1.4); the client retransmits");
                }

                _inFlight.Add(key);
            }

            try
            {
                string outcome = string.Empty;
                MadcapMessage? answer = Answer(request, datagram, me, now, ref outcome);
                if (answer is null)
                {
                    return null;
                }

                byte[] octets = answer.Encode();
                lock (_cacheGate)
                {
                    _cache.TryAdd(key, octets);
                }

                _counters.Answered(answer);
                Detail(datagram, request, answer.Type.ToString().ToUpperInvariant() + (outcome.Length > 0 ? ": " + outcome : string.Empty));
                return new MadcapServerReply(octets, source, answer.Type);
            }
            finally
            {
                lock (_cacheGate)
                {
                    _inFlight.Remove(key);
                }
            }
        }

        /// <summary>The answer to a decoded request, or null (counted and logged) when none is sent.</summary>
        private MadcapMessage? Answer(MadcapMessage request, ReceivedDatagram datagram, MadcapServerIdentifier me, DateTime now, ref string outcome)
        {
            MadcapVerdict verdict = MadcapRequestRules.Check(request, datagram.Destination, _policy, now);
            switch (verdict.Kind)
            {
                case MadcapVerdictKind.Ignore:
                    Ignore(MadcapIgnoreReason.ByRule, datagram, request, verdict.Reason);
                    return null;
                case MadcapVerdictKind.AnotherServerChosen:
                    // §2.2.3: "it SHOULD stop holding the addresses"; an OFFER here holds none.
                    Ignore(MadcapIgnoreReason.AnotherServerChosen, datagram, request, verdict.Reason);
                    return null;
                case MadcapVerdictKind.Nak:
                    outcome = verdict.Reason;
                    return Nak(request, me, verdict.Error!);
            }

            string owner = OwnerOf(datagram.Source.Address);
            switch (request.Type)
            {
                case MadcapMessageType.GetInfo:
                    return Info(request, me, now, ref outcome);
                case MadcapMessageType.Discover:
                    return Offer(request, datagram, owner, me, now, ref outcome);
                case MadcapMessageType.Request:
                    return Grant(request, owner, me, now, ref outcome);
                case MadcapMessageType.Renew:
                    return Renew(request, owner, me, now, ref outcome);
                case MadcapMessageType.Release:
                    return Release(request, owner, me, ref outcome);
                default:
                    Ignore(MadcapIgnoreReason.ByRule, datagram, request, "only clients' requests are served");
                    return null;
            }
        }

        /// <summary>§2.2.1, §2.2.5: the options the Option Request List asks for that this server has.</summary>
        private MadcapMessage Info(MadcapMessage request, MadcapServerIdentifier me, DateTime now, ref string outcome)
        {
            MadcapMessage ack = Ack(request, me);
            IReadOnlyList<ushort> wanted = request.OptionRequestList!;
            MadcapScopeCatalog catalog = _catalog;
            if (wanted.Contains((ushort)MadcapOptionCode.MulticastScopeList))
            {
                // §3.10: every name when no language was asked for, else one a zone.
                IReadOnlyList<MadcapScopeEntry> scopes = MadcapZoneNameChoice.ForLanguage(catalog.ScopesOf(request.AddressFamily), request.RequestedLanguage);
                ack.MulticastScopeList = scopes;
                outcome = scopes.Count + (scopes.Count == 1 ? " scope" : " scopes");

                // RFC 2907 §3.3: only with the scope list.
                if (wanted.Contains((ushort)MadcapOptionCode.MulticastNestingState))
                {
                    ack.NestingState = catalog.NestingOf(request.AddressFamily);
                }
            }

            if (wanted.Contains((ushort)MadcapOptionCode.CurrentTime))
            {
                ack.CurrentTime = MadcapTime.FromDateTime(now);
            }

            if (wanted.Contains((ushort)MadcapOptionCode.FeatureList) && ack.FeatureList is null)
            {
                ack.FeatureList = new MadcapFeatureList(_policy.SupportedFeatures);
            }

            return ack;
        }

        /// <summary>§2.2.3: an OFFER for what the pool and the client's limit allow now, or silence ("never required to send an OFFER").</summary>
        private MadcapMessage? Offer(MadcapMessage request, ReceivedDatagram datagram, string owner, MadcapServerIdentifier me, DateTime now, ref string outcome)
        {
            MulticastAddressPool? pool = _catalog.PoolFor(request.MulticastScope!);
            if (pool is null)
            {
                Ignore(MadcapIgnoreReason.ByRule, datagram, request, "no pool of this server is the scope " + request.MulticastScope + " (RFC 2730 §2.2: ignore a DISCOVER it cannot satisfy)");
                return null;
            }

            if (!TryPlan(request, pool, now, out MadcapGrantPlan plan, out _, out string why))
            {
                Ignore(MadcapIgnoreReason.ByRule, datagram, request, why + " (RFC 2730 §2.2: ignore a DISCOVER it cannot satisfy)");
                return null;
            }

            int room = RoomOf(owner, plan.Minimum, now);
            long free = pool.Capacity - pool.ActiveLeases - pool.HeldGroups;
            if (room < plan.Minimum || free < plan.Minimum || (plan.Exact != null && !AreFree(pool, plan.Exact, now)))
            {
                Ignore(MadcapIgnoreReason.ByRule, datagram, request, "pool '" + pool.Name + "' or the client's share of it cannot give " + plan.Minimum + " group(s) now (RFC 2730 §2.2: ignore a DISCOVER it cannot satisfy)");
                return null;
            }

            MadcapMessage offer = MadcapResponses.Offer(request, _policy);
            offer.ServerIdentifier = me;
            offer.LeaseTime = plan.LeaseSeconds;
            offer.MulticastScope = MadcapScopeCatalog.ScopeIdOf(pool);
            SetStart(offer, plan, now);
            outcome = Math.Min(plan.Desired, room) + " group(s) of pool '" + pool.Name + "' for " + plan.LeaseSeconds + " s, none held";
            return offer;
        }

        /// <summary>§2.2.4, §2.2.5: leases groups of the scope's pool, and answers once they are committed.</summary>
        private MadcapMessage Grant(MadcapMessage request, string owner, MadcapServerIdentifier me, DateTime now, ref string outcome)
        {
            MulticastAddressPool? pool = _catalog.PoolFor(request.MulticastScope!);
            if (pool is null)
            {
                outcome = "no pool is the scope " + request.MulticastScope;
                return Nak(request, me, MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.MulticastScope));
            }

            if (!TryClientId(request, out ClientIdentifier? clientId))
            {
                outcome = "a Lease Identifier of " + request.LeaseIdentifier!.Length + " octets is longer than the store keeps (" + ClientIdentifier.MaximumLength + ")";
                return Nak(request, me, MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.LeaseIdentifier));
            }

            if (!TryPlan(request, pool, now, out MadcapGrantPlan plan, out MadcapErrorOption? refusal, out string why))
            {
                outcome = why;
                return Nak(request, me, refusal!);
            }

            int take = Math.Min(plan.Desired, RoomOf(owner, plan.Minimum, now));
            if (take < plan.Minimum || !_limit.TryReserve(owner, take))
            {
                outcome = "client " + owner + " may hold at most " + _limit.Maximum + " groups at once";
                return Nak(request, me, MadcapErrorOption.ValidRequestCouldNotBeCompleted(CountOption(request)));
            }

            int granted = 0;
            try
            {
                var wanted = new LeaseRequest(pool.Name, owner) { Duration = plan.Held, StartUtc = plan.Start, ClientId = clientId };
                if (plan.Exact != null)
                {
                    wanted.Addresses = plan.Exact;
                }
                else
                {
                    wanted.Count = take;
                }

                LeaseResult result = _service.Request(wanted);
                granted = result.Leases.Count;
                _counters.Granted(granted);
                MadcapMessage ack = Ack(request, me);
                ack.LeaseTime = plan.LeaseSeconds;
                ack.MulticastScope = MadcapScopeCatalog.ScopeIdOf(pool);
                ack.AddressRanges = Ranges(result.Leases.Select(l => l.AddressValue.ToIPAddress()));
                SetStart(ack, plan, now);
                outcome = string.Join(", ", result.Leases.Select(l => l.AddressValue.ToIPAddress())) + " of pool '" + pool.Name + "' for " + plan.LeaseSeconds + " s" + Reclaimed(result);
                return ack;
            }
            catch (LeaseException exception) when (exception.ErrorId == "LeaseClientIdInUse")
            {
                return Existing(request, clientId!, owner, pool, me, now, ref outcome);
            }
            catch (MulticastException exception)
            {
                outcome = exception.Message;
                return Nak(request, me, Refusal(exception, request));
            }
            finally
            {
                _limit.Settle(owner, take, clientId!, granted);
            }
        }

        /// <summary>A REQUEST whose Lease Identifier already holds a lease: that lease again, if it is this client's in this scope.</summary>
        private MadcapMessage Existing(MadcapMessage request, ClientIdentifier clientId, string owner, MulticastAddressPool pool, MadcapServerIdentifier me, DateTime now, ref string outcome)
        {
            List<MulticastAddressLease> held = _service.FindLeases(clientId).Where(l => l.StateValue == LeaseState.Active || l.StateValue == LeaseState.Scheduled).ToList();
            DateTime end = held.Count == 0 ? now : held[0].End.ToUniversalTime() - _options.ExtraAllocationTime;
            if (held.Count == 0 || held.Any(l => l.Owner != owner || !string.Equals(l.Pool, pool.Name, StringComparison.OrdinalIgnoreCase)) || end <= now)
            {
                outcome = "Lease Identifier " + clientId + " already names another lease (RFC 2730 §2.4)";
                return Nak(request, me, MadcapErrorOption.InvalidRequest((ushort)MadcapOptionCode.LeaseIdentifier));
            }

            DateTime start = held[0].Start.ToUniversalTime();
            DateTime from = start > now ? start : now;
            MadcapMessage ack = Ack(request, me);
            ack.LeaseTime = (uint)Math.Min(uint.MaxValue, Math.Floor((end - from).TotalSeconds));
            ack.MulticastScope = MadcapScopeCatalog.ScopeIdOf(pool);
            ack.AddressRanges = Ranges(held.Select(l => l.AddressValue.ToIPAddress()));
            if (start > now)
            {
                ack.StartTime = MadcapTime.FromDateTime(start);
                ack.CurrentTime = MadcapTime.FromDateTime(now);
            }

            outcome = "the lease " + clientId + " already holds (" + string.Join(", ", held.Select(l => l.AddressValue.ToIPAddress())) + "), not a second one";
            return ack;
        }

        /// <summary>§2.2.7: a new lease time or start time for every group of the lease.</summary>
        private MadcapMessage Renew(MadcapMessage request, string owner, MadcapServerIdentifier me, DateTime now, ref string outcome)
        {
            if (!TryHeldBy(request, owner, me, out ClientIdentifier? clientId, out IReadOnlyList<MulticastAddressLease> held, out MadcapMessage? refusal, ref outcome))
            {
                return refusal!;
            }

            MulticastAddressPool? pool = _catalog.Pools.FirstOrDefault(p => string.Equals(p.Name, held[0].Pool, StringComparison.OrdinalIgnoreCase));
            if (pool is null)
            {
                RefreshScopes();
                pool = _catalog.Pools.FirstOrDefault(p => string.Equals(p.Name, held[0].Pool, StringComparison.OrdinalIgnoreCase));
                if (pool is null)
                {
                    outcome = "the lease's pool '" + held[0].Pool + "' is gone";
                    return Nak(request, me, MadcapErrorOption.LeaseIdentifierNotRecognized());
                }
            }

            if (!TryPlan(request, pool, now, out MadcapGrantPlan plan, out MadcapErrorOption? error, out string why))
            {
                outcome = why;
                return Nak(request, me, error!);
            }

            try
            {
                LeaseResult result = _service.Renew(clientId!, plan.Held, plan.Start);
                _counters.Renewed(result.Leases.Count);
                MadcapMessage ack = Ack(request, me);
                ack.LeaseTime = plan.LeaseSeconds;
                ack.MulticastScope = MadcapScopeCatalog.ScopeIdOf(pool);
                ack.AddressRanges = Ranges(result.Leases.Select(l => l.AddressValue.ToIPAddress()));
                SetStart(ack, plan, now);
                outcome = "renewed " + string.Join(", ", result.Leases.Select(l => l.AddressValue.ToIPAddress())) + " for " + plan.LeaseSeconds + " s" + Reclaimed(result);
                return ack;
            }
            catch (MulticastException exception)
            {
                outcome = exception.Message;
                return Nak(request, me, Refusal(exception, request));
            }
        }

        /// <summary>§2.2.8: gives every group of the lease back.</summary>
        private MadcapMessage Release(MadcapMessage request, string owner, MadcapServerIdentifier me, ref string outcome)
        {
            if (!TryHeldBy(request, owner, me, out ClientIdentifier? clientId, out _, out MadcapMessage? refusal, ref outcome))
            {
                return refusal!;
            }

            try
            {
                LeaseResult result = _service.Release(clientId!);
                _limit.Forget(owner, clientId!);
                _counters.Released(result.Leases.Count);
                outcome = "released " + string.Join(", ", result.Leases.Select(l => l.AddressValue.ToIPAddress())) + Reclaimed(result);
                return Ack(request, me);
            }
            catch (MulticastException exception)
            {
                outcome = exception.Message;
                return Nak(request, me, Refusal(exception, request));
            }
        }

        /// <summary>The lease a RENEW or RELEASE names, when it exists and this client holds it; otherwise the NAK to send.</summary>
        private bool TryHeldBy(MadcapMessage request, string owner, MadcapServerIdentifier me, out ClientIdentifier? clientId, out IReadOnlyList<MulticastAddressLease> held, out MadcapMessage? refusal, ref string outcome)
        {
            held = new MulticastAddressLease[0];
            refusal = null;
            if (!TryClientId(request, out clientId))
            {
                outcome = "no lease has this Lease Identifier";
                refusal = Nak(request, me, MadcapErrorOption.LeaseIdentifierNotRecognized());
                return false;
            }

            held = _service.FindLeases(clientId!);
            if (held.Count == 0 || held.All(l => l.StateValue == LeaseState.Expired))
            {
                // §2.4: "If the Lease Identifier does not match, a MADCAP server MUST generate ... a Lease Identifier Not Recognized error".
                outcome = held.Count == 0 ? "no lease has this Lease Identifier" : "the lease ended at " + held[0].End.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture);
                refusal = Nak(request, me, MadcapErrorOption.LeaseIdentifierNotRecognized());
                return false;
            }

            if (!string.Equals(held[0].Owner, owner, StringComparison.Ordinal))
            {
                // §2.5: "If a server cannot process a message because it is invalid for its context ... Invalid Request".
                outcome = "the lease is held by " + held[0].Owner + ", and is renewed and released only from that address";
                refusal = Nak(request, me, MadcapErrorOption.InvalidRequest((ushort)MadcapOptionCode.LeaseIdentifier));
                return false;
            }

            return true;
        }

        /// <summary>
        /// The lease time, start and count a request gets, or the refusal: §2.2.2's defaults, §3.15's minimum lease time,
        /// §3.16's maximum start time, §3.8's counts, and the server's own limits.
        /// </summary>
        private bool TryPlan(MadcapMessage request, MulticastAddressPool pool, DateTime now, out MadcapGrantPlan plan, out MadcapErrorOption? refusal, out string why)
        {
            plan = default;
            refusal = null;
            why = string.Empty;
            TimeSpan maximum = _options.MaximumLeaseTime;
            if (!MadcapLeaseTimeRules.TryChooseStart(now, request.StartTime, request.MaximumStartTime, now, out DateTime start))
            {
                why = "the Start Time is later than the Maximum Start Time";
                refusal = MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.MaximumStartTime);
                return false;
            }

            TimeSpan wait = start - now;
            if (wait > maximum - LeaseRules.MinimumDuration)
            {
                why = "a lease starting at " + start.ToString("u", CultureInfo.InvariantCulture) + " would hold its groups longer than " + maximum + " from now";
                refusal = MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.StartTime);
                return false;
            }

            TimeSpan available = request.LeaseTime.HasValue ? maximum : (pool.DefaultDurationValue < maximum ? pool.DefaultDurationValue : maximum);
            available = available < maximum - wait ? available : maximum - wait;
            uint availableSeconds = (uint)Math.Min(uint.MaxValue, Math.Floor(available.TotalSeconds));
            if (!MadcapLeaseTimeRules.TryChooseLeaseTime(request.LeaseTime, request.MinimumLeaseTime, availableSeconds, out uint seconds))
            {
                why = "the Minimum Lease Time, " + request.MinimumLeaseTime + " s, is more than the " + availableSeconds + " s available";
                refusal = MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.MinimumLeaseTime);
                return false;
            }

            // The store's shortest lease is a minute; a longer lease than asked takes nothing the client did not want.
            seconds = Math.Max(seconds, (uint)LeaseRules.MinimumDuration.TotalSeconds);
            int minimum = 1, desired = 1;
            IReadOnlyList<IPAddressValue>? exact = null;
            if (request.Type == MadcapMessageType.Request || request.Type == MadcapMessageType.Discover)
            {
                MadcapAddressCount count = request.NumberOfAddressesRequested ?? new MadcapAddressCount(1, 1);
                if (request.AddressRanges != null && request.AddressRanges.Count > 0)
                {
                    long total = request.AddressRanges.Sum(r => (long)r.BlockSize);
                    if (total > MadcapServerOptions.MaximumAddressesPerRequest || (request.NumberOfAddressesRequested.HasValue && !count.Allows(total)))
                    {
                        why = "the List of Address Ranges asks for " + total + " groups; a request gets 1 to " + MadcapServerOptions.MaximumAddressesPerRequest + ", within its Number of Addresses Requested";
                        refusal = MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.ListOfAddressRanges);
                        return false;
                    }

                    var groups = new List<IPAddressValue>((int)total);
                    foreach (MadcapAddressRange range in request.AddressRanges)
                    {
                        IPAddressValue first = IPAddressValue.FromIPAddress(range.Start);
                        for (int i = 0; i < range.BlockSize; i++)
                        {
                            groups.Add(AddressMath.Add(first, (ulong)i));
                        }
                    }

                    if (groups.Distinct().Count() != groups.Count)
                    {
                        why = "the List of Address Ranges names a group twice";
                        refusal = MadcapErrorOption.InvalidRequest((ushort)MadcapOptionCode.ListOfAddressRanges);
                        return false;
                    }

                    exact = groups.AsReadOnly();
                    minimum = desired = groups.Count;
                }
                else
                {
                    if (count.Desired == 0 || count.Minimum > MadcapServerOptions.MaximumAddressesPerRequest)
                    {
                        why = "a request gets 1 to " + MadcapServerOptions.MaximumAddressesPerRequest + " groups; it asked for " + count;
                        refusal = MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.NumberOfAddressesRequested);
                        return false;
                    }

                    minimum = Math.Max(1, (int)count.Minimum);
                    desired = Math.Min((int)count.Desired, MadcapServerOptions.MaximumAddressesPerRequest);
                }
            }

            plan = new MadcapGrantPlan(seconds, start, TimeSpan.FromSeconds(seconds) + _options.ExtraAllocationTime, minimum, desired, exact);
            return true;
        }

        /// <summary>How many more groups <paramref name="owner"/> may get; when that is under what is needed, its leases are looked up again first.</summary>
        private int RoomOf(string owner, int needed, DateTime now)
        {
            int room = _limit.Room(owner);
            if (room < needed)
            {
                _limit.Recount(owner, _service.Store, now);
                room = _limit.Room(owner);
            }

            return room;
        }

        /// <summary>True when every group is in the pool, leasable and not leased now.</summary>
        private bool AreFree(MulticastAddressPool pool, IReadOnlyList<IPAddressValue> groups, DateTime now) =>
            groups.All(g => pool.TryGetOffset(g, out ulong offset) && !pool.IsBlocked(offset))
            && _service.Store.Read(transaction => groups.All(g => !transaction.IsHeld(g) && (transaction.FindLease(g)?.IsExpired(now) ?? true)));

        /// <summary>The NAK for a store refusal: which option it comes from (§3.17.1), or the lease it does not know (§3.17.4).</summary>
        private MadcapErrorOption Refusal(MulticastException exception, MadcapMessage request)
        {
            if (exception is LeaseStoreException)
            {
                Write(MadcapServerEventLevel.Warning, "The lease store failed: " + exception.Message);
                return MadcapErrorOption.ValidRequestCouldNotBeCompleted();
            }

            switch (exception.ErrorId)
            {
                case "LeaseClientNotFound":
                case "LeaseExpired":
                    return MadcapErrorOption.LeaseIdentifierNotRecognized();
                case "PoolNotFound":
                    return MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.MulticastScope);
                case "PoolExhausted":
                    return MadcapErrorOption.ValidRequestCouldNotBeCompleted(CountOption(request));
                case "LeaseDurationOutOfRange":
                    return MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.LeaseTime);
                default:
                    return request.AddressRanges != null && request.AddressRanges.Count > 0
                        ? MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.ListOfAddressRanges)
                        : MadcapErrorOption.ValidRequestCouldNotBeCompleted();
            }
        }

        /// <summary>The option a count refusal names: Number of Addresses Requested when the request carried it (§3.17.1).</summary>
        private static ushort CountOption(MadcapMessage request) =>
            request.NumberOfAddressesRequested.HasValue ? (ushort)MadcapOptionCode.NumberOfAddressesRequested : MadcapErrorOption.NoSpecificOption;

        private static bool TryClientId(MadcapMessage request, out ClientIdentifier? clientId)
        {
            MadcapLeaseIdentifier lease = request.LeaseIdentifier!;
            clientId = lease.Length <= ClientIdentifier.MaximumLength ? new ClientIdentifier(lease.ToArray()) : null;
            return clientId != null;
        }

        /// <summary>§3.7, §2.12: a lease that starts later says when, with the server's clock beside it.</summary>
        private static void SetStart(MadcapMessage answer, MadcapGrantPlan plan, DateTime now)
        {
            if (plan.Start > now)
            {
                answer.StartTime = MadcapTime.FromDateTime(plan.Start);
                answer.CurrentTime = MadcapTime.FromDateTime(now);
            }
        }

        /// <summary>§3.11: the groups as ranges of consecutive addresses, each at most 65535 long.</summary>
        internal static IReadOnlyList<MadcapAddressRange> Ranges(IEnumerable<IPAddress> groups)
        {
            var sorted = groups.Select(IPAddressValue.FromIPAddress).Distinct().OrderBy(g => g).ToList();
            var ranges = new List<MadcapAddressRange>();
            int i = 0;
            while (i < sorted.Count)
            {
                int length = 1;
                while (i + length < sorted.Count && length < ushort.MaxValue && sorted[i + length] == AddressMath.Add(sorted[i], (ulong)length))
                {
                    length++;
                }

                ranges.Add(new MadcapAddressRange(sorted[i].ToIPAddress(), (ushort)length));
                i += length;
            }

            return ranges.AsReadOnly();
        }

        private MadcapMessage Ack(MadcapMessage request, MadcapServerIdentifier me)
        {
            MadcapMessage ack = MadcapResponses.Ack(request, _policy);
            ack.ServerIdentifier = me;
            return ack;
        }

        private MadcapMessage Nak(MadcapMessage request, MadcapServerIdentifier me, MadcapErrorOption error)
        {
            MadcapMessage nak = MadcapResponses.Nak(request, _policy, error);
            nak.ServerIdentifier = me;
            return nak;
        }

        private MadcapServerReply Send(MadcapMessage answer, ReceivedDatagram datagram, MadcapMessage? request, string why)
        {
            _counters.Answered(answer);
            Detail(datagram, request, answer.Type.ToString().ToUpperInvariant() + ": " + why);
            return new MadcapServerReply(answer.Encode(), datagram.Source, answer.Type);
        }

        private MadcapServerReply? Ignore(MadcapIgnoreReason reason, ReceivedDatagram datagram, MadcapMessage? request, string why)
        {
            _counters.Ignored(reason);
            Detail(datagram, request, "ignored: " + why);
            return null;
        }

        private static MadcapIgnoreReason ReasonOf(MadcapDecodeError error) => error.Failure switch
        {
            MadcapDecodeFailure.TooShort => MadcapIgnoreReason.TooShort,
            MadcapDecodeFailure.UnsupportedVersion => MadcapIgnoreReason.WrongVersion,
            MadcapDecodeFailure.TruncatedOption => MadcapIgnoreReason.Unframed,
            MadcapDecodeFailure.MissingEnd => MadcapIgnoreReason.Unframed,
            MadcapDecodeFailure.EndNotLast => MadcapIgnoreReason.Unframed,
            MadcapDecodeFailure.EndLengthNotZero => MadcapIgnoreReason.Unframed,
            _ => MadcapIgnoreReason.ByRule,
        };

        /// <summary>An answer can go back: a unicast source address and a port (RFC 2730 §2).</summary>
        private bool IsAnswerable(IPEndPoint source)
        {
            if (source.Port == 0)
            {
                return false;
            }

            IPAddressValue address = IPAddressValue.FromIPAddress(source.Address);
            bool unspecified = address.High == 0 && address.Low == 0;
            bool limitedBroadcast = address.IsIPv4 && address.IPv4 == uint.MaxValue;
            return !address.IsMulticast && !unspecified && !limitedBroadcast && !_options.BroadcastAddresses.Contains(address);
        }

        private bool IsClient(IPAddress address)
        {
            IPAddressValue value = IPAddressValue.FromIPAddress(address);
            foreach (IPPrefix network in _options.ClientNetworks)
            {
                if (network.Network.IsIPv6 == value.IsIPv6 && network.Contains(value))
                {
                    return true;
                }
            }

            return false;
        }

        private void RefreshIfDue(DateTime now)
        {
            if (now.Ticks - Interlocked.Read(ref _catalogReadTicks) < _options.ScopeRefreshInterval.Ticks || Interlocked.Exchange(ref _refreshing, 1) == 1)
            {
                return;
            }

            try
            {
                RefreshScopes();
            }
            catch (MulticastException exception)
            {
                Write(MadcapServerEventLevel.Warning, "The pools could not be read again: " + exception.Message);
            }
            finally
            {
                Interlocked.Exchange(ref _refreshing, 0);
            }
        }

        private MadcapScopeCatalog ReadCatalog()
        {
            MadcapScopeCatalog catalog = MadcapScopeCatalog.Build(_service.GetPools(), _options.ZoneNameLanguage);
            _policy.ServedScopes = catalog.Served;
            Interlocked.Exchange(ref _catalogReadTicks, _utcNow().Ticks);
            return catalog;
        }

        private void Detail(ReceivedDatagram datagram, MadcapMessage? request, string what)
        {
            if (!LogsExchanges || Log is null)
            {
                return;
            }

            string asked = request is null
                ? "A datagram of " + datagram.Data.Length + " octets"
                : request.Type.ToString().ToUpperInvariant() + " xid " + request.TransactionId.ToString("x8", CultureInfo.InvariantCulture) + (request.LeaseIdentifier is null ? string.Empty : " lease " + Short(request.LeaseIdentifier.ToString()));
            Write(MadcapServerEventLevel.Detail, asked + " from " + datagram.Source + (datagram.Destination is null ? string.Empty : " to " + datagram.Destination) + ": " + what + ".");
        }

        private void Write(MadcapServerEventLevel level, string message) => Log?.Invoke(new MadcapServerEvent(level, message));

        private static string Short(string hex) => hex.Length <= 16 ? hex : hex.Substring(0, 16) + "...";

        private static string Reclaimed(LeaseResult result) =>
            result.Reclaimed.Count == 0 ? string.Empty : "; reclaimed the expired " + string.Join(", ", result.Reclaimed.Select(l => l.Address + " (" + l.Owner + ")"));

        private static string Describe(MadcapScopeEntry scope) => scope.ToString();

        internal static string DescribeScopes(MadcapScopeCatalog catalog) =>
            catalog.Served.Count == 0 ? "no scope (the store has no pool)" : string.Join(", ", catalog.Served.Select(s => s.Names[0].Name + " " + s.ScopeId + "-" + s.LastAddress));
    }
}
