using System;
using Multicast.HelpCompiler.Markdown;

namespace Multicast.HelpCompiler
{
    /// <summary>
    /// One reason a page cannot be compiled, laid out as PlatyPS 0.14's HelpSchemaException:
    /// <c>{file}:{line}:({column}) '{snippet}'</c>, a line break, a space, then the message.
    /// </summary>
    /// <remarks>
    /// Unlike PlatyPS, line and column are 1-based positions in the file as written (PlatyPS counts lines from 0
    /// after the front matter, and its column only ever grows), and a line break inside the snippet is shown as
    /// "\n", so each error takes exactly two lines.
    /// </remarks>
    internal sealed class HelpError
    {
        public HelpError(string file, int line, int column, string snippet, string message)
        {
            File = file;
            Line = line;
            Column = column;
            Snippet = snippet;
            Message = message;
        }

        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public string Snippet { get; }

        public string Message { get; }

        public static HelpError At(SourceText source, int offset, int length, string message)
        {
            (int line, int column) = source.Position(offset);
            return new HelpError(source.Path, line, column, source.Snippet(offset, length), message);
        }

        public static HelpError AtStart(string file, string message) => new HelpError(file, 1, 1, string.Empty, message);

        public override string ToString() =>
            $"{File}:{Line}:({Column}) '{Snippet.Replace("\r\n", "\\n").Replace("\n", "\\n")}'\n {Message}";
    }

    /// <summary>Thrown where PlatyPS 0.14 would throw (or crash): the rest of that page is not read.</summary>
    internal sealed class HelpSchemaException : Exception
    {
        public HelpSchemaException(int offset, int length, string message)
            : base(message)
        {
            Offset = offset;
            Length = length;
        }

        public HelpSchemaException(MarkdownNode node, string message)
            : this(node.Offset, node.Length, message)
        {
        }

        public HelpSchemaException(Span span, string message)
            : this(span.Offset, span.Length, message)
        {
        }

        public int Offset { get; }

        public int Length { get; }
    }
}
