using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace Multicast.Sap
{
    /// <summary>One packet an announcer sent: which session, what, when, where, and the interval it was timed by.</summary>
    /// <remarks>
    /// The public properties are what a serializer writes (canonical addresses, "address:port", enum names, the
    /// interval as d.hh:mm:ss); the typed values are the internal <c>...Value</c> members (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class SapTransmission
    {
        internal SapTransmission(SapAnnouncement announcement, SapMessageType messageType, int number, DateTime time, IPEndPoint destination, int length, TimeSpan interval, int announcementsHeard)
        {
            Name = announcement.Description.SessionName;
            Groups = new TextList<SapSessionGroup>(SapSessionGroup.From(announcement.Description), ", ");
            MessageIdHash = announcement.MessageIdHash;
            OriginatingSourceValue = announcement.OriginatingSource;
            MessageTypeValue = messageType;
            Number = number;
            Time = time;
            DestinationValue = destination;
            Length = length;
            IntervalValue = interval;
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
        public string OriginatingSource => OriginatingSourceValue.ToString();

        /// <summary>An announcement, or the deletion sent when announcing stops.</summary>
        public string MessageType => MessageTypeValue.ToString();

        /// <summary>1 for the first announcement; the deletion carries the number of announcements sent.</summary>
        public int Number { get; }

        public DateTime Time { get; }

        /// <summary>The SAP group and port it was sent to ("239.255.255.255:9875", "[ff05::2:7ffe]:9875").</summary>
        public string Destination => EndPointText.Format(DestinationValue);

        /// <summary>The packet's length in bytes, the ad_size of RFC 2974 §3.1.</summary>
        public int Length { get; }

        /// <summary>The base interval (RFC 2974 §3.1) in force when it was sent.</summary>
        public string Interval => IntervalValue.ToString("c", CultureInfo.InvariantCulture);

        /// <summary>The other announcements heard on the group when it was sent; no_of_ads is one more.</summary>
        public int AnnouncementsHeard { get; }

        internal IPAddressValue OriginatingSourceValue { get; }

        internal SapMessageType MessageTypeValue { get; }

        internal IPEndPoint DestinationValue { get; }

        internal TimeSpan IntervalValue { get; }

        public override string ToString() => MessageType + " #" + Number + " at " + Time.ToString("o", CultureInfo.InvariantCulture) + " to " + Destination;
    }
}
