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
    /// once: a snapshot file (leases.json, <see cref="LeaseFileFormat"/>) and a journal of the changes
    /// committed since (leases.json.journal, <see cref="LeaseJournalFormat"/>). Every transaction holds an
    /// exclusive lock on leases.json.lock (opened with FileShare.None, retried with backoff up to
    /// <see cref="LockTimeout"/>). A change is committed by appending one checksummed record to the journal
    /// and flushing it to disk. Once the journal would outgrow the snapshot (and 1 MiB), the change is
    /// committed by a compaction instead: a new snapshot, one generation up, written to a temporary file,
    /// flushed and atomically put in place, then an empty journal for it the same way. A journal names the
    /// snapshot it continues, so one that a compaction killed halfway left behind is known to be obsolete.
    /// A process killed at any point leaves every committed change readable; the lock dies with it.
    /// Each process keeps the store as it last read it (<see cref="StoreViewCache"/>); under the lock, a
    /// transaction checks the snapshot's identity and applies only the journal records written since, so
    /// it costs about the same with 100,000 leases as with 10.
    /// </summary>
    public sealed class FileLeaseStore : ILeaseStore
    {
        public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(30);

        /// <summary>The journal is the store file's path with this added.</summary>
        internal const string JournalSuffix = ".journal";

        /// <summary>The journal may always grow to this size before a compaction, however small the snapshot.</summary>
        internal const long MinimumJournalLimit = 1 << 20;

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly StoreViewCache _cache;
        private readonly IStoreFileSystem _files;
        private readonly object _queueGate = new object();
        private List<PendingChange> _queue = new List<PendingChange>();
        private bool _committing;

        public FileLeaseStore(string path, TimeSpan? lockTimeout = null)
            : this(path, lockTimeout, StoreViewCache.Shared)
        {
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

        /// <summary>How long a transaction waits for another process's lock before it gives up.</summary>
        public TimeSpan LockTimeout { get; }

        /// <summary>For tests: the journal size past which a change compacts, instead of the snapshot's size (at least 1 MiB).</summary>
        internal long? JournalLimit { get; set; }

        private string LockPath => FilePath + ".lock";

        public T Read<T>(Func<ILeaseTransaction, T> read)
        {
            if (!_files.FileExists(FilePath) && !_files.FileExists(JournalFilePath))
            {
                return read(new LeaseBook { ReadOnly = true });
            }

            using (AcquireLock())
            using (Stream? journal = OpenJournal(FileAccess.Read))
            {
                StoreView view = Refresh(_cache.Take(FilePath), journal);
                view.Book.ReadOnly = true;
                try
                {
                    return read(view.Book);
                }
                finally
                {
                    view.Book.ReadOnly = false;
                    _cache.Put(FilePath, view);
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
                CreateFolder();
                using (AcquireLock())
                {
                    DeleteAbandonedTemporaryFiles();
                    Stream? journal = OpenJournal(FileAccess.ReadWrite);
                    try
                    {
                        StoreView view = Refresh(_cache.Take(FilePath), journal);
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
                            Commit(view, ref journal);
                        }

                        book.ClearChanges();
                        _cache.Put(FilePath, view);
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
        /// longer holds the records it applied, makes it read both files from the start.
        /// </summary>
        private StoreView Refresh(StoreView? cached, Stream? journal)
        {
            StoreView view = ReadSnapshot(cached);
            try
            {
                long length = journal?.Length ?? 0;
                if (journal is null || length == 0)
                {
                    return view.Journal is null ? view : Refresh(null, journal);
                }

                var header = new byte[LeaseJournalFormat.HeaderLength];
                int count = ReadAt(journal, 0, header, header.Length);
                SnapshotIdentity continues = LeaseJournalFormat.ReadHeader(header, count, FilePath, JournalFilePath, out uint headerCrc);
                if (!continues.Equals(view.Snapshot) || view.Snapshot.Generation == 0)
                {
                    if (continues.Generation < view.Snapshot.Generation)
                    {
                        // A compaction wrote a newer snapshot and died before its journal: this one is obsolete.
                        return view.Journal is null ? view : Refresh(null, journal);
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
                    return Refresh(null, journal);
                }

                var tail = new byte[length - from.Offset + 4];
                count = ReadAt(journal, from.Offset - 4, tail, tail.Length);
                if (count < 4 || LeaseJournalFormat.GetUInt32(tail, 0) != from.Crc)
                {
                    return Refresh(null, journal);
                }

                view.Journal = LeaseJournalFormat.Replay(tail, 4, count, from, view.Book, FilePath, JournalFilePath);
                return view;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("cannot be read (its journal " + JournalFilePath + ")", exception);
            }
        }

        /// <summary><paramref name="cached"/> when the snapshot file is still the one it was read from, else the snapshot read afresh.</summary>
        private StoreView ReadSnapshot(StoreView? cached)
        {
            byte[] bytes;
            try
            {
                Stream stream;
                try
                {
                    stream = _files.Open(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read);
                }
                catch (Exception exception) when (exception is FileNotFoundException || exception is DirectoryNotFoundException)
                {
                    return new StoreView(new LeaseBook(), default, 0);
                }

                using (stream)
                {
                    long length = stream.Length;
                    if (cached != null && cached.Snapshot.Generation > 0 && cached.SnapshotLength == length)
                    {
                        var head = new byte[LeaseFileFormat.HeadLength];
                        int count = ReadAt(stream, 0, head, head.Length);
                        if (LeaseFileFormat.TryReadIdentity(head, count, out SnapshotIdentity identity) && identity.Equals(cached.Snapshot))
                        {
                            return cached;
                        }
                    }

                    if (length > int.MaxValue)
                    {
                        throw LeaseFileFormat.Corrupt(FilePath, "it is larger than 2 GB");
                    }

                    bytes = new byte[length];
                    if (ReadAt(stream, 0, bytes, bytes.Length) != bytes.Length)
                    {
                        throw new IOException("The file ended early.");
                    }
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("cannot be read", exception);
            }

            string text;
            try
            {
                // A byte order mark, as Windows PowerShell 5.1's Set-Content -Encoding UTF8 writes, is not content.
                bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                text = bom ? Utf8.GetString(bytes, 3, bytes.Length - 3) : Utf8.GetString(bytes);
            }
            catch (ArgumentException)
            {
                throw LeaseFileFormat.Corrupt(FilePath, "it is not UTF-8 text");
            }

            LeaseBook book = LeaseFileFormat.Read(text, FilePath, out SnapshotIdentity read);
            return new StoreView(book, read, bytes.Length);
        }

        /// <summary>Commits the book's changes: appended to the journal, or by a compaction when the journal has grown too large or the store is new.</summary>
        private void Commit(StoreView view, ref Stream? journal)
        {
            try
            {
                long limit = JournalLimit ?? Math.Max(MinimumJournalLimit, view.SnapshotLength);
                if (view.Snapshot.Generation == 0)
                {
                    // A new store, or one of the first format: its first change writes a snapshot and a journal.
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
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw Unavailable("could not be written, so it was left as it was", exception);
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
            long length = WriteAtomically(FilePath, stream =>
            {
                using (var writer = new StreamWriter(stream, Utf8, 65536, leaveOpen: true))
                {
                    LeaseFileFormat.Write(view.Book, next, writer);
                }
            });

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
