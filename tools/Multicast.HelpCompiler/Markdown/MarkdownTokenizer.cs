using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Multicast.HelpCompiler.Markdown
{
    /// <summary>
    /// PlatyPS 0.14's markdown parser in its Full mode (the one New-ExternalHelp uses): not CommonMark, but a list
    /// of regexes tried from the current offset, the nearest match winning. Text between matches becomes a plain
    /// span; spans gather into a paragraph until a heading or a code block ends it.
    /// </summary>
    internal static class MarkdownTokenizer
    {
        // PlatyPS 0.14 MarkdownPattern.TryMatchString looks at most this far ahead for each pattern.
        private const int SearchWindow = 10000;

        private enum Kind
        {
            HashHeading,
            LineHashHeading,
            UnderlineHeading,
            CodeBlock,
            HardBreak,
            SoftBreak,
            NewParagraph,
            Link,
            Bold,
            Italic,
        }

        // PlatyPS 0.14 MarkdownParser.InitializePatternList, in its order (the earlier pattern wins a tie), with its
        // options. The softbreak and new_paragraph patterns were written as if for string.Format: "{{1}}" is a literal
        // "{" and "}" to .NET, so they never match a plain blank line, and blank lines never split a paragraph.
        private static readonly (Kind Kind, Regex Regex)[] Patterns =
        {
            (Kind.HashHeading, Pattern(@"(\#+)[ ]*(.+?)[ ]*\#*(\r\n)+")),
            (Kind.LineHashHeading, Pattern(@"(\r\n)+(\#+)[ ]*(.+?)[ ]*\#*(\r\n)+")),
            (Kind.UnderlineHeading, Pattern(@"(.+?)[ ]*\r\n(==+|--+)[ ]*(\r\n)+")),
            (Kind.CodeBlock, Pattern(@"```(\w*)(\r\n)*((.|\r\n)*?)```(\r\n)*")),
            (Kind.HardBreak, Pattern(@"[ ]{2}\r\n")),
            (Kind.SoftBreak, Pattern(@"(\r\n){{1}}")),
            (Kind.NewParagraph, Pattern(@"(\r\n){{2,}}")),
            (Kind.Link, Pattern(@"\[(.+?)\]\((.*)\)")),
            (Kind.Bold, Pattern(@"\*\*(.+?)\*\*")),
            (Kind.Italic, Pattern(@"\*(.+?)\*")),
            (Kind.Bold, Pattern(@"(?<![a-zA-Z0-9])__(.+?)__(?![a-zA-Z0-9])")),
            (Kind.Italic, Pattern(@"(?<![a-zA-Z0-9])_(.+?)_(?![a-zA-Z0-9])")),
        };

        public static IReadOnlyList<MarkdownNode> Parse(string text)
        {
            var nodes = new List<MarkdownNode>();
            var spans = new List<Span>();
            int offset = 0;
            var searches = new Search[Patterns.Length];

            void FinishParagraph()
            {
                if (spans.Count > 0)
                {
                    nodes.Add(new ParagraphNode(spans.ToArray()));
                    spans.Clear();
                }
            }

            while (offset < text.Length)
            {
                (Kind Kind, Match Match)? nearest = null;
                for (int i = 0; i < Patterns.Length; i++)
                {
                    (Kind kind, Regex regex) = Patterns[i];

                    // PlatyPS tries "hash_header" only where the current offset is a '#'; elsewhere a heading must
                    // follow a line break (the second pattern), which keeps '#' inside a line plain text.
                    if (kind == Kind.HashHeading && text[offset] != '#')
                    {
                        continue;
                    }

                    Match match = searches[i].Find(regex, text, offset);
                    if (match.Success && (nearest == null || match.Index < nearest.Value.Match.Index))
                    {
                        nearest = (kind, match);
                        if (match.Index == offset)
                        {
                            break;
                        }
                    }
                }

                int end = nearest?.Match.Index ?? text.Length;
                string plain = text.Substring(offset, end - offset);
                if (!string.IsNullOrWhiteSpace(plain))
                {
                    spans.Add(new TextSpan(ParagraphText.FromMarkdown(plain), SpanStyle.Normal, offset, plain.Length));
                }

                if (nearest == null)
                {
                    break;
                }

                (Kind found, Match m) = nearest.Value;
                switch (found)
                {
                    case Kind.HashHeading:
                        FinishParagraph();
                        nodes.Add(new HeadingNode(m.Groups[2].Value, m.Groups[1].Length, m.Index, m.Length));
                        break;
                    case Kind.LineHashHeading:
                        FinishParagraph();
                        nodes.Add(new HeadingNode(m.Groups[3].Value, m.Groups[2].Length, m.Index, m.Length));
                        break;
                    case Kind.UnderlineHeading:
                        FinishParagraph();
                        nodes.Add(new HeadingNode(m.Groups[1].Value, m.Groups[2].Value[0] == '=' ? 1 : 2, m.Index, m.Length));
                        break;
                    case Kind.CodeBlock:
                        FinishParagraph();
                        string language = m.Groups[1].Value;
                        nodes.Add(new CodeBlockNode(language.Length == 0 ? null : language, m.Groups[3].Value.Trim(), m.Index, m.Length));
                        break;
                    case Kind.HardBreak:
                        spans.Add(new HardBreakSpan(m.Index, m.Length));
                        break;
                    case Kind.SoftBreak:
                        // PlatyPS's CreateSoftBreakSpan makes nothing: the matched text just disappears.
                        break;
                    case Kind.NewParagraph:
                        FinishParagraph();
                        break;
                    case Kind.Link:
                        spans.Add(new LinkSpan(m.Groups[1].Value, m.Groups[2].Value, m.Index, m.Length));
                        break;
                    case Kind.Bold:
                        spans.Add(new TextSpan(ParagraphText.FromMarkdown(m.Groups[1].Value), SpanStyle.Bold, m.Index, m.Length));
                        break;
                    case Kind.Italic:
                        spans.Add(new TextSpan(ParagraphText.FromMarkdown(m.Groups[1].Value), SpanStyle.Italic, m.Index, m.Length));
                        break;
                }

                offset = m.Index + m.Length;
            }

            FinishParagraph();
            return nodes;
        }

        private static Regex Pattern(string pattern) =>
            new Regex(pattern, RegexOptions.IgnorePatternWhitespace | RegexOptions.Compiled);

        /// <summary>
        /// One pattern's last search, reused while it cannot change: PlatyPS searches every pattern again after every
        /// match, which takes seconds on our pages. A search from an earlier offset whose window reached the end of
        /// the text, and found nothing or a match at or after the current offset, finds the same from here: no match
        /// can start in between, since the window's end has not moved. (Not for the patterns with a lookbehind,
        /// which sees the window's start as the start of the text.)
        /// </summary>
        private struct Search
        {
            private Match? last;
            private bool toEnd;

            public Match Find(Regex regex, string text, int offset)
            {
                if (last != null && toEnd && (!last.Success || last.Index >= offset))
                {
                    return last;
                }

                int length = Math.Min(text.Length - offset, SearchWindow);
                last = regex.Match(text, offset, length);
                toEnd = offset + length == text.Length && !regex.ToString().Contains("(?<!", StringComparison.Ordinal);
                return last;
            }
        }
    }
}
