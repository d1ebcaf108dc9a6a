using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The embedded store, which any number of processes, on one machine or across an SMB share, use at
    /// once: a snapshot file (leases.json, <see cref="LeaseSnapshotFormat"/>) and a journal of the changes
    /// committed since (leases.json.journal, <see cref="LeaseJournalFormat"/>). Every transaction holds an
    /// exclusive lock on leases.json.lock (opened with FileShare.None, retried with backoff up to
    /// <see cref="LockTimeout"/>). Changes are committed by appending one checksummed record to the journal
    /// and flushing it to disk; the threads of a process that wait meanwhile are committed together, in one
    /// record (group commit). Once the journal would outgrow the snapshot (and 1 MiB), a change is committed
    /// by a compaction instead: a new snapshot, one generation up, written to a temporary file, flushed and
    /// atomically put in place, then an empty journal for it the same way. A journal names the snapshot it
    /// continues, so one that a compaction killed halfway left behind is known to be obsolete. After each
    /// commit, the lock file marks where the acknowledged records end (<see cref="CommitMark"/>).
    /// A process killed at any point leaves every committed change readable; the lock dies with it. A journal
    /// whose end cannot be trusted is kept in leases.json.quarantine and its groups held, or the store stops,
    /// until <see cref="Repair"/> (README.md, "When the journal's end is damaged").
    /// Each process keeps the store as it last read it (<see cref="StoreViewCache"/>); under the lock, a
    /// transaction checks the snapshot's identity and applies only the journal records written since, so
    /// it costs about the same with 100,000 leases as with 10. All file access goes through
    /// <see cref="IStoreFileSystem"/>, which tests replace to fail or stop at any step.
    /// </summary>
    public sealed class FileLeaseStore : ILeaseStore
    {
        public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(30);

        /// <summary>The journal is the store file's path with this added.</summary>
        internal const string JournalSuffix = ".journal";

        /// <summary>The journal may always grow to this size before a compaction, however small the snapshot.</summary>
        internal const long MinimumJournalLimit = 1 << 20;


        private readonly StoreViewCache _cache;
        private readonly IStoreFileSystem _files;
        private readonly object _queueGate = new object();
        private List<PendingChange> _queue = new List<PendingChange>();
        private bool _committing;

        public FileLeaseStore(string path, TimeSpan? lockTimeout = null)
            : this(path, lockTimeout, StoreViewCache.Shared)
        {
        }

        /// <summary>A store at <paramref name="path"/> opened as <paramref name="mode"/> says: <see cref="StoreOpenMode.MustExist"/> for reading or changing a store that must be there.</summary>
        public FileLeaseStore(string path, StoreOpenMode mode, TimeSpan? lockTimeout = null)
            : this(path, lockTimeout, StoreViewCache.Shared)
        {
            Mode = mode;
        }

        /// <summary>
        /// For tests: a store with its own cache behaves as if it were in another process; <paramref name="files"/>
        /// replaces the disk, to fail or stop at a chosen step.
        /// </summary>
        internal FileLeaseStore(string path, TimeSpan? lockTimeout, StoreViewCache cache, IStoreFileSystem? files = null)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("A store path is needed.", nameof(path));
            }

            FilePath = Path.GetFullPath(path);
            LockTimeout = lockTimeout ?? DefaultLockTimeout;
            _cache = cache;
            _files = files ?? DiskFileSystem.Instance;
        }

        /// <summary>The store file: its snapshot.</summary>
        public string FilePath { get; }

        /// <summary>The store's journal, beside <see cref="FilePath"/>.</summary>
        public string JournalFilePath => FilePath + JournalSuffix;

        public string Location => FilePath;

        /// <summary>Whether the store must already exist.</summary>
        public StoreOpenMode Mode { get; internal set; }

        /// <summary>How long a transaction waits for another process's lock before it gives up.</summary>
        public TimeSpan LockTimeout { get; }

        /// <summary>For tests: the journal size past which a change compacts, instead of the snapshot's size (at least 1 MiB).</summary>
        internal long? JournalLimit { get; set; }

        private string LockPath => FilePath + ".lock";

        public T Read<T>(Func<ILeaseTransaction, T> read)
        {
            if (!Exists())
            {
                return read(new LeaseBook { ReadOnly = true });
            }

            using (Stream lockFile = AcquireLock())
            using (Stream? journal = OpenJournal(FileAccess.Read))
            {
                StoreView view = Refresh(_cache.Take(FilePath), journal, lockFile, lenient: false);
                view.Book.ReadOnly = true;
                try
                {
                    return read(view.Book);
                }
                finally
                {
                    view.Book.ReadOnly = false;
                    if (view.Tail is null)
                    {
                        _cache.Put(FilePath, view);
                    }
                }
            }
        }

        /// <summary>
        /// The groups held in quarantine, and why: the journal's end was a record that could not be trusted
        /// (README.md, "When the journal's end is damaged"). Empty for a sound store.
        /// </summary>
        public IReadOnlyList<HeldGroup> GetHeldGroups() => Read(transaction => new List<HeldGroup>(((LeaseBook)transaction).Held.Values));

        /// <summary>
        /// The repair step, for a person who has looked at the quarantine file: whatever the journal's end holds
        /// that could not be trusted is quarantined (its bytes kept in the quarantine file) and cut off, and the held
        /// groups are settled by <paramref name="decision"/>: released, so they can be leased again, or restored
        /// as leases as their record reads, where the group is still free. The store is then sound again.
        /// Returns the groups it settled.
        /// </summary>
        public IReadOnlyList<HeldGroup> Repair(RepairDecision decision)
        {
            EnsureExists();
            using (Stream lockFile = AcquireLock())
            {
                Stream? journal = OpenJournal(FileAccess.ReadWrite);
                try
                {
                    _cache.Take(FilePath);
                    StoreView view = Refresh(null, journal, lockFile, lenient: true);
                    LeaseBook book = view.Book;
                    var settled = new List<HeldGroup>(book.Held.Values);
                    book.ReleaseHolds();
                    book.BeginTransaction(recordChanges: true);
                    if (decision == RepairDecision.Restore)
                    {
                        foreach (HeldGroup held in settled)
                        {
                            LeaseRecord? lease = held.AsRead;
                            MulticastAddressPool? pool = lease is null ? null : book.FindPool(lease.Pool);
                            if (lease != null && pool != null && pool.Prefix.Contains(lease.Address) && book.FindLease(lease.Address) is null && lease.EndUtc > lease.StartUtc)
                            {
                                book.SaveLease(new LeaseRecord(lease.Address, pool.Name, lease.Owner, lease.StartUtc, lease.EndUtc, lease.ClientId));
                            }
                        }
                    }

                    book.EndTransaction();
                    Commit(view, ref journal, lockFile, forceCompaction: true);
                    book.ClearChanges();
                    _cache.Put(FilePath, view);
                    return settled;
                }
                finally
                {
                    journal?.Dispose();
                }
            }
        }

        public T Update<T>(Func<ILeaseTransaction, T> change)
        {
            var pending = new PendingChange(transaction => change(transaction));
            Run(new[] { pending });
            if (pending.Error != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(pending.Error).Throw();
            }

            return (T)pending.Result!;
        }

        public IReadOnlyList<TransactionOutcome<T>> UpdateEach<T>(IReadOnlyList<Func<ILeaseTransaction, T>> changes)
        {
            var pending = new PendingChange[changes.Count];
            for (int i = 0; i < pending.Length; i++)
            {
                Func<ILeaseTransaction, T> change = changes[i];
                pending[i] = new PendingChange(transaction => change(transaction));
            }

            Run(pending);
            var outcomes = new TransactionOutcome<T>[pending.Length];
            for (int i = 0; i < pending.Length; i++)
            {
                outcomes[i] = new TransactionOutcome<T>(pending[i].Error is null ? (T)pending[i].Result! : default!, pending[i].Error);
            }

            return outcomes;
        }

        /// <summary>For tests: how many transactions wait for the commit in progress.</summary>
        internal int Queued
        {
            get
            {
                lock (_queueGate)
                {
                    return _queue.Count;
                }
            }
        }

        /// <summary>
        /// Group commit: <paramref name="changes"/> join the queue. If no thread of this process is committing,
        /// this one takes the whole queue as a batch and commits it: one lock, one journal append, one flush.
        /// Otherwise it waits, and then its changes are done, or it commits the next batch. Either way it
        /// returns only once its changes are durable or refused.
        /// </summary>
        private void Run(IReadOnlyList<PendingChange> changes)
        {
            List<PendingChange> batch;
            lock (_queueGate)
            {
                _queue.AddRange(changes);
                while (_committing && !changes[changes.Count - 1].Done)
                {
                    Monitor.Wait(_queueGate);
                }

                if (changes[changes.Count - 1].Done)
                {
                    return;
                }

                _committing = true;
                batch = _queue;
                _queue = new List<PendingChange>();
            }

            try
            {
                Commit(batch);
            }
            finally
            {
                lock (_queueGate)
                {
                    foreach (PendingChange pending in batch)
                    {
                        pending.Done = true;
                    }

                    _committing = false;
                    Monitor.PulseAll(_queueGate);
                }
            }
        }

        /// <summary>Runs each change as a transaction on the store as the files have it, and commits those that succeeded as one journal record.</summary>
        private void Commit(List<PendingChange> batch)
        {
            try
            {
                // A folder in the store's place, or (MustExist) no store, is said as such.
                Exists();

                CreateFolder();
                using (Stream lockFile = AcquireLock())
                {
                    DeleteAbandonedTemporaryFiles();
                    Stream? journal = OpenJournal(FileAccess.ReadWrite);
                    try
                    {
                        StoreView view = Refresh(_cache.Take(FilePath), journal, lockFile, lenient: false);
                        LeaseBook book = view.Book;
                        foreach (PendingChange pending in batch)
                        {
                            book.BeginTransaction(recordChanges: true);
                            try
                            {
                                pending.Result = pending.Change(book);
                                book.EndTransaction();
                            }
                            catch (Exception exception)
                            {
                                book.Rollback();
                                pending.Error = exception;
                            }
                        }

                        if (book.Changes.Count > 0)
                        {
                            // If this throws, the view is dropped: the files say what was committed.
                            Commit(view, ref journal, lockFile, forceCompaction: false);
                        }

                        book.ClearChanges();
                        if (view.Tail is null)
                        {
                            _cache.Put(FilePath, view);
                        }
                    }
                    finally
                    {
                        journal?.Dispose();
                    }
                }
            }
            catch (Exception exception)
            {
                // The batch was not committed: every change that had succeeded fails with the store.
                foreach (PendingChange pending in batch)
                {
                    if (pending.Error is null)
                    {
                        pending.Error = exception;
                        pending.Result = null;
                    }
                }
            }
        }

        private Stream AcquireLock()
        {
            var clock = Stopwatch.StartNew();
            var jitter = new Random(Guid.NewGuid().GetHashCode());
            int delay = 1;
            while (true)
            {
                try
                {
                    return _files.Open(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException exception) when (!(exception is FileNotFoundException || exception is DirectoryNotFoundException || exception is PathTooLongException))
                {
                    // Another process holds the lock (a sharing violation on Windows, a held flock on Unix).
                    if (clock.Elapsed >= LockTimeout)
                    {
                        throw new LeaseStoreException(
                            "LeaseStoreLockTimeout",
                            MulticastErrorKind.Timeout,
                            FilePath,
                            "The lease store " + FilePath + " stayed locked by another process for " + LockTimeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)
                            + " seconds, so nothing was changed. Try again; if it persists, find the process that keeps " + LockPath + " open (" + exception.Message + ").",
                            exception);
                    }
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                {
                    throw Unavailable("cannot open its lock file " + LockPath, exception);
                }

                Thread.Sleep(delay + jitter.Next(delay + 1));
                delay = Math.Min(delay * 2, 8);
            }
        }

        /// <summary>
        /// Brings <paramref name="cached"/> (or a fresh read) up to date with the files: the same snapshot, and
        /// the journal records written since it last looked. Anything unexpected, such as a journal that no
        /// longer holds the records it applied, makes it read both files from the start. A torn write at the
        /// journal's end is left for the next writer to quarantine and cut off; a damaged record there holds the
        /// groups it may lease, or, when that cannot be told, stops the store (LeaseStoreCorrupt) until
        /// <see cref="Repair"/>, which reads <paramref name="lenient"/>ly: any damage ends the sound records.
        /// </summary>
        private StoreView Refresh(StoreView? cached, Stream? journal, Stream lockFile, bool lenient)
        {
            StoreView view = ReadSnapshot(cached);
            try
            {
                long acknowledged = CommitMark.Read(lockFile, view.Snapshot);
                long length = journal?.Length ?? 0;
                if (journal is null || length == 0)
                {
                    if (view.Journal != null)
                    {
                        return Refresh(null, journal, lockFile, lenient);
                    }

                    if (acknowledged > LeaseJournalFormat.HeaderLength)
                    {
                        view.Tail = new JournalTail(JournalTailKind.Damaged, 1, 0, new byte[0], "the journal " + JournalFilePath + " is gone, but the store acknowledged records in it up to byte " + acknowledged, null);
                        return Settle(view, lenient);
                    }

                    return view;
                }

                var header = new byte[LeaseJournalFormat.HeaderLength];
                int count = ReadAt(journal, 0, header, header.Length);
                SnapshotIdentity continues = LeaseJournalFormat.ReadHeader(header, count, FilePath, JournalFilePath, out uint headerCrc, out int version);
                if (!continues.Equals(view.Snapshot) || view.Snapshot.Generation == 0)
                {
                    if (continues.Generation < view.Snapshot.Generation)
                    {
                        // A compaction wrote a newer snapshot and died before its journal: this one is obsolete.
                        return view.Journal is null ? view : Refresh(null, journal, lockFile, lenient);
                    }

                    throw LeaseFileFormat.Corrupt(
                        FilePath,
                        "its journal " + JournalFilePath + " continues the snapshot of " + continues + ", but "
                        + (view.Snapshot.Generation == 0 && view.SnapshotLength == 0 ? "there is no snapshot file" : "the snapshot file is of " + view.Snapshot)
                        + "; one of the two files was replaced or restored without the other");
                }

                // Read from 4 bytes before the records still to apply: the CRC that ends the records applied so far.
                JournalPosition from = view.Journal ?? JournalPosition.Start(headerCrc);
                if (from.Offset > length)
                {
                    return Refresh(null, journal, lockFile, lenient);
                }

                var tail = new byte[length - from.Offset + 4];
                count = ReadAt(journal, from.Offset - 4, tail, tail.Length);
                if (count < 4 || LeaseJournalFormat.GetUInt32(tail, 0) != from.Crc)
                {
                    return Refresh(null, journal, lockFile, lenient);
                }

                JournalReplay replay = LeaseJournalFormat.Replay(tail, 4, count, from, view.Book, version, acknowledged, lenient, FilePath, JournalFilePath);
                view.Journal = replay.End;
                view.JournalVersion = version;
                view.Tail = replay.Tail;
                return Settle(view, lenient);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("cannot be read (its journal " + JournalFilePath + ")", exception);
            }
        }

        /// <summary>Holds the groups a damaged tail may lease; stops the store when that cannot be told (unless repairing).</summary>
        private StoreView Settle(StoreView view, bool lenient)
        {
            JournalTail? tail = view.Tail;
            if (tail is null || tail.Kind == JournalTailKind.Torn)
            {
                return view;
            }

            IReadOnlyList<IPAddressValue>? groups = tail.Groups;
            if (groups is null && !lenient)
            {
                throw new LeaseStoreException(
                    "LeaseStoreCorrupt",
                    MulticastErrorKind.StoreUnreadable,
                    FilePath,
                    "The lease store " + FilePath + " cannot be trusted: record " + tail.Sequence + " of its journal " + JournalFilePath + ", at byte " + tail.Offset + ", "
                    + tail.Reason + ", and what it changed cannot be read, so it may hold any group. It was left unchanged and nothing will write to it until it is repaired.",
                    null,
                    Remedy.Of(RemedyKind.RepairStore, ("Path", FilePath), ("Kept", JournalFilePath)));
            }

            string note = LeaseQuarantine.Note(tail, DateTime.UtcNow);
            foreach (LeaseChange change in tail.Changes ?? (IReadOnlyList<LeaseChange>)new LeaseChange[0])
            {
                if (change.Kind == LeaseChangeKind.SaveLease && !view.Book.IsHeld(change.Lease!.Address))
                {
                    view.Book.Hold(new HeldGroup(change.Lease.Address, note, change.Lease));
                }
            }

            return view;
        }

        /// <summary><paramref name="cached"/> when the snapshot file is still the one it was read from, else the snapshot read afresh.</summary>
        private StoreView ReadSnapshot(StoreView? cached)
        {
            byte[] bytes;
            int length;
            try
            {
                Stream stream;
                try
                {
                    stream = _files.Open(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read);
                }
                catch (Exception exception) when (exception is FileNotFoundException || exception is DirectoryNotFoundException)
                {
                    return new StoreView(new LeaseBook(), default, 0, 0);
                }

                using (stream)
                {
                    if (stream.Length > int.MaxValue)
                    {
                        throw LeaseFileFormat.Corrupt(FilePath, "it is larger than 2 GB");
                    }

                    length = (int)stream.Length;
                    if (cached != null && cached.Snapshot.Generation > 0 && cached.SnapshotLength == length)
                    {
                        var head = new byte[LeaseFileFormat.HeadLength];
                        int count = ReadAt(stream, 0, head, head.Length);
                        if ((LeaseSnapshotFormat.TryReadIdentity(head, count, out SnapshotIdentity identity) || LeaseFileFormat.TryReadIdentity(head, count, out identity)) && identity.Equals(cached.Snapshot))
                        {
                            return cached;
                        }
                    }

                    bytes = new byte[length];
                    if (ReadAt(stream, 0, bytes, length) != length)
                    {
                        throw new IOException("The file ended early.");
                    }
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("cannot be read", exception);
            }

            if (LeaseSnapshotFormat.IsBinary(bytes, length))
            {
                LeaseBook book = LeaseSnapshotFormat.Read(bytes, length, FilePath, out SnapshotIdentity identity);
                return new StoreView(book, identity, length, LeaseSnapshotFormat.Version);
            }

            // Versions 1 and 2: JSON. A byte order mark, as Windows PowerShell 5.1's Set-Content -Encoding UTF8 writes, is not content.
            int bom = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            LeaseBook legacy = LeaseFileFormat.Read(bytes, bom, length - bom, FilePath, out SnapshotIdentity read);
            return new StoreView(legacy, read, length, read.Generation == 0 ? 1 : 2);
        }

        /// <summary>
        /// Commits the book's changes: appended to the journal, or by a compaction when the journal has grown too
        /// large, the store is new or of an older format, its holds changed, or its journal ends in a damaged
        /// record. A journal tail that could not be trusted is quarantined first. Then the commit mark.
        /// </summary>
        private void Commit(StoreView view, ref Stream? journal, Stream lockFile, bool forceCompaction)
        {
            try
            {
                if (view.Tail != null)
                {
                    LeaseQuarantine.Append(_files, FilePath, view.Snapshot, view.Tail, DateTime.UtcNow);
                }

                long limit = JournalLimit ?? Math.Max(MinimumJournalLimit, view.SnapshotLength);
                bool compact = forceCompaction || view.Snapshot.Generation == 0 || view.SnapshotVersion < LeaseSnapshotFormat.Version
                    || (view.Journal != null && view.JournalVersion < LeaseJournalFormat.Version) || view.Tail?.Kind == JournalTailKind.Damaged;
                if (compact)
                {
                    Compact(view, ref journal);
                }
                else if (view.Journal is JournalPosition at)
                {
                    byte[] record = LeaseJournalFormat.Record(view.Book.Changes, at.NextSequence, at.Crc);
                    if (at.Offset + record.Length > limit)
                    {
                        Compact(view, ref journal);
                    }
                    else
                    {
                        Append(view, journal!, at, record);
                    }
                }
                else
                {
                    // No journal continues this snapshot (a compaction died before writing it): start one with this record.
                    byte[] header = LeaseJournalFormat.Header(view.Snapshot);
                    JournalPosition start = JournalPosition.Start(LeaseJournalFormat.LastCrc(header));
                    byte[] record = LeaseJournalFormat.Record(view.Book.Changes, start.NextSequence, start.Crc);
                    if (start.Offset + record.Length > limit)
                    {
                        Compact(view, ref journal);
                    }
                    else
                    {
                        Close(ref journal);
                        WriteJournal(header, record);
                        view.Journal = start.After(record);
                    }
                }

                view.Tail = null;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("could not be written, so it was left as it was", exception);
            }

            try
            {
                if (view.Journal is JournalPosition end)
                {
                    CommitMark.Write(lockFile, view.Snapshot, end.Offset);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // The change is committed; the mark is a hint, and a later commit writes it again.
            }
        }

        /// <summary>Appends <paramref name="record"/> where the valid records end, cutting off a dead writer's torn one, and flushes it to disk.</summary>
        private void Append(StoreView view, Stream journal, JournalPosition at, byte[] record)
        {
            try
            {
                if (journal.Length != at.Offset)
                {
                    journal.SetLength(at.Offset);
                }

                journal.Position = at.Offset;
                journal.Write(record, 0, record.Length);
                _files.FlushToDisk(journal);
                view.Journal = at.After(record);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // Leave no half record for the next writer to mistake for damage; it would cut it off anyway.
                try
                {
                    journal.SetLength(at.Offset);
                }
                catch (Exception again) when (again is IOException || again is UnauthorizedAccessException)
                {
                }

                throw;
            }
        }

        /// <summary>
        /// Writes the whole book as the next snapshot and puts it in place, then an empty journal for it. Killed
        /// before the snapshot is in place, the old snapshot and journal stand; after, the old journal is
        /// obsolete (it names the old snapshot) and is ignored until the next change replaces it.
        /// </summary>
        private void Compact(StoreView view, ref Stream? journal)
        {
            Close(ref journal);
            SnapshotIdentity next = view.Snapshot.Next();
            byte[] snapshot = LeaseSnapshotFormat.Write(view.Book, next);
            long length = WriteAtomically(FilePath, stream => stream.Write(snapshot, 0, snapshot.Length));

            // The change is committed now; failing to write the new journal only leaves that to the next writer.
            // On a power failure, journaling file systems (NTFS, ext4) keep these two renames in order, so the
            // new journal never stands beside the old snapshot. Like the first store, nothing flushes the folder
            // itself (.NET has no call for it), so a rename may be lost with the power; an append is not.
            byte[] header = LeaseJournalFormat.Header(next);
            view.Compacted(next, length, null);
            try
            {
                WriteJournal(header, null);
                view.Journal = JournalPosition.Start(LeaseJournalFormat.LastCrc(header));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
            }
        }

        /// <summary>Replaces the journal with one of <paramref name="header"/> and, when given, <paramref name="record"/>.</summary>
        private void WriteJournal(byte[] header, byte[]? record) =>
            WriteAtomically(JournalFilePath, stream =>
            {
                stream.Write(header, 0, header.Length);
                if (record != null)
                {
                    stream.Write(record, 0, record.Length);
                }
            });

        /// <summary>Writes <paramref name="target"/> anew: a temporary file beside it, flushed to disk, then atomically put in its place. Returns its length.</summary>
        private long WriteAtomically(string target, Action<Stream> write)
        {
            string temporary = target + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp";
            try
            {
                long length;
                using (Stream stream = _files.Open(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    _files.FlushToDisk(stream);
                    length = stream.Length;
                }

                _files.Replace(temporary, target);
                return length;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw;
            }
        }

        /// <summary>The journal, or null when there is none yet.</summary>
        private Stream? OpenJournal(FileAccess access)
        {
            try
            {
                return _files.Open(JournalFilePath, FileMode.Open, access, FileShare.Read);
            }
            catch (Exception exception) when (exception is FileNotFoundException || exception is DirectoryNotFoundException)
            {
                return null;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("cannot open its journal " + JournalFilePath, exception);
            }
        }

        /// <summary>Closes the journal before it is replaced: Windows replaces only files nobody has open.</summary>
        private static void Close(ref Stream? journal)
        {
            journal?.Dispose();
            journal = null;
        }

        /// <summary>Reads up to <paramref name="count"/> bytes from <paramref name="offset"/>; fewer only at the end of the file.</summary>
        private static int ReadAt(Stream stream, long offset, byte[] buffer, int count)
        {
            stream.Position = offset;
            int total = 0, read;
            while (total < count && (read = stream.Read(buffer, total, count - total)) > 0)
            {
                total += read;
            }

            return total;
        }

        /// <summary>
        /// True when the store has a snapshot or a journal. A folder in the store's place is an error that says
        /// so; with <see cref="StoreOpenMode.MustExist"/>, so is a store that is not there (NotFound).
        /// </summary>
        private bool Exists()
        {
            if (_files.DirectoryExists(FilePath))
            {
                throw new LeaseStoreException(
                    "LeaseStoreIsFolder",
                    MulticastErrorKind.StoreUnavailable,
                    FilePath,
                    "The lease store path " + FilePath + " is a folder; a store is a file (its journal and lock beside it).",
                    null,
                    Remedy.Of(RemedyKind.CheckStorePath));
            }

            bool exists = _files.FileExists(FilePath) || _files.FileExists(JournalFilePath);
            if (!exists && Mode == StoreOpenMode.MustExist)
            {
                throw new LeaseStoreException(
                    "LeaseStoreNotFound",
                    MulticastErrorKind.NotFound,
                    FilePath,
                    "There is no lease store at " + FilePath + ".",
                    null,
                    Remedy.Of(RemedyKind.CheckStorePath));
            }

            return exists;
        }

        private void EnsureExists()
        {
            if (!Exists())
            {
                throw new LeaseStoreException("LeaseStoreNotFound", MulticastErrorKind.NotFound, FilePath, "There is no lease store at " + FilePath + ".", null, Remedy.Of(RemedyKind.CheckStorePath));
            }
        }

        private void CreateFolder()
        {
            try
            {
                _files.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("has no folder that can be created", exception);
            }
        }

        /// <summary>Removes the temporary files of writers that died before committing; only a lock holder writes them.</summary>
        private void DeleteAbandonedTemporaryFiles()
        {
            try
            {
                foreach (string file in _files.GetFiles(Path.GetDirectoryName(FilePath)!, Path.GetFileName(FilePath) + ".*.tmp"))
                {
                    TryDelete(file);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // Leftovers are harmless; the next writer tries again.
            }
        }

        private void TryDelete(string file)
        {
            try
            {
                _files.Delete(file);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
            }
        }

        private LeaseStoreException Unavailable(string what, Exception cause) =>
            new LeaseStoreException(
                "LeaseStoreUnavailable",
                MulticastErrorKind.StoreUnavailable,
                FilePath,
                "The lease store " + FilePath + " " + what + ": " + cause.Message,
                cause,
                Remedy.Of(RemedyKind.CheckStorePath));
    }
}
