using System;
using System.Net;
using Multicast.Madcap;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// RFC 2730 §3.13: "If a MADCAP server does respond to a client's message that includes a Feature List option, the
    /// server MUST include a Feature List option with ... a required features list that lists the features that it
    /// implemented"; §2.1.5: a client ignores an answer that does not conform. A feature the client required is one the
    /// server "MUST implement", so an ACK or OFFER whose required list leaves it out did not do what was asked.
    /// </summary>
    public class MadcapFeatureReplyTests
    {
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");
        private static readonly ushort[] ServerMobility = { (ushort)MadcapFeature.ServerMobility };
        private readonly MemoryNetwork _network = new MemoryNetwork();
        private readonly MadcapClient _client;
        private readonly ScriptedMadcapServer _server;

        public MadcapFeatureReplyTests()
        {
            _client = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(11));
            _server = new ScriptedMadcapServer(_network, "127.0.0.2");
        }

        private MadcapLeaseRequest RequiringServerMobility() =>
            new MadcapLeaseRequest(Scope) { Features = new MadcapFeatureList(required: ServerMobility) };

        private MadcapMessage Ack(MadcapMessage request, MadcapFeatureList? features)
        {
            MadcapMessage ack = _server.Grant(request, MadcapMessageType.Ack, 60, Scope, new MadcapAddressRange(IPAddress.Parse("239.192.0.5"), 1));
            ack.FeatureList = features;
            return ack;
        }

        [Fact]
        public void AnAckWithoutAFeatureList_ToARequestWithOne_IsIgnored()
        {
            _server.Script = (request, _) => new[] { Ack(request, null) };
            Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(RequiringServerMobility(), _server.EndPoint));
        }

        [Fact]
        public void AnAckThatDidNotImplementARequiredFeature_IsIgnored()
        {
            _server.Script = (request, _) => new[] { Ack(request, new MadcapFeatureList(supported: ServerMobility)) };
            Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(RequiringServerMobility(), _server.EndPoint));
        }

        [Fact]
        public void AnAckThatImplementedEveryRequiredFeature_IsTaken()
        {
            _server.Script = (request, _) => new[]
            {
                Ack(request, new MadcapFeatureList(supported: ServerMobility)),
                Ack(request, new MadcapFeatureList(supported: ServerMobility, required: ServerMobility)),
            };

            MadcapLease lease = _client.RequestLease(RequiringServerMobility(), _server.EndPoint);

            Assert.Equal(ServerMobility, lease.Features!.Required);
        }

        [Fact]
        public void ARequestWithoutAFeatureList_TakesAnAckWithoutOne()
        {
            _server.Script = (request, _) => new[] { Ack(request, null) };
            Assert.Null(_client.RequestLease(new MadcapLeaseRequest(Scope), _server.EndPoint).Features);
        }

        [Fact]
        public void ANakWithoutAFeatureList_ToARequestWithOne_IsIgnored()
        {
            _server.Script = (request, _) => new[] { _server.Nak(request, MadcapErrorOption.RequiredFeatureNotSupported(ServerMobility)) };
            Assert.Throws<MadcapNoResponseException>(() => _client.RequestLease(RequiringServerMobility(), _server.EndPoint));
        }

        [Fact]
        public void ANakRefusingTheRequiredFeature_IsTaken_WithAnEmptyRequiredList()
        {
            // A refusal implemented nothing: its required list is empty, but the list must be there (§3.13).
            _server.Script = (request, _) =>
            {
                MadcapMessage nak = _server.Nak(request, MadcapErrorOption.RequiredFeatureNotSupported(ServerMobility));
                nak.FeatureList = new MadcapFeatureList();
                return new[] { nak };
            };

            var error = Assert.Throws<MadcapNakException>(() => _client.RequestLease(RequiringServerMobility(), _server.EndPoint));

            Assert.Equal(MadcapErrorCode.RequiredFeatureNotSupported, error.ErrorCode);
        }
    }
}
