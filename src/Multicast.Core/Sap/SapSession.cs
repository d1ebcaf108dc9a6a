using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Sdp;

namespace Multicast.Sap
{
    /// <summary>
    /// A session as a SAP listener knows it: what the announcement said (name, origin, groups, times), who
    /// announced it (the SAP originating source and the packet's source), where it was heard (the SAP
    /// group), its message ID hash, and when it was last heard.
    /// </summary>
    public sealed class SapSession
    {
        private readonly IReadOnlyList<SdpWarning>? _rejectedWarnings;

        internal SapSession(string key, SapPacket packet, SessionDescription? description, IPEndPoint? source, IPAddressValue? sapGroup, DateTime heard)
        {
            // RFC 8866 §5: a description with a line type the parser does not understand is ignored completely;
            // only its warnings are kept, to say why.
            if (description != null && description.HasUnknownLineType)
            {
                DescriptionRejected = true;
                _rejectedWarnings = description.Warnings;
                description = null;
            }

            Key = key;
            Description = description;
            OriginatingSource = packet.OriginatingSource;
            Source = source;
            SapGroup = sapGroup;
            MessageIdHash = packet.MessageIdHash;
            IsAuthenticated = packet.IsAuthenticated;
            IsEncrypted = packet.IsEncrypted;
            PayloadType = packet.EffectivePayloadType;
            PayloadBytes = packet.PayloadBytes;
            AnnouncementLength = packet.WireLength > 0 ? packet.WireLength : packet.Encode().Length;
            Groups = description is null ? new SapSessionGroup[0] : SapSessionGroup.From(description);
            FirstHeard = heard;
            LastHeard = heard;
            TimesHeard = 1;
            RetainedBytes = Estimate(PayloadBytes, description, Groups.Count) + Estimate(_rejectedWarnings);
        }

        /// <summary>The session name (s=), or null when the payload is not readable SDP.</summary>
        public string? Name => Description?.SessionName;

        /// <summary>The o= line: the session's identity and version (RFC 8866 §5.2), or null.</summary>
        public SdpOrigin? Origin => Description?.Origin;

        /// <summary>The announcer as the SAP header names it (RFC 2974 §6).</summary>
        public IPAddressValue OriginatingSource { get; }

        /// <summary>The address and port the announcement came from, when known.</summary>
        public IPEndPoint? Source { get; }

        /// <summary>The SAP group the announcement was sent to, when known.</summary>
        public IPAddressValue? SapGroup { get; }

        public ushort MessageIdHash { get; }

        /// <summary>The announcement carried authentication data (RFC 2974 §8); it is not verified here.</summary>
        public bool IsAuthenticated { get; }

        /// <summary>The payload is encrypted (RFC 2974 §7), so there is no description to read.</summary>
        public bool IsEncrypted { get; }

        /// <summary>The payload's MIME type; null when encrypted.</summary>
        public string? PayloadType { get; }

        /// <summary>The parsed description, or null when the payload is encrypted or not SDP.</summary>
        public SessionDescription? Description { get; }

        /// <summary>
        /// The payload is SDP with a line type RFC 8866 does not define, so the description was ignored completely,
        /// as RFC 8866 §5 says: no name, origin or groups; its <see cref="Warnings"/> say which line. The
        /// announcement is known by its message ID hash and originating source only.
        /// </summary>
        public bool DescriptionRejected { get; }

        /// <summary>What the description does against RFC 8866 (for a rejected one, why it was rejected).</summary>
        public IReadOnlyList<SdpWarning> Warnings => Description?.Warnings ?? _rejectedWarnings ?? new SdpWarning[0];

        /// <summary>The connection groups with their TTL or scope, address count, port and media.</summary>
        public IReadOnlyList<SapSessionGroup> Groups { get; }

        /// <summary>The time descriptions (t=, r=, z=).</summary>
        public IReadOnlyList<SdpTimeDescription> Times => Description is null ? (IReadOnlyList<SdpTimeDescription>)new SdpTimeDescription[0] : Description.Times;

        /// <summary>The length of the announcement packet, the ad_size of RFC 2974 §3.1.</summary>
        public int AnnouncementLength { get; }

        /// <summary>When the session (any version of it) was first heard.</summary>
        public DateTime FirstHeard { get; internal set; }

        public DateTime LastHeard { get; internal set; }

        /// <summary>How many copies of this version of the announcement were heard.</summary>
        public int TimesHeard { get; internal set; }

        /// <summary>The latest stop time of its t= lines, or null when one is unbounded or there are none (RFC 8866 §5.9).</summary>
        public DateTime? Ends
        {
            get
            {
                DateTime? last = null;
                foreach (SdpTimeDescription time in Times)
                {
                    if (time.StopTime == 0 || !(time.Stop is DateTime stop))
                    {
                        return null;
                    }

                    last = last is null || stop > last ? stop : last;
                }

                return last;
            }
        }

        /// <summary>
        /// About how many bytes the session keeps: the payload, the description read from it (its text, one
        /// object a line, its warnings) and the groups. A <see cref="SapDirectory"/> keeps its total under a budget.
        /// </summary>
        public long RetainedBytes { get; }

        internal string Key { get; }

        internal byte[] PayloadBytes { get; }

        private static long Estimate(IReadOnlyList<SdpWarning>? warnings)
        {
            long bytes = 0;
            foreach (SdpWarning warning in warnings ?? new SdpWarning[0])
            {
                bytes += WarningBytes(warning);
            }

            return bytes;
        }

        private static long WarningBytes(SdpWarning warning) => 96 + (2L * warning.Message.Length);

        // Generous per-object figures for a 64-bit runtime: an object header and a few fields each.
        private static long Estimate(byte[] payload, SessionDescription? description, int groups)
        {
            const int Session = 512, PerPart = 96, PerGroup = 160;
            long bytes = Session + payload.Length;
            if (description is null)
            {
                return bytes;
            }

            // The description's strings are at most the payload's text again, two bytes a character.
            long parts = description.EmailAddresses.Count + description.PhoneNumbers.Count + description.Bandwidths.Count + description.Attributes.Count;
            foreach (SdpTimeDescription time in description.Times)
            {
                parts += 1 + time.RepeatsValue.Count + time.ZoneAdjustmentsValue.Count;
            }

            foreach (SdpMediaDescription media in description.Media)
            {
                parts += 1 + media.Formats.Count + media.Connections.Count + media.Bandwidths.Count + media.Attributes.Count;
            }

            return bytes + (2L * payload.Length) + (PerPart * parts) + ((long)PerGroup * groups) + Estimate(description.Warnings);
        }

        public override string ToString() => (Name ?? "(" + (IsEncrypted ? "encrypted" : DescriptionRejected ? "rejected SDP" : PayloadType) + ")") + " from " + OriginatingSource;
    }
}
