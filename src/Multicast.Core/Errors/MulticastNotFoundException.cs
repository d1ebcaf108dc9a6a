namespace Multicast
{
    /// <summary>A name or number that the registry or table does not hold.</summary>
    public sealed class MulticastNotFoundException : MulticastException
    {
        public MulticastNotFoundException(string errorId, object? input, string message, Remedy? remedy = null)
            : base(errorId, MulticastErrorKind.NotFound, input, message, remedy)
        {
        }
    }
}
