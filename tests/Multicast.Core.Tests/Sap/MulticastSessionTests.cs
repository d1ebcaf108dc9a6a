using System;
using System.Linq;
using System.Net;
using Multicast.Sap;
using static Multicast.Tests.Sap.SapTestPackets;

namespace Multicast.Tests.Sap
{
    /// <summary>The objects a listener's stream is made of: one per event, fixed when it happened.</summary>
    public class MulticastSessionTests
    {
        private readonly TestClock _clock = new TestClock();

        [Fact]
        public void AnEventBecomesASessionObjectFixedAtThatMoment()
        {
            var directory = new SapDirectory(_clock.Clock);
            var source = new IPEndPoint(IPAddress.Parse("192.0.2.1"), 9875);
            var first = new MulticastSession(directory.Process(Announcement(Description(group: "239.255.10.1/127/3")), source, AddressParser.Parse("239.255.255.255")).Single());
            _clock.Advance(TimeSpan.FromMinutes(5));
            directory.Process(Announcement(Description(group: "239.255.10.1/127/3")), source, AddressParser.Parse("239.255.255.255"));

            Assert.Equal(SapSessionEventKind.New, first.EventValue);
            Assert.Equal("New", first.Event);
            Assert.False(first.IsRemoved);
            Assert.Equal("Seminar", first.Name);
            Assert.Equal(Announcer, first.AnnouncerValue);
            Assert.Equal(Announcer.ToString(), first.Announcer);
            Assert.Equal(source, first.SourceValue);
            Assert.Equal("239.255.255.255", first.SapGroup);
            Assert.Equal(0x1234, first.MessageIdHash);
            Assert.Equal("3724394400", first.Origin!.SessionId);
            Assert.Equal(1, first.TimesHeard);
            Assert.Equal(first.EventTime, first.LastHeard);

            // The session heard again later does not change the object already written.
            Assert.Equal(2, directory.Sessions.Single().TimesHeard);
            Assert.Equal(1, first.TimesHeard);

            SapSessionGroup group = first.Groups.Single();
            Assert.Equal("239.255.10.1", group.Address.ToString());
            Assert.Equal(3, group.AddressCount);
            Assert.Equal(127, group.Ttl);
            Assert.Equal(MulticastScope.RealmLocal, group.ScopeValue);
            Assert.Equal("RealmLocal", group.Scope);
            Assert.Equal(49170, group.Port);
            Assert.Equal("audio", group.Media);
            Assert.Equal("239.255.10.1-239.255.10.3", first.GroupRanges.Single().ToString());
            Assert.True(first.Times.Single().IsPermanent);
        }

        [Fact]
        public void RemovalsAreObjectsToo()
        {
            var directory = new SapDirectory(_clock.Clock);
            directory.Process(Announcement(Description()));
            var deleted = new MulticastSession(directory.Process(Deletion()).Single());

            Assert.Equal(SapSessionEventKind.Deleted, deleted.EventValue);
            Assert.True(deleted.IsRemoved);
            Assert.Equal("Seminar", deleted.Name);
        }

        [Fact]
        public void UnicastConnectionsAreNoGroupRange()
        {
            var directory = new SapDirectory(_clock.Clock);
            var session = new MulticastSession(directory.Process(Announcement(Description(group: "192.0.2.99"))).Single());
            Assert.Single(session.Groups);
            Assert.Empty(session.GroupRanges);
        }
    }
}
