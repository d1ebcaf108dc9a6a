using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Sdp;

namespace Multicast.Sap
{
    /// <summary>
    /// An announced session as one event showed it: what happened (<see cref="Event"/>: first heard, changed,
    /// deleted, timed out, ended) and everything the announcement said, fixed at that moment. A listener's
    /// stream is made of these, one per event, so a session's removal is an object too.
    /// </summary>
    /// <remarks>
    /// The public properties are what a serializer writes: canonical addresses, "address:port", enum names, the SDP
    /// text, and the session's groups, times, origin and warnings as objects of text and numbers only, so that
    /// ConvertTo-Json writes a session whole at its default depth. The typed values are the internal <c>...Value</c>
    /// members, which the module shows under the public names (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class MulticastSession
    {
        private readonly SapSession _session;

        public MulticastSession(SapSessionEvent happened)
        {
            if (happened is null)
            {
                throw new ArgumentNullException(nameof(happened));
            }

            _session = happened.Session;
            EventValue = happened.Kind;
            EventTime = happened.Time;
            FirstHeard = _session.FirstHeard;
            LastHeard = _session.LastHeard;
            TimesHeard = _session.TimesHeard;
            Groups = new TextList<SapSessionGroup>(_session.Groups, ", ");
            Times = new TextList<SdpTimeDescription>(_session.Times, ", ");

            // Warnings are sentences with commas of their own.
            Warnings = new TextList<SdpWarning>(_session.Warnings, "; ");
        }

        /// <summary>What happened: New, Changed (a new version, RFC 2974 §5), or a removal: Deleted, TimedOut or Ended (§4).</summary>
        public string Event => EventValue.ToString();

        /// <summary>True for Deleted, TimedOut and Ended: the session is gone from the directory.</summary>
        public bool IsRemoved => EventValue == SapSessionEventKind.Deleted || EventValue == SapSessionEventKind.TimedOut || EventValue == SapSessionEventKind.Ended;

        /// <summary>When the event happened (UTC): when the packet was heard, or when the timeout was noticed.</summary>
        public DateTime EventTime { get; }

        /// <summary>The session name (s=); null when there is no description to read.</summary>
        public string? Name => _session.Name;

        /// <summary>The session title (i=), or null.</summary>
        public string? Information => _session.Description?.Information;

        /// <summary>The o= line: username, session ID, version, and the originating host (RFC 8866 §5.2).</summary>
        public SdpOrigin? Origin => _session.Origin;

        /// <summary>The announcer, as the SAP header's originating source names it (RFC 2974 §6).</summary>
        public string Announcer => AnnouncerValue.ToString();

        /// <summary>The address and port the datagram came from ("192.0.2.10:9875", "[2001:db8::30]:9875"), when known.</summary>
        public string? Source => SourceValue is null ? null : EndPointText.Format(SourceValue);

        /// <summary>The SAP group the announcement was heard on (RFC 2974 §3), when known.</summary>
        public string? SapGroup => SapGroupValue?.ToString();

        /// <summary>
        /// The session's groups: each with its address, TTL (IPv4) or scope, number of addresses (c= "/count"),
        /// port and media. Each has an Address property, so it goes straight into the module's address cmdlets.
        /// </summary>
        public IReadOnlyList<SapSessionGroup> Groups { get; }

        /// <summary>The time descriptions: t= start and stop, with their r= repeats and z= adjustments (RFC 8866 §5.9-5.11).</summary>
        public IReadOnlyList<SdpTimeDescription> Times { get; }

        /// <summary>The latest stop time of the t= lines, or null when one is unbounded or there are none.</summary>
        public DateTime? Ends => _session.Ends;

        /// <summary>The message ID hash of this version of the announcement (RFC 2974 §6).</summary>
        public ushort MessageIdHash => _session.MessageIdHash;

        /// <summary>When any version of the session was first heard (UTC).</summary>
        public DateTime FirstHeard { get; }

        /// <summary>When the session was last heard (UTC), as of <see cref="EventTime"/>.</summary>
        public DateTime LastHeard { get; }

        /// <summary>How many copies of this version were heard, as of <see cref="EventTime"/>.</summary>
        public int TimesHeard { get; }

        /// <summary>The announcement carried authentication data (RFC 2974 §8); it is not verified.</summary>
        public bool IsAuthenticated => _session.IsAuthenticated;

        /// <summary>The payload is encrypted (RFC 2974 §7): there is nothing to read.</summary>
        public bool IsEncrypted => _session.IsEncrypted;

        /// <summary>The payload's MIME type (application/sdp), or null when encrypted.</summary>
        public string? PayloadType => _session.PayloadType;

        /// <summary>The SDP had a line type RFC 8866 does not define, so it was ignored as §5 requires; <see cref="Warnings"/> say which.</summary>
        public bool DescriptionRejected => _session.DescriptionRejected;

        /// <summary>The addresses of <see cref="Groups"/>, each group's range, separated by commas: the table's column.</summary>
        public string GroupAddresses => SapSessionGroup.JoinAddresses(Groups);

        /// <summary>How many warnings <see cref="Warnings"/> holds.</summary>
        public int WarningCount => Warnings.Count;

        /// <summary>What the description does against RFC 8866, each with a stable Id.</summary>
        public IReadOnlyList<SdpWarning> Warnings { get; }

        /// <summary>The description as SDP text, its lines as they were read, or null.</summary>
        public string? Description => DescriptionValue?.ToString();

        internal SapSessionEventKind EventValue { get; }

        internal IPAddressValue AnnouncerValue => _session.OriginatingSource;

        internal IPEndPoint? SourceValue => _session.Source;

        internal IPAddressValue? SapGroupValue => _session.SapGroup;

        /// <summary>The whole parsed description, or null; the module shows it as Description.</summary>
        internal SessionDescription? DescriptionValue => _session.Description;

        /// <summary>The multicast groups as ranges of addresses: what an allocator avoids (see <see cref="AddressRangeSet"/>).</summary>
        internal IEnumerable<AddressRange> GroupRanges
        {
            get
            {
                foreach (SapSessionGroup group in Groups)
                {
                    if (group.IsMulticast)
                    {
                        yield return group.RangeValue;
                    }
                }
            }
        }

        public override string ToString() => _session.ToString();
    }
}
