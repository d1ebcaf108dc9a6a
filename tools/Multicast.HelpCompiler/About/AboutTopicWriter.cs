using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Multicast.HelpCompiler.Markdown;

namespace Multicast.HelpCompiler.About
{
    /// <summary>
    /// Renders an about topic's markdown to the plain text Get-Help shows verbatim, as PlatyPS 0.14
    /// TextRenderer.AboutMarkdownToString does, then RenderCleaner.FullNormalization.
    /// </summary>
    internal static class AboutTopicWriter
    {
        // New-ExternalHelp's -MaxAboutWidth default (and minimum).
        public const int MaxWidth = 80;

        private const string Indent = "    ";
        private const string NewLine = "\r\n";

        /// <summary>
        /// PlatyPS 0.14 ConfirmAboutBySecondHeaderText: a file is an about topic only if the text of its second
        /// node (a heading's, or a code block's) is longer than 5 characters and starts with "about", any case.
        /// </summary>
        public static bool IsAboutTopic(IReadOnlyList<MarkdownNode> nodes)
        {
            string? text = nodes.Count < 2 ? null : nodes[1] switch
            {
                HeadingNode heading => heading.Text,
                CodeBlockNode code => code.Text,
                _ => null,
            };
            return text != null && text.Length > 5 && text.StartsWith("about", StringComparison.OrdinalIgnoreCase);
        }

        /// <exception cref="HelpSchemaException">Where PlatyPS's renderer would fail.</exception>
        public static string Render(IReadOnlyList<MarkdownNode> nodes)
        {
            var text = new StringBuilder();
            for (int i = 0; i < nodes.Count; i++)
            {
                switch (nodes[i])
                {
                    case HeadingNode heading:
                        AppendHeading(text, heading, i);
                        break;
                    case ParagraphNode paragraph:
                        AppendParagraph(text, paragraph);
                        break;
                    case CodeBlockNode code:
                        // Each line indented (the first lost its own indentation when the block was trimmed).
                        foreach (string line in code.Text.Split(new[] { NewLine }, StringSplitOptions.None))
                        {
                            text.Append(Indent).Append(line).Append(NewLine);
                        }

                        text.Append(NewLine);
                        break;
                }
            }

            return TextCleanup.FullNormalization(text.ToString());
        }

        // The first node is always TOPIC; another level 1 is upper-cased; a level 2 that is the second node is
        // the topic's name, indented and lower-cased, then a blank line; other level 2s are kept as written; deeper
        // ones are indented and upper-cased. No heading is followed by a blank line except the second.
        private static void AppendHeading(StringBuilder text, HeadingNode heading, int index)
        {
            if (index == 0)
            {
                text.Append("TOPIC").Append(NewLine);
            }
            else if (heading.Level == 1)
            {
                text.Append(heading.Text.ToUpperInvariant()).Append(NewLine);
            }
            else if (heading.Level == 2 && index == 1)
            {
                text.Append(Indent).Append(heading.Text.ToLowerInvariant()).Append(NewLine).Append(NewLine);
            }
            else if (heading.Level == 2)
            {
                text.Append(heading.Text).Append(NewLine);
            }
            else
            {
                text.Append(Indent).Append(heading.Text.ToUpperInvariant()).Append(NewLine);
            }
        }

        // Each span on its own: a long one is word-wrapped, a hard break is a blank line, any other is written after
        // the indent as it is, so a line break inside it starts an unindented line. Then a blank line.
        private static void AppendParagraph(StringBuilder text, ParagraphNode paragraph)
        {
            foreach (Span span in paragraph.Spans)
            {
                if (span.Text.Length > MaxWidth - 4)
                {
                    Wrap(text, span);
                    text.Append(NewLine);
                }
                else if (span.Text == "\n")
                {
                    text.Append(NewLine);
                }
                else
                {
                    text.Append(Indent).Append(span.Text).Append(NewLine);
                }
            }

            text.Append(NewLine);
        }

        // TextRenderer.WrapAndAppendLines: words are split at single spaces and packed into lines of at most 76
        // characters after the indent. A word holding line breaks ends the line at each one (blank lines are lost),
        // except that a piece equal to the word's last piece is always taken as the last.
        private static void Wrap(StringBuilder text, Span span)
        {
            string line = string.Empty;
            foreach (string word in span.Text.Split(' '))
            {
                if (word.Contains(NewLine))
                {
                    string[] pieces = word.Split(new[] { NewLine }, StringSplitOptions.RemoveEmptyEntries);
                    foreach (string piece in pieces)
                    {
                        if (piece == pieces.Last())
                        {
                            line += piece + " ";
                        }
                        else
                        {
                            text.Append(Indent).Append(line + piece).Append(NewLine);
                            line = string.Empty;
                        }
                    }
                }
                else if (line.Length + word.Length > MaxWidth - 4)
                {
                    if (line.Length == 0)
                    {
                        // PlatyPS reads the last character of the empty line here (Substring(-1)) and fails.
                        throw new HelpSchemaException(span, $"A word longer than {MaxWidth - 4} characters starts a paragraph: PlatyPS 0.14 fails on it (ArgumentOutOfRangeException). Put a shorter word before it.");
                    }

                    text.Append(Indent).Append(line.EndsWith(" ", StringComparison.Ordinal) ? line.Substring(0, line.Length - 1) : line).Append(NewLine);
                    line = word + " ";
                }
                else
                {
                    line += word + " ";
                }
            }

            if (line.Length == 0 || line == " ")
            {
                return;
            }

            text.Append(Indent).Append(line.EndsWith(" ", StringComparison.Ordinal) ? line.Substring(0, line.Length - 1) : line);
        }
    }
}
