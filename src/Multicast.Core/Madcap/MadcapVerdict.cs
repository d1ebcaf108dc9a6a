namespace Multicast.Madcap
{
    /// <summary>The outcome of <see cref="MadcapRequestRules"/>: what to do, the Error option for a NAK, and the reason in words for a log.</summary>
    public sealed class MadcapVerdict
    {
        private MadcapVerdict(MadcapVerdictKind kind, MadcapErrorOption? error, string reason)
        {
            Kind = kind;
            Error = error;
            Reason = reason;
        }

        public static MadcapVerdict Process { get; } = new MadcapVerdict(MadcapVerdictKind.Process, null, "The request keeps to RFC 2730.");

        public MadcapVerdictKind Kind { get; }

        /// <summary>For <see cref="MadcapVerdictKind.Nak"/>: the Error option to send; otherwise null.</summary>
        public MadcapErrorOption? Error { get; }

        public string Reason { get; }

        public static MadcapVerdict Ignore(string reason) => new MadcapVerdict(MadcapVerdictKind.Ignore, null, reason);

        public static MadcapVerdict Nak(MadcapErrorOption error, string reason) => new MadcapVerdict(MadcapVerdictKind.Nak, error, reason);

        public static MadcapVerdict AnotherServerChosen(string reason) => new MadcapVerdict(MadcapVerdictKind.AnotherServerChosen, null, reason);

        public override string ToString() => Kind + (Error != null ? " (" + Error + ")" : string.Empty) + ": " + Reason;
    }
}
