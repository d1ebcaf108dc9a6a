using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Multicast.Networking;
using Multicast.Sap;

namespace Multicast.Tests.Sap
{
    /// <summary>The engines on real sockets: an announcer and a listener on 127.0.0.1, unicast.</summary>
    public class SapLoopbackTests
    {
        [Fact]
        public void TheListenerSeesAnAnnouncedSessionEndToEnd()
        {
            using var listening = new UdpDatagramTransport(new IPEndPoint(IPAddress.Loopback, 0));
            using var announcing = new UdpDatagramTransport(new IPEndPoint(IPAddress.Loopback, 0));
            SapAnnouncement announcement = SapAnnouncement.Create(SapAnnouncerTests.Description("Loopback"), AddressParser.Parse("127.0.0.1"), compress: true);

            // RFC 2974 §3: a TTL of 255, on the real socket.
            var announcer = new SapAnnouncer(announcing);
            Assert.Equal(255, announcing.MulticastHops);

            // One announcement: it goes at once, and the deletion right after it; nothing waits for an interval.
            List<SapTransmission> sent = announcer.Announce(announcement, listening.LocalEndPoint, count: 1).ToList();
            Assert.Equal(2, sent.Count);

            var listener = new SapListener(listening);
            var events = new List<SapSessionEvent>();
            foreach (SapSessionEvent happened in listener.Listen(TimeSpan.FromSeconds(10)))
            {
                events.Add(happened);
                if (happened.Kind == SapSessionEventKind.Deleted)
                {
                    break;
                }
            }

            Assert.Equal(new[] { SapSessionEventKind.New, SapSessionEventKind.Deleted }, events.Select(e => e.Kind));
            SapSession session = events[0].Session;
            Assert.Equal("Loopback", session.Name);
            Assert.Equal(announcement.MessageIdHash, session.MessageIdHash);
            Assert.Equal(announcing.LocalEndPoint, session.Source);
            Assert.Equal(AddressParser.Parse("127.0.0.1"), session.SapGroup);
            Assert.Equal("233.252.0.1", session.Groups.Single().Address.ToString());
            Assert.Equal(0, listener.MalformedDatagrams);
        }
    }
}
