using System.Text.RegularExpressions;

namespace Multicast.HelpCompiler
{
    /// <summary>PlatyPS 0.14 RenderCleaner: the last pass over the MAML text, and over an about topic's text.</summary>
    internal static class TextCleanup
    {
        /// <summary>
        /// NormalizeWhitespaces: non-breaking spaces (U+00A0, and U+C2A0, which PlatyPS's comment takes for the
        /// same thing) become spaces, as do the mojibake "Â " and every 'Ã'.
        /// </summary>
        public static string NormalizeWhitespaces(string text) => text
            .Replace('\u00a0', ' ')
            .Replace('\uc2a0', ' ')
            .Replace("\u00c2 ", " ")
            .Replace('\u00c3', ' ');

        /// <summary>FullNormalization (about topics): whitespace, then CRLF line breaks, then quotes and dashes.</summary>
        public static string FullNormalization(string text)
        {
            text = Regex.Replace(NormalizeWhitespaces(text), "\r\n?|\n", "\r\n");
            text = Regex.Replace(text, "\u2018|\u2019|\u201b", "'");
            text = Regex.Replace(text, "\u201c|\u201d|\u201e|\u201f", "\"");
            return Regex.Replace(text, "\u05be|\u1806|\u2010|\u2011|\u00AD|\u2012|\u2013|\u2014|\u2015|\u2212", "-");
        }
    }
}
