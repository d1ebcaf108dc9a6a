using System;
using System.Collections.Generic;

namespace Multicast.HelpCompiler.Markdown
{
    /// <summary>
    /// The "key: value" lines PlatyPS 0.14 reads, both for a page's front matter (Get-MarkdownMetadata) and for a
    /// parameter's yaml block (MarkdownParser.ParseYamlKeyValuePairs). Not yaml: each line is split at its first colon.
    /// </summary>
    internal static class FrontMatter
    {
        public const string InvalidYaml = "Invalid yaml: expected simple key-value pairs";

        /// <summary>The page's front matter (keys case-insensitive), or null when it has none.</summary>
        /// <exception cref="FormatException">A line has no colon.</exception>
        public static Dictionary<string, string?>? Read(string content)
        {
            string prepared = SourceText.Prepare(content);
            int end = SourceText.FrontMatterEnd(prepared);
            return end < 0 ? null : ParsePairs(prepared.Substring(5, end - 5));
        }

        /// <summary>
        /// Keys and values trimmed, blank lines skipped, an empty value read as null, the last of a repeated key kept.
        /// </summary>
        /// <exception cref="FormatException">A line has no colon.</exception>
        public static Dictionary<string, string?> ParsePairs(string text)
        {
            var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (string rawLine in text.Split(new[] { "\r\n", "\n" }, StringSplitOptions.None))
            {
                string line = rawLine.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                if (colon < 0)
                {
                    throw new FormatException(InvalidYaml);
                }

                string value = line.Substring(colon + 1).Trim();
                pairs[line.Substring(0, colon).Trim()] = value.Length == 0 ? null : value;
            }

            return pairs;
        }
    }
}
