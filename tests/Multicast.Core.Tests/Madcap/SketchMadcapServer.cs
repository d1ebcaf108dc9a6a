using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Madcap;
using Multicast.Networking;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// The shape a server engine takes on Core's pieces, with a toy dictionary where the lease store will be: decode,
    /// then the response cache, then <see cref="MadcapRequestRules"/>, then the "store", then the cache again. Test code
    /// only: it shows the pieces compose, and that the cache is what stops a retransmission from allocating twice.
    /// </summary>
    internal sealed class SketchMadcapServer
    {
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");
        private readonly MemoryNetwork _network;
        private readonly MadcapResponseCache _cache;
        private readonly MadcapServerPolicy _policy;
        private readonly Dictionary<MadcapLeaseIdentifier, byte> _leases = new Dictionary<MadcapLeaseIdentifier, byte>();
        private byte _nextHost = 1;

        public SketchMadcapServer(MemoryNetwork network, string address, TimeSpan cacheInterval)
        {
            _network = network;
            _cache = new MadcapResponseCache(network.Clock, cacheInterval);
            _policy = new MadcapServerPolicy(new MadcapServerIdentifier(IPAddress.Parse(address)));
            MemoryTransport transport = network.Serve(address, MadcapConstants.ServerPort, (datagram, t) =>
            {
                Requests++;
                byte[]? answer = Handle(datagram);
                if (answer != null && LoseAnswers-- <= 0)
                {
                    t.Send(answer, 0, answer.Length, datagram.Source);
                }
            });
            EndPoint = transport.LocalEndPoint;
        }

        public IPEndPoint EndPoint { get; }

        public int Requests { get; private set; }

        public int Allocations { get; private set; }

        /// <summary>Answers computed but lost on the way back.</summary>
        public int LoseAnswers { get; set; }

        public byte[]? Handle(ReceivedDatagram datagram)
        {
            if (!MadcapMessage.TryDecode(datagram.Data, out MadcapMessage? request, out MadcapDecodeError error))
            {
                MadcapVerdict refused = MadcapRequestRules.CheckUndecodable(error, datagram.Destination, _policy);
                return refused.Kind == MadcapVerdictKind.Nak ? MadcapResponses.Nak(error, _policy, refused.Error!).Encode() : null;
            }

            if (!MadcapCacheKey.TryCreate(request!, out MadcapCacheKey key))
            {
                return null;
            }

            if (_cache.TryGetResponse(key, out byte[]? cached))
            {
                return cached;
            }

            if (!_cache.HasRoom())
            {
                return null;
            }

            MadcapVerdict verdict = MadcapRequestRules.Check(request!, datagram.Destination, _policy, _network.UtcNow);
            byte[]? answer = verdict.Kind switch
            {
                MadcapVerdictKind.Nak => MadcapResponses.Nak(request!, _policy, verdict.Error!).Encode(),
                MadcapVerdictKind.Process => Serve(request!)?.Encode(),
                _ => null,
            };
            _cache.TryAdd(key, answer);
            return answer;
        }

        private MadcapMessage? Serve(MadcapMessage request)
        {
            switch (request.Type)
            {
                case MadcapMessageType.Request:
                {
                    if (!request.MulticastScope!.Equals(Scope))
                    {
                        return MadcapResponses.Nak(request, _policy, MadcapErrorOption.ValidRequestCouldNotBeCompleted((ushort)MadcapOptionCode.MulticastScope));
                    }

                    Allocations++;
                    byte host = _nextHost++;
                    _leases[request.LeaseIdentifier!] = host;
                    MadcapMessage ack = MadcapResponses.Ack(request, _policy);
                    MadcapLeaseTimeRules.TryChooseLeaseTime(request.LeaseTime, request.MinimumLeaseTime, 3600, out uint granted);
                    ack.LeaseTime = granted;
                    ack.MulticastScope = Scope;
                    ack.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.0." + host), 1) };
                    return ack;
                }

                case MadcapMessageType.Release:
                    return _leases.Remove(request.LeaseIdentifier!)
                        ? MadcapResponses.Ack(request, _policy)
                        : MadcapResponses.Nak(request, _policy, MadcapErrorOption.LeaseIdentifierNotRecognized());

                default:
                    return null;
            }
        }
    }
}
