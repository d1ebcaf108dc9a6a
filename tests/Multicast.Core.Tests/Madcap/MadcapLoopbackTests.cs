using System;
using System.Net;
using System.Threading;
using Multicast.Madcap;
using Multicast.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>The client on a real UDP socket, on loopback only, against a server thread that answers at once.</summary>
    public class MadcapLoopbackTests
    {
        [Theory]
        [InlineData("127.0.0.1")]
        [InlineData("::1")]
        public void LeaseAndReleaseOverRealSockets(string loopback)
        {
            IPAddress address = IPAddress.Parse(loopback);
            using var serverSocket = new UdpDatagramTransport(new IPEndPoint(address, 0));
            using var clientSocket = new UdpDatagramTransport(new IPEndPoint(address, 0));
            var policy = new MadcapServerPolicy(new MadcapServerIdentifier(address));
            IPAddress scope = IPAddress.Parse("239.192.0.0");

            var handled = new System.Collections.Concurrent.ConcurrentQueue<MadcapMessageType>();
            var server = new Thread(() =>
            {
                for (int i = 0; i < 2; i++)
                {
                    ReceivedDatagram? datagram = serverSocket.Receive(TimeSpan.FromSeconds(10), CancellationToken.None);
                    if (datagram is null || !MadcapMessage.TryDecode(datagram.Data, out MadcapMessage? request, out _))
                    {
                        return;
                    }

                    handled.Enqueue(request!.Type);
                    MadcapMessage ack = MadcapResponses.Ack(request!, policy);
                    if (request.Type == MadcapMessageType.Request)
                    {
                        ack.LeaseTime = 600;
                        ack.MulticastScope = scope;
                        ack.AddressRanges = new[] { new MadcapAddressRange(IPAddress.Parse("239.192.7.7"), 1) };
                    }

                    byte[] octets = ack.Encode();
                    serverSocket.Send(octets, 0, octets.Length, datagram.Source);
                }
            }) { IsBackground = true };
            server.Start();

            // No ServerPort: RENEW and RELEASE go where the lease came from, whatever the MADCAP port is configured to be.
            var client = new MadcapClient(clientSocket);
            MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(scope), serverSocket.LocalEndPoint);
            client.Release(lease);
            Assert.True(server.Join(TimeSpan.FromSeconds(10)));
            Assert.Equal(new[] { MadcapMessageType.Request, MadcapMessageType.Release }, handled.ToArray());

            Assert.Equal(serverSocket.LocalEndPoint, lease.Server);
            Assert.Equal(IPAddress.Parse("239.192.7.7"), Assert.Single(lease.Addresses).Start);
            Assert.Equal(TimeSpan.FromMinutes(10), lease.End - lease.Start);
        }
    }
}
