namespace Multicast
{
    /// <summary>Text that is not a strictly written address, prefix or scope.</summary>
    public sealed class AddressFormatException : MulticastException
    {
        public AddressFormatException(string errorId, string input, string message, string? suggestion = null, Remedy? remedy = null)
            : base(errorId, MulticastErrorKind.InvalidFormat, input, message, remedy)
        {
            Suggestion = suggestion;
        }

        /// <summary>What the user probably meant, in canonical form, when that can be told.</summary>
        public string? Suggestion { get; }
    }
}
