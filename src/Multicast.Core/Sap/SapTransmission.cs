using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Sap
{
    /// <summary>One packet an announcer sent: which session, what, when, where, and the interval it was timed by.</summary>
    public sealed class SapTransmission
    {
        internal SapTransmission(SapAnnouncement announcement, SapMessageType messageType, int number, DateTime time, IPEndPoint destination, int length, TimeSpan interval, int announcementsHeard)
        {
            Name = announcement.Description.SessionName;
            Groups = SapSessionGroup.From(announcement.Description);
            MessageIdHash = announcement.MessageIdHash;
            OriginatingSource = announcement.OriginatingSource;
            MessageType = messageType;
            Number = number;
            Time = time;
            Destination = destination;
            Length = length;
            Interval = interval;
            AnnouncementsHeard = announcementsHeard;
        }

        /// <summary>The session's name (s=).</summary>
        public string Name { get; }

        /// <summary>The session's groups, as a listener reads them from the description.</summary>
        public IReadOnlyList<SapSessionGroup> Groups { get; }

        /// <summary>The addresses of <see cref="Groups"/>, each group's range, separated by commas: the table's column.</summary>
        public string GroupAddresses => SapSessionGroup.JoinAddresses(Groups);

        /// <summary>The message ID hash of the announcement (RFC 2974 §6).</summary>
        public ushort MessageIdHash { get; }

        /// <summary>The originating source written in the SAP header (RFC 2974 §6).</summary>
        public IPAddressValue OriginatingSource { get; }

        /// <summary>An announcement, or the deletion sent when announcing stops.</summary>
        public SapMessageType MessageType { get; }

        /// <summary>1 for the first announcement; the deletion carries the number of announcements sent.</summary>
        public int Number { get; }

        public DateTime Time { get; }

        public IPEndPoint Destination { get; }

        /// <summary>The packet's length in bytes, the ad_size of RFC 2974 §3.1.</summary>
        public int Length { get; }

        /// <summary>The base interval (RFC 2974 §3.1) in force when it was sent.</summary>
        public TimeSpan Interval { get; }

        /// <summary>The other announcements heard on the group when it was sent; no_of_ads is one more.</summary>
        public int AnnouncementsHeard { get; }

        public override string ToString() => MessageType + " #" + Number + " at " + Time.ToString("o", System.Globalization.CultureInfo.InvariantCulture) + " to " + Destination;
    }
}
