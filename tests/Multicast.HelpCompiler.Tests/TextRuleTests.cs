using System.Linq;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>How markdown text becomes MAML paras (notes section 3), checked on DESCRIPTION.</summary>
    public class TextRuleTests
    {
        [Fact]
        public void SingleLineBreakIsASpace() =>
            Assert.Equal(new[] { "The cmdlet gets widgets from the store." }, Docs.Description("The cmdlet gets widgets\nfrom the store."));

        [Fact]
        public void BlankLineStartsAParaAndTwoGiveAnEmptyOne()
        {
            Assert.Equal(new[] { "One.", "Two." }, Docs.Description("One.\n\nTwo."));
            Assert.Equal(new[] { "One.", "", "Two." }, Docs.Description("One.\n\n\nTwo."));
        }

        [Fact]
        public void ConsecutiveListItemsKeepTheirLinesAndTheListEndsWithAnEmptyPara() =>
            Assert.Equal(
                new[] { "Intro:", "- one", "- two", "* three", "-- four", "", "After." },
                Docs.Description("Intro:\n\n- one\n- two\n* three\n-- four\n\nAfter."));

        [Fact]
        public void FirstListItemRightAfterTextJoinsIt() =>
            Assert.Equal(new[] { "Intro: - one", "- two" }, Docs.Description("Intro:\n- one\n- two"));

        [Fact]
        public void WrappedListItemJoinsItsContinuationAndTheNextItem() =>
            // The continuation keeps its two leading spaces after the joining space; the item after it sees a
            // line that is not a list item before it, so it joins too.
            Assert.Equal(
                new[] { "Text:", "- first item   wraps here - second", "- third" },
                Docs.Description("Text:\n\n- first item\n  wraps here\n- second\n- third"));

        [Fact]
        public void NumberedListsTablesAndQuotesAreJoined()
        {
            Assert.Equal(new[] { "1. one 2. two" }, Docs.Description("1. one\n2. two"));
            Assert.Equal(new[] { "| a | b | |---|---| | 1 | 2 |" }, Docs.Description("| a | b |\n|---|---|\n| 1 | 2 |"));
            Assert.Equal(new[] { "> quoted > more" }, Docs.Description("> quoted\n> more"));
        }

        [Fact]
        public void TwoTrailingSpacesAreALineBreakInsideThePara() =>
            Assert.Equal(new[] { "line one\nline two" }, Docs.Description("line one  \nline two"));

        [Fact]
        public void TrailingBackslashIsNotAHardBreak() =>
            Assert.Equal(new[] { @"line one\ line two" }, Docs.Description("line one\\\nline two"));

        [Fact]
        public void EmphasisMarkersGoAndSpacesAroundThemComeOutOdd()
        {
            Assert.Equal(new[] { "Use bold , then text." }, Docs.Description("Use **bold**, then text."));
            Assert.Equal(new[] { "( x )" }, Docs.Description("(**x**)"));
            Assert.Equal(new[] { "an italic word and bold too" }, Docs.Description("an *italic* word and __bold__ too"));
            Assert.Equal(new[] { "a b c, snake_case_name" }, Docs.Description("a _b_ c, snake_case_name"));
        }

        [Fact]
        public void StarsInsideBackticksStillMakeItalics() =>
            Assert.Equal(new[] { "Use `Get- ` or x" }, Docs.Description("Use `Get-*` or *x"));

        [Fact]
        public void LinkBecomesTextThenUriInParenthesesWithNoSpaceAfter()
        {
            Assert.Equal(new[] { "See a (http://x)and more." }, Docs.Description("See [a](http://x) and more."));
            Assert.Equal(new[] { "see a (http://x)." }, Docs.Description("see [a](http://x)."));
            Assert.Equal(new[] { "x a y" }, Docs.Description("x [a]() y"));
        }

        [Fact]
        public void TwoLinksOnOneLineAreOneGreedyLink() =>
            Assert.Equal(new[] { "x a (http://x) and [b](http://y)" }, Docs.Description("x [a](http://x) and [b](http://y)"));

        [Fact]
        public void BlankLineBeforeEmphasisIsLost() =>
            // PlatyPS issue #508: the paragraph that starts with bold joins the one before it.
            Assert.Equal(new[] { "First para. Bold starts the second." }, Docs.Description("First para.\n\n**Bold** starts the second."));

        [Fact]
        public void ListWhoseItemsStartWithBoldCollapses() =>
            // Each item's "-" ends a plain span, alone on its line, so no two list lines ever meet.
            Assert.Equal(new[] { "Kinds:", "- A : first - B : second" }, Docs.Description("Kinds:\n\n- **A**: first\n- **B**: second"));

        [Fact]
        public void EscapesAreUnwoundButOtherBackslashesAndBackticksStay() =>
            Assert.Equal(
                new[] { @"[a] (b) ` < > _ * \ \q `Get-Widget`" },
                Docs.Description(@"\[a\] \(b\) \` \< \> \_ \* \\ \q `Get-Widget`"));

        [Fact]
        public void EnDashBecomesAHyphenButOtherDashesStay() =>
            Assert.Equal(new[] { "1-14, a \u2014 b" }, Docs.Description("1\u201314, a \u2014 b"));

        [Fact]
        public void NonBreakingSpacesBecomeSpaces() =>
            Assert.Equal(new[] { "a b" }, Docs.Description("a\u00a0b"));

        [Fact]
        public void MarkupCharactersHashesAndTildeFencesAreText()
        {
            Assert.Equal(new[] { "<b> & c # not a heading" }, Docs.Description("<b> & c # not a heading"));
            Assert.Equal(new[] { "~~~ code ~~~" }, Docs.Description("~~~\ncode\n~~~"));
        }

        [Fact]
        public void IndentedCodeIsParagraphText() =>
            // Joined like any lines, leading spaces and all (Get-Help trims each para's ends).
            Assert.Equal(new[] { "Text:", "    indented     code" }, Docs.Description("Text:\n\n    indented\n    code"));

        [Fact]
        public void EmptySectionIsOneEmptyParaAndAbsentSectionNone()
        {
            XElement command = Docs.Maml("## SYNOPSIS\n\n## DESCRIPTION\nD.\n").Root!.Element(Docs.CommandNs + "command")!;
            Assert.Equal(new[] { "" }, Docs.Paras(command.Element(Docs.CommandNs + "details")!.Element(Docs.MamlNs + "description")!));
            XElement alert = command.Element(Docs.MamlNs + "alertSet")!.Element(Docs.MamlNs + "alert")!;
            Assert.True(alert.IsEmpty);
        }

        [Fact]
        public void TextBeforeTheFirstHeadingIsIgnored()
        {
            using var docs = new Docs().Add("Get-Widget.md", "---\nexternal help file: T.xml\n---\nIgnored text.\n\n```\nignored code\n```\n\n# Get-Widget\n\n## SYNOPSIS\nS.\n");
            HelpOutput output = docs.Compile();
            Assert.Empty(output.Errors);
            Assert.DoesNotContain("ignored", output.Files["T.xml"], System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void ParameterDescriptionTakesCodeBlocksAsParasAfterAnEmptyPara()
        {
            XElement parameter = Docs.Maml(
                "## PARAMETERS\n### -Name\nThe name.\n\n```powershell\n  first\n  second\n\nlast\n```\nAfter.\n\n```yaml\nType: String\n```\n\n## NOTES\n")
                .Descendants(Docs.CommandNs + "parameters").Single().Element(Docs.CommandNs + "parameter")!;
            // The code block's first line lost its indentation (the block is trimmed); later lines keep theirs.
            Assert.Equal(
                new[] { "The name.", "", "first", "  second", "", "last", "", "After." },
                Docs.Paras(parameter.Element(Docs.MamlNs + "description")!));
        }
    }
}
