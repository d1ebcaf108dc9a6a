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
            _ => ErrorCategory.NotSpecified,
        };

        public static ErrorRecord From(MulticastException exception, object? target)
        {
            var record = new ErrorRecord(exception, exception.ErrorId, CategoryOf(exception.Kind), target);
            if (exception is AddressFormatException format && format.Suggestion != null)
            {
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Use " + format.Suggestion + "." };
            }

            return record;
        }
    }
}
