using System;
using System.Globalization;

namespace Multicast.Sdp
{
    /// <summary>A b= line (RFC 8866 §5.8): a type such as CT or AS, and a bandwidth, in kilobits per second by default.</summary>
    public sealed class SdpBandwidth
    {
        public SdpBandwidth(string type, ulong value)
        {
            Type = type ?? throw new ArgumentNullException(nameof(type));
            Value = value;
        }

        public string Type { get; }

        public ulong Value { get; }

        public override string ToString() => Type + ":" + Value.ToString(CultureInfo.InvariantCulture);
    }
}
