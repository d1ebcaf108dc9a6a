using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.Madcap
{
    /// <summary>
    /// The value of a Feature List option (RFC 2730 §3.13): three lists of two-octet feature codes, each
    /// preceded by a two-octet count: supported, requested, required. Codes are kept as numbers, since
    /// features defined later must pass through.
    /// </summary>
    public sealed class MadcapFeatureList
    {
        public MadcapFeatureList(IEnumerable<ushort>? supported = null, IEnumerable<ushort>? requested = null, IEnumerable<ushort>? required = null)
        {
            Supported = (supported ?? Enumerable.Empty<ushort>()).ToList().AsReadOnly();
            Requested = (requested ?? Enumerable.Empty<ushort>()).ToList().AsReadOnly();
            Required = (required ?? Enumerable.Empty<ushort>()).ToList().AsReadOnly();
            if (EncodedLength > ushort.MaxValue)
            {
                throw new MulticastRuleException("MadcapFeatureListLength", EncodedLength, "A Feature List option holds at most 65535 octets; these lists need " + EncodedLength + ".");
            }
        }

        public IReadOnlyList<ushort> Supported { get; }

        /// <summary>Features the client asks for; a server's list "MUST NOT include any feature codes in the requested list" (§3.13).</summary>
        public IReadOnlyList<ushort> Requested { get; }

        /// <summary>From a client, features the server must implement; from a server, the features it implemented (§3.13).</summary>
        public IReadOnlyList<ushort> Required { get; }

        internal int EncodedLength => 6 + (2 * (Supported.Count + Requested.Count + Required.Count));

        public bool Supports(MadcapFeature feature) => Supported.Contains((ushort)feature);

        public bool Requests(MadcapFeature feature) => Requested.Contains((ushort)feature);

        public bool Requires(MadcapFeature feature) => Required.Contains((ushort)feature);

        /// <summary>True when the feature is in any of the three lists: the condition for a server to use it (§3.13).</summary>
        public bool Mentions(MadcapFeature feature) => Supports(feature) || Requests(feature) || Requires(feature);

        public override string ToString() =>
            "supported [" + string.Join(",", Supported) + "] requested [" + string.Join(",", Requested) + "] required [" + string.Join(",", Required) + "]";
    }
}
