using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// Which lease store file to use: the path given, else $env:MULTICAST_STORE_PATH (so that many runbooks
    /// share one file, on an SMB share say), else the user's data folder: %LOCALAPPDATA%\Multicast\leases.json
    /// on Windows, $XDG_DATA_HOME/multicast/leases.json or ~/.local/share/multicast/leases.json elsewhere.
    /// </summary>
    public static class LeaseStorePath
    {
        public const string EnvironmentVariable = "MULTICAST_STORE_PATH";

        public const string FileName = "leases.json";

        /// <summary>The store file to use; <paramref name="source"/> says where the choice came from.</summary>
        public static string Resolve(string? path, out StorePathSource source) =>
            Resolve(
                path,
                Environment.GetEnvironmentVariable,
                RuntimeInformation.IsOSPlatform(OSPlatform.Windows),
                () => Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
                () => Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
                out source);

        internal static string Resolve(string? path, Func<string, string?> environment, bool isWindows, Func<string> localAppData, Func<string> home, out StorePathSource source)
        {
            if (!string.IsNullOrWhiteSpace(path))
            {
                source = StorePathSource.Given;
                return Path.GetFullPath(path);
            }

            string? fromEnvironment = environment(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                source = StorePathSource.EnvironmentVariable;
                return Path.GetFullPath(fromEnvironment);
            }

            source = StorePathSource.UserDefault;
            if (isWindows)
            {
                string folder = localAppData();
                if (string.IsNullOrEmpty(folder))
                {
                    folder = environment("LOCALAPPDATA") ?? throw NoFolder("%LOCALAPPDATA%");
                }

                return Path.Combine(Path.Combine(folder, "Multicast"), FileName);
            }

            // XDG Base Directory: a relative $XDG_DATA_HOME is invalid and ignored.
            string? dataHome = environment("XDG_DATA_HOME");
            if (string.IsNullOrEmpty(dataHome) || !Path.IsPathRooted(dataHome))
            {
                string homeFolder = home();
                if (string.IsNullOrEmpty(homeFolder))
                {
                    throw NoFolder("$HOME");
                }

                dataHome = Path.Combine(Path.Combine(homeFolder, ".local"), "share");
            }

            return Path.Combine(Path.Combine(dataHome, "multicast"), FileName);
        }

        private static LeaseStoreException NoFolder(string variable) =>
            new LeaseStoreException(
                "LeaseStorePathUnknown",
                MulticastErrorKind.StoreUnavailable,
                string.Empty,
                "There is no per-user data folder (" + variable + " is not set), so no store path can be chosen.",
                null,
                Remedy.Of(RemedyKind.GiveStorePath, ("Variable", EnvironmentVariable)));
    }
}
