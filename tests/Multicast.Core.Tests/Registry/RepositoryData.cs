using System.IO;
using System.Linq;
using System.Reflection;

namespace Multicast.Tests.Registry
{
    /// <summary>The repository's data/iana folder, for tests that check the embedded data against its sources.</summary>
    internal static class RepositoryData
    {
        public static string Root => Path.GetFullPath(
            typeof(RepositoryData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

        public static string IanaDirectory => Path.Combine(Root, "data", "iana");

        public static string IanaFile(string name) => Path.Combine(IanaDirectory, name);
    }
}
