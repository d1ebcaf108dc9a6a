using System.IO;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The file operations a <see cref="FileLeaseStore"/> reads and commits through. Production uses
    /// <see cref="DiskFileSystem"/>; tests and the multi-process worker supply one that fails, tears a write or
    /// stops the process at a chosen step, so the write path itself has no test branch.
    /// </summary>
    internal interface IStoreFileSystem
    {
        /// <summary>Opens a file as <see cref="FileStream"/> would; the stream's writes and length changes go to that file.</summary>
        Stream Open(string path, FileMode mode, FileAccess access, FileShare share);

        /// <summary>Makes what was written to <paramref name="stream"/> (one this file system opened) durable: on disk, not only in the cache.</summary>
        void FlushToDisk(Stream stream);

        /// <summary>Atomically puts <paramref name="temporary"/> in the place of <paramref name="target"/>, which may not exist yet.</summary>
        void Replace(string temporary, string target);

        void Delete(string path);

        bool FileExists(string path);

        bool DirectoryExists(string path);

        void CreateDirectory(string path);

        /// <summary>The files in <paramref name="folder"/> whose names match <paramref name="pattern"/> (* and ? wildcards).</summary>
        string[] GetFiles(string folder, string pattern);
    }
}
