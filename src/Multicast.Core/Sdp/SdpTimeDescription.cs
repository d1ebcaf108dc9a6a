using System;
using System.Collections.Generic;
using System.Globalization;

namespace Multicast.Sdp
{
    /// <summary>
    /// A time description (RFC 8866 §5.9-5.11): a t= line, its r= lines, and a z= line that modifies those
    /// r= lines. RFC 8866 ties z= to the repeat times it follows; RFC 4566 had one z= for the session.
    /// </summary>
    /// <remarks>
    /// A session's times sit at the last level ConvertTo-Json writes by default, so no public property is a list:
    /// the r= and z= lines are text, and their typed lists the internal <c>...Value</c> members (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class SdpTimeDescription
    {
        public SdpTimeDescription(ulong startTime, ulong stopTime)
        {
            StartTime = startTime;
            StopTime = stopTime;
        }

        /// <summary>From UTC times; null is 0 (an unbounded stop, or with a null start, a permanent session).</summary>
        public SdpTimeDescription(DateTime? start, DateTime? stop)
            : this(start.HasValue ? SdpTime.FromDateTime(start.Value) : 0, stop.HasValue ? SdpTime.FromDateTime(stop.Value) : 0)
        {
        }

        /// <summary>Seconds since 1900, or 0 (RFC 8866 §5.9).</summary>
        public ulong StartTime { get; }

        /// <summary>Seconds since 1900, or 0 when the session is not bounded (RFC 8866 §5.9).</summary>
        public ulong StopTime { get; }

        public DateTime? Start => SdpTime.ToDateTime(StartTime);

        public DateTime? Stop => SdpTime.ToDateTime(StopTime);

        /// <summary>Both times 0: "the session is regarded as permanent" (RFC 8866 §5.9).</summary>
        public bool IsPermanent => StartTime == 0 && StopTime == 0;

        /// <summary>The r= values ("7d 1h 0 25h"), separated by commas: text, as a serializer writes it (<see cref="RepeatsValue"/> is the list).</summary>
        public string Repeats => string.Join(", ", RepeatsValue);

        /// <summary>The z= adjustments ("3730928400 -1h"), separated by commas (<see cref="ZoneAdjustmentsValue"/> is the list).</summary>
        public string ZoneAdjustments => string.Join(", ", ZoneAdjustmentsValue);

        /// <summary>The r= lines; the module shows them as Repeats.</summary>
        internal List<SdpRepeatTime> RepeatsValue { get; } = new List<SdpRepeatTime>();

        /// <summary>The z= line's adjustments; empty when there is none. Written only after at least one r= line.</summary>
        internal List<SdpZoneAdjustment> ZoneAdjustmentsValue { get; } = new List<SdpZoneAdjustment>();

        /// <summary>The t= value: "start stop".</summary>
        public override string ToString() => StartTime.ToString(CultureInfo.InvariantCulture) + " " + StopTime.ToString(CultureInfo.InvariantCulture);
    }
}
