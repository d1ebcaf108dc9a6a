namespace Multicast.Sdp
{
    /// <summary>
    /// One way a parsed session description breaks RFC 8866: a stable <see cref="Id"/> (one of
    /// <see cref="SdpWarningIds"/>) for scripts, a sentence for people, and the line it is on.
    /// </summary>
    public sealed class SdpWarning
    {
        public SdpWarning(string id, string message, int line)
        {
            Id = id;
            Message = message;
            Line = line;
        }

        /// <summary>A stable identifier such as "SdpLineOutOfOrder".</summary>
        public string Id { get; }

        public string Message { get; }

        /// <summary>The 1-based line the warning is about, or 0 for the description as a whole.</summary>
        public int Line { get; }

        public override string ToString() => Line > 0 ? "line " + Line + ": " + Message : Message;
    }
}
