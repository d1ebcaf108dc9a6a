using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Multicast.Leases.Madcap;
using Multicast.Madcap;
using Multicast.Networking;
using Multicast.Tests.Madcap;
using Multicast.Tests.Networking;

namespace Multicast.Leases.Tests.Madcap
{
    /// <summary>
    /// Bad and hostile datagrams: what RFC 2730 says to ignore is ignored and counted, what it says to refuse gets a NAK,
    /// and nothing a client sends crashes the server, leases outside a pool, takes more than a client's share, or loses a
    /// lease someone else holds.
    /// </summary>
    public sealed class MadcapServerHostileInputTests
    {
        private const string LeaseId = "0003 0004 | 00 0A 0B 0C |";
        private const string Scope = "0004 0004 | EF C0 00 00 |";
        private const string End = "0000 0000";
        private static readonly IPAddress Video = IPAddress.Parse("239.192.0.0");
        private readonly MemoryNetwork _network = new MemoryNetwork();
        private readonly MadcapTestServer _server;

        public MadcapServerHostileInputTests()
        {
            _server = new MadcapTestServer(_network, options: new MadcapServerOptions { BroadcastAddresses = new[] { IPAddressValue.Parse("127.255.255.255") } });
            _server.Pool("video", "239.192.0.0/16");
            _server.JoinGroups();
        }

        private MadcapServerStatistics Stats => _server.Statistics;

        [Theory]
        [InlineData("")]
        [InlineData("00")]
        [InlineData("00 03 0001 00000001 0000")]
        public void FewerThan12Octets_AreIgnoredAndCounted(string octets)
        {
            // RFC 2730 §2.1: "Any message whose UDP data is too short to hold this format (at least 12 bytes) MUST be ignored."
            Assert.Null(_server.SendRaw(Hex.Parse(octets)));
            Assert.Equal(1, Stats.IgnoredTooShort);
            Assert.Equal(1, Stats.Received);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(255)]
        public void AVersionOtherThan0_IsIgnoredAndCounted(int version)
        {
            // §2.1.1: "Any messages that include other values in this field MUST be ignored."
            Assert.Null(_server.SendRaw(Hex.Parse(version.ToString("X2") + " 03 0001 00000001 |" + LeaseId + Scope + End)));
            Assert.Equal(1, Stats.IgnoredWrongVersion);
        }

        [Theory]
        [InlineData("00 03 0001 00000001 |" + LeaseId + Scope)]
        [InlineData("00 03 0001 00000001 |" + LeaseId + Scope + "0001 0004 0000")]
        [InlineData("00 03 0001 00000001 |" + LeaseId + Scope + End + "| 00")]
        [InlineData("00 03 0001 00000001 |" + LeaseId + Scope + "0000 0001 00")]
        public void OptionsThatDoNotFrame_NoEndOptionAmongThem_AreIgnoredAndCounted(string octets)
        {
            // §2.1.5: "The option field MUST contain a sequence of options with the last one being the End option ... Any
            // message whose options field does not conform to this syntax MUST be ignored."
            Assert.Null(_server.SendRaw(Hex.Parse(octets)));
            Assert.Equal(1, Stats.IgnoredUnframed);
            Assert.Empty(_server.Service.GetLeases());
        }

        [Fact]
        public void ADuplicatedOption_IsInvalidRequestNamingIt()
        {
            // §2.1.5: a client "MUST NOT include more than one option with the same option type"; a server that receives a
            // message not conforming "MUST" generate Invalid Request (§2.1.5, §2.6): the NAK names the option, nothing is leased.
            MadcapMessage? nak = _server.SendRaw(Hex.Parse("00 03 0001 00000001 |" + LeaseId + Scope + "0001 0004 00000E10 | 0001 0004 00000E10 |" + End));
            Assert.Equal(MadcapMessageType.Nak, nak!.Type);
            Assert.Equal(MadcapErrorCode.InvalidRequest, nak.Error!.Code);
            Assert.Equal((ushort)1, nak.Error.ProblemOption);
            Assert.Equal(1, Stats.NakInvalidRequest);
            Assert.Empty(_server.Service.GetLeases());
        }

        [Fact]
        public void ADuplicatedLeaseIdentifier_LeavesNothingToAnswer_AndIsIgnored()
        {
            Assert.Null(_server.SendRaw(Hex.Parse("00 03 0001 00000001 |" + LeaseId + "0003 0002 0001 |" + Scope + End)));
            Assert.Equal(1, Stats.IgnoredByRule);
        }

        [Fact]
        public void ADuplicatedOptionInAMulticastRequest_IsIgnored_SinceItMayHaveChosenAnotherServer()
        {
            var group = new IPEndPoint(IPAddress.Parse("239.255.255.254"), MadcapConstants.ServerPort);
            Assert.Null(_server.SendRaw(Hex.Parse("00 03 0001 00000001 |" + LeaseId + Scope + "0001 0004 00000E10 | 0001 0004 00000E10 |" + End), to: group));
            Assert.Equal(1, Stats.IgnoredByRule);
        }

        [Theory]
        [InlineData(2)]
        [InlineData(5)]
        [InlineData(6)]
        public void ServerMessages_AreIgnored_SoNoNakLoopStarts(int type)
        {
            // §2.6: "If the message is a NAK ... the server SHOULD ignore the message. This avoids NAK loops."
            Assert.Null(_server.SendRaw(Hex.Parse("00 " + type.ToString("X2") + " 0001 00000001 |" + LeaseId + "0002 0006 0001 7F000063 | 0010 0004 0001 FFFF |" + End)));
            Assert.Equal(1, Stats.IgnoredByRule);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(9)]
        [InlineData(200)]
        public void AnUnknownMessageType_IsInvalidRequest(int type)
        {
            // §2.2: "an Invalid Request error MUST be generated".
            MadcapMessage? nak = _server.SendRaw(Hex.Parse("00 " + type.ToString("X2") + " 0001 00000001 |" + LeaseId + End));
            Assert.Equal(MadcapErrorCode.InvalidRequest, nak!.Error!.Code);
            Assert.Equal(MadcapErrorOption.NoSpecificOption, nak.Error.ProblemOption);
        }

        [Fact]
        public void ARequestWithoutALeaseIdentifier_IsIgnored()
        {
            Assert.Null(_server.SendRaw(Hex.Parse("00 03 0001 00000001 |" + Scope + End)));
            Assert.Equal(1, Stats.IgnoredByRule);
        }

        [Fact]
        public void UnknownOptions_AreIgnored_AndTheRestServed()
        {
            // §2.1.5: "Any unrecognized options MUST be ignored and the rest of the message processed as if the unknown options were not present."
            MadcapMessage? ack = _server.SendRaw(Hex.Parse("00 03 0001 00000001 | 0012 0003 010203 |" + LeaseId + "FFFF 0000 |" + Scope + "0400 0001 00 |" + End));
            Assert.Equal(MadcapMessageType.Ack, ack!.Type);
            Assert.Single(_server.Service.GetLeases());
        }

        [Theory]
        [InlineData("192.0.2.1")]
        [InlineData("10.0.0.1")]
        [InlineData("2001:db8::1")]
        public void ClientsOutsideTheClientNetworks_AreIgnored(string source)
        {
            var request = new MadcapMessage(MadcapMessageType.Request, source.Contains(":") ? MadcapAddressFamily.IPv6 : MadcapAddressFamily.IPv4, 1)
            {
                LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 1 }),
                MulticastScope = source.Contains(":") ? IPAddress.Parse("ff15::") : Video,
            };
            Assert.Null(_server.SendRaw(request.Encode(), from: source));
            Assert.Equal(1, Stats.IgnoredNotClientNetwork);
        }

        [Theory]
        [InlineData("239.1.1.1", 5000)]
        [InlineData("255.255.255.255", 5000)]
        [InlineData("127.255.255.255", 5000)]
        [InlineData("0.0.0.0", 5000)]
        [InlineData("127.0.0.1", 0)]
        public void ASourceNoAnswerCanGoTo_IsIgnored(string address, int port)
        {
            // Answers are unicast to the request's source (§2.2.5, §2.2.6): never to a group or a broadcast address.
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 1 }), MulticastScope = Video };
            MadcapServerReply? reply = _server.Engine.Handle(new ReceivedDatagram(request.Encode(), new IPEndPoint(IPAddress.Parse(address), port), _server.Address), _server.EndPoint);
            Assert.Null(reply);
            Assert.Equal(1, Stats.IgnoredUnanswerableSource);
            Assert.Empty(_server.Service.GetLeases());
        }

        [Fact]
        public void AClientNeverHoldsMoreThanItsShare()
        {
            var server = new MadcapTestServer(_network, options: new MadcapServerOptions { MaximumLeasesPerClient = 10 }, address: "127.0.0.3");
            server.Pool("video", "239.192.0.0/16");
            MadcapClient client = server.Client();

            // Asking for as many as the field holds gets the client's share, no more.
            MadcapLease greedy = client.RequestLease(new MadcapLeaseRequest(Video) { AddressCount = new MadcapAddressCount(1, ushort.MaxValue) }, server.EndPoint);
            Assert.Equal(10, greedy.EnumerateAddresses().Count());

            var error = Assert.Throws<MadcapNakException>(() => client.RequestLease(new MadcapLeaseRequest(Video), server.EndPoint));
            Assert.Equal(MadcapErrorCode.ValidRequestCouldNotBeCompleted, error.ErrorCode);

            // Another client has its own share.
            Assert.Single(server.Client("127.0.0.4", 3).RequestLease(new MadcapLeaseRequest(Video), server.EndPoint).EnumerateAddresses());

            // Released groups count no more; so do groups released through the store, found when the limit is reached.
            client.Release(greedy);
            MadcapLease again = client.RequestLease(new MadcapLeaseRequest(Video) { AddressCount = new MadcapAddressCount(10, 10) }, server.EndPoint);
            foreach (MulticastAddressLease lease in server.Service.GetLeases().Where(l => l.Owner == "madcap:127.0.0.1"))
            {
                server.Service.Release(lease.AddressValue);
            }

            Assert.Equal(10, client.RequestLease(new MadcapLeaseRequest(Video) { AddressCount = new MadcapAddressCount(10, 10) }, server.EndPoint).EnumerateAddresses().Count());
            Assert.NotNull(again);
        }

        [Fact]
        public void ALeaseIdentifierLongerThanTheStoreKeeps_IsRefused()
        {
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = new MadcapLeaseIdentifier(new byte[256]), MulticastScope = Video };
            MadcapMessage? nak = _server.SendRaw(request.Encode());
            Assert.Equal(MadcapErrorCode.ValidRequestCouldNotBeCompleted, nak!.Error!.Code);
            Assert.Equal((ushort)MadcapOptionCode.LeaseIdentifier, nak.Error.ProblemOption);
        }

        [Fact]
        public void AHugeListOfAddressRanges_IsRefusedWithoutExpandingIt()
        {
            var ranges = Enumerable.Range(0, 100).Select(i => new MadcapAddressRange(IPAddress.Parse("239.192." + i + ".0"), ushort.MaxValue)).ToArray();
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = new MadcapLeaseIdentifier(new byte[] { 0, 5 }), MulticastScope = Video, AddressRanges = ranges };
            MadcapMessage? nak = _server.SendRaw(request.Encode());
            Assert.Equal((ushort)MadcapOptionCode.ListOfAddressRanges, nak!.Error!.ProblemOption);
            Assert.Empty(_server.Service.GetLeases());
        }

        [Fact]
        public void FortyThousandMutatedDatagrams_NeverCrashTheServer_LeaseOutsideAPool_OrLoseAnotherClientsLease()
        {
            // A real client's lease, then a storm of mutated requests from another address of the client network.
            MadcapLease kept = _server.Client("127.0.0.1").RequestLease(new MadcapLeaseRequest(Video) { LeaseTime = TimeSpan.FromDays(1) }, _server.EndPoint);
            IPAddress keptGroup = kept.EnumerateAddresses().Single();
            var random = new Random(2730);
            List<byte[]> seeds = Seeds(kept.LeaseIdentifier);
            MemoryTransport attacker = _network.Bind("127.0.0.66");
            var group = new IPEndPoint(IPAddress.Parse("239.255.255.254"), MadcapConstants.ServerPort);
            for (int i = 0; i < 40000; i++)
            {
                byte[] datagram = Mutate(seeds[random.Next(seeds.Count)], random);
                attacker.Send(datagram, 0, datagram.Length, random.Next(4) == 0 ? group : _server.EndPoint);
                if (i % 5000 == 0)
                {
                    _network.UtcNow += TimeSpan.FromMinutes(1);
                }
            }

            MadcapServerStatistics stats = Stats;
            Assert.Equal(0, stats.Errors);
            Assert.Equal(stats.Received, stats.Acks + stats.Offers + stats.Naks + stats.Ignored + stats.CacheHits);
            Assert.True(stats.Acks > 100, "the mutations should reach the store: " + stats);
            Assert.True(stats.IgnoredTooShort + stats.IgnoredUnframed + stats.IgnoredWrongVersion > 1000, stats.ToString());

            var leases = _server.Service.GetLeases(includeExpired: true);
            Assert.All(leases, l => Assert.StartsWith("239.192.", l.Address.ToString()));
            Assert.All(leases, l => Assert.DoesNotMatch(@"^239\.192\.255\.", l.Address.ToString()));
            Assert.Equal(leases.Count, leases.Select(l => l.Address).Distinct().Count());
            Assert.True(leases.Count(l => l.Owner == "madcap:127.0.0.66") <= _server.Options.MaximumLeasesPerClient);
            MulticastAddressLease survivor = Assert.Single(leases, l => l.Owner == "madcap:127.0.0.1");
            Assert.Equal(keptGroup, survivor.AddressValue.ToIPAddress());
        }

        /// <summary>Well-formed requests of every type, one naming the lease the attacker wants to take away.</summary>
        private static List<byte[]> Seeds(MadcapLeaseIdentifier victim)
        {
            var lease = new MadcapLeaseIdentifier(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 });
            return new List<MadcapMessage>
            {
                new MadcapMessage(MadcapMessageType.GetInfo, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = lease, OptionRequestList = new ushort[] { 9, 17, 11, 12 }, RequestedLanguage = "en" },
                new MadcapMessage(MadcapMessageType.Discover, MadcapAddressFamily.IPv4, 2) { LeaseIdentifier = lease, MulticastScope = Video, LeaseTime = 600, NumberOfAddressesRequested = new MadcapAddressCount(1, 4) },
                new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 3) { LeaseIdentifier = lease, MulticastScope = Video, LeaseTime = 600, NumberOfAddressesRequested = new MadcapAddressCount(1, 3) },
                new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 4) { LeaseIdentifier = lease, MulticastScope = Video, AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.1.1"), 2) } },
                new MadcapMessage(MadcapMessageType.Renew, MadcapAddressFamily.IPv4, 5) { LeaseIdentifier = victim, LeaseTime = 60 },
                new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 6) { LeaseIdentifier = victim },
                new MadcapMessage(MadcapMessageType.Release, MadcapAddressFamily.IPv4, 7) { LeaseIdentifier = lease },
            }.Select(m => m.Encode()).ToList();
        }

        /// <summary>Flips, inserts, deletes or overwrites octets; truncates; changes the xid and Lease Identifier's last octet so requests are new.</summary>
        private static byte[] Mutate(byte[] seed, Random random)
        {
            var data = new List<byte>(seed);
            data[4] = (byte)random.Next(256);
            data[7] = (byte)random.Next(256);
            int edits = random.Next(0, 4);
            for (int e = 0; e < edits && data.Count > 0; e++)
            {
                int at = random.Next(data.Count);
                switch (random.Next(5))
                {
                    case 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                    case 1: data[at] = (byte)random.Next(256); break;
                    case 2: data.Insert(at, (byte)random.Next(256)); break;
                    case 3: data.RemoveAt(at); break;
                    default: data.RemoveRange(at, data.Count - at); break;
                }
            }

            return data.ToArray();
        }
    }
}
