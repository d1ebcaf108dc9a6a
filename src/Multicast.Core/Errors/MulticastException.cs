using System;

namespace Multicast
{
    /// <summary>
    /// The base of every exception Core throws for bad input. <see cref="ErrorId"/> is stable across
    /// releases, so scripts can match on it; the message states what is wrong, by the RFC, and names no command or parameter: <see cref="Remedy"/> carries the advice a host phrases.
    /// </summary>
    public abstract class MulticastException : Exception
    {
        protected MulticastException(string errorId, MulticastErrorKind kind, object? input, string message, Remedy? remedy = null)
            : base(message)
        {
            ErrorId = errorId;
            Kind = kind;
            Input = input;
            Remedy = remedy;
        }

        /// <summary>The same, with the lower-level error (an I/O failure, say) that caused this one.</summary>
        protected MulticastException(string errorId, MulticastErrorKind kind, object? input, string message, Exception? innerException, Remedy? remedy = null)
            : base(message, innerException)
        {
            ErrorId = errorId;
            Kind = kind;
            Input = input;
            Remedy = remedy;
        }

        /// <summary>A stable identifier such as "GlopAsNumberZero".</summary>
        public string ErrorId { get; }

        public MulticastErrorKind Kind { get; }

        /// <summary>The input that was refused, as the caller gave it.</summary>
        public object? Input { get; }

        /// <summary>What the caller can do instead, for the host to phrase; null when the message says all there is.</summary>
        public Remedy? Remedy { get; }
    }
}
