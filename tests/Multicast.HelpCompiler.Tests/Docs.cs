using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>A docs folder in a temporary directory: pages in, the compiler's output (or errors) out.</summary>
    internal sealed class Docs : IDisposable
    {
        public const string HelpFile = "Test.dll-Help.xml";

        public static readonly XNamespace MamlNs = "http://schemas.microsoft.com/maml/2004/10";
        public static readonly XNamespace CommandNs = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        public static readonly XNamespace DevNs = "http://schemas.microsoft.com/maml/dev/2004/10";

        public Docs()
        {
            Folder = Path.Combine(Path.GetTempPath(), "helpc-" + Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(Folder);
        }

        public string Folder { get; }

        public static string RepositoryRoot => typeof(Docs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

        /// <summary>A cmdlet page: the usual front matter, "# name", then the body.</summary>
        public static string Page(string body, string name = "Get-Widget") =>
            "---\nexternal help file: " + HelpFile + "\nModule Name: Test\nonline version:\nschema: 2.0.0\n---\n\n# " + name + "\n\n" + body;

        public Docs Add(string fileName, string content)
        {
            File.WriteAllText(Path.Combine(Folder, fileName), content);
            return this;
        }

        public HelpOutput Compile() => HelpCompiler.Compile(Folder);

        /// <summary>Compiles a single page and returns its MAML; fails the test on any error.</summary>
        public static XDocument Maml(string body, string name = "Get-Widget")
        {
            using var docs = new Docs().Add(name + ".md", Page(body, name));
            HelpOutput output = docs.Compile();
            Assert.Empty(output.Errors.Select(e => e.ToString()));
            return XDocument.Parse(output.Files[HelpFile]);
        }

        /// <summary>Compiles a single page and returns its errors.</summary>
        public static List<HelpError> Errors(string body, string name = "Get-Widget")
        {
            using var docs = new Docs().Add(name + ".md", Page(body, name));
            return docs.Compile().Errors;
        }

        /// <summary>The only error of a single page.</summary>
        public static HelpError Error(string body, string name = "Get-Widget") => Assert.Single(Errors(body, name));

        /// <summary>The paras of the page's DESCRIPTION.</summary>
        public static string[] Description(string description) =>
            Paras(Maml("## SYNOPSIS\nS.\n\n## DESCRIPTION\n" + description + "\n\n## RELATED LINKS\n").Root!
                .Element(CommandNs + "command")!.Element(MamlNs + "description")!);

        public static string[] Paras(XElement container) => container.Elements(MamlNs + "para").Select(p => p.Value).ToArray();

        /// <summary>Renders one about topic file.</summary>
        public static string About(string markdown, string fileName = "about_Widget.md")
        {
            using var docs = new Docs().Add(fileName, markdown);
            HelpOutput output = docs.Compile();
            Assert.Empty(output.Errors.Select(e => e.ToString()));
            return Assert.Single(output.Files).Value;
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
