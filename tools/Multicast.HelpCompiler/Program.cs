using System;
using System.IO;

namespace Multicast.HelpCompiler
{
    /// <summary>
    /// dotnet run --project tools/Multicast.HelpCompiler -c Release -- &lt;docs folder&gt; &lt;output folder&gt;
    /// </summary>
    /// <remarks>
    /// Exit codes: 0 written; 1 the docs do not compile (every file's errors are listed, nothing is written);
    /// 2 wrong arguments.
    /// </remarks>
    internal static class Program
    {
        internal static int Main(string[] args)
        {
            if (args.Length != 2 || !Directory.Exists(args[0]))
            {
                Console.Error.WriteLine("Usage: Multicast.HelpCompiler <docs folder> <output folder>");
                Console.Error.WriteLine("Compiles PlatyPS 0.14 markdown (cmdlet pages *-*.md, about topics about_*.md) into MAML and about_*.help.txt.");
                return 2;
            }

            HelpOutput output = HelpCompiler.Compile(args[0]);
            foreach (HelpError error in output.Errors)
            {
                Console.Error.WriteLine(error);
            }

            if (output.Errors.Count > 0)
            {
                Console.Error.WriteLine($"{output.Errors.Count} help error(s) in {args[0]}; no help written.");
                return 1;
            }

            HelpCompiler.Write(output, args[1]);
            foreach (string name in output.Files.Keys)
            {
                Console.WriteLine(Path.Combine(args[1], name));
            }

            return 0;
        }
    }
}
