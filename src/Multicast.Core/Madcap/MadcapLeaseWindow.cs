using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// When a lease runs, in UTC. RFC 2730 §3.7: "If the Start Time option is present, the ... Lease Time option
    /// specifies the duration of the lease beginning at the Start Time option value"; §2.2.5: "If no Start Time
    /// option is included, the lease is assumed to start immediately".
    /// </summary>
    public readonly struct MadcapLeaseWindow
    {
        public MadcapLeaseWindow(DateTime start, DateTime end)
        {
            if (end < start)
            {
                throw new ArgumentOutOfRangeException(nameof(end), end, "A lease cannot end before it starts.");
            }

            Start = start;
            End = end;
        }

        public DateTime Start { get; }

        public DateTime End { get; }

        public TimeSpan Duration => End - Start;

        /// <summary>
        /// The window of a message: from its Start Time, or from <paramref name="now"/> when it has none, for
        /// <paramref name="leaseTimeSeconds"/>.
        /// </summary>
        public static MadcapLeaseWindow From(DateTime now, uint? startTime, uint leaseTimeSeconds)
        {
            DateTime start = startTime.HasValue ? MadcapTime.ToDateTime(startTime.Value) : now;
            DateTime end = start.AddSeconds(leaseTimeSeconds);
            return new MadcapLeaseWindow(start, end);
        }

        /// <summary>
        /// The time a server should keep the addresses: the window widened by <paramref name="extra"/> on either side
        /// (§2.12, [EXTRA-ALLOCATION-TIME], one hour by default), so small clock skew never lets two sessions meet.
        /// </summary>
        public MadcapLeaseWindow Reserved(TimeSpan extra)
        {
            if (extra < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(extra), extra, "The extra allocation time is not negative.");
            }

            DateTime start = Start.Ticks - DateTime.MinValue.Ticks > extra.Ticks ? Start - extra : DateTime.MinValue;
            DateTime end = DateTime.MaxValue.Ticks - End.Ticks > extra.Ticks ? End + extra : DateTime.MaxValue;
            return new MadcapLeaseWindow(DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc));
        }

        public bool Contains(DateTime time) => time >= Start && time < End;

        public override string ToString() => Start.ToString("yyyy-MM-ddTHH:mm:ssZ") + " to " + End.ToString("yyyy-MM-ddTHH:mm:ssZ");
    }
}
