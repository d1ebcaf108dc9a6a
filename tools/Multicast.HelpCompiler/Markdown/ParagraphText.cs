using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Multicast.HelpCompiler.Markdown
{
    /// <summary>
    /// How PlatyPS 0.14 turns markdown text into help text: inside one span (escapes, line joining), across the
    /// spans of a paragraph, and from text to MAML paragraphs.
    /// </summary>
    internal static class ParagraphText
    {
        private static readonly Regex Line = new Regex("([^\r\n]*)(\r\n|$)");

        /// <summary>
        /// The text of a plain, bold or italic span (PlatyPS 0.14 TextSpan in Full mode): trimmed, unescaped, then
        /// its lines joined.
        /// </summary>
        public static string FromMarkdown(string raw) => JoinLines(Unescape(raw.Trim()));

        /// <summary>
        /// The text of a paragraph node (PlatyPS 0.14 ModelTransformerBase.GetTextFromParagraphSpans): spans
        /// concatenated, a space before a link or emphasis that is not first, a space after one, except after a link
        /// with a URI, which is written "text (uri)" with nothing after it. Plain spans were trimmed, so the spacing
        /// around emphasis and links comes out odd ("**x**, y" gives "x , y"), and a blank line next to one is lost.
        /// </summary>
        public static string Join(IReadOnlyList<Span> spans)
        {
            var text = new StringBuilder();
            bool first = true;
            bool previousIsSpecial = false;
            foreach (Span span in spans)
            {
                var link = span as LinkSpan;
                bool special = link != null || (span is TextSpan textSpan && textSpan.Style != SpanStyle.Normal);
                if ((!first && special) || previousIsSpecial)
                {
                    text.Append(' ');
                }

                text.Append(span.Text);
                previousIsSpecial = special;
                if (link != null && !string.IsNullOrWhiteSpace(link.Uri))
                {
                    text.Append(" (").Append(link.Uri).Append(')');
                    previousIsSpecial = false;
                }

                first = false;
            }

            return text.ToString();
        }

        /// <summary>
        /// PlatyPS 0.14 MamlRenderer.GenerateParagraphs: one para per CRLF-separated piece, empty pieces included;
        /// none for null. A hard break's bare LF stays inside its para.
        /// </summary>
        public static string[] Paras(string? text) =>
            text == null ? Array.Empty<string>() : text.Split(new[] { "\r\n" }, StringSplitOptions.None);

        // PlatyPS 0.14 MarkdownParser.UnwindMarkdownCharsEscaping, in its order. (Its first step replaces a
        // literal "\r\n([^\r])", which normalized text never holds.) Other backslashes stay, and so do backticks.
        private static string Unescape(string text) => text
            .Replace(@"\[", "[")
            .Replace(@"\]", "]")
            .Replace(@"\(", "(")
            .Replace(@"\)", ")")
            .Replace(@"\`", "`")
            .Replace(@"\<", "<")
            .Replace(@"\>", ">")
            .Replace(@"\_", "_")
            .Replace(@"\*", "*")
            .Replace(@"\\", @"\");

        // PlatyPS 0.14 MarkdownParser.LineBreaksMatchEvaluater, line by line with the previous line in view:
        // a blank line gives a CRLF (a para break); a line that starts a list item ("- ", "* ", "--") right after
        // another one stays on its own line; the first line after such a list gets an extra CRLF; any other line
        // is joined to the next with a space. So a list item needs a list item (or a blank line) before it to
        // start a line, and an indented continuation line is joined, leading spaces and all.
        private static string JoinLines(string text)
        {
            string previous = "foo";
            bool inList = false;
            string joined = Line.Replace(text, match =>
            {
                string before = previous;
                string line = match.Groups[1].Value;
                previous = line;
                if (string.IsNullOrWhiteSpace(line))
                {
                    return "\r\n";
                }

                if (HasListPrefix(before) && HasListPrefix(line))
                {
                    inList = true;
                    return "\r\n" + line;
                }

                if (inList)
                {
                    inList = false;
                    line = "\r\n" + line;
                }

                return line + " ";
            });

            return joined.Replace(" \r\n", "\r\n").Trim();
        }

        private static bool HasListPrefix(string line) =>
            line.Length >= 2 && ((line[0] == '-' && (line[1] == '-' || line[1] == ' ')) || (line[0] == '*' && line[1] == ' '));
    }
}
