using System.Linq;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>EXAMPLES: titles padded with dashes, code blocks joined, the introduction dropped (notes 2.2, 4.2).</summary>
    public class ExampleTests
    {
        private static XElement[] Examples(string examples) =>
            Docs.Maml("## SYNOPSIS\nS.\n\n## EXAMPLES\n" + examples + "\n## NOTES\n")
                .Descendants(Docs.CommandNs + "example").ToArray();

        private static string Title(string title) =>
            Examples("### " + title + "\n```\nx\n```\n").Single().Element(Docs.MamlNs + "title")!.Value;

        [Fact]
        public void OddTitleIsPaddedTo63Characters()
        {
            // (64 - 9 - 2) / 2 = 26 dashes each side.
            Assert.Equal("-------------------------- Example 1 --------------------------", Title("Example 1"));
            Assert.Equal(63, Title("Example 1").Length);
        }

        [Fact]
        public void EvenTitleIsPaddedTo64Characters()
        {
            // (64 - 10 - 2) / 2 = 26; (64 - 20 - 2) / 2 = 21.
            Assert.Equal("-------------------------- Example 10 --------------------------", Title("Example 10"));
            Assert.Equal(new string('-', 21) + " Example 2: Two sets! " + new string('-', 21), Title("Example 2: Two sets!"));
        }

        [Fact]
        public void TitleOf61CharactersGetsSpacesButNoDashes() =>
            Assert.Equal(" " + new string('t', 61) + " ", Title(new string('t', 61)));

        [Theory]
        [InlineData(62)]
        [InlineData(63)]
        [InlineData(80)]
        public void TitleOf62CharactersOrMoreIsUnchanged(int length) =>
            Assert.Equal(new string('t', length), Title(new string('t', length)));

        [Fact]
        public void CodeBlocksAreJoinedWithABlankLineAndTrimmed()
        {
            XElement example = Examples("### Example 1\n```powershell\n\n    PS> Get-Widget\n  out\n```\n\n```\nsecond\n```\n").Single();
            // Each block is trimmed: leading blank lines and the first line's indentation go.
            Assert.Equal("PS> Get-Widget\n  out\n\nsecond", example.Element(Docs.DevNs + "code")!.Value);
        }

        [Fact]
        public void LanguageTagEndsAtTheFirstNonWordCharacter()
        {
            Assert.Equal("powershell\nGet-Widget", Examples("### E\n``` powershell\nGet-Widget\n```\n").Single().Element(Docs.DevNs + "code")!.Value);
            Assert.Equal("-interactive\nGet-Widget", Examples("### E\n```powershell-interactive\nGet-Widget\n```\n").Single().Element(Docs.DevNs + "code")!.Value);
        }

        [Fact]
        public void IntroductionIsDroppedAndRemarksAreParas()
        {
            XElement example = Examples("### Example 1\nIntro before the code.\n\n```\nGet-Widget\n```\n\nFirst remark\ncontinued.\n\nSecond remark.\n").Single();
            Assert.DoesNotContain("Intro", example.ToString());
            Assert.Equal(new[] { "title", "code", "remarks" }, example.Elements().Select(e => e.Name.LocalName));
            Assert.Equal(new[] { "First remark continued.", "Second remark." }, Docs.Paras(example.Element(Docs.DevNs + "remarks")!));
        }

        [Fact]
        public void ExampleWithoutRemarksHasOneEmptyPara()
        {
            XElement example = Examples("### Example 1\n```\nGet-Widget\n```\n").Single();
            Assert.Equal(new[] { "" }, Docs.Paras(example.Element(Docs.DevNs + "remarks")!));
        }

        [Fact]
        public void ExampleWithoutCodeHasEmptyCodeAndLosesItsText()
        {
            XElement example = Examples("### Example 1\nOnly words.\n").Single();
            XElement code = example.Element(Docs.DevNs + "code")!;
            Assert.Equal("", code.Value);
            Assert.False(code.IsEmpty);
            Assert.Equal(new[] { "" }, Docs.Paras(example.Element(Docs.DevNs + "remarks")!));
        }

        [Fact]
        public void ExamplesKeepTheirOrderAndTitlesAreRaw()
        {
            XElement[] examples = Examples("### Example 1: `a` \\* b\n```\n1\n```\n\n### Example 2\n```\n2\n```\n");
            Assert.Equal(new[] { "1", "2" }, examples.Select(e => e.Element(Docs.DevNs + "code")!.Value));
            Assert.Contains("Example 1: `a` \\* b", examples[0].Element(Docs.MamlNs + "title")!.Value);
        }

        [Fact]
        public void EnDashInCodeBecomesAHyphen() =>
            Assert.Equal("Get-Widget -Range 1-5", Examples("### E\n```\nGet-Widget -Range 1\u20135\n```\n").Single().Element(Docs.DevNs + "code")!.Value);
    }
}
