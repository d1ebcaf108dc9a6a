using System.IO;
using System.Threading;

namespace Multicast.Leases.Storage
{
    /// <summary>The real file system: <see cref="FileStream"/>, rename(2) on Unix and ReplaceFile on Windows.</summary>
    internal sealed class DiskFileSystem : IStoreFileSystem
    {
        public static readonly DiskFileSystem Instance = new DiskFileSystem();

        private DiskFileSystem()
        {
        }

        public Stream Open(string path, FileMode mode, FileAccess access, FileShare share) =>
            new FileStream(path, mode, access, share, 1, FileOptions.None);

        public void FlushToDisk(Stream stream) => ((FileStream)stream).Flush(flushToDisk: true);

        public void Replace(string temporary, string target)
        {
            if (!File.Exists(target))
            {
                // Nobody else can create the file while this process holds the store's lock.
                File.Move(temporary, target);
                return;
            }

            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    File.Replace(temporary, target, null, ignoreMetadataErrors: true);
                    return;
                }
                catch (IOException) when (attempt < 5)
                {
                    // A virus scanner or backup agent may hold the file for a moment (Windows).
                    Thread.Sleep(20 * attempt);
                }
            }
        }

        public void Delete(string path) => File.Delete(path);

        public bool FileExists(string path) => File.Exists(path);

        public bool DirectoryExists(string path) => Directory.Exists(path);

        public void CreateDirectory(string path) => Directory.CreateDirectory(path);

        public string[] GetFiles(string folder, string pattern) => Directory.GetFiles(folder, pattern);
    }
}
