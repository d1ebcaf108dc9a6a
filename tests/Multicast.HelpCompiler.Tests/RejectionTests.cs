using System.IO;
using System.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>
    /// What PlatyPS 0.14 refuses (notes 2.1 to 2.3), with its words, and what we refuse besides: pages PlatyPS
    /// accepts but turns into broken help.
    /// </summary>
    public class RejectionTests
    {
        private const string Code = "```\ncode\n```\n";

        [Theory]
        [InlineData("SYNOPSIS", "Text before.")]
        [InlineData("DESCRIPTION", "Text before.")]
        [InlineData("NOTES", "Text before.")]
        [InlineData("RELATED LINKS", "[a](http://a)")]
        public void CodeBlockInATextSectionExpectsAHeading(string section, string before)
        {
            HelpError error = Docs.Error("## " + section + "\n" + before + "\n\n" + Code + "\n## INPUTS\n");
            Assert.Equal("Expect Heading", error.Message);
            Assert.Equal("```\\ncode\\n```", error.ToString().Split('\'')[1]);
        }

        [Fact]
        public void CodeBlockAloneInDescriptionExpectsAHeading() =>
            Assert.Equal("Expect Heading", Docs.Error("## DESCRIPTION\n" + Code).Message);

        [Theory]
        [InlineData("INPUTS")]
        [InlineData("OUTPUTS")]
        public void CodeBlockUnderATypeExpectsAHeading(string section) =>
            Assert.Equal("Expect Heading", Docs.Error("## " + section + "\n### System.String\nA string.\n\n" + Code).Message);

        [Theory]
        [InlineData("## SYNOPSIS\nS.\n")] // right under "# Name", before any section
        [InlineData("## EXAMPLES\n")] // under EXAMPLES, before the first ###
        [InlineData("## INPUTS\n")] // under INPUTS, before the first ###
        [InlineData("## OUTPUTS\n")]
        [InlineData("## SYNTAX\n")] // a paragraph in SYNTAX
        public void TextWhereASubheadingBelongsExpectsAHeading(string before)
        {
            string body = before.StartsWith("## SYNOPSIS") ? "Stray text.\n\n" + before : before + "Stray text.\n\n## NOTES\n";
            HelpError error = Docs.Error(body);
            Assert.Equal("Expect Heading", error.Message);
            Assert.Equal("Stray text.", error.Snippet);
        }

        [Fact]
        public void ExampleWithTextBetweenTwoCodeBlocksExpectsAHeading() =>
            Assert.Equal("Expect Heading", Docs.Error("## EXAMPLES\n### Example 1\n" + Code + "\nBetween.\n\n" + Code).Message);

        [Fact]
        public void TextAfterAParameterYamlExpectsAHeading() =>
            Assert.Equal("Expect Heading", Docs.Error("## PARAMETERS\n### -Name\nThe name.\n\n```yaml\nType: String\n```\n\nMore text.\n").Message);

        [Fact]
        public void YamlAfterCommonParametersExpectsAHeading() =>
            Assert.Equal("Expect Heading", Docs.Error("## PARAMETERS\n### CommonParameters\nThis cmdlet supports the common parameters.\n\n```yaml\nType: String\n```\n").Message);

        [Theory]
        [InlineData("## DESCRIPTION\nText.\n### Deeper\n", "Expect Heading level 2")]
        [InlineData("## EXAMPLES\n### Example 1\n#### Deeper\n", "Expect Heading level 3")]
        [InlineData("## SYNTAX\n#### Deeper\n```\nx\n```\n", "Expect Heading level 3")]
        [InlineData("## PARAMETERS\n#### -Name\n", "Expect Heading level 3")]
        public void HeadingTooDeepExpectsItsLevel(string body, string message)
        {
            HelpError error = Docs.Error(body + "\n## NOTES\n");
            Assert.Equal(message, error.Message);
        }

        [Theory]
        [InlineData("## Synopsis\nS.\n\n## DESCRIPTION\nD.\n\n## FOO BAR\n", "Unexpected header name FOO BAR")]
        [InlineData("## RELATED  LINKS\n", "Unexpected header name RELATED  LINKS")]
        // A line underlined with dashes is a level-2 heading to PlatyPS.
        [InlineData("## DESCRIPTION\nText.\n\nTitle line\n----\nafter\n", "Unexpected header name Title line")]
        public void UnknownSectionIsAnUnexpectedHeaderName(string body, string message) =>
            Assert.Equal(message, Docs.Error(body).Message);

        [Fact]
        public void UnknownYamlKeyIsInvalidYaml()
        {
            HelpError error = Docs.Error("## PARAMETERS\n### -Name\nN.\n\n```yaml\nType: String\nMandatory: True\n```\n\n## NOTES\n");
            Assert.Equal("Invalid yaml: unknown key Mandatory", error.Message);
            Assert.StartsWith("```yaml\\nType: String", error.Snippet.Replace("\r\n", "\\n").Replace("\n", "\\n"));
        }

        [Fact]
        public void YamlLineWithoutColonIsInvalidYaml() =>
            Assert.Equal(
                "Invalid yaml: expected simple key-value pairs",
                Docs.Error("## PARAMETERS\n### -Name\nN.\n\n```yaml\nType: String\nRequired True\n```\n\n## NOTES\n").Message);

        [Theory]
        [InlineData("[a](http://a)\nplain text\n", "Expect hyperlink, but got plain text")]
        [InlineData("**[a](http://a)**\n", "Expect hyperlink, but got [a](http://a)")]
        [InlineData("- [a](http://a)\n", "Expect hyperlink, but got -")]
        public void RelatedLinksHoldOnlyLinks(string links, string message) =>
            Assert.Equal(message, Docs.Error("## RELATED LINKS\n" + links).Message);

        [Fact]
        public void PageStartingWithALevel2HeadingIsRefused()
        {
            using var docs = new Docs().Add("Get-Widget.md", "---\nexternal help file: T.xml\n---\n## SYNOPSIS\nS.\n");
            Assert.Equal("Booo, I don't know what is the heading level 2", Assert.Single(docs.Compile().Errors).Message);
        }

        [Fact]
        public void ErrorReadsFileLineColumnSnippetThenMessage()
        {
            // The code block is on line 16 of the file (front matter included), column 1.
            using var docs = new Docs().Add("Get-Widget.md", Docs.Page("## SYNOPSIS\nS.\n\n## DESCRIPTION\nText.\n\n```\n|  8 |  4 |\n```\n\n## NOTES\n"));
            HelpError error = Assert.Single(docs.Compile().Errors);
            string path = Path.Combine(docs.Folder, "Get-Widget.md");
            Assert.Equal(path + ":16:(1) '```\\n|  8 |  4 |\\n```'\n Expect Heading", error.ToString());
        }

        [Fact]
        public void LongSnippetIsCutAt50Characters()
        {
            HelpError error = Docs.Error("## DESCRIPTION\nD.\n\n```\n" + new string('x', 60) + "\n```\n\n## NOTES\n");
            Assert.Equal("```\n" + new string('x', 45) + "...", error.Snippet.Replace("\r\n", "\n"));
        }

        [Fact]
        public void SyntaxAsTheLastSectionIsRefused()
        {
            // PlatyPS 0.14 fails there with a NullReferenceException.
            Assert.Contains("SYNTAX is the last section", Docs.Error("## SYNOPSIS\nS.\n\n## SYNTAX\n" + Code).Message);
        }

        [Theory]
        [InlineData("[about_Widgets](about_Widgets.md)")]
        [InlineData("   ")] // only a line of spaces: a hard break
        public void ParagraphOfOnlyALinkOrAHardBreakIsRefused(string notes)
        {
            // PlatyPS 0.14 fails on a paragraph whose only span is not text (NullReferenceException).
            string message = Docs.Error("## NOTES\n" + notes + "\n## RELATED LINKS\n").Message;
            Assert.Contains("PlatyPS 0.14 fails on it", message);
        }

        [Fact]
        public void SchemaOtherThan2IsRefused()
        {
            using var docs = new Docs().Add("Get-Widget.md", "---\nexternal help file: T.xml\nschema: 1.0.0\n---\n# Get-Widget\n");
            Assert.Contains("schema: 1.0.0 is not supported", Assert.Single(docs.Compile().Errors).Message);
        }

        [Fact]
        public void FrontMatterLineWithoutColonIsInvalidYaml()
        {
            using var docs = new Docs().Add("Get-Widget.md", "---\nexternal help file: T.xml\nnot a pair\n---\n# Get-Widget\n");
            Assert.Equal("Invalid yaml: expected simple key-value pairs", Assert.Single(docs.Compile().Errors).Message);
        }

        [Fact]
        public void CharacterXmlCannotHoldIsRefused()
        {
            // PlatyPS's XmlWriter throws on it too.
            using var docs = new Docs().Add("Get-Widget.md", Docs.Page("## SYNOPSIS\nBell \u0007 here.\n"));
            HelpError error = Assert.Single(docs.Compile().Errors);
            Assert.EndsWith(Docs.HelpFile, error.File);
            Assert.Contains("0x07", error.Message);
        }

        // Our additions: PlatyPS accepts these pages, but the help it makes is wrong or missing.

        [Fact]
        public void NameHeadingMustBeTheFileName()
        {
            using var docs = new Docs().Add("Get-Widget.md", Docs.Page("## SYNOPSIS\nS.\n", name: "Get-Widgets"));
            HelpError error = Assert.Single(docs.Compile().Errors);
            Assert.Contains("\"# Get-Widgets\" in Get-Widget.md", error.Message);
            Assert.Equal(8, error.Line);
        }

        [Fact]
        public void PageWithoutANameHeadingIsRefused()
        {
            using var docs = new Docs().Add("Get-Widget.md", "---\nexternal help file: T.xml\n---\nJust text.\n");
            Assert.Contains("No \"# Get-Widget\" heading", Assert.Single(docs.Compile().Errors).Message);
        }

        [Theory]
        [InlineData("Get-Other")]
        [InlineData("Get-Widget")]
        public void SecondCommandInAPageIsRefused(string second)
        {
            HelpError error = Docs.Error("## SYNOPSIS\nS.\n\n# " + second + "\n\n## SYNOPSIS\nO.\n");
            Assert.Contains("\"# " + second + "\"", error.Message);
            Assert.Equal(13, error.Line);
        }

        [Fact]
        public void PageWithoutExternalHelpFileIsRefused()
        {
            using var docs = new Docs().Add("Get-Widget.md", "---\nModule Name: Test\nschema: 2.0.0\n---\n# Get-Widget\n\n## SYNOPSIS\nS.\n");
            Assert.Contains("rename-me-help.xml", Assert.Single(docs.Compile().Errors).Message);
        }

        [Theory]
        [InlineData("```\nGet-Widget\n```\n\n```\nGet-Widget -Name <String>\n```\n")] // two bare code blocks
        [InlineData("### ByName (Default)\n```\nx\n```\n\n### ById (Default)\n```\ny\n```\n")]
        public void TwoDefaultSyntaxEntriesAreRefused(string syntax)
        {
            HelpError error = Docs.Error("## SYNTAX\n" + syntax + "\n## PARAMETERS\n\n### CommonParameters\nC.\n");
            Assert.StartsWith("Two default SYNTAX entries", error.Message);
        }

        [Fact]
        public void DefaultSyntaxEntryAfterParametersIsRefused() =>
            Assert.StartsWith(
                "A default SYNTAX entry after PARAMETERS",
                Docs.Error("## PARAMETERS\n### CommonParameters\nC.\n\n## SYNTAX\n```\nGet-Widget\n```\n\n## NOTES\n").Message);

        [Fact]
        public void ParameterWithoutYamlIsRefused()
        {
            HelpError error = Docs.Error("## PARAMETERS\n### -Name\nThe name.\n\n```\nType: String\n```\n\n## NOTES\n");
            Assert.StartsWith("Parameter Name has no yaml block", error.Message);
            Assert.Equal("### -Name", error.Snippet);
        }

        [Fact]
        public void OurErrorsComeWithPlatyPSsOwn()
        {
            var errors = Docs.Errors("## PARAMETERS\n### -Name\nThe name.\n\n## DESCRIPTION\n" + Code);
            Assert.Equal(new[] { "Parameter Name has no yaml block", "Expect Heading" }, errors.Select(e => e.Message.Split(':')[0]));
        }

        [Fact]
        public void EveryFilesErrorsAreReportedAndNothingIsWritten()
        {
            using var docs = new Docs()
                .Add("Get-Bad.md", Docs.Page("## DESCRIPTION\n" + Code, "Get-Bad"))
                .Add("Get-Good.md", Docs.Page("## SYNOPSIS\nFine.\n", "Get-Good"))
                .Add("Set-Bad.md", Docs.Page("## WRONG\n", "Set-Bad"))
                .Add("about_Bad.md", "# Bad\n\n## SHORT DESCRIPTION\nBad.\n");
            string outFolder = Path.Combine(docs.Folder, "out");
            var stderr = new StringWriter();
            TextWriter original = System.Console.Error;
            System.Console.SetError(stderr);
            int exitCode;
            try
            {
                exitCode = Program.Main(new[] { docs.Folder, outFolder });
            }
            finally
            {
                System.Console.SetError(original);
            }

            Assert.Equal(1, exitCode);
            Assert.False(Directory.Exists(outFolder));
            string report = stderr.ToString();
            Assert.Contains("Get-Bad.md:", report);
            Assert.Contains("Set-Bad.md:", report);
            Assert.Contains("Unexpected header name WRONG", report);
            Assert.Contains("about_Bad.md:", report);
            Assert.DoesNotContain("Get-Good.md:", report);
        }

        [Fact]
        public void WrongArgumentsExitWith2() =>
            Assert.Equal(2, Program.Main(new[] { Path.Combine(Path.GetTempPath(), "no-such-folder-" + System.Guid.NewGuid()) }));
    }
}
