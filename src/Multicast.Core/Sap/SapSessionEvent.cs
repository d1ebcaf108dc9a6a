using System;

namespace Multicast.Sap
{
    /// <summary>A change in a SAP directory: which session, what happened, and when.</summary>
    public sealed class SapSessionEvent
    {
        internal SapSessionEvent(SapSessionEventKind kind, SapSession session, DateTime time, SapSession? previous = null)
        {
            Kind = kind;
            Session = session;
            Time = time;
            Previous = previous;
        }

        public SapSessionEventKind Kind { get; }

        /// <summary>The session as it is now (for a removal, as it was last known).</summary>
        public SapSession Session { get; }

        /// <summary>For <see cref="SapSessionEventKind.Changed"/>, the session as it was before.</summary>
        public SapSession? Previous { get; }

        public DateTime Time { get; }

        public override string ToString() => Kind + ": " + Session;
    }
}
