using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>The repository's own docs/en-US, end to end.</summary>
    public class RepositoryDocsTests
    {
        private static readonly string DocsFolder = Path.Combine(Docs.RepositoryRoot, "docs", "en-US");

        [Fact]
        public void EveryPageCompiles()
        {
            HelpOutput output = HelpCompiler.Compile(DocsFolder);
            Assert.Empty(output.Errors.Select(e => e.ToString()));
            Assert.Equal(new[] { "Multicast.dll-Help.xml", "about_Multicast.help.txt", "about_Multicast_Madcap.help.txt", "about_Multicast_Scopes.help.txt" }, output.Files.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public void EveryCmdletPageBecomesOneCommandInOneMamlFile()
        {
            HelpOutput output = HelpCompiler.Compile(DocsFolder);
            string[] pages = Directory.GetFiles(DocsFolder, "*-*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray()!;
            XDocument maml = XDocument.Parse(output.Files["Multicast.dll-Help.xml"]);
            Assert.Equal(pages, maml.Root!.Elements(Docs.CommandNs + "command").Select(c => c.Element(Docs.CommandNs + "details")!.Element(Docs.CommandNs + "name")!.Value));
            Assert.All(maml.Root!.Elements(), c => Assert.NotEmpty(c.Descendants(Docs.CommandNs + "syntaxItem")));
        }

        /// <summary>Get-Help lists an about topic with its text file's line 5 as the synopsis: one line, under 80 columns.</summary>
        [Theory]
        [InlineData("about_Multicast")]
        [InlineData("about_Multicast_Madcap")]
        [InlineData("about_Multicast_Scopes")]
        public void AboutTopicsStartAsGetHelpReadsThem(string topic)
        {
            string[] lines = HelpCompiler.Compile(DocsFolder).Files[topic + ".help.txt"].Split("\r\n");
            Assert.Equal(new[] { "TOPIC", "    " + topic.ToLowerInvariant(), "", "SHORT DESCRIPTION" }, lines.Take(4));
            Assert.StartsWith("    ", lines[4]);
            Assert.True(lines[4].Length <= 80, lines[4]);
            Assert.Equal(string.Empty, lines[5].Trim() == string.Empty ? string.Empty : "the synopsis wraps onto line 6: " + lines[5]);
        }
    }
}
