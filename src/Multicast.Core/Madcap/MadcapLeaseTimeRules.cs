using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// The time rules a server applies before it looks at its store, and a client uses to check an answer
    /// (RFC 2730 §2.2.2-§2.2.5, §2.12, §3.15, §3.16).
    /// </summary>
    public static class MadcapLeaseTimeRules
    {
        /// <summary>
        /// The lease time to grant. No Lease Time asks for the "maximum available"; a longer one than available is cut
        /// to what is available ("it SHOULD send an OFFER message with the lease time ... that it can offer"). False
        /// when that falls below the client's Minimum Lease Time: then the server "MUST generate ... a Valid Request
        /// Could Not Be Completed error" naming option 14 (§3.15).
        /// </summary>
        public static bool TryChooseLeaseTime(uint? requested, uint? minimum, uint available, out uint granted)
        {
            granted = requested.HasValue && requested.Value < available ? requested.Value : available;
            return !minimum.HasValue || granted >= minimum.Value;
        }

        /// <summary>
        /// The start to grant: the requested Start Time, or now ("as soon as possible") when there is none, but not
        /// before <paramref name="earliestAvailable"/>. False when that is later than the client's Maximum Start Time:
        /// "MUST generate ... a Valid Request Could Not Be Completed error" naming option 15 (§3.16).
        /// </summary>
        public static bool TryChooseStart(DateTime now, uint? requestedStart, uint? maximumStart, DateTime earliestAvailable, out DateTime start)
        {
            DateTime wanted = requestedStart.HasValue ? MadcapTime.ToDateTime(requestedStart.Value) : now;
            start = wanted > earliestAvailable ? wanted : earliestAvailable;
            return !maximumStart.HasValue || start <= MadcapTime.ToDateTime(maximumStart.Value);
        }

        /// <summary>
        /// True when the sender's Current Time differs from <paramref name="now"/> by more than <paramref name="allowance"/>
        /// ([CLOCK-SKEW-ALLOWANCE], 30 minutes by default): a server then "MUST generate ... an Excessive Clock Skew error" (§2.12).
        /// </summary>
        public static bool IsClockSkewExcessive(uint senderCurrentTime, DateTime now, TimeSpan allowance)
        {
            TimeSpan skew = MadcapTime.ToDateTime(senderCurrentTime) - now;
            return skew.Duration() > allowance;
        }

        /// <summary>
        /// True when the message carries an absolute time, and so "MUST" carry Current Time too (§2.12, §3.7, §3.14, §3.16):
        /// Start Time, Maximum Start Time or Retry Time.
        /// </summary>
        public static bool NeedsCurrentTime(MadcapMessage message) =>
            message.StartTime.HasValue || message.MaximumStartTime.HasValue || message.RetryTime.HasValue;
    }
}
