using System.IO;
using System.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>About topics rendered to text as PlatyPS 0.14's TextRenderer does, with MaxAboutWidth 80 (notes 6.2).</summary>
    public class AboutTopicTests
    {
        private const string Head = "# Widgets\n\n## about_Widgets\n\n";
        private const string HeadText = "TOPIC\r\n    about_widgets\r\n\r\n";

        [Fact]
        public void HeadingsFollowTheirLevelAndPlace() =>
            Assert.Equal(
                HeadText +
                "SHORT DESCRIPTION\r\n    Short.\r\n\r\n" +
                "Sub Section\r\n    Text.\r\n\r\n" +
                "    DEEPER ONE\r\n    More.\r\n\r\n",
                Docs.About(Head + "# Short description\nShort.\n\n## Sub Section\nText.\n\n### Deeper one\nMore.\n"));

        [Fact]
        public void LongTextWrapsAt76CharactersAfterA4SpaceIndent()
        {
            string a70 = new string('a', 70);

            // a70 + " bbbbb" is exactly 76 characters: it fits.
            Assert.Equal(HeadText + "    " + a70 + " bbbbb\r\n    c\r\n\r\n", Docs.About(Head + a70 + " bbbbb c\n"));

            // One more character does not.
            Assert.Equal(HeadText + "    " + a70 + "\r\n    bbbbbb c\r\n\r\n", Docs.About(Head + a70 + " bbbbbb c\n"));
        }

        [Fact]
        public void ShortTextOfTwoParagraphsLeavesTheSecondUnindented() =>
            // The blank line is one line break in the span's text, written as it is.
            Assert.Equal(HeadText + "    Short one.\r\nShort two.\r\n\r\n", Docs.About(Head + "Short one.\n\nShort two.\n"));

        [Fact]
        public void LongTextLosesItsBlankLinesButKeepsTheBreaks() =>
            Assert.Equal(
                HeadText + "    First paragraph words here.\r\n    Second paragraph that makes the whole span longer than the limit.\r\n\r\n",
                Docs.About(Head + "First paragraph words here.\n\nSecond paragraph that makes the whole span longer than the limit.\n"));

        [Fact]
        public void ShortListKeepsItsLinesButOnlyTheFirstIsIndented() =>
            Assert.Equal(HeadText + "    - one\r\n- two\r\n\r\n", Docs.About(Head + "- one\n- two\n"));

        [Fact]
        public void EmphasisAndLinksSplitTheLine()
        {
            Assert.Equal(HeadText + "    -\r\n    Allocation\r\n    : how a block is got.\r\n\r\n", Docs.About(Head + "- **Allocation**: how a block is got.\n"));

            // A link keeps its text only.
            Assert.Equal(HeadText + "    See\r\n    docs\r\n    now.\r\n\r\n", Docs.About(Head + "See [docs](http://x) now.\n"));
        }

        [Fact]
        public void HardBreakIsABlankLine() =>
            Assert.Equal(HeadText + "    line a\r\n\r\n    line b\r\n\r\n", Docs.About(Head + "line a  \nline b\n"));

        [Fact]
        public void CodeBlockLinesAreIndentedThenABlankLine() =>
            Assert.Equal(
                HeadText + "    PS> Get-Widget\r\n        indented\r\n    \r\n    last\r\n\r\n",
                Docs.About(Head + "```powershell\n  PS> Get-Widget\n    indented\n\nlast\n```\n"));

        [Fact]
        public void QuotesDashesAndSpacesAreNormalized() =>
            Assert.Equal(
                HeadText + "    It's \"quoted\" - and - a b.\r\n\r\n",
                Docs.About(Head + "It\u2019s \u201cquoted\u201d \u2014 and \u2013 a\u00a0b.\n"));

        [Fact]
        public void FrontMatterIsSkippedAndBackticksAndEscapesAreText() =>
            Assert.Equal(
                HeadText + "    `Get-Widget` [x]\r\n\r\n",
                Docs.About("---\nlocale: en-US\n---\n" + Head + "`Get-Widget` \\[x\\]\n"));

        [Fact]
        public void TextFileIsNamedAfterTheMarkdownFile()
        {
            using var docs = new Docs()
                .Add("about_Widgets.md", Head + "Text.\n")
                .Add("Gadgets.md", "# Gadgets\n\n## about_Gadgets\n\nText.\n") // PlatyPS adds the about_ prefix
                .Add("Test.md", "# Test Module\n\n## Description\n\nA module page: not an about topic, skipped.\n");
            HelpOutput output = docs.Compile();
            Assert.Empty(output.Errors);
            Assert.Equal(new[] { "about_Gadgets.help.txt", "about_Widgets.help.txt" }, output.Files.Keys);

            HelpCompiler.Write(output, Path.Combine(docs.Folder, "out"));
            byte[] bytes = File.ReadAllBytes(Path.Combine(docs.Folder, "out", "about_Widgets.help.txt"));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'T' }, bytes.Take(4));
        }

        // Our additions: PlatyPS would lose these topics without a word, or write them where Get-Help never looks.

        [Fact]
        public void AboutFileWhoseSecondHeadingIsNotItsNameIsRefused()
        {
            using var docs = new Docs().Add("about_Widgets.md", "# about_Widgets\n\n## SHORT DESCRIPTION\nWidgets.\n");
            HelpError error = Assert.Single(docs.Compile().Errors);
            Assert.StartsWith("The second heading must be \"## about_Widgets\"", error.Message);
            Assert.Equal(3, error.Line);
        }

        [Fact]
        public void AboutFileNamedDotHelpDotMdIsRefused()
        {
            using var docs = new Docs().Add("about_Widgets.help.md", Head + "Text.\n");
            HelpError error = Assert.Single(docs.Compile().Errors);
            Assert.Contains("about_Widgets.help.help.txt", error.Message);
            Assert.Contains("name the file about_Widgets.md", error.Message);
        }

        [Fact]
        public void WordLongerThan76CharactersStartingAParagraphIsRefused()
        {
            // PlatyPS's TextRenderer fails there (ArgumentOutOfRangeException).
            using var docs = new Docs().Add("about_Widgets.md", Head + "https://example.com/" + new string('x', 60) + " is long.\n");
            Assert.Contains("A word longer than 76 characters", Assert.Single(docs.Compile().Errors).Message);

            // After another word, it just gets a line of its own.
            string text = Docs.About(Head + "See https://example.com/" + new string('x', 60) + " now.\n");
            Assert.Equal(HeadText + "    See\r\n    https://example.com/" + new string('x', 60) + "\r\n    now.\r\n\r\n", text);
        }
    }
}
