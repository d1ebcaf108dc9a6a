using System.Collections.Generic;

namespace Multicast.HelpCompiler.Markdown
{
    // The node and span kinds of PlatyPS 0.14's markdown model (Markdown.MAML.Model.Markdown). Its parser makes
    // only these: headings, code blocks, and paragraphs of spans. Offset and Length locate the source text the
    // node or span was made from, in SourceText.Text.

    internal abstract class MarkdownNode
    {
        protected MarkdownNode(int offset, int length)
        {
            Offset = offset;
            Length = length;
        }

        public int Offset { get; }

        public int Length { get; }
    }

    internal sealed class HeadingNode : MarkdownNode
    {
        public HeadingNode(string text, int level, int offset, int length)
            : base(offset, length)
        {
            Text = text;
            Level = level;
        }

        /// <summary>The heading text as written: never unescaped.</summary>
        public string Text { get; }

        public int Level { get; }
    }

    internal sealed class CodeBlockNode : MarkdownNode
    {
        public CodeBlockNode(string? language, string text, int offset, int length)
            : base(offset, length)
        {
            Language = language;
            Text = text;
        }

        /// <summary>The word right after the opening fence, or null.</summary>
        public string? Language { get; }

        /// <summary>The code, trimmed (PlatyPS's CodeBlockNode trims it, so the first line loses its indentation).</summary>
        public string Text { get; }
    }

    internal sealed class ParagraphNode : MarkdownNode
    {
        public ParagraphNode(IReadOnlyList<Span> spans)
            : base(spans[0].Offset, spans[spans.Count - 1].Offset + spans[spans.Count - 1].Length - spans[0].Offset)
        {
            Spans = spans;
        }

        /// <summary>Never empty.</summary>
        public IReadOnlyList<Span> Spans { get; }
    }

    internal enum SpanStyle
    {
        Normal,
        Bold,
        Italic,
    }

    internal abstract class Span
    {
        protected Span(string text, int offset, int length)
        {
            Text = text;
            Offset = offset;
            Length = length;
        }

        public string Text { get; }

        public int Offset { get; }

        public int Length { get; }
    }

    /// <summary>Plain, bold or italic text, already trimmed, unescaped and line-joined (ParagraphText.FromMarkdown).</summary>
    internal sealed class TextSpan : Span
    {
        public TextSpan(string text, SpanStyle style, int offset, int length)
            : base(text, offset, length)
        {
            Style = style;
        }

        public SpanStyle Style { get; }
    }

    /// <summary>[text](uri): both kept exactly as written.</summary>
    internal sealed class LinkSpan : Span
    {
        public LinkSpan(string text, string uri, int offset, int length)
            : base(text, offset, length)
        {
            Uri = uri;
        }

        public string Uri { get; }
    }

    /// <summary>Two trailing spaces: PlatyPS's HardBreakSpan, whose text is a bare LF.</summary>
    internal sealed class HardBreakSpan : Span
    {
        public HardBreakSpan(int offset, int length)
            : base("\n", offset, length)
        {
        }
    }
}
