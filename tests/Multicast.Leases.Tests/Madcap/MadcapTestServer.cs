using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Leases.Madcap;
using Multicast.Leases.Storage;
using Multicast.Madcap;
using Multicast.Networking;
using Multicast.Tests.Networking;

namespace Multicast.Leases.Tests.Madcap
{
    /// <summary>
    /// A <see cref="MadcapServerEngine"/> on a <see cref="MemoryNetwork"/>: every datagram sent to its address (or to a
    /// group it joined) is handled in the sender's thread, and the answer goes back at once. The store, the engine and
    /// the network share the network's clock, so nothing waits for real time.
    /// </summary>
    internal sealed class MadcapTestServer
    {
        public MadcapTestServer(MemoryNetwork network, ILeaseStore? store = null, MadcapServerOptions? options = null, string address = "127.0.0.2", int port = MadcapConstants.ServerPort, int seed = 1)
        {
            Network = network;
            Store = store ?? new MemoryLeaseStore();
            Service = new LeaseService(Store, new Random(seed), network.Clock);
            Options = options ?? new MadcapServerOptions();
            Address = IPAddress.Parse(address);
            Transport = network.Serve(address, port, Handle);
            EndPoint = Transport.LocalEndPoint;
        }

        public MemoryNetwork Network { get; }

        public ILeaseStore Store { get; }

        public LeaseService Service { get; }

        public MadcapServerOptions Options { get; }

        public IPAddress Address { get; }

        public IPEndPoint EndPoint { get; }

        public MemoryTransport Transport { get; }

        /// <summary>Made at the first datagram, so a test can make pools first.</summary>
        public MadcapServerEngine Engine => _engine ??= Start();

        public List<MadcapServerEvent> Events { get; } = new List<MadcapServerEvent>();

        /// <summary>Every answer sent, in order.</summary>
        public List<MadcapMessage> Answers { get; } = new List<MadcapMessage>();

        /// <summary>Answers to lose on the way back (computed and cached, never delivered).</summary>
        public int LoseAnswers { get; set; }

        private MadcapServerEngine? _engine;

        public MulticastAddressPool Pool(string name, string prefix, TimeSpan? defaultDuration = null) =>
            Service.CreatePool(MulticastAddressPool.Create(name, IPPrefix.Parse(prefix), defaultDuration: defaultDuration ?? TimeSpan.FromHours(8)));

        /// <summary>Joins the groups the engine listens on, as the socket host does.</summary>
        public void JoinGroups()
        {
            foreach (IPAddress group in Engine.Groups)
            {
                Transport.JoinGroup(group);
            }
        }

        public MadcapClient Client(string address = "127.0.0.1", int seed = 7) =>
            new MadcapClient(Network.Bind(address), utcNow: Network.Clock, random: new Random(seed));

        public MadcapServerStatistics Statistics => Engine.Statistics;

        /// <summary>Sends raw octets from <paramref name="from"/> and returns the answer, if any.</summary>
        public MadcapMessage? SendRaw(byte[] octets, string from = "127.0.0.1", IPEndPoint? to = null)
        {
            MemoryTransport client = Network.Bind(from);
            int before = Answers.Count;
            client.Send(octets, 0, octets.Length, to ?? EndPoint);
            return Answers.Count > before ? Answers[Answers.Count - 1] : null;
        }

        private MadcapServerEngine Start()
        {
            var engine = new MadcapServerEngine(Service, Options, new MadcapServerIdentity(new[] { Address }), Network.Clock)
            {
                LogsExchanges = true,
                Log = Events.Add,
            };
            return engine;
        }

        private void Handle(ReceivedDatagram datagram, MemoryTransport transport)
        {
            MadcapServerReply? reply = Engine.Handle(datagram, transport.LocalEndPoint);
            if (reply is null)
            {
                return;
            }

            Assert.True(MadcapMessage.TryDecode(reply.Data, out MadcapMessage? answer, out MadcapDecodeError error), "The server sent a message it cannot read back: " + error);
            Answers.Add(answer!);
            Assert.Equal(datagram.Source, reply.Destination);
            if (LoseAnswers > 0)
            {
                LoseAnswers--;
                return;
            }

            transport.Send(reply.Data, 0, reply.Data.Length, reply.Destination);
        }
    }
}
