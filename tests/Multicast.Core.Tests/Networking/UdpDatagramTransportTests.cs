using System;
using System.Net;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Tests.Networking
{
    /// <summary>The real socket behind the engines' seam, on loopback only.</summary>
    public class UdpDatagramTransportTests
    {
        [Theory]
        [InlineData("127.0.0.1")]
        [InlineData("::1")]
        public void ADatagramArrivesWithItsSourceAndDestination(string loopback)
        {
            IPAddress address = IPAddress.Parse(loopback);
            using var a = new UdpDatagramTransport(new IPEndPoint(address, 0));
            using var b = new UdpDatagramTransport(new IPEndPoint(address, 0));
            var payload = new byte[] { 0, 1, 2, 3, 4, 5 };

            a.Send(payload, 1, 4, b.LocalEndPoint);
            ReceivedDatagram? received = b.Receive(TimeSpan.FromSeconds(5), CancellationToken.None);

            Assert.NotNull(received);
            Assert.Equal(new byte[] { 1, 2, 3, 4 }, received!.Data);
            Assert.Equal(a.LocalEndPoint, received.Source);
            Assert.Equal(address, received.Destination);
        }

        [Fact]
        public void NothingToReceiveIsNullAfterTheTimeout()
        {
            using var a = new UdpDatagramTransport(new IPEndPoint(IPAddress.Loopback, 0));
            Assert.Null(a.Receive(TimeSpan.FromMilliseconds(1), CancellationToken.None));
        }

        [Fact]
        public void ACancelledReceiveThrows()
        {
            using var a = new UdpDatagramTransport(new IPEndPoint(IPAddress.Loopback, 0));
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.Throws<OperationCanceledException>(() => a.Receive(TimeSpan.FromSeconds(5), cancelled.Token));
        }
    }
}
