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
        /// The MADCAP time of <paramref name="utc"/>, rounded down to the second; false before 1970 or after
        /// <see cref="Latest"/>. A local or unspecified DateTime is taken as UTC, as <see cref="DateTime.ToUniversalTime"/> would not be deterministic.
        /// </summary>
        public static bool TryFromDateTime(DateTime utc, out uint seconds)
        {
            long ticks = utc.Ticks - Epoch.Ticks;
            if (ticks < 0 || ticks / TimeSpan.TicksPerSecond > uint.MaxValue)
            {
                seconds = 0;
                return false;
            }

            seconds = (uint)(ticks / TimeSpan.TicksPerSecond);
            return true;
        }

        /// <summary>As <see cref="TryFromDateTime"/>, but throws for a time the 32-bit field cannot hold.</summary>
        public static uint FromDateTime(DateTime utc)
        {
            if (!TryFromDateTime(utc, out uint seconds))
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
