using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.Sdp
{
    /// <summary>An r= line (RFC 8866 §5.10): a repeat interval, an active duration, and offsets from the start time.</summary>
    public sealed class SdpRepeatTime
    {
        public SdpRepeatTime(SdpTypedTime interval, SdpTypedTime activeDuration, IEnumerable<SdpTypedTime> offsets)
        {
            Interval = interval;
            ActiveDuration = activeDuration;
            Offsets = (offsets ?? throw new ArgumentNullException(nameof(offsets))).ToList();
        }

        public SdpTypedTime Interval { get; }

        public SdpTypedTime ActiveDuration { get; }

        public IReadOnlyList<SdpTypedTime> Offsets { get; }

        public override string ToString() => Interval + " " + ActiveDuration + " " + string.Join(" ", Offsets.Select(o => o.ToString()));
    }
}
