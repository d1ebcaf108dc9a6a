using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Multicast.HelpCompiler.About;
using Multicast.HelpCompiler.Maml;
using Multicast.HelpCompiler.Markdown;

namespace Multicast.HelpCompiler
{
    /// <summary>What a docs folder compiles to: the files to write (name, text), or the reasons it does not compile.</summary>
    internal sealed class HelpOutput
    {
        public SortedDictionary<string, string> Files { get; } = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public List<HelpError> Errors { get; } = new List<HelpError>();
    }

    /// <summary>
    /// New-ExternalHelp -Path &lt;docs folder&gt; for PlatyPS 0.14.2: which files it reads, how it groups cmdlet pages
    /// into MAML files, and how it names about topics.
    /// </summary>
    internal static class HelpCompiler
    {
        private const string OnlineVersionLinkText = "Online Version:";

        public static HelpOutput Compile(string docsFolder)
        {
            var output = new HelpOutput();

            // PlatyPS reads the folder in Get-ChildItem's order: by name, ignoring case.
            List<string> files = Directory.GetFiles(docsFolder)
                .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)
                .ToList();

            // GetMarkdownFilesFromPath: cmdlet pages are *-*.md, except about_*. MAML files come from the pages'
            // "external help file", in page order, grouped ignoring case.
            var mamlFiles = new Dictionary<string, List<CommandHelp>>(StringComparer.OrdinalIgnoreCase);
            foreach (string file in files.Where(IsCmdletPage))
            {
                (string? helpFile, List<CommandHelp> commands) = ReadCmdletPage(file, output.Errors);
                if (helpFile != null)
                {
                    if (!mamlFiles.TryGetValue(helpFile, out List<CommandHelp>? group))
                    {
                        mamlFiles.Add(helpFile, group = new List<CommandHelp>());
                    }

                    group.AddRange(commands);
                }
            }

            foreach (KeyValuePair<string, List<CommandHelp>> maml in mamlFiles)
            {
                try
                {
                    output.Files[maml.Key] = MamlWriter.Write(maml.Value);
                }
                catch (ArgumentException e)
                {
                    // A character XML cannot hold (a control character): PlatyPS's XmlWriter fails the same way.
                    output.Errors.Add(HelpError.AtStart(Path.Combine(docsFolder, maml.Key), e.Message));
                }
            }

            // GetAboutTopicsFromPath: every other *.md that ConfirmAboutBySecondHeaderText accepts.
            foreach (string file in files.Where(f => !IsCmdletPage(f)))
            {
                ReadAboutTopic(file, output);
            }

            return output;
        }

        /// <summary>Writes the files, UTF-8 with a BOM as PlatyPS's default -Encoding does.</summary>
        public static void Write(HelpOutput output, string outputFolder)
        {
            Directory.CreateDirectory(outputFolder);
            foreach (KeyValuePair<string, string> file in output.Files)
            {
                File.WriteAllText(Path.Combine(outputFolder, file.Key), file.Value, new UTF8Encoding(true));
            }
        }

        private static bool IsCmdletPage(string file)
        {
            string name = Path.GetFileName(file);
            return name.IndexOf('-') >= 0 && !IsAboutName(name);
        }

        private static bool IsAboutName(string fileName) => fileName.StartsWith("about_", StringComparison.OrdinalIgnoreCase);

        private static (string? HelpFile, List<CommandHelp> Commands) ReadCmdletPage(string file, List<HelpError> errors)
        {
            string content = File.ReadAllText(file);
            var commands = new List<CommandHelp>();

            Dictionary<string, string?>? metadata;
            try
            {
                metadata = FrontMatter.Read(content);
            }
            catch (FormatException e)
            {
                errors.Add(HelpError.AtStart(file, e.Message));
                return (null, commands);
            }

            string? MetadataValue(string key) => metadata != null && metadata.TryGetValue(key, out string? value) ? value : null;

            // GetSchemaVersion and NewModelTransformer: no "schema" means 2.0.0; 1.0.0 is refused as deprecated,
            // anything else fails validation.
            string? schema = MetadataValue("schema");
            if (schema != null && schema != "2.0.0")
            {
                errors.Add(HelpError.AtStart(file, $"schema: {schema} is not supported: PlatyPS 0.14 reads schema 2.0.0 only."));
                return (null, commands);
            }

            // Our addition (not PlatyPS): without "external help file", PlatyPS writes the page to rename-me-help.xml,
            // which no module loads, with only a warning.
            string? helpFile = MetadataValue("external help file");
            if (helpFile == null)
            {
                errors.Add(HelpError.AtStart(file, "No \"external help file:\" in the front matter: PlatyPS 0.14 would write this page to rename-me-help.xml."));
            }

            var source = SourceText.FromFile(file, content);
            List<(CommandHelp Command, HeadingNode Heading)> read;
            var ourErrors = new List<HelpSchemaException>();
            try
            {
                read = CommandPageReader.Read(MarkdownTokenizer.Parse(source.Text), ourErrors);
            }
            catch (HelpSchemaException e)
            {
                // PlatyPS's own error comes after whatever our checks found before it.
                errors.AddRange(ourErrors.Append(e).Select(x => HelpError.At(source, x.Offset, x.Length, x.Message)));
                return (null, commands);
            }

            errors.AddRange(ourErrors.Select(x => HelpError.At(source, x.Offset, x.Length, x.Message)));

            // Our addition (not PlatyPS): a page holds one command, named as its file. PlatyPS takes any number of
            // "# Name" headings (none makes no help at all) and never compares them with the file name.
            string expected = Path.GetFileNameWithoutExtension(file);
            if (read.Count == 0)
            {
                errors.Add(HelpError.AtStart(file, $"No \"# {expected}\" heading: PlatyPS 0.14 would make no help from this page."));
            }

            for (int i = 0; i < read.Count; i++)
            {
                (CommandHelp command, HeadingNode heading) = read[i];
                if (i > 0 || command.Name != expected)
                {
                    errors.Add(HelpError.At(source, heading.Offset, heading.Length, $"A command heading \"# {command.Name}\" in {expected}.md: a page documents one command, named as its file."));
                }
            }

            // SetOnlineVersionUrlLink: a non-empty "online version" becomes the first related link, unless it already is.
            string? onlineVersion = MetadataValue("online version");
            foreach ((CommandHelp command, _) in read)
            {
                if (onlineVersion != null && (command.Links.Count == 0 || !string.Equals(command.Links[0].Uri, onlineVersion, StringComparison.OrdinalIgnoreCase)))
                {
                    command.Links.Insert(0, new LinkHelp(OnlineVersionLinkText, onlineVersion));
                }

                commands.Add(command);
            }

            return (helpFile, commands);
        }

        private static void ReadAboutTopic(string file, HelpOutput output)
        {
            string fileName = Path.GetFileName(file);
            var source = SourceText.FromFile(file, File.ReadAllText(file));
            IReadOnlyList<MarkdownNode> nodes = MarkdownTokenizer.Parse(source.Text);
            bool isAboutTopic = AboutTopicWriter.IsAboutTopic(nodes);
            if (!isAboutTopic && !IsAboutName(fileName))
            {
                // Not an about topic, like a module page: PlatyPS skips it, and so do we.
                return;
            }

            // New-ExternalHelp names the text file after the markdown file, adding "about_" if it is missing.
            string outputName = Path.GetFileNameWithoutExtension(fileName) + ".help.txt";
            if (!IsAboutName(outputName))
            {
                outputName = "about_" + outputName;
            }

            int errors = output.Errors.Count;

            // Our addition (not PlatyPS): PlatyPS skips an about_ file whose second heading is not "about..." without
            // a word; silently missing help is worse than a failed build.
            if (!isAboutTopic)
            {
                string topic = fileName.Substring(0, fileName.Length - (fileName.EndsWith(".help.md", StringComparison.OrdinalIgnoreCase) ? 8 : 3));
                output.Errors.Add(nodes.Count >= 2
                    ? HelpError.At(source, nodes[1].Offset, nodes[1].Length, $"The second heading must be \"## {topic}\": PlatyPS 0.14 skips an about topic whose second heading does not start with \"about\".")
                    : HelpError.AtStart(file, $"No \"## {topic}\" second heading: PlatyPS 0.14 skips an about topic without it."));
            }

            // Our addition (not PlatyPS): about_X.help.md would become about_X.help.help.txt, which Get-Help never
            // finds as about_X.
            if (fileName.EndsWith(".help.md", StringComparison.OrdinalIgnoreCase))
            {
                output.Errors.Add(HelpError.AtStart(file, $"PlatyPS 0.14 would write {outputName}, which Get-Help does not find as its topic: name the file {fileName.Substring(0, fileName.Length - 8)}.md."));
            }

            if (output.Errors.Count > errors)
            {
                return;
            }

            try
            {
                output.Files[outputName] = AboutTopicWriter.Render(nodes);
            }
            catch (HelpSchemaException e)
            {
                output.Errors.Add(HelpError.At(source, e.Offset, e.Length, e.Message));
            }
        }
    }
}
