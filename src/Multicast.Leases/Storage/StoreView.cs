namespace Multicast.Leases.Storage
{
    /// <summary>
    /// A file store as this process last read it, under the lock: the book, the snapshot it was read from,
    /// and how far into that snapshot's journal it has applied records. The next transaction checks that the
    /// snapshot is the same and applies only the journal's newer records.
    /// </summary>
    internal sealed class StoreView
    {
        public StoreView(LeaseBook book, SnapshotIdentity snapshot, long snapshotLength, int snapshotVersion)
        {
            Book = book;
            Snapshot = snapshot;
            SnapshotLength = snapshotLength;
            SnapshotVersion = snapshotVersion;
        }

        /// <summary>The snapshot's format version (<see cref="LeaseSnapshotFormat.Version"/> once written by this code; 0 when there is none).</summary>
        public int SnapshotVersion { get; private set; }

        /// <summary>The format version of the journal that continues the snapshot, once read.</summary>
        public int JournalVersion { get; set; } = LeaseJournalFormat.Version;

        /// <summary>What follows the journal's sound records, until a writer quarantines it; a view with one is never cached.</summary>
        public JournalTail? Tail { get; set; }

        public LeaseBook Book { get; }

        /// <summary>The snapshot file's identity; generation 0 when there is none, or it has the first format.</summary>
        public SnapshotIdentity Snapshot { get; private set; }

        public long SnapshotLength { get; private set; }

        /// <summary>Where the applied journal records end; null while no journal that continues <see cref="Snapshot"/> has been read.</summary>
        public JournalPosition? Journal { get; set; }

        /// <summary>After a compaction wrote <paramref name="snapshot"/> and, unless <paramref name="journal"/> is null, an empty journal for it.</summary>
        public void Compacted(SnapshotIdentity snapshot, long snapshotLength, JournalPosition? journal)
        {
            Snapshot = snapshot;
            SnapshotLength = snapshotLength;
            SnapshotVersion = LeaseSnapshotFormat.Version;
            JournalVersion = LeaseJournalFormat.Version;
            Journal = journal;
            Tail = null;
        }
    }
}
