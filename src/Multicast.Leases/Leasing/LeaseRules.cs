using System;
using System.Globalization;
namespace Multicast.Leases
{
    /// <summary>The module's own limits on pool names, owners and lease lengths, and the reading of exclusions.</summary>
    public static class LeaseRules
    {
        /// <summary>The shortest lease: shorter ones are more likely a TimeSpan built from ticks or seconds by mistake.</summary>
        public static readonly TimeSpan MinimumDuration = TimeSpan.FromMinutes(1);

        /// <summary>The longest lease, 100 years: long enough for a group assigned for good.</summary>
        public static readonly TimeSpan MaximumDuration = TimeSpan.FromDays(36500);

        /// <summary>A pool's lease length when none is given.</summary>
        public static readonly TimeSpan StandardDuration = TimeSpan.FromDays(1);

        public const int MaximumNameLength = 64;

        public const int MaximumOwnerLength = 256;

        /// <summary>Letters, digits, '.', '_' and '-', starting with a letter or digit; compared without case.</summary>
        public static string CheckPoolName(string? name)
        {
            string text = name ?? string.Empty;
            bool valid = text.Length > 0 && text.Length <= MaximumNameLength && char.IsLetterOrDigit(text[0]) && text[0] < 128;
            foreach (char c in text)
            {
                valid &= c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
            }

            if (!valid)
            {
                throw new AddressFormatException(
                    "PoolNameInvalid",
                    text,
                    "'" + text + "' is not a pool name. Use 1 to " + MaximumNameLength + " ASCII letters, digits, '.', '_' or '-', starting with a letter or digit, such as 'video-239'.");
            }

            return text;
        }

        /// <summary>The owner, trimmed: 1 to 256 characters, no control characters.</summary>
        public static string CheckOwner(string? owner)
        {
            string text = (owner ?? string.Empty).Trim();
            bool valid = text.Length > 0 && text.Length <= MaximumOwnerLength;
            for (int i = 0; i < text.Length; i++)
            {
                // An unpaired surrogate cannot be written to the UTF-8 store.
                bool paired = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                valid &= !char.IsControl(text[i]) && (paired || !char.IsSurrogate(text[i]));
                i += paired ? 1 : 0;
            }

            if (!valid)
            {
                throw new AddressFormatException(
                    "LeaseOwnerInvalid",
                    owner ?? string.Empty,
                    "'" + owner + "' is not an owner. Name the application, runbook or person holding the lease in 1 to " + MaximumOwnerLength + " characters, without control characters or broken Unicode.");
            }

            return text;
        }

        /// <summary>A lease length from 1 minute to 36500 days.</summary>
        public static TimeSpan CheckDuration(TimeSpan duration)
        {
            if (duration < MinimumDuration || duration > MaximumDuration)
            {
                throw new MulticastRuleException(
                    "LeaseDurationOutOfRange",
                    duration,
                    "A lease of " + duration.ToString("c", CultureInfo.InvariantCulture) + " is out of range: a lease lasts from 00:01:00 (one minute) to 36500.00:00:00 (100 years).",
                    Remedy.Of(RemedyKind.GiveDurationInRange, ("Minimum", MinimumDuration), ("Maximum", MaximumDuration)));
            }

            return duration;
        }

        /// <summary>An exclusion: a prefix such as 239.1.2.0/24, or one address, which means its /32 or /128.</summary>
        public static IPPrefix ParseExclusion(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (text.IndexOf('/') >= 0)
            {
                return IPPrefix.Parse(text);
            }

            IPAddressValue address = AddressParser.Parse(text);
            return new IPPrefix(address, address.BitLength);
        }
    }
}
