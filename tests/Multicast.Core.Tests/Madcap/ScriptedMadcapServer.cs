using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Madcap;
using Multicast.Networking;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// A MADCAP server in a <see cref="MemoryNetwork"/> that answers from a script, not from a lease store: each
    /// request it can decode is recorded with the test clock's time and handed to <see cref="Script"/>, whose
    /// messages go back to the sender's address and port. Replies are built by hand here, so that the client is
    /// tested against octets it did not choose. <see cref="Drop"/> loses that many requests first.
    /// </summary>
    internal sealed class ScriptedMadcapServer
    {
        private readonly MemoryNetwork _network;

        public ScriptedMadcapServer(MemoryNetwork network, string address, params string[] groups)
            : this(network, address, MadcapConstants.ServerPort, groups)
        {
        }

        /// <summary>A server on another port than MADCAP's.</summary>
        public ScriptedMadcapServer(MemoryNetwork network, string address, int port, params string[] groups)
        {
            _network = network;
            Address = IPAddress.Parse(address);
            Port = port;
            Transport = network.Serve(address, port, Handle);
            foreach (string group in groups)
            {
                Transport.JoinGroup(IPAddress.Parse(group));
            }
        }

        public IPAddress Address { get; }

        public int Port { get; }

        public IPEndPoint EndPoint => new IPEndPoint(Address, Port);

        public MemoryTransport Transport { get; }

        public MadcapServerIdentifier Identifier => new MadcapServerIdentifier(Address);

        /// <summary>Every request decoded, with its datagram and when it came.</summary>
        public List<(ReceivedDatagram Datagram, MadcapMessage Message, DateTime At)> Received { get; } = new List<(ReceivedDatagram, MadcapMessage, DateTime)>();

        /// <summary>The answers to one request; null or empty: silence.</summary>
        public Func<MadcapMessage, ReceivedDatagram, IEnumerable<MadcapMessage>?>? Script { get; set; }

        /// <summary>Requests to lose before the script sees any.</summary>
        public int Drop { get; set; }

        public MadcapMessage Reply(MadcapMessage request, MadcapMessageType type)
        {
            return new MadcapMessage(type, request.AddressFamily, request.TransactionId)
            {
                LeaseIdentifier = request.LeaseIdentifier,
                ServerIdentifier = Identifier,
            };
        }

        public MadcapMessage InfoAck(MadcapMessage request, params MadcapScopeEntry[] scopes)
        {
            MadcapMessage ack = Reply(request, MadcapMessageType.Ack);
            ack.MulticastScopeList = scopes;
            return ack;
        }

        /// <summary>An OFFER or ACK granting <paramref name="ranges"/> (none: no List of Address Ranges option) in the scope for <paramref name="leaseSeconds"/>.</summary>
        public MadcapMessage Grant(MadcapMessage request, MadcapMessageType type, uint leaseSeconds, IPAddress scope, params MadcapAddressRange[] ranges)
        {
            MadcapMessage grant = Reply(request, type);
            grant.LeaseTime = leaseSeconds;
            grant.MulticastScope = scope;
            grant.AddressRanges = ranges.Length == 0 ? null : ranges;
            return grant;
        }

        public MadcapMessage Nak(MadcapMessage request, MadcapErrorOption error)
        {
            MadcapMessage nak = Reply(request, MadcapMessageType.Nak);
            nak.Error = error;
            return nak;
        }

        /// <summary>Sends <paramref name="message"/> to <paramref name="to"/> from this server's endpoint, outside any script.</summary>
        public void SendTo(IPEndPoint to, MadcapMessage message)
        {
            byte[] octets = message.Encode();
            Transport.Send(octets, 0, octets.Length, to);
        }

        private void Handle(ReceivedDatagram datagram, MemoryTransport transport)
        {
            if (!MadcapMessage.TryDecode(datagram.Data, out MadcapMessage? request, out _))
            {
                return;
            }

            Received.Add((datagram, request!, _network.UtcNow));
            if (Drop > 0)
            {
                Drop--;
                return;
            }

            IEnumerable<MadcapMessage>? replies = Script?.Invoke(request!, datagram);
            if (replies is null)
            {
                return;
            }

            foreach (MadcapMessage reply in replies)
            {
                byte[] octets = reply.Encode();
                transport.Send(octets, 0, octets.Length, datagram.Source);
            }
        }
    }
}
