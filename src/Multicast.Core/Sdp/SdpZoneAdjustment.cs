using System.Globalization;

namespace Multicast.Sdp
{
    /// <summary>One adjustment of a z= line (RFC 8866 §5.11): from this time on, repeat times shift by the offset.</summary>
    public sealed class SdpZoneAdjustment
    {
        public SdpZoneAdjustment(ulong time, SdpTypedTime offset)
        {
            Time = time;
            Offset = offset;
        }

        /// <summary>Seconds since 1900 (see <see cref="SdpTime"/>).</summary>
        public ulong Time { get; }

        /// <summary>The shift, relative to the start time and not cumulative; may be negative ("-1h").</summary>
        public SdpTypedTime Offset { get; }

        public override string ToString() => Time.ToString(CultureInfo.InvariantCulture) + " " + Offset;
    }
}
