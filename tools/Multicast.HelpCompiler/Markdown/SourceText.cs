using System;
using System.Text.RegularExpressions;

namespace Multicast.HelpCompiler.Markdown
{
    /// <summary>
    /// A markdown file as PlatyPS 0.14 parses it, and the way back from an offset in that text to a line and
    /// column of the file, for error messages.
    /// </summary>
    internal sealed class SourceText
    {
        private readonly string normalized;
        private readonly int textStart;

        private SourceText(string path, string normalized, string text, int textStart)
        {
            Path = path;
            this.normalized = normalized;
            Text = text;
            this.textStart = textStart;
        }

        public string Path { get; }

        /// <summary>What the parser reads: the file prepared as PlatyPS prepares it, without its front matter.</summary>
        public string Text { get; }

        public static SourceText FromFile(string path, string content)
        {
            string normalized = NormalizeLineBreaks(content);
            string prepared = Prepare(content);
            string text = SkipFrontMatter(prepared);

            // Prepare only trims leading whitespace and swaps characters one for one, so Text is a suffix of the
            // normalized file (up to the EN DASH swap), and its offsets shift by a constant.
            return new SourceText(path, normalized, text, normalized.Length - text.Length);
        }

        /// <summary>
        /// PlatyPS 0.14 MarkdownParser.PrepareDocumentString: TrimStart, EN DASH (U+2013) to '-' everywhere (code
        /// blocks too), then every line break to CRLF.
        /// </summary>
        public static string Prepare(string content) =>
            NormalizeLineBreaks(content.TrimStart().Replace('\u2013', '-'));

        /// <summary>
        /// PlatyPS 0.14 GetYamlMetadataBlockEndOffset: front matter is "---\r\n" at the very start, up to the
        /// next "\r\n---" searched from offset 5; -1 when there is none.
        /// </summary>
        public static int FrontMatterEnd(string prepared) =>
            prepared.StartsWith("---\r\n", StringComparison.Ordinal) ? prepared.IndexOf("\r\n---", 5, StringComparison.Ordinal) : -1;

        /// <summary>The 1-based line and column of the first non-blank character at or after offset.</summary>
        public (int Line, int Column) Position(int offset)
        {
            while (offset < Text.Length && char.IsWhiteSpace(Text[offset]))
            {
                offset++;
            }

            int position = Math.Min(textStart + offset, normalized.Length);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < position; i++)
            {
                if (normalized[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, position - lineStart + 1);
        }

        /// <summary>PlatyPS's error snippet: up to 50 characters of the node from the reported position, then "..." if cut.</summary>
        public string Snippet(int offset, int length)
        {
            int end = Math.Min(offset + Math.Max(length, 0), Text.Length);
            while (offset < end && char.IsWhiteSpace(Text[offset]))
            {
                offset++;
            }

            string text = Text.Substring(offset, end - offset).TrimEnd();
            return text.Length < 50 ? text : text.Substring(0, 50) + "...";
        }

        // PlatyPS 0.14 MarkdownParser.SkipYamlMetadataBlock: skip past "\r\n---" and TrimStart again.
        private static string SkipFrontMatter(string prepared)
        {
            int end = FrontMatterEnd(prepared);
            return end < 0 ? prepared : prepared.Substring(end + 5).TrimStart();
        }

        private static string NormalizeLineBreaks(string text) => Regex.Replace(text, "\r\n?|\n", "\r\n");
    }
}
