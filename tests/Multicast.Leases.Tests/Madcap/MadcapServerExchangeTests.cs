using System;
using System.Linq;
using System.Net;
using Multicast.Leases.Madcap;
using Multicast.Madcap;
using Multicast.Tests.Networking;

namespace Multicast.Leases.Tests.Madcap
{
    /// <summary>
    /// Every exchange of RFC 2730 Appendix A, end to end: Core's <see cref="MadcapClient"/> against the server engine on a
    /// store, over the in-memory network. The leases the server grants are the store's leases.
    /// </summary>
    public sealed class MadcapServerExchangeTests
    {
        private const string LocalScopeGroup = "239.255.255.254";
        private static readonly IPAddress Video = IPAddress.Parse("239.192.0.0");
        private readonly MemoryNetwork _network = new MemoryNetwork();
        private readonly MadcapTestServer _server;

        public MadcapServerExchangeTests()
        {
            _server = new MadcapTestServer(_network);
            _server.Pool("video", "239.192.0.0/16");
            _server.Pool("local", "239.255.0.0/16", TimeSpan.FromHours(1));
            _server.Pool("glop", "233.22.30.0/24");
            _server.Pool("ssm6", "ff3e:30:2001:db8::/96");
            _server.JoinGroups();
        }

        private DateTime Now => _network.UtcNow;

        [Fact]
        public void A1_ScopeListDiscovery_ByMulticastGetInfo_ListsThePoolsSmallestFirst()
        {
            // A.1: GETINFO to the IPv4 Local Scope's MADCAP Server Multicast Address, asking for the scope list in "en".
            MadcapClient client = _server.Client();
            MadcapServerInfo info = Assert.Single(client.GetInfo());

            Assert.Equal(_server.EndPoint, info.Server);
            Assert.True(info.ServerIdentifier.Identifies(_server.Address));
            Assert.Equal(new[] { "239.255.0.0", "239.192.0.0", "233.22.30.0" }, info.Scopes.Select(s => s.ScopeId.ToString()));
            Assert.Equal(new[] { "239.255.255.255", "239.192.255.255", "233.22.30.255" }, info.Scopes.Select(s => s.LastAddress.ToString()));
            Assert.All(info.Scopes, s => Assert.Equal(255, s.Ttl));
            Assert.Equal(new[] { "local", "video", "glop" }, info.Scopes.Select(s => s.Names.Single().Name));
            Assert.All(info.Scopes, s => Assert.True(s.Names.Single().IsFallback));
            Assert.Equal("en", info.Scopes[0].Names[0].LanguageTag);

            // RFC 2907: the Local Scope nests in every scope, every admin scope in the global one.
            Assert.NotNull(info.NestingState);
            Assert.True(info.NestingState!.Nests(0, 1));
            Assert.True(info.NestingState.Nests(0, 2));
            Assert.True(info.NestingState.Nests(1, 2));
            Assert.False(info.NestingState.Nests(1, 0));
            Assert.False(info.NestingState.Nests(2, 1));
            Assert.Equal(IPAddress.Parse(LocalScopeGroup), _network.Sent[0].To.Address);
        }

        [Fact]
        public void GetInfo_ForIPv6_ListsTheIPv6Pools()
        {
            MadcapClient client = _server.Client("::1");
            MadcapServerInfo info = Assert.Single(client.GetInfo(_server.EndPoint, MadcapAddressFamily.IPv6));
            MadcapScopeEntry scope = Assert.Single(info.Scopes);
            Assert.Equal(IPAddress.Parse("ff3e:30:2001:db8::"), scope.ScopeId);
            Assert.Equal(IPAddress.Parse("ff3e:30:2001:db8::ffff:ffff"), scope.LastAddress);
        }

        [Fact]
        public void A2_MulticastDiscoveryAndAllocation_LeasesAGroupInTheStore()
        {
            // A.2: DISCOVER to the Local Scope's address, OFFER, multicast REQUEST naming the server, ACK.
            MadcapClient client = _server.Client();
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromHours(2) });

            Assert.Equal(new[] { MadcapMessageType.Offer, MadcapMessageType.Ack }, _server.Answers.Select(a => a.Type));
            MadcapMessage offer = _server.Answers[0];
            Assert.Equal(7200u, offer.LeaseTime);
            Assert.Equal(Video, offer.MulticastScope);
            Assert.Null(offer.AddressRanges);

            IPAddress group = lease.EnumerateAddresses().Single();
            Assert.StartsWith("239.192.", group.ToString());
            Assert.Equal(TimeSpan.FromHours(2), lease.LeaseTime);
            Assert.Equal(_server.EndPoint, lease.Server);

            MulticastAddressLease stored = Assert.Single(_server.Service.GetLeases());
            Assert.Equal(group, stored.AddressValue.ToIPAddress());
            Assert.Equal("video", stored.Pool);
            Assert.Equal("madcap:127.0.0.1", stored.Owner);
            Assert.Equal(lease.LeaseIdentifier.ToString(), stored.ClientId!.ToString());

            // §2.12: the store keeps the group [EXTRA-ALLOCATION-TIME] past the lease.
            Assert.Equal(Now.AddHours(3), stored.End.ToUniversalTime());
        }

        [Fact]
        public void A3_LeaseExtension_RenewsFromNow()
        {
            MadcapClient client = _server.Client();
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromHours(2) }, _server.EndPoint);
            _network.UtcNow += TimeSpan.FromHours(1);

            // A.3: "The time included in the Lease Time is two hours, since the client wants the lease to expire two hours from the current time."
            MadcapLease renewed = client.Renew(lease, TimeSpan.FromHours(2));

            Assert.Equal(lease.EnumerateAddresses(), renewed.EnumerateAddresses());
            Assert.Equal(Now.AddHours(2), renewed.End);
            MadcapMessage ack = _server.Answers.Last();
            Assert.Equal(7200u, ack.LeaseTime);
            Assert.Equal(Video, ack.MulticastScope);
            Assert.Equal(Now.AddHours(3), _server.Service.GetLeases().Single().End.ToUniversalTime());
            Assert.Equal(1, _server.Statistics.LeasesRenewed);
        }

        [Fact]
        public void A4_AddressRelease_FreesTheGroupInTheStore()
        {
            MadcapClient client = _server.Client();
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video), _server.EndPoint);

            client.Release(lease);

            MadcapMessage ack = _server.Answers.Last();
            Assert.Equal(MadcapMessageType.Ack, ack.Type);
            Assert.Null(ack.LeaseTime);
            Assert.Null(ack.AddressRanges);
            Assert.Empty(_server.Service.GetLeases(includeExpired: true));
            Assert.Equal(1, _server.Statistics.LeasesReleased);

            // Released once: a second RELEASE names no lease (§2.4, §3.17.4).
            var error = Assert.Throws<MadcapNakException>(() => client.Release(lease));
            Assert.Equal(MadcapErrorCode.LeaseIdentifierNotRecognized, error.ErrorCode);
        }

        [Fact]
        public void A5_UnicastAllocation_IsARequestAndAnAck()
        {
            MadcapClient client = _server.Client();
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromMinutes(30), AddressCount = new MadcapAddressCount(3, 3) }, _server.EndPoint);

            Assert.Equal(3, lease.EnumerateAddresses().Count());
            Assert.Equal(3, _server.Service.GetLeases().Count);
            Assert.Equal(new[] { MadcapMessageType.Ack }, _server.Answers.Select(a => a.Type));
            Assert.Equal(3, _server.Statistics.LeasesGranted);
        }

        [Fact]
        public void NoLeaseTime_GetsThePoolsDefault_AndALongerOneIsCutToTheServersMost()
        {
            MadcapClient client = _server.Client();
            Assert.Equal(TimeSpan.FromHours(1), client.RequestLease(new MadcapLeaseRequest(IPAddress.Parse("239.255.0.0")), _server.EndPoint).LeaseTime);
            Assert.Equal(TimeSpan.FromDays(7), client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromDays(30) }, _server.EndPoint).LeaseTime);

            // The store's shortest lease is a minute.
            Assert.Equal(TimeSpan.FromMinutes(1), client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromSeconds(10) }, _server.EndPoint).LeaseTime);
        }

        [Fact]
        public void ALaterStartTime_IsGrantedWithTheServersClock_AndTheLeaseIsScheduled()
        {
            MadcapClient client = _server.Client();
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromHours(1), StartTime = Now.AddHours(2) }, _server.EndPoint);

            MadcapMessage ack = _server.Answers.Last();
            Assert.Equal(MadcapTime.FromDateTime(Now.AddHours(2)), ack.StartTime);
            Assert.Equal(MadcapTime.FromDateTime(Now), ack.CurrentTime);
            Assert.Equal(Now.AddHours(2), lease.Start);
            Assert.Equal(LeaseState.Scheduled, _server.Service.GetLeases().Single().StateValue);
        }

        [Fact]
        public void TheMinimumLeaseTimeAndMaximumStartTime_AreKeptOrRefused()
        {
            MadcapClient client = _server.Client();

            // §3.15: the server cannot give 8 days (its most is 7).
            var error = Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video) { MinimumLeaseTime = TimeSpan.FromDays(8) }, _server.EndPoint));
            Assert.Equal(MadcapErrorCode.ValidRequestCouldNotBeCompleted, error.ErrorCode);
            Assert.Equal((ushort)MadcapOptionCode.MinimumLeaseTime, error.Error.ProblemOption);

            // §3.16: a start after the latest start accepted.
            error = Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video) { StartTime = Now.AddHours(2), MaximumStartTime = Now.AddHours(1) }, _server.EndPoint));
            Assert.Equal((ushort)MadcapOptionCode.MaximumStartTime, error.Error.ProblemOption);

            // A group is never held longer than the most from the request: a start 7 days ahead leaves nothing.
            error = Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video) { StartTime = Now.AddDays(7) }, _server.EndPoint));
            Assert.Equal((ushort)MadcapOptionCode.StartTime, error.Error.ProblemOption);

            // A start 6 days ahead leaves at most a day.
            Assert.Equal(TimeSpan.FromDays(1), client.RequestLease(new MadcapLeaseRequest(Video) { StartTime = Now.AddDays(6), LeaseTime = TimeSpan.FromDays(3) }, _server.EndPoint).LeaseTime);
            Assert.Single(_server.Service.GetLeases());
        }

        [Fact]
        public void AScopeNoPoolServes_IsRefusedNamingTheScopeOption()
        {
            var error = Assert.Throws<MadcapNakException>(() => _server.Client().RequestLease(new MadcapLeaseRequest(IPAddress.Parse("239.193.0.0")), _server.EndPoint));
            Assert.Equal((ushort)MadcapOptionCode.MulticastScope, error.Error.ProblemOption);
            Assert.Contains("127.0.0.2:2535", error.Message);
        }

        [Fact]
        public void ExactGroups_AreLeasedAllOrNone()
        {
            // §3.11: "used by the client when requesting a lease for a specific set of addresses".
            MadcapClient client = _server.Client();
            var wanted = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.7.1"), 3) };
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video) { RequestedAddresses = wanted, AddressCount = new MadcapAddressCount(3, 3) }, _server.EndPoint);
            Assert.Equal(new[] { "239.192.7.1", "239.192.7.2", "239.192.7.3" }, lease.EnumerateAddresses().Select(a => a.ToString()));
            Assert.Equal(wanted, _server.Answers.Last().AddressRanges);

            // One of them is taken: none is leased.
            var overlapping = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.7.3"), 2) };
            var error = Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video) { RequestedAddresses = overlapping, AddressCount = new MadcapAddressCount(2, 2) }, _server.EndPoint));
            Assert.Equal((ushort)MadcapOptionCode.ListOfAddressRanges, error.Error.ProblemOption);
            Assert.Equal(3, _server.Service.GetLeases().Count);

            // The relative /24 of an admin scope is never leased (RFC 2365 §9).
            var relative = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.255.1"), 1) };
            Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video) { RequestedAddresses = relative }, _server.EndPoint));
        }

        [Fact]
        public void CmdletLeasesAndServerLeases_ShareTheStore_AndNeverCollide()
        {
            MulticastAddressLease local = _server.Service.Request("video", "runbook", IPAddressValue.Parse("239.192.9.9")).Leases.Single();
            MadcapClient client = _server.Client();
            var error = Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video) { RequestedAddresses = new[] { new MadcapAddressRange(local.AddressValue.ToIPAddress(), 1) } }, _server.EndPoint));
            Assert.Equal(MadcapErrorCode.ValidRequestCouldNotBeCompleted, error.ErrorCode);

            // A cmdlet lease has no Lease Identifier, so no RELEASE can name it.
            Assert.Single(_server.Service.GetLeases(), l => l.Owner == "runbook");
        }

        [Fact]
        public void ALostAck_IsAnsweredFromTheCache_AndLeasesOnce()
        {
            _server.LoseAnswers = 1;
            MadcapLease lease = _server.Client().RequestLease(new MadcapLeaseRequest(Video), _server.EndPoint);

            Assert.Equal(2, _server.Answers.Count);
            Assert.Equal(_server.Answers[0].AddressRanges, _server.Answers[1].AddressRanges);
            Assert.Equal(lease.EnumerateAddresses().Single(), _server.Service.GetLeases().Single().AddressValue.ToIPAddress());
            Assert.Equal(1, _server.Statistics.CacheHits);
            Assert.Equal(1, _server.Statistics.LeasesGranted);
        }

        [Fact]
        public void ARetransmissionAfterTheCacheForgot_GetsTheSameLease_NotASecond()
        {
            // A server restarted between two transmissions of one REQUEST has no cache: the Lease Identifier still names one lease.
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 99)
            {
                LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 }),
                MulticastScope = Video,
                LeaseTime = 3600,
            };
            MadcapMessage first = _server.SendRaw(request.Encode())!;
            _network.UtcNow += TimeSpan.FromMinutes(2);
            MadcapMessage again = _server.SendRaw(request.Encode())!;

            Assert.Equal(MadcapMessageType.Ack, again.Type);
            Assert.Equal(first.AddressRanges, again.AddressRanges);
            Assert.Equal(3600u - 120u, again.LeaseTime);
            Assert.Single(_server.Service.GetLeases());
            Assert.Equal(0, _server.Statistics.CacheHits);

            // From another client, in a transaction of its own, the same Lease Identifier is refused: it names someone else's lease (§2.4).
            request.TransactionId = 100;
            MadcapMessage other = _server.SendRaw(request.Encode(), from: "127.0.0.9")!;
            Assert.Equal(MadcapMessageType.Nak, other.Type);
            Assert.Equal(MadcapErrorCode.InvalidRequest, other.Error!.Code);
            Assert.Equal((ushort)MadcapOptionCode.LeaseIdentifier, other.Error.ProblemOption);
        }

        [Fact]
        public void ALease_IsRenewedAndReleasedOnlyFromTheAddressThatLeasedIt()
        {
            MadcapLease lease = _server.Client("127.0.0.1").RequestLease(new MadcapLeaseRequest(Video), _server.EndPoint);
            MadcapClient intruder = _server.Client("127.0.0.5", seed: 9);

            var error = Assert.Throws<MadcapNakException>(() => intruder.Release(lease));
            Assert.Equal(MadcapErrorCode.InvalidRequest, error.ErrorCode);
            Assert.Throws<MadcapNakException>(() => intruder.Renew(lease));
            Assert.Single(_server.Service.GetLeases());
        }

        [Fact]
        public void RenewingAnUnknownOrEndedLease_IsLeaseIdentifierNotRecognized()
        {
            MadcapClient client = _server.Client();
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromMinutes(10) }, _server.EndPoint);

            // Past the lease and its extra hour, the lease is over.
            _network.UtcNow += TimeSpan.FromMinutes(71);
            var error = Assert.Throws<MadcapNakException>(() => client.Renew(lease));
            Assert.Equal(MadcapErrorCode.LeaseIdentifierNotRecognized, error.ErrorCode);
        }

        [Fact]
        public void ExcessiveClockSkew_IsRefusedWithTheServersTime()
        {
            var skewed = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: () => _network.UtcNow.AddHours(1), random: new Random(5));
            var error = Assert.Throws<MadcapNakException>(() => skewed.RequestLease(new MadcapLeaseRequest(Video) { StartTime = _network.UtcNow.AddHours(2) }, _server.EndPoint));
            Assert.Equal(MadcapErrorCode.ExcessiveClockSkew, error.ErrorCode);
            Assert.Equal(MadcapTime.FromDateTime(_network.UtcNow), error.Error.ServerTime);
            Assert.Empty(_server.Service.GetLeases());
            Assert.Equal(1, _server.Statistics.NakClockSkew);
        }

        [Fact]
        public void ARequiredFeature_IsRefused_AsNoneIsImplemented()
        {
            var error = Assert.Throws<MadcapNakException>(() => _server.Client().RequestLease(new MadcapLeaseRequest(Video) { Features = new MadcapFeatureList(required: new ushort[] { 0 }) }, _server.EndPoint));
            Assert.Equal(MadcapErrorCode.RequiredFeatureNotSupported, error.ErrorCode);
            Assert.Equal(new ushort[] { 0 }, error.Error.UnsupportedFeatures);
        }

        [Fact]
        public void ARequestedFeature_IsSkipped_AndTheAnswerSaysSo()
        {
            // §3.13: the answer lists what the server supports (nothing) and implemented (nothing), and requests nothing.
            MadcapLease lease = _server.Client().RequestLease(new MadcapLeaseRequest(Video) { Features = new MadcapFeatureList(requested: new ushort[] { 2 }) }, _server.EndPoint);
            Assert.Empty(lease.Features!.Required);
            Assert.Empty(lease.Features.Supported);
        }

        [Fact]
        public void AMulticastRequestForAnotherServer_IsNotAnswered()
        {
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 5)
            {
                LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 9, 9 }),
                MulticastScope = Video,
                ServerIdentifier = new MadcapServerIdentifier(IPAddress.Parse("127.0.0.77")),
            };
            Assert.Null(_server.SendRaw(request.Encode(), to: new IPEndPoint(IPAddress.Parse(LocalScopeGroup), MadcapConstants.ServerPort)));
            Assert.Equal(1, _server.Statistics.IgnoredAnotherServerChosen);
            Assert.Empty(_server.Service.GetLeases());
        }

        [Fact]
        public void ThePoolsAreReadAgain_WhileTheServerRuns()
        {
            MadcapClient client = _server.Client();
            Assert.Equal(3, client.GetInfo(_server.EndPoint).Single().Scopes.Count);
            _server.Pool("late", "239.193.0.0/16");
            _network.UtcNow += TimeSpan.FromSeconds(6);
            Assert.Equal(4, client.GetInfo(_server.EndPoint).Single().Scopes.Count);
            Assert.Contains(_server.Engine.Groups, g => g.ToString() == "239.193.255.254");
            Assert.Contains(_server.Events, e => e.Level == MadcapServerEventLevel.Information && e.Message.Contains("late"));
        }
    }
}
