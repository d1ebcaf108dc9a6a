using System;

namespace Multicast.Sdp
{
    /// <summary>
    /// SDP times: decimal seconds since January 1, 1900 UTC, not wrapping in 2036 (RFC 8866 §5.9, which
    /// stopped calling them NTP times). Zero means "not bounded" (a stop time) or "permanent" (both).
    /// </summary>
    public static class SdpTime
    {
        /// <summary>RFC 8866 §5.9: "To convert these values to Unix time (UTC), subtract decimal 2208988800."</summary>
        public const ulong UnixEpoch = 2208988800;

        private static readonly DateTime Epoch1900 = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The UTC time, or null for 0 and for times past what DateTime holds.</summary>
        public static DateTime? ToDateTime(ulong seconds)
        {
            if (seconds == 0 || seconds > (ulong)(DateTime.MaxValue - Epoch1900).TotalSeconds)
            {
                return null;
            }

            return Epoch1900.AddSeconds(seconds);
        }

        /// <summary>Seconds since 1900 for a time (converted to UTC), whole seconds.</summary>
        public static ulong FromDateTime(DateTime time)
        {
            DateTime utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
            if (utc < Epoch1900)
            {
                throw new ArgumentOutOfRangeException(nameof(time), time, "SDP times start at January 1, 1900 UTC (RFC 8866 §5.9).");
            }

            return (ulong)((utc.Ticks - Epoch1900.Ticks) / TimeSpan.TicksPerSecond);
        }
    }
}
