using System;

namespace Multicast.Sap
{
    /// <summary>
    /// The timers of SAP: the announcement interval and its jitter (RFC 2974 §3.1), and how long a listener
    /// keeps a session it no longer hears (§4).
    /// </summary>
    public static class SapTiming
    {
        /// <summary>RFC 2974 §3.1: "If not otherwise specified, the bandwidth limit SHOULD be assumed to be 4000 bits per second."</summary>
        public const int DefaultBandwidthLimit = 4000;

        /// <summary>RFC 2974 §3.1: interval = max(300; ...), in seconds.</summary>
        public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(300);

        /// <summary>RFC 2974 §4: a session not heard "for ten times the announcement period, or one hour, whichever is the greater" is deleted.</summary>
        public static readonly TimeSpan MinimumTimeout = TimeSpan.FromHours(1);

        /// <summary>RFC 2974 §4: ten announcement periods.</summary>
        public const int TimeoutPeriods = 10;

        /// <summary>
        /// RFC 2974 §3.1 step 2: interval = max(300; (8 * no_of_ads * ad_size) / limit) seconds, for
        /// <paramref name="announcementCount"/> announcements on the group (this one included) of
        /// <paramref name="announcementSize"/> bytes, under a limit in bits per second.
        /// </summary>
        public static TimeSpan BaseInterval(int announcementSize, int announcementCount, int bandwidthLimit = DefaultBandwidthLimit)
        {
            CheckLimit(bandwidthLimit);
            double seconds = 8.0 * Math.Max(1, announcementCount) * Math.Max(0, announcementSize) / bandwidthLimit;
            return seconds > MinimumInterval.TotalSeconds ? TimeSpan.FromSeconds(seconds) : MinimumInterval;
        }

        /// <summary>
        /// RFC 2974 §3.1 step 3: offset = rand(interval * 2/3) - interval/3, so uniform over
        /// [-interval/3, interval/3). <paramref name="random"/> is a draw from [0, 1).
        /// </summary>
        public static TimeSpan Offset(TimeSpan interval, double random)
        {
            if (random < 0 || random >= 1)
            {
                throw new ArgumentOutOfRangeException(nameof(random), random, "The random draw is in [0, 1).");
            }

            return TimeSpan.FromTicks((long)(interval.Ticks * 2 / 3.0 * random) - (interval.Ticks / 3));
        }

        /// <summary>RFC 2974 §3.1 step 4: tn = tp + interval + offset.</summary>
        public static DateTime NextTransmission(DateTime lastTransmission, TimeSpan interval, double random) =>
            lastTransmission + interval + Offset(interval, random);

        /// <summary>RFC 2974 §4: the larger of ten announcement periods and one hour.</summary>
        public static TimeSpan Timeout(TimeSpan announcementInterval)
        {
            TimeSpan tenPeriods = TimeSpan.FromTicks(announcementInterval.Ticks * TimeoutPeriods);
            return tenPeriods > MinimumTimeout ? tenPeriods : MinimumTimeout;
        }

        internal static void CheckLimit(int bandwidthLimit)
        {
            if (bandwidthLimit <= 0)
            {
                throw new MulticastRuleException(
                    "SapBandwidthLimitInvalid",
                    bandwidthLimit,
                    "The SAP bandwidth limit is " + bandwidthLimit + " bits per second; it must be positive. RFC 2974 §3.1 assumes 4000 when none is configured.");
            }
        }
    }
}
