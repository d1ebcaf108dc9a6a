namespace Multicast
{
    /// <summary>A well-formed value that an RFC forbids for the mechanism asked for.</summary>
    public class MulticastRuleException : MulticastException
    {
        public MulticastRuleException(string errorId, object? input, string message, Remedy? remedy = null)
            : base(errorId, MulticastErrorKind.RuleViolation, input, message, remedy)
        {
        }
    }
}
