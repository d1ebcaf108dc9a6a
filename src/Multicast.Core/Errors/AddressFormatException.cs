namespace Multicast
{
    /// <summary>Text that is not a strictly written address, prefix or scope.</summary>
    public sealed class AddressFormatException : MulticastException
    {
        public AddressFormatException(string errorId, string input, string message, string? suggestion = null)
            : base(errorId, MulticastErrorKind.InvalidFormat, input, message)
        {
            Suggestion = suggestion;
        }

        /// <summary>What the user probably meant, in canonical form, when that can be told.</summary>
        public string? Suggestion { get; }
    }
}
