using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>Turns Core's exceptions into ErrorRecords with a stable ErrorId, a category and the input.</summary>
    internal static class ErrorRecords
    {
        // Mirrors PowerShell's own binder: text it cannot convert is InvalidArgument; a value that
        // fails validation (here, an RFC rule) is InvalidData; a name a table lacks is ObjectNotFound.
        public static ErrorCategory CategoryOf(MulticastErrorKind kind) => kind switch
        {
            MulticastErrorKind.InvalidFormat => ErrorCategory.InvalidArgument,
            MulticastErrorKind.RuleViolation => ErrorCategory.InvalidData,
            MulticastErrorKind.NotFound => ErrorCategory.ObjectNotFound,
            MulticastErrorKind.Conflict => ErrorCategory.ResourceExists,
            MulticastErrorKind.InvalidState => ErrorCategory.InvalidOperation,
            MulticastErrorKind.Exhausted => ErrorCategory.LimitsExceeded,
            MulticastErrorKind.Timeout => ErrorCategory.OperationTimeout,
            MulticastErrorKind.StoreUnreadable => ErrorCategory.ReadError,
            MulticastErrorKind.StoreUnavailable => ErrorCategory.ResourceUnavailable,
            MulticastErrorKind.NetworkUnavailable => ErrorCategory.ResourceUnavailable,
            _ => ErrorCategory.NotSpecified,
        };

        // PowerShell 7's console shows RecommendedAction under the message ("Recommendation: ..."); Windows
        // PowerShell 5.1's never does, so there the remedy joins the message, where its users will read it.
        private static readonly bool ConsoleShowsRecommendation = typeof(PSObject).Assembly.GetName().Version.Major >= 7;

        /// <summary>The message and the remedy together, for the binder's errors, which have no recommendation of their own.</summary>
        public static string MessageWithRemedy(MulticastException exception) =>
            exception.Remedy is null ? exception.Message : exception.Message + " " + RemedyText.For(exception.Remedy);

        /// <summary>The record for one bad item: Core's facts, then its remedy phrased as cmdlets and parameters.</summary>
        public static ErrorRecord From(MulticastException exception, object? target)
        {
            var record = new ErrorRecord(exception, exception.ErrorId, CategoryOf(exception.Kind), target);
            if (exception.Remedy != null)
            {
                string action = RemedyText.For(exception.Remedy);
                string message = ConsoleShowsRecommendation ? exception.Message : exception.Message + " " + action;
                record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = action };
            }
            else if (exception is AddressFormatException format && format.Suggestion != null)
            {
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Use " + format.Suggestion + "." };
            }

            return record;
        }
    }
}
