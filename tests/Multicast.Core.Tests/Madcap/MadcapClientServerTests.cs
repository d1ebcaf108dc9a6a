using System;
using System.Linq;
using System.Net;
using Multicast.Madcap;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>The client against <see cref="SketchMadcapServer"/>: the pieces a server engine will use, end to end.</summary>
    public class MadcapClientServerTests
    {
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");
        private readonly MemoryNetwork _network = new MemoryNetwork();

        [Fact]
        public void ALostAck_IsResentFromTheCache_AndAllocatesOnce()
        {
            // RFC 2730 §2.1.4: "This avoids retransmissions causing multiple allocations, since requests are not idempotent."
            var server = new SketchMadcapServer(_network, "127.0.0.2", MadcapConstants.ResponseCacheInterval) { LoseAnswers = 1 };
            var client = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(3));

            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromHours(2) }, server.EndPoint);

            Assert.Equal(2, server.Requests);
            Assert.Equal(1, server.Allocations);
            Assert.Equal("239.192.0.1", lease.EnumerateAddresses().Single().ToString());
            Assert.Equal(TimeSpan.FromHours(1), lease.LeaseTime);
        }

        [Fact]
        public void ARetransmissionFromANewSourcePort_IsStillARetransmission()
        {
            // RFC 2730 §2.1.4 keys the cache on xid, msgtype and Lease Identifier only: a NAT that rebinds the client's port
            // between two transmissions of one REQUEST must not make the server allocate twice.
            var server = new SketchMadcapServer(_network, "127.0.0.2", MadcapConstants.ResponseCacheInterval) { LoseAnswers = 1 };
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 42)
            {
                LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 7, 7, 7 }),
                MulticastScope = Scope,
            };
            byte[] octets = request.Encode();
            MemoryTransport before = _network.Bind("127.0.0.1");
            MemoryTransport after = _network.Bind("127.0.0.1");

            before.Send(octets, 0, octets.Length, server.EndPoint);
            after.Send(octets, 0, octets.Length, server.EndPoint);

            Assert.Equal(2, server.Requests);
            Assert.Equal(1, server.Allocations);
            Assert.Empty(before.Queue);
            Assert.True(MadcapMessage.TryDecode(Assert.Single(after.Queue).Data, out MadcapMessage? ack, out _));
            Assert.Equal(MadcapMessageType.Ack, ack!.Type);
        }

        [Fact]
        public void WithoutTheCache_TheSameLossAllocatesTwice()
        {
            // The control for the test above: an interval of zero remembers nothing.
            var server = new SketchMadcapServer(_network, "127.0.0.2", TimeSpan.Zero) { LoseAnswers = 1 };
            var client = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(3));

            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            Assert.Equal(2, server.Allocations);
            Assert.Equal("239.192.0.2", lease.EnumerateAddresses().Single().ToString());
        }

        [Fact]
        public void LeaseAndRelease_ThenReleaseAgainIsNotRecognized()
        {
            var server = new SketchMadcapServer(_network, "127.0.0.2", MadcapConstants.ResponseCacheInterval);
            var client = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(3));
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Scope), server.EndPoint);

            client.Release(lease);
            var error = Assert.Throws<MadcapNakException>(() => client.Release(lease));

            Assert.Equal(MadcapErrorCode.LeaseIdentifierNotRecognized, error.ErrorCode);
        }

        [Fact]
        public void AnUnknownScope_IsRefusedByTheStore_AndAClockFarOff_ByTheRules()
        {
            var server = new SketchMadcapServer(_network, "127.0.0.2", MadcapConstants.ResponseCacheInterval);
            var client = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(3));
            Assert.Equal(MadcapErrorCode.ValidRequestCouldNotBeCompleted, Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(IPAddress.Parse("239.255.0.0")), server.EndPoint)).ErrorCode);

            var skewed = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: () => _network.UtcNow.AddHours(1), random: new Random(4));
            var error = Assert.Throws<MadcapNakException>(() => skewed.RequestLease(new MadcapLeaseRequest(Scope) { StartTime = _network.UtcNow.AddHours(2) }, server.EndPoint));
            Assert.Equal(MadcapErrorCode.ExcessiveClockSkew, error.ErrorCode);
            Assert.Equal(0, server.Allocations);
        }
    }
}
