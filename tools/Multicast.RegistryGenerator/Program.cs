using System;
using System.IO;

namespace Multicast.RegistryGenerator
{
    /// <summary>
    /// dotnet run --project tools/Multicast.RegistryGenerator [-- --check]
    /// Writes the compiled registry into Core, or with --check only reports whether it is current.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string root = FindRepositoryRoot(Directory.GetCurrentDirectory());
            string output = Path.Combine(root, RegistryCompiler.OutputPath);
            string compiled = RegistryCompiler.Compile(Path.Combine(root, "data", "iana"));
            bool current = File.Exists(output) && File.ReadAllText(output).Replace("\r\n", "\n") == compiled;
            if (Array.IndexOf(args, "--check") >= 0)
            {
                Console.WriteLine(current ? RegistryCompiler.OutputPath + " is current." : RegistryCompiler.OutputPath + " is stale: run the generator.");
                return current ? 0 : 1;
            }

            File.WriteAllText(output, compiled);
            Console.WriteLine((current ? "Unchanged: " : "Wrote ") + RegistryCompiler.OutputPath + " (" + compiled.Length + " characters).");
            return 0;
        }

        private static string FindRepositoryRoot(string start)
        {
            for (DirectoryInfo? directory = new DirectoryInfo(start); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Multicast.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("Run the generator inside the repository: no Multicast.sln above " + start + ".");
        }
    }
}
