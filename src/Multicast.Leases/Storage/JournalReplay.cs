namespace Multicast.Leases.Storage
{
    /// <summary>What replaying a journal found: where its sound records end, and what follows them, if anything.</summary>
    internal sealed class JournalReplay
    {
        public JournalReplay(JournalPosition end, JournalTail? tail)
        {
            End = end;
            Tail = tail;
        }

        public JournalPosition End { get; }

        public JournalTail? Tail { get; }
    }
}
