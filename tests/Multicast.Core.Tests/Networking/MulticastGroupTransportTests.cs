using System;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Threading;
using Multicast.Networking;

namespace Multicast.Tests.Networking
{
    /// <summary>
    /// The transport over one socket a family, joined on the loopback interface only, so that no membership
    /// report leaves the host; datagrams are sent to 127.0.0.1 and ::1. Real multicast between processes is
    /// tested in a network namespace (tests/Sap.Namespace.Tests.ps1).
    /// </summary>
    public class MulticastGroupTransportTests
    {
        [Fact]
        public void OneSocketAFamilyReceivesFromEither()
        {
            IPAddressValue[] groups = { AddressParser.Parse("239.255.255.255"), AddressParser.Parse("ff05::2:7ffe"), AddressParser.Parse("239.195.255.255") };
            using var transport = new MulticastGroupTransport(0, groups, NetworkInterface.LoopbackInterfaceIndex);

            Assert.Equal(groups, transport.JoinedGroups);
            Assert.Empty(transport.FailedGroups);
            Assert.Equal(2, transport.LocalEndPoints.Count);
            IPEndPoint v4 = transport.LocalEndPoints.Single(e => e.AddressFamily == AddressFamily.InterNetwork);
            IPEndPoint v6 = transport.LocalEndPoints.Single(e => e.AddressFamily == AddressFamily.InterNetworkV6);

            using var sender4 = new UdpDatagramTransport(new IPEndPoint(IPAddress.Loopback, 0));
            using var sender6 = new UdpDatagramTransport(new IPEndPoint(IPAddress.IPv6Loopback, 0));
            sender6.Send(new byte[] { 6 }, 0, 1, new IPEndPoint(IPAddress.IPv6Loopback, v6.Port));
            sender4.Send(new byte[] { 4 }, 0, 1, new IPEndPoint(IPAddress.Loopback, v4.Port));

            var received = new[] { transport.Receive(TimeSpan.FromSeconds(5), CancellationToken.None), transport.Receive(TimeSpan.FromSeconds(5), CancellationToken.None) };
            Assert.Equal(new byte[] { 4, 6 }, received.Select(d => d!.Data.Single()).OrderBy(b => b));
            Assert.Null(transport.Receive(TimeSpan.FromMilliseconds(50), CancellationToken.None));

            // Each reply goes out of the socket of its family.
            transport.Send(new byte[] { 9 }, 0, 1, sender6.LocalEndPoint);
            Assert.Equal(v6.Port, sender6.Receive(TimeSpan.FromSeconds(5), CancellationToken.None)!.Source.Port);
        }

        [Fact]
        public void HopsAreSetOnEverySocket()
        {
            using var transport = new MulticastGroupTransport(0, new[] { AddressParser.Parse("239.255.255.255"), AddressParser.Parse("ff05::2:7ffe") }, NetworkInterface.LoopbackInterfaceIndex);
            transport.SetMulticastHops(255);
            Assert.Equal(255, transport.MulticastHops);
        }

        [Fact]
        public void CancellationStopsAWait()
        {
            using var transport = new MulticastGroupTransport(0, new[] { AddressParser.Parse("239.255.255.255") }, NetworkInterface.LoopbackInterfaceIndex);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
            Assert.ThrowsAny<OperationCanceledException>(() => transport.Receive(TimeSpan.FromMinutes(1), cancel.Token));
        }

        [Fact]
        public void AGroupThatCannotBeJoinedIsSetAsideAndNoneIsAnError()
        {
            // A unicast address is no group: the join fails, and with nothing joined the transport is refused.
            MulticastGroupJoinException error = Assert.Throws<MulticastGroupJoinException>(
                () => new MulticastGroupTransport(0, new[] { AddressParser.Parse("192.0.2.1") }, NetworkInterface.LoopbackInterfaceIndex));
            Assert.Equal("MulticastGroupJoinFailed", error.ErrorId);
            Assert.Equal(MulticastErrorKind.NetworkUnavailable, error.Kind);
            Assert.Contains("192.0.2.1", error.Message);

            using var transport = new MulticastGroupTransport(0, new[] { AddressParser.Parse("192.0.2.1"), AddressParser.Parse("239.255.255.255") }, NetworkInterface.LoopbackInterfaceIndex);
            Assert.Equal("239.255.255.255", transport.JoinedGroups.Single().ToString());
            Assert.Equal("192.0.2.1", transport.FailedGroups.Single().Key.ToString());
        }

        [Fact]
        public void TheSourceAddressIsTheRoutingTables()
        {
            Assert.Equal("127.0.0.1", MulticastGroupTransport.SourceAddressFor(new IPEndPoint(IPAddress.Loopback, 9875)).ToString());
            Assert.Equal("::1", MulticastGroupTransport.SourceAddressFor(new IPEndPoint(IPAddress.IPv6Loopback, 9875)).ToString());
        }
    }
}
