using System;

namespace Multicast
{
    /// <summary>
    /// The base of every exception Core throws for bad input. <see cref="ErrorId"/> is stable across
    /// releases, so scripts can match on it; the message says what is wrong and what to use instead.
    /// </summary>
    public abstract class MulticastException : Exception
    {
        protected MulticastException(string errorId, MulticastErrorKind kind, object? input, string message)
            : base(message)
        {
            ErrorId = errorId;
            Kind = kind;
            Input = input;
        }

        /// <summary>The same, with the lower-level error (an I/O failure, say) that caused this one.</summary>
        protected MulticastException(string errorId, MulticastErrorKind kind, object? input, string message, Exception? innerException)
            : base(message, innerException)
        {
            ErrorId = errorId;
            Kind = kind;
            Input = input;
        }

        /// <summary>A stable identifier such as "GlopAsNumberZero".</summary>
        public string ErrorId { get; }

        public MulticastErrorKind Kind { get; }

        /// <summary>The input that was refused, as the caller gave it.</summary>
        public object? Input { get; }
    }
}
