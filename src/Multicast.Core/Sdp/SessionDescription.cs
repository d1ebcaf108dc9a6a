using System;
using System.Collections.Generic;
using System.Text;

namespace Multicast.Sdp
{
    /// <summary>
    /// An SDP session description (RFC 8866, which replaced RFC 4566): the session-level fields, one or
    /// more time descriptions, and the media descriptions. <see cref="Parse(string)"/> reads any text and
    /// reports what breaks the RFC in <see cref="Warnings"/>; <see cref="ToSdp"/> writes strict SDP.
    /// </summary>
    public sealed class SessionDescription
    {
        /// <summary>
        /// The most warnings a parsed description keeps: past them, one <see cref="SdpWarningIds.WarningsTruncated"/>
        /// says how many more there were, so that a hostile payload of bad lines cannot make a listener keep much.
        /// </summary>
        public const int MaxWarnings = 64;

        /// <summary>v= (RFC 8866 §5.1). Version 0 is the only one.</summary>
        public int ProtocolVersion { get; set; }

        /// <summary>o= (RFC 8866 §5.2); null only when a parsed description had none.</summary>
        public SdpOrigin? Origin { get; set; }

        /// <summary>s= (RFC 8866 §5.3). Must not be empty; "-" or " " when the session has no name.</summary>
        public string SessionName { get; set; } = "-";

        /// <summary>i= (RFC 8866 §5.4), or null.</summary>
        public string? Information { get; set; }

        /// <summary>u= (RFC 8866 §5.5), or null.</summary>
        public string? Uri { get; set; }

        /// <summary>e= lines (RFC 8866 §5.6).</summary>
        public List<string> EmailAddresses { get; } = new List<string>();

        /// <summary>p= lines (RFC 8866 §5.6).</summary>
        public List<string> PhoneNumbers { get; } = new List<string>();

        /// <summary>The session-level c= (RFC 8866 §5.7), or null when every media description has its own.</summary>
        public SdpConnection? Connection { get; set; }

        public List<SdpBandwidth> Bandwidths { get; } = new List<SdpBandwidth>();

        /// <summary>The time descriptions (t=, r=, z=); at least one.</summary>
        public List<SdpTimeDescription> Times { get; } = new List<SdpTimeDescription>();

        /// <summary>Session-level a= lines.</summary>
        public List<SdpAttribute> Attributes { get; } = new List<SdpAttribute>();

        public List<SdpMediaDescription> Media { get; } = new List<SdpMediaDescription>();

        /// <summary>
        /// A line of a type RFC 8866 does not define was read (an <see cref="SdpWarningIds.UnknownLineType"/> warning).
        /// RFC 8866 §5: a parser "MUST completely ignore or reject" such a description, so its reader must not use it.
        /// </summary>
        public bool HasUnknownLineType { get; internal set; }

        /// <summary>What a parsed description does against RFC 8866; empty for one made in code.</summary>
        public IReadOnlyList<SdpWarning> Warnings { get; internal set; } = new SdpWarning[0];

        /// <summary>Reads SDP text. Never throws: whatever breaks the RFC is in <see cref="Warnings"/>.</summary>
        public static SessionDescription Parse(string text) => SdpParser.Parse(text);

        /// <summary>Reads SDP bytes: UTF-8, or ISO-8859-1 when a session-level a=charset says so (RFC 8866 §5, §6.10).</summary>
        public static SessionDescription Parse(byte[] data, int offset, int count) => SdpParser.Parse(data, offset, count);

        /// <summary>The session-level a= value of the first attribute with that name, or null.</summary>
        public string? GetAttribute(string name)
        {
            foreach (SdpAttribute attribute in Attributes)
            {
                if (attribute.Name == name)
                {
                    return attribute.Value;
                }
            }

            return null;
        }

        /// <summary>
        /// Strict SDP: every line in RFC 8866 order, each ended by CRLF. Throws a <see cref="MulticastRuleException"/>
        /// for a description the RFC forbids (no origin, an empty name, an IP4 group without a TTL, ...).
        /// </summary>
        public string ToSdp() => SdpWriter.Write(this, strict: true);

        /// <summary>The text of <see cref="ToSdp"/> in UTF-8, as SAP carries it.</summary>
        public byte[] ToBytes() => Encoding.UTF8.GetBytes(ToSdp());

        /// <summary>The lines in RFC 8866 order as they are, checked for nothing; never throws.</summary>
        public override string ToString() => SdpWriter.Write(this, strict: false);
    }
}
