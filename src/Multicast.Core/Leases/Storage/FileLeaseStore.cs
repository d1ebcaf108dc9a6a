using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace Multicast
{
    /// <summary>
    /// The embedded store: one JSON file that any number of processes, on one machine or across an SMB
    /// share, use at once. Every transaction holds an exclusive lock on "file.lock" (opened with
    /// FileShare.None, retried with backoff up to <see cref="LockTimeout"/>), reads the file, and commits a
    /// change by writing a temporary file beside it, flushing it to disk and atomically replacing the store.
    /// A process killed at any point leaves the last committed store; the lock dies with it.
    /// </summary>
    public sealed class FileLeaseStore : ILeaseStore
    {
        public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(30);

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public FileLeaseStore(string path, TimeSpan? lockTimeout = null)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("A store path is needed.", nameof(path));
            }

            FilePath = Path.GetFullPath(path);
            LockTimeout = lockTimeout ?? DefaultLockTimeout;
        }

        /// <summary>The store file.</summary>
        public string FilePath { get; }

        public string Location => FilePath;

        /// <summary>How long a transaction waits for another process's lock before it gives up.</summary>
        public TimeSpan LockTimeout { get; }

        /// <summary>For the crash tests: called at "locked", "temp-partial" (half the new file written) and "temp-written".</summary>
        internal Action<string>? TestHook { get; set; }

        private string LockPath => FilePath + ".lock";

        public T Read<T>(Func<ILeaseTransaction, T> read)
        {
            if (!File.Exists(FilePath))
            {
                return read(new LeaseBook { ReadOnly = true });
            }

            using (AcquireLock())
            {
                LeaseBook book = Load();
                book.ReadOnly = true;
                return read(book);
            }
        }

        public T Update<T>(Func<ILeaseTransaction, T> change)
        {
            CreateFolder();
            using (AcquireLock())
            {
                TestHook?.Invoke("locked");
                DeleteAbandonedTemporaryFiles();
                LeaseBook book = Load();
                T result = change(book);
                if (book.Modified)
                {
                    Save(book);
                }

                return result;
            }
        }

        private FileStream AcquireLock()
        {
            var clock = Stopwatch.StartNew();
            var jitter = new Random(Guid.NewGuid().GetHashCode());
            int delay = 1;
            while (true)
            {
                try
                {
                    return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
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

        private LeaseBook Load()
        {
            byte[] bytes;
            try
            {
                if (!File.Exists(FilePath))
                {
                    return new LeaseBook();
                }

                bytes = File.ReadAllBytes(FilePath);
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
                throw new LeaseStoreException(
                    "LeaseStoreCorrupt",
                    MulticastErrorKind.StoreUnreadable,
                    FilePath,
                    "The lease store " + FilePath + " cannot be read: it is not UTF-8 text. It was left unchanged and nothing will write to it. Restore it from a backup, or move it aside to start an empty store.");
            }

            return LeaseFileFormat.Read(text, FilePath);
        }

        private void Save(LeaseBook book)
        {
            string temporary = FilePath + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp";
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.None))
                using (var writer = new StreamWriter(stream, Utf8, 65536))
                {
                    Action? halfway = null;
                    if (TestHook != null)
                    {
                        halfway = () =>
                        {
                            writer.Flush();
                            stream.Flush(flushToDisk: true);
                            TestHook?.Invoke("temp-partial");
                        };
                    }

                    LeaseFileFormat.Write(book, writer, halfway);
                    writer.Flush();
                    stream.Flush(flushToDisk: true);
                }

                TestHook?.Invoke("temp-written");
                Commit(temporary);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw Unavailable("could not be written, so it was left as it was", exception);
            }
        }

        /// <summary>Atomically puts the new file in place: rename(2) on Unix, ReplaceFile on Windows.</summary>
        private void Commit(string temporary)
        {
            if (!File.Exists(FilePath))
            {
                // Nobody else can create the store while this process holds the lock.
                File.Move(temporary, FilePath);
                return;
            }

            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    File.Replace(temporary, FilePath, null, ignoreMetadataErrors: true);
                    return;
                }
                catch (IOException) when (attempt < 5)
                {
                    // A virus scanner or backup agent may hold the file for a moment (Windows).
                    Thread.Sleep(20 * attempt);
                }
            }
        }

        private void CreateFolder()
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
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
                foreach (string file in Directory.GetFiles(Path.GetDirectoryName(FilePath)!, Path.GetFileName(FilePath) + ".*.tmp"))
                {
                    TryDelete(file);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // Leftovers are harmless; the next writer tries again.
            }
        }

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
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
                "The lease store " + FilePath + " " + what + ": " + cause.Message + " Check the path and your access to it, or give another -StorePath.",
                cause);
    }
}
