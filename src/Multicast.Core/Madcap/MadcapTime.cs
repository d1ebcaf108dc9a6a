using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// The absolute times of MADCAP (Start Time, Current Time, Retry Time, Maximum Start Time and the
    /// server time of an Excessive Clock Skew error): an unsigned 32-bit count of seconds since
    /// 1970-01-01 00:00 UTC, which "will not wrap until the year 2106" (RFC 2730 §3.7, §3.12).
    /// </summary>
    public static class MadcapTime
    {
        /// <summary>The time of value 0.</summary>
        public static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The time of value 4294967295: 2106-02-07 06:28:15 UTC.</summary>
        public static readonly DateTime Latest = Epoch.AddSeconds(uint.MaxValue);

        /// <summary>Added to a MADCAP time, gives an NTP timestamp's seconds (RFC 2730 §3.7).</summary>
        public const uint NtpOffset = 2208988800;

        public static DateTime ToDateTime(uint seconds) => Epoch.AddSeconds(seconds);

        /// <summary>
        /// The MADCAP time of <paramref name="time"/>, rounded down to the second; false before 1970 or after
        /// <see cref="Latest"/>. A <see cref="DateTimeKind.Local"/> time is converted to UTC in this machine's time zone
        /// (§3.7, §3.12: the field counts seconds since 00:00 UTC); an <see cref="DateTimeKind.Unspecified"/> one is taken
        /// as UTC, since nothing says which zone it was read in (a host that reads times from users converts them first).
        /// </summary>
        public static bool TryFromDateTime(DateTime time, out uint seconds) => TryFromDateTime(time, TimeZoneInfo.Local, out seconds);

        /// <summary>As <see cref="TryFromDateTime(DateTime, out uint)"/>, with <paramref name="localZone"/> as this machine's zone (for tests).</summary>
        internal static bool TryFromDateTime(DateTime time, TimeZoneInfo localZone, out uint seconds)
        {
            // The zone's offset at that local time (its standard offset in a gap a clock change skips), never an exception.
            long offset = time.Kind == DateTimeKind.Local ? localZone.GetUtcOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified)).Ticks : 0;
            long ticks = time.Ticks - offset - Epoch.Ticks;
            if (ticks < 0 || ticks / TimeSpan.TicksPerSecond > uint.MaxValue)
            {
                seconds = 0;
                return false;
            }

            seconds = (uint)(ticks / TimeSpan.TicksPerSecond);
            return true;
        }

        /// <summary>As <see cref="TryFromDateTime(DateTime, out uint)"/>, but throws for a time the 32-bit field cannot hold.</summary>
        public static uint FromDateTime(DateTime utc)
        {
            if (!TryFromDateTime(utc, TimeZoneInfo.Local, out uint seconds))
            {
                throw new MulticastRuleException(
                    "MadcapTimeOutOfRange",
                    utc,
                    "MADCAP carries times as seconds since 1970-01-01 00:00 UTC in 32 bits (RFC 2730 §3.7); " + utc.ToString("o") + " is outside 1970-01-01T00:00:00Z to 2106-02-07T06:28:15Z.");
            }

            return seconds;
        }
    }
}
