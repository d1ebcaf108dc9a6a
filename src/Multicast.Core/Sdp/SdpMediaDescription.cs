using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Multicast.Sdp
{
    /// <summary>
    /// A media description (RFC 8866 §5.14): an m= line (media, port, optional number of ports, protocol,
    /// formats) and its own i=, c=, b= and a= lines. Its k= line, if any, was discarded (§5.12).
    /// </summary>
    public sealed class SdpMediaDescription
    {
        public SdpMediaDescription(string media, int port, string protocol, IEnumerable<string> formats, int? portCount = null)
        {
            Media = media ?? throw new ArgumentNullException(nameof(media));
            Protocol = protocol ?? throw new ArgumentNullException(nameof(protocol));
            Port = port;
            PortCount = portCount;
            Formats = (formats ?? throw new ArgumentNullException(nameof(formats))).ToList();
        }

        public SdpMediaDescription(string media, int port, string protocol, params string[] formats)
            : this(media, port, protocol, (IEnumerable<string>)formats)
        {
        }

        /// <summary>"audio", "video", "text", "application", "message", ...</summary>
        public string Media { get; }

        public int Port { get; }

        /// <summary>The number after "port/", or null when there is none (one port).</summary>
        public int? PortCount { get; }

        /// <summary>"RTP/AVP", "udp", ...</summary>
        public string Protocol { get; }

        public List<string> Formats { get; }

        /// <summary>The media title (i=), or null.</summary>
        public string? Information { get; set; }

        /// <summary>The media-level c= lines; when empty, the session-level c= applies (RFC 8866 §5.7).</summary>
        public List<SdpConnection> Connections { get; } = new List<SdpConnection>();

        public List<SdpBandwidth> Bandwidths { get; } = new List<SdpBandwidth>();

        public List<SdpAttribute> Attributes { get; } = new List<SdpAttribute>();

        /// <summary>The m= value: "video 49170/2 RTP/AVP 31".</summary>
        public override string ToString() =>
            Media + " " + Port.ToString(CultureInfo.InvariantCulture) + (PortCount.HasValue ? "/" + PortCount.Value.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + " " + Protocol + " " + string.Join(" ", Formats);
    }
}
