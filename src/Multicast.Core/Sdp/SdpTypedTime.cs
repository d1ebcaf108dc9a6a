using System;
using System.Globalization;

namespace Multicast.Sdp
{
    /// <summary>
    /// A time in an r= or z= line as it was written: a whole number and an optional unit letter, such as
    /// "7d" or "90000" (RFC 8866 §5.10: "Fractional units are not allowed"). A z= offset may be negative.
    /// </summary>
    public readonly struct SdpTypedTime : IEquatable<SdpTypedTime>
    {
        /// <summary>The most whole seconds a <see cref="TimeSpan"/> holds (922,337,203,685), and so the longest typed time.</summary>
        public const long MaxSeconds = long.MaxValue / TimeSpan.TicksPerSecond;

        /// <summary>A time of <paramref name="value"/> units; its length, either sign, is at most <see cref="MaxSeconds"/>.</summary>
        public SdpTypedTime(long value, SdpTimeUnit unit = SdpTimeUnit.None)
        {
            if (!Fits(value, unit))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The time is longer than a TimeSpan holds (" + MaxSeconds + " seconds).");
            }

            Value = value;
            Unit = unit;
        }

        public long Value { get; }

        public SdpTimeUnit Unit { get; }

        /// <summary>The length in seconds (RFC 8866 §5.10, Table 1).</summary>
        public long TotalSeconds => checked(Value * UnitSeconds(Unit));

        public TimeSpan Duration => TimeSpan.FromTicks(checked(TotalSeconds * TimeSpan.TicksPerSecond));

        /// <summary>Seconds, written without a unit.</summary>
        public static SdpTypedTime FromSeconds(long seconds) => new SdpTypedTime(seconds);

        /// <summary>
        /// Reads "digits[d|h|m|s]", with a leading "-" when <paramref name="allowNegative"/> (a z= offset).
        /// False for anything else, and for a time longer than <see cref="MaxSeconds"/>, which no TimeSpan holds.
        /// </summary>
        public static bool TryParse(string text, bool allowNegative, out SdpTypedTime time)
        {
            time = default;
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            int start = allowNegative && text[0] == '-' ? 1 : 0;
            int end = text.Length;
            SdpTimeUnit unit = UnitOf(text[end - 1]);
            if (unit != SdpTimeUnit.None)
            {
                end--;
            }

            if (end == start || end - start > 15)
            {
                return false;
            }

            long value = 0;
            for (int i = start; i < end; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            // At most 15 digits, so the value itself fits; its length in seconds must too.
            if (!Fits(value, unit))
            {
                return false;
            }

            time = new SdpTypedTime(start == 1 ? -value : value, unit);
            return true;
        }

        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Letter(Unit);

        public bool Equals(SdpTypedTime other) => Value == other.Value && Unit == other.Unit;

        public override bool Equals(object? obj) => obj is SdpTypedTime other && Equals(other);

        public override int GetHashCode() => (Value.GetHashCode() * 5) + (int)Unit;

        private static bool Fits(long value, SdpTimeUnit unit)
        {
            long most = MaxSeconds / UnitSeconds(unit);
            return value <= most && value >= -most;
        }

        private static long UnitSeconds(SdpTimeUnit unit) =>
            unit == SdpTimeUnit.Days ? 86400 : unit == SdpTimeUnit.Hours ? 3600 : unit == SdpTimeUnit.Minutes ? 60 : 1;

        private static SdpTimeUnit UnitOf(char letter) =>
            letter == 'd' ? SdpTimeUnit.Days : letter == 'h' ? SdpTimeUnit.Hours : letter == 'm' ? SdpTimeUnit.Minutes : letter == 's' ? SdpTimeUnit.Seconds : SdpTimeUnit.None;

        private static string Letter(SdpTimeUnit unit) =>
            unit == SdpTimeUnit.Days ? "d" : unit == SdpTimeUnit.Hours ? "h" : unit == SdpTimeUnit.Minutes ? "m" : unit == SdpTimeUnit.Seconds ? "s" : string.Empty;
    }
}
