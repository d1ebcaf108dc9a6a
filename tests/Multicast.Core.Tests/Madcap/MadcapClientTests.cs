using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using Multicast.Madcap;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>The client against scripted servers on an in-memory network whose clock only the test moves.</summary>
    public class MadcapClientTests
    {
        private const string Group = "239.255.255.254";
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");
        private static readonly MadcapScopeEntry OrganizationScope = new MadcapScopeEntry(Scope, IPAddress.Parse("239.195.255.255"), 32, new[] { new MadcapZoneName("en", "Organization") });
        private readonly MemoryNetwork _network = new MemoryNetwork();
        private readonly MemoryTransport _transport;
        private readonly MadcapClient _client;

        public MadcapClientTests()
        {
            _transport = _network.Bind("127.0.0.1");
            _client = new MadcapClient(_transport, utcNow: _network.Clock, random: new Random(7));
        }

        private static MadcapMessage EmptyRanges(MadcapMessage grant)
        {
            grant.AddressRanges = new MadcapAddressRange[0];
            return grant;
        }

        private DateTime Start => new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void GetInfo_Unicast_ReturnsTheServersScopeList()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.InfoAck(request, OrganizationScope) };

            MadcapServerInfo info = Assert.Single(_client.GetInfo(server.EndPoint));

            Assert.Equal(server.EndPoint, info.Server);
            Assert.Equal(server.Identifier, info.ServerIdentifier);
            Assert.Equal(Scope, info.Scopes.Single().ScopeId);
            Assert.Equal("Organization", info.Scopes.Single().Names.Single().Name);
            MadcapMessage sent = server.Received.Single().Message;
            Assert.Equal(MadcapMessageType.GetInfo, sent.Type);
            Assert.Equal(MadcapAddressFamily.IPv4, sent.AddressFamily);
            Assert.Equal(new ushort[] { 9, 17 }, sent.OptionRequestList);
            Assert.NotNull(sent.LeaseIdentifier);
            Assert.Null(sent.MulticastScope);
            Assert.Equal(Start, _network.UtcNow);
        }

        [Fact]
        public void GetInfo_WithoutAServer_MulticastsToTheLocalScopeServerAddress_AndHearsEveryServer()
        {
            // RFC 2730 §2.9-§2.10: GETINFO to the MADCAP Server Multicast Address of the IPv4 Local Scope, 239.255.255.254.
            var first = new ScriptedMadcapServer(_network, "127.0.0.2", Group);
            var second = new ScriptedMadcapServer(_network, "127.0.0.3", Group);
            var deaf = new ScriptedMadcapServer(_network, "127.0.0.4");
            first.Script = (request, _) => new[] { first.InfoAck(request, OrganizationScope) };
            second.Script = (request, _) => new[] { second.InfoAck(request) };
            deaf.Script = (request, _) => new[] { deaf.InfoAck(request) };

            IReadOnlyList<MadcapServerInfo> infos = _client.GetInfo();

            Assert.Equal(new[] { first.EndPoint, second.EndPoint }, infos.Select(i => i.Server));
            Assert.Empty(infos[1].Scopes);
            Assert.Empty(deaf.Received);
            Assert.Equal(new IPEndPoint(IPAddress.Parse(Group), 2535), _network.Sent[0].To);

            // Answers are collected until the end of the first window (4 s); nothing is retransmitted after them.
            Assert.Single(first.Received);
            Assert.Equal(Start.AddSeconds(4), _network.UtcNow);
        }

        [Fact]
        public void GetInfo_Retransmits_At4_12_28_ThenGivesUpAt60()
        {
            // §2.3: transmissions at t, t+4, t+12 and t+28; no answer by t+60 ends the attempt.
            var silent = new ScriptedMadcapServer(_network, "127.0.0.2");

            var error = Assert.Throws<MadcapNoResponseException>(() => _client.GetInfo(silent.EndPoint));

            Assert.Equal(new[] { 0, 4, 12, 28 }, silent.Received.Select(r => (int)(r.At - Start).TotalSeconds));
            Assert.Equal(Start.AddSeconds(60), _network.UtcNow);
            Assert.Single(silent.Received.Select(r => Hex.Format(r.Datagram.Data)).Distinct());
            Assert.Equal("MadcapNoResponse", error.ErrorId);
            Assert.Equal(MulticastErrorKind.Timeout, error.Kind);
            Assert.Equal(4, error.Transmissions);
            Assert.Equal(silent.EndPoint, error.Destination);
            Assert.Contains("127.0.0.2:2535", error.Message);
            Assert.Contains("GETINFO", error.Message);
            Assert.Equal(RemedyKind.MadcapCheckServer, error.Remedy!.Kind);
            Assert.Equal(2535, error.Remedy["Port"]);
        }

        [Fact]
        public void GetInfo_AnsweredAfterTwoLosses_OnTheThirdTransmission()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2") { Drop = 2 };
            server.Script = (request, _) => new[] { server.InfoAck(request, OrganizationScope) };

            Assert.Single(_client.GetInfo(server.EndPoint));

            Assert.Equal(3, server.Received.Count);
            Assert.Equal(Start.AddSeconds(12), _network.UtcNow);
            Assert.Single(server.Received.Select(r => r.Message.TransactionId).Distinct());
        }

        [Fact]
        public void Answers_WithTheWrongXidLeaseIdentifierFamilyOrSource_AreIgnored()
        {
            // §2.5: "If not [matching the Lease Identifier and xid], the message MUST be ignored."
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            var impostor = new ScriptedMadcapServer(_network, "127.0.0.66");
            var wrongScope = new MadcapScopeEntry(IPAddress.Parse("239.1.0.0"), IPAddress.Parse("239.1.255.255"), 1);
            server.Script = (request, datagram) =>
            {
                MadcapMessage wrongXid = server.InfoAck(request, wrongScope);
                wrongXid.TransactionId++;
                MadcapMessage wrongLease = server.InfoAck(request, wrongScope);
                wrongLease.LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 9 });
                MadcapMessage wrongFamily = server.InfoAck(request);
                wrongFamily.AddressFamily = MadcapAddressFamily.IPv6;
                MadcapMessage noServerIdentifier = server.InfoAck(request, wrongScope);
                noServerIdentifier.ServerIdentifier = null;
                impostor.SendTo(datagram.Source, impostor.InfoAck(request, wrongScope));
                return new[] { wrongXid, wrongLease, wrongFamily, noServerIdentifier, server.InfoAck(request, OrganizationScope) };
            };

            MadcapServerInfo info = Assert.Single(_client.GetInfo(server.EndPoint));

            Assert.Equal(server.EndPoint, info.Server);
            Assert.Equal(Scope, info.Scopes.Single().ScopeId);
        }

        [Fact]
        public void AnAnswerOnlyFromTheWrongSource_IsNoAnswer()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            var impostor = new ScriptedMadcapServer(_network, "127.0.0.66");
            server.Script = (request, datagram) =>
            {
                impostor.SendTo(datagram.Source, impostor.InfoAck(request, OrganizationScope));
                return null;
            };

            Assert.Throws<MadcapNoResponseException>(() => _client.GetInfo(server.EndPoint));
            Assert.Equal(4, server.Received.Count);
        }

        [Fact]
        public void GarbageAndMalformedAnswers_AreIgnored()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, datagram) =>
            {
                server.Transport.Send(new byte[] { 1, 2, 3 }, 0, 3, datagram.Source);
                byte[] truncated = server.InfoAck(request, OrganizationScope).Encode();
                server.Transport.Send(truncated, 0, truncated.Length - 1, datagram.Source);
                MadcapMessage optionsForbidden = server.InfoAck(request);
                optionsForbidden.LeaseTime = 60; // Table 5: MUST NOT in an ACK to GETINFO.
                return new[] { optionsForbidden, server.InfoAck(request, OrganizationScope) };
            };

            Assert.Equal(Scope, _client.GetInfo(server.EndPoint).Single().Scopes.Single().ScopeId);
        }

        [Fact]
        public void GetInfo_Nak_IsAnExceptionNamingServerErrorAndRemedy_AndEndsRetransmission()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Nak(request, MadcapErrorOption.InvalidRequest(8)) };

            var error = Assert.Throws<MadcapNakException>(() => _client.GetInfo(server.EndPoint));

            Assert.Single(server.Received);
            Assert.Equal("MadcapInvalidRequest", error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);
            Assert.Equal(MadcapErrorCode.InvalidRequest, error.ErrorCode);
            Assert.Equal(server.EndPoint, error.Server);
            Assert.Equal(MadcapMessageType.GetInfo, error.Request);
            Assert.Equal("The MADCAP server 127.0.0.2:2535 refused the GETINFO with Invalid Request (error 1), caused by the Requested Language option (8). "
                + "The server judged the request malformed or invalid in its context.", error.Message);

            // What to do is a remedy, for the host to phrase.
            Assert.Equal(RemedyKind.MadcapCorrectRequest, error.Remedy!.Kind);
            Assert.Equal("Requested Language", error.Remedy["Option"]);
            Assert.Equal(server.EndPoint, error.Remedy["Server"]);
        }

        [Fact]
        public void ANakWithoutAnErrorOption_IsIgnored()
        {
            // §2.2.6: "The Error option MUST be included"; a message that does not conform is ignored.
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Reply(request, MadcapMessageType.Nak) };
            Assert.Throws<MadcapNoResponseException>(() => _client.GetInfo(server.EndPoint));
        }

        [Fact]
        public void RequestLease_Unicast_IsARequestAndAnAck()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Grant(request, MadcapMessageType.Ack, 7200, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };

            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromHours(2) }, server.EndPoint);

            MadcapMessage sent = server.Received.Single().Message;
            Assert.Equal(MadcapMessageType.Request, sent.Type);
            Assert.Equal(Scope, sent.MulticastScope);
            Assert.Equal(7200u, sent.LeaseTime);
            Assert.Null(sent.ServerIdentifier);
            Assert.Null(sent.NumberOfAddressesRequested);
            Assert.Null(sent.CurrentTime);
            Assert.Equal(MadcapLeaseIdentifierType.Random, sent.LeaseIdentifier!.Type);
            Assert.Equal(17, sent.LeaseIdentifier.Length);
            Assert.Equal(sent.LeaseIdentifier, lease.LeaseIdentifier);
            Assert.Equal(server.EndPoint, lease.Server);
            Assert.Equal(IPAddress.Parse("239.192.0.5"), lease.EnumerateAddresses().Single());
            Assert.Equal(Start, lease.Start);
            Assert.Equal(Start.AddHours(2), lease.End);
            Assert.Equal(Scope, lease.Scope);
        }

        [Fact]
        public void RequestLease_Unicast_RetransmitsTheSameRequestUntilAnswered()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2") { Drop = 1 };
            server.Script = (request, _) => new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };

            _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            Assert.Equal(2, server.Received.Count);
            Assert.Equal(Hex.Format(server.Received[0].Datagram.Data), Hex.Format(server.Received[1].Datagram.Data));
            Assert.Equal(Start.AddSeconds(4), _network.UtcNow);
        }

        [Fact]
        public void RequestLease_WithoutAServer_DiscoversChoosesTheLongestOffer_AndRequestsItByMulticast()
        {
            // §2.2.2-§2.2.4 and Appendix A.2.
            var shortOffer = new ScriptedMadcapServer(_network, "127.0.0.2", Group);
            var longOffer = new ScriptedMadcapServer(_network, "127.0.0.3", Group);
            foreach (ScriptedMadcapServer server in new[] { shortOffer, longOffer })
            {
                uint seconds = server == shortOffer ? 1800u : 3600u;
                IPAddress address = IPAddress.Parse(server == shortOffer ? "239.192.0.2" : "239.192.0.3");
                server.Script = (request, _) =>
                {
                    if (request.Type == MadcapMessageType.Discover)
                    {
                        return new[] { server.Grant(request, MadcapMessageType.Offer, seconds, Scope) };
                    }

                    // Only the server the REQUEST names answers it.
                    return request.ServerIdentifier!.Identifies(server.Address)
                        ? new[] { server.Grant(request, MadcapMessageType.Ack, seconds, Scope, new MadcapAddressRange(address, 1)) }
                        : null;
                };
            }

            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromHours(1) });

            Assert.Equal(longOffer.EndPoint, lease.Server);
            Assert.Equal(IPAddress.Parse("239.192.0.3"), lease.EnumerateAddresses().Single());
            Assert.Equal(TimeSpan.FromHours(1), lease.LeaseTime);
            MadcapMessage discover = longOffer.Received[0].Message;
            MadcapMessage request = longOffer.Received[1].Message;
            Assert.Equal(MadcapMessageType.Discover, discover.Type);
            Assert.Equal(MadcapMessageType.Request, request.Type);
            Assert.Equal(discover.LeaseIdentifier, request.LeaseIdentifier);
            Assert.NotEqual(discover.TransactionId, request.TransactionId);
            Assert.True(request.ServerIdentifier!.Identifies(longOffer.Address));
            Assert.Equal(IPAddress.Parse(Group), longOffer.Received[1].Datagram.Destination);

            // The not-chosen server saw the REQUEST too, which tells it to stop holding its offer (§2.2.3).
            Assert.Equal(2, shortOffer.Received.Count);
            Assert.Equal(lease.Start.AddHours(1), lease.End);
        }

        [Fact]
        public void OffersAreCollected_ForTheCurrentRetransmitTimer_AfterTheFirst()
        {
            // §2.2.2: the client sends its REQUEST "within [DISCOVER-DELAY] after receiving the first OFFER message", whose
            // "RECOMMENDED value is the current retransmit timer": 16 s after the fourth transmission (t+28), so t+44, not t+60.
            var server = new ScriptedMadcapServer(_network, "127.0.0.2", Group) { Drop = 3 };
            server.Script = (request, _) => new[]
            {
                server.Grant(request, request.Type == MadcapMessageType.Discover ? MadcapMessageType.Offer : MadcapMessageType.Ack, 600, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.9"), 1)),
            };

            _client.RequestLease(new MadcapLeaseRequest(Scope));

            Assert.Equal(new[] { 0, 4, 12, 28, 44 }, server.Received.Select(r => (int)(r.At - Start).TotalSeconds));
            Assert.Equal(MadcapMessageType.Request, server.Received.Last().Message.Type);
        }

        [Fact]
        public void TheFirstWindowsOffers_AreCollectedFor4Seconds()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2", Group) { Drop = 1 };
            server.Script = (request, _) => new[]
            {
                server.Grant(request, request.Type == MadcapMessageType.Discover ? MadcapMessageType.Offer : MadcapMessageType.Ack, 600, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.9"), 1)),
            };

            _client.RequestLease(new MadcapLeaseRequest(Scope));

            // The OFFER came at t+4, in a window that lasts to t+12; the timer then is 8 s.
            Assert.Equal(new[] { 0, 4, 12 }, server.Received.Select(r => (int)(r.At - Start).TotalSeconds));
        }

        [Fact]
        public void Offers_ThatBreakTheClientsMinimumsOrScope_AreIgnored()
        {
            // §2.2.2: a server "MUST NOT offer a lease time shorter than the minimum lease time ... or a start time later than the maximum start time".
            uint now = MadcapTime.FromDateTime(Start);
            var tooShort = new ScriptedMadcapServer(_network, "127.0.0.2", Group);
            var tooLate = new ScriptedMadcapServer(_network, "127.0.0.3", Group);
            var otherScope = new ScriptedMadcapServer(_network, "127.0.0.4", Group);
            var good = new ScriptedMadcapServer(_network, "127.0.0.5", Group);
            tooShort.Script = (request, _) => request.Type == MadcapMessageType.Discover ? new[] { tooShort.Grant(request, MadcapMessageType.Offer, 599, Scope) } : null;
            tooLate.Script = (request, _) =>
            {
                MadcapMessage offer = tooLate.Grant(request, MadcapMessageType.Offer, 999_999, Scope);
                offer.StartTime = now + 3601;
                offer.CurrentTime = now;
                return request.Type == MadcapMessageType.Discover ? new[] { offer } : null;
            };
            otherScope.Script = (request, _) => request.Type == MadcapMessageType.Discover ? new[] { otherScope.Grant(request, MadcapMessageType.Offer, 999_999, IPAddress.Parse("239.255.0.0")) } : null;
            good.Script = (request, _) => new[] { good.Grant(request, request.Type == MadcapMessageType.Discover ? MadcapMessageType.Offer : MadcapMessageType.Ack, 600, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.9"), 1)) };

            var wanted = new MadcapLeaseRequest(Scope) { MinimumLeaseTime = TimeSpan.FromMinutes(10), MaximumStartTime = Start.AddHours(1) };
            MadcapLease lease = _client.RequestLease(wanted);

            Assert.Equal(good.EndPoint, lease.Server);
            MadcapMessage discover = good.Received[0].Message;
            Assert.Equal(600u, discover.MinimumLeaseTime);
            Assert.Equal(now + 3600, discover.MaximumStartTime);
            Assert.Equal(now, discover.CurrentTime);
        }

        [Fact]
        public void Acks_GrantingAddressesOutsideTheScopeOrCount_AreIgnored()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[]
            {
                server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.191.255.255"), 1)),
                server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.195.255.255"), 2)),
                server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 3)),
                server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 0)),
                server.Grant(request, MadcapMessageType.Ack, 60, Scope),
                EmptyRanges(server.Grant(request, MadcapMessageType.Ack, 60, Scope)),
                server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("224.0.0.1"), 1), new MadcapAddressRange(IPAddress.Parse("239.192.0.7"), 1)),
                server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 1), new MadcapAddressRange(IPAddress.Parse("239.192.0.7"), 1)),
            };

            MadcapLease lease = _client.RequestLease(
                new MadcapLeaseRequest(OrganizationScope) { AddressCount = new MadcapAddressCount(2, 2) },
                server.EndPoint);

            Assert.Equal(new[] { "239.192.0.1", "239.192.0.7" }, lease.EnumerateAddresses().Select(a => a.ToString()));
            Assert.Equal(new MadcapAddressCount(2, 2), server.Received.Single().Message.NumberOfAddressesRequested);
        }

        [Fact]
        public void AnOfferOfNoAddresses_IsIgnored()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2", Group);
            server.Script = (request, _) => new[] { EmptyRanges(server.Grant(request, MadcapMessageType.Offer, 60, Scope)) };
            Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope)));
        }

        [Fact]
        public void AnAckWithARetryTime_IsIgnored_SinceThisClientNeverOffersRetryAfter()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) =>
            {
                MadcapMessage retry = server.Grant(request, MadcapMessageType.Ack, 60, Scope);
                retry.RetryTime = 5;
                retry.CurrentTime = 1;
                return new[] { retry };
            };

            Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint));
        }

        [Fact]
        public void RequestLease_Nak_NamesTheServerAndTheOption()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Nak(request, MadcapErrorOption.ValidRequestCouldNotBeCompleted(14)) };

            var error = Assert.Throws<MadcapNakException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { MinimumLeaseTime = TimeSpan.FromDays(30) }, server.EndPoint));

            Assert.Equal("MadcapValidRequestCouldNotBeCompleted", error.ErrorId);
            Assert.Equal(MulticastErrorKind.Exhausted, error.Kind);
            Assert.Equal((ushort)14, error.Error.ProblemOption);
            Assert.StartsWith("The MADCAP server 127.0.0.2:2535 refused the REQUEST with Valid Request Could Not Be Completed (error 0), caused by the Minimum Lease Time option (14).", error.Message);
            Assert.Single(server.Received);
        }

        [Fact]
        public void Discover_AnsweredOnlyByNaks_IsTheFirstNak()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2", Group);
            server.Script = (request, _) => new[] { server.Nak(request, MadcapErrorOption.ExcessiveClockSkew(MadcapTime.FromDateTime(Start.AddHours(2)))) };

            var error = Assert.Throws<MadcapNakException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope)));

            Assert.Equal("MadcapExcessiveClockSkew", error.ErrorId);
            Assert.Equal(MadcapMessageType.Discover, error.Request);
            Assert.Contains("the server's clock reading 2025-03-01T14:00:00Z", error.Message);
            Assert.Equal(RemedyKind.MadcapSetClock, error.Remedy!.Kind);
            Assert.Equal(Start.AddHours(2), error.Remedy["ServerTime"]);
        }

        [Fact]
        public void MulticastRequest_AnsweredByAnotherServer_IsIgnored()
        {
            var chosen = new ScriptedMadcapServer(_network, "127.0.0.2", Group);
            var other = new ScriptedMadcapServer(_network, "127.0.0.3", Group);
            chosen.Script = (request, _) => request.Type == MadcapMessageType.Discover ? new[] { chosen.Grant(request, MadcapMessageType.Offer, 60, Scope) } : null;

            // The other server offers nothing, but acknowledges the REQUEST meant for the chosen one.
            other.Script = (request, _) => request.Type == MadcapMessageType.Request ? new[] { other.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.1"), 1)) } : null;

            Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope)));
            Assert.Equal(4, chosen.Received.Count(r => r.Message.Type == MadcapMessageType.Request));
        }

        [Fact]
        public void Renew_IsUnicastToTheLeasesServer_WithOnlyTheLeaseIdentifierAndTimes()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            uint now = MadcapTime.FromDateTime(Start);
            server.Script = (request, _) =>
            {
                MadcapMessage ack = server.Grant(request, MadcapMessageType.Ack, request.LeaseTime ?? 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1));
                if (request.StartTime.HasValue)
                {
                    ack.StartTime = request.StartTime;
                    ack.CurrentTime = now;
                }

                return new[] { ack };
            };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);
            _network.UtcNow += TimeSpan.FromSeconds(30);

            MadcapLease renewed = _client.Renew(lease, TimeSpan.FromHours(2), startTime: Start.AddHours(1));

            MadcapMessage renew = server.Received[1].Message;
            Assert.Equal(MadcapMessageType.Renew, renew.Type);
            Assert.Equal(lease.LeaseIdentifier, renew.LeaseIdentifier);
            Assert.Equal(7200u, renew.LeaseTime);
            Assert.Equal(now + 3600, renew.StartTime);
            Assert.Equal(now + 30, renew.CurrentTime);
            Assert.Null(renew.MulticastScope);
            Assert.Null(renew.ServerIdentifier);
            Assert.Equal(Start.AddHours(1), renewed.Start);
            Assert.Equal(Start.AddHours(3), renewed.End);
            Assert.Equal(lease.LeaseIdentifier, renewed.LeaseIdentifier);
        }

        [Theory]
        [InlineData(MadcapMessageType.Renew)]
        [InlineData(MadcapMessageType.Release)]
        public void RenewAndRelease_GoToTheServersOwnPort(MadcapMessageType type)
        {
            // §2.2.7, §2.2.8: "to the MADCAP server from which it allocated the addresses", at the port it was reached on.
            var server = new ScriptedMadcapServer(_network, "127.0.0.2", 3000);
            server.Script = (request, _) => request.Type == MadcapMessageType.Release
                ? new[] { server.Reply(request, MadcapMessageType.Ack) }
                : new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);
            Assert.Equal(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 3000), lease.Server);

            if (type == MadcapMessageType.Renew)
            {
                Assert.Equal(server.EndPoint, _client.Renew(lease).Server);
            }
            else
            {
                _client.Release(lease);
            }

            Assert.Equal(type, server.Received[1].Message.Type);
            Assert.Empty(_network.Lost);
        }

        [Fact]
        public void ALeaseFromAMulticastRequest_IsRenewedWhereItsAckCameFrom()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2", 3000, Group);
            server.Script = (request, _) => request.Type == MadcapMessageType.Discover
                ? new[] { server.Grant(request, MadcapMessageType.Offer, 60, Scope) }
                : new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };

            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), new IPEndPoint(IPAddress.Parse(Group), 3000));
            _client.Renew(lease);

            Assert.Equal(server.EndPoint, lease.Server);
            Assert.Equal(server.EndPoint, _network.Sent.Last(s => s.From.Port != 3000).To);
        }

        [Fact]
        public void Renew_AnAckForAnotherScope_IsIgnored()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => request.Type == MadcapMessageType.Request
                ? new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) }
                : new[] { server.Grant(request, MadcapMessageType.Ack, 60, IPAddress.Parse("239.255.0.0"), new MadcapAddressRange(IPAddress.Parse("239.255.0.5"), 1)) };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            Assert.Throws<MadcapNoResponseException>(() => _client.Renew(lease));
        }

        [Fact]
        public void Renew_AnAckBeyondTheScopesLastAddress_IsIgnored()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse(request.Type == MadcapMessageType.Request ? "239.192.0.5" : "239.196.0.5"), 1)) };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(OrganizationScope), server.EndPoint);
            Assert.Equal(OrganizationScope.LastAddress, lease.ScopeLastAddress);

            Assert.Throws<MadcapNoResponseException>(() => _client.Renew(lease));
        }

        [Fact]
        public void Release_IsAcknowledged()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => request.Type == MadcapMessageType.Request
                ? new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) }
                : new[] { server.Reply(request, MadcapMessageType.Ack) };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            _client.Release(lease);

            MadcapMessage release = server.Received[1].Message;
            Assert.Equal(MadcapMessageType.Release, release.Type);
            Assert.Equal(lease.LeaseIdentifier, release.LeaseIdentifier);
            Assert.Null(release.LeaseTime);
        }

        [Fact]
        public void Release_AnAckCarryingMoreThanItMay_IsIgnored()
        {
            // §2.2.5: an ACK to RELEASE "MUST only include Server Identifier and Lease Identifier options".
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            Assert.Throws<MadcapNoResponseException>(() => _client.Release(lease));
        }

        [Fact]
        public void Release_OfAnUnknownLease_IsLeaseIdentifierNotRecognized()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => request.Type == MadcapMessageType.Request
                ? new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) }
                : new[] { server.Nak(request, MadcapErrorOption.LeaseIdentifierNotRecognized()) };
            MadcapLease lease = _client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            var error = Assert.Throws<MadcapNakException>(() => _client.Release(lease));

            Assert.Equal("MadcapLeaseIdentifierNotRecognized", error.ErrorId);
            Assert.Equal(MulticastErrorKind.NotFound, error.Kind);
            Assert.Same(lease, error.Input);
        }

        [Fact]
        public void AnIPv6Client_NeedsADiscoveryGroup()
        {
            MemoryTransport transport = _network.Bind("::1");
            var client = new MadcapClient(transport, utcNow: _network.Clock, random: new Random(1));
            Assert.Null(client.DiscoveryEndPoint);
            Assert.Equal("MadcapNoDiscoveryGroup", Assert.Throws<MulticastRuleException>(() => client.GetInfo()).ErrorId);

            var server = new ScriptedMadcapServer(_network, "::2", "ff15::1:2");
            server.Script = (request, _) => new[] { server.InfoAck(request, new MadcapScopeEntry(IPAddress.Parse("ff15::"), IPAddress.Parse("ff15::ffff"), 16)) };
            var configured = new MadcapClient(transport, new MadcapClientOptions { DiscoveryGroup = IPAddress.Parse("ff15::1:2") }, _network.Clock, new Random(1));
            MadcapServerInfo info = Assert.Single(configured.GetInfo());
            Assert.Equal(MadcapAddressFamily.IPv6, server.Received.Single().Message.AddressFamily);
            Assert.Equal(IPAddress.Parse("ff15::"), info.Scopes.Single().ScopeId);
        }

        [Fact]
        public void ANestingStateThatDoesNotMatchTheScopeList_IsDropped()
        {
            // RFC 2907 §5: a count other than the scope list's "MUST BE ignored" - the option, not the message.
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) =>
            {
                MadcapMessage ack = server.InfoAck(request, OrganizationScope);
                ack.NestingState = MadcapNestingState.FromPairs(2, new[] { (0, 1) });
                return new[] { ack };
            };

            MadcapServerInfo info = Assert.Single(_client.GetInfo(server.EndPoint));
            Assert.Null(info.NestingState);
            Assert.NotNull(info.Message.NestingState);
        }

        [Fact]
        public void Cancellation_StopsTheExchange()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            using var source = new CancellationTokenSource();
            server.Script = (request, _) =>
            {
                source.Cancel();
                return null;
            };

            Assert.Throws<OperationCanceledException>(() => _client.GetInfo(server.EndPoint, cancellation: source.Token));
            Assert.Single(server.Received);
        }

        [Fact]
        public void InvalidLeaseRequests_AreRefusedBeforeAnythingIsSent()
        {
            Assert.Equal("MadcapScopeNotMulticast", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(IPAddress.Parse("10.0.0.0")))).ErrorId);
            Assert.Equal("MadcapAddressCountOrder", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { AddressCount = new MadcapAddressCount(3, 2) })).ErrorId);
            Assert.Equal("MadcapRetryAfterRequested", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { Features = new MadcapFeatureList(requested: new ushort[] { 1 }) })).ErrorId);
            Assert.Equal("MadcapRetryAfterRequested", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { Features = new MadcapFeatureList(required: new ushort[] { 1 }) })).ErrorId);
            Assert.Equal("MadcapRetryAfterNotImplemented", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { Features = new MadcapFeatureList(supported: new ushort[] { 1 }) })).ErrorId);
            Assert.Equal("MadcapDurationOutOfRange", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromSeconds(-1) })).ErrorId);
            Assert.Equal("MadcapDurationOutOfRange", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromSeconds(4294967296.0) })).ErrorId);
            Assert.Equal("MadcapTimeOutOfRange", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(new MadcapLeaseRequest(Scope) { StartTime = new DateTime(1969, 12, 31, 0, 0, 0, DateTimeKind.Utc) })).ErrorId);
            Assert.Empty(_network.Sent);
        }

        [Theory]
        [InlineData("00 01 02 03 04 05 06 07", true)]
        [InlineData("01 0001 C0000201 01", true)]
        [InlineData("00 01 02 03 04 05 06 07 08", false)]
        public void ASharedLeaseIdentifier_MustCarryEightRandomOctets(string identifier, bool refused)
        {
            // §2.4: with Shared Lease Identifier, "A Lease Identifier that includes a long cryptographically random number
            // (at least eight octets in length) MUST be used".
            var id = new MadcapLeaseIdentifier(Hex.Parse(identifier));
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };
            foreach (MadcapFeatureList features in new[] { new MadcapFeatureList(requested: new ushort[] { 2 }), new MadcapFeatureList(required: new ushort[] { 2 }) })
            {
                var lease = new MadcapLeaseRequest(Scope) { LeaseIdentifier = id, Features = features };
                if (refused)
                {
                    Assert.Equal("MadcapLeaseIdentifierTooShortToShare", Assert.Throws<MulticastRuleException>(() => _client.RequestLease(lease, server.EndPoint)).ErrorId);
                }
                else
                {
                    Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(lease, server.EndPoint));
                }
            }

            // Without the feature, any identifier goes.
            Assert.NotNull(_client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseIdentifier = id }, server.EndPoint));
        }

        [Fact]
        public void LeaseTime_AtBothEndsOfTheField()
        {
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.Grant(request, MadcapMessageType.Ack, request.LeaseTime!.Value, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1)) };

            Assert.Equal(TimeSpan.Zero, _client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.Zero }, server.EndPoint).LeaseTime);
            Assert.Equal(TimeSpan.FromSeconds(uint.MaxValue), _client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromSeconds(uint.MaxValue) }, server.EndPoint).LeaseTime);
        }

        [Fact]
        public void TransactionIds_AreConsecutive_FromARandomStart()
        {
            // §2.1.4: "choose a random four octet number as the first xid in a session and increment this value each time".
            var server = new ScriptedMadcapServer(_network, "127.0.0.2");
            server.Script = (request, _) => new[] { server.InfoAck(request) };
            _client.GetInfo(server.EndPoint);
            _client.GetInfo(server.EndPoint);
            Assert.Equal(server.Received[0].Message.TransactionId + 1, server.Received[1].Message.TransactionId);
            var other = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(8));
            other.GetInfo(server.EndPoint);
            Assert.NotEqual(server.Received[0].Message.TransactionId, server.Received[2].Message.TransactionId);
        }
    }
}
