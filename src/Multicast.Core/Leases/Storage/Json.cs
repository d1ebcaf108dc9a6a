using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Multicast
{
    /// <summary>
    /// The small, strict subset of JSON (RFC 8259) the lease file uses: objects, arrays, strings, integers,
    /// true, false and null. Written here so that the module needs no JSON package, which Windows
    /// PowerShell 5.1 would load side by side with other modules' versions.
    /// </summary>
    internal static class Json
    {
        private const int MaximumDepth = 16;

        /// <summary>Appends <paramref name="value"/> as a JSON string.</summary>
        public static void WriteString(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < 0x20)
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }

        /// <summary>
        /// Reads one JSON value: a Dictionary (keys unique), a List, a string, a long, a bool or null.
        /// Anything else, including fractions, exponents and trailing text, throws a FormatException that names the line.
        /// </summary>
        public static object? Parse(string text)
        {
            var reader = new Reader(text);
            reader.SkipWhitespace();
            object? value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader.Position != text.Length)
            {
                throw reader.Error("text after the end of the document");
            }

            return value;
        }

        private sealed class Reader
        {
            private readonly string _text;

            public Reader(string text) => _text = text;

            public int Position { get; private set; }

            public void SkipWhitespace()
            {
                while (Position < _text.Length && (_text[Position] == ' ' || _text[Position] == '\n' || _text[Position] == '\r' || _text[Position] == '\t'))
                {
                    Position++;
                }
            }

            public object? ReadValue(int depth)
            {
                if (depth > MaximumDepth)
                {
                    throw Error("nesting deeper than " + MaximumDepth);
                }

                if (Position >= _text.Length)
                {
                    throw Error("the document ends where a value was expected");
                }

                char c = _text[Position];
                switch (c)
                {
                    case '{': return ReadObject(depth);
                    case '[': return ReadArray(depth);
                    case '"': return ReadString();
                    case 't': return ReadWord("true", true);
                    case 'f': return ReadWord("false", false);
                    case 'n': return ReadWord("null", null);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return ReadInteger();
                        }

                        throw Error("unexpected '" + c + "'");
                }
            }

            public FormatException Error(string what)
            {
                int line = 1, column = 1;
                for (int i = 0; i < Position && i < _text.Length; i++)
                {
                    if (_text[i] == '\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }
                }

                return new FormatException("JSON error at line " + line + ", column " + column + ": " + what + ".");
            }

            private Dictionary<string, object?> ReadObject(int depth)
            {
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                Position++;
                SkipWhitespace();
                if (TryRead('}'))
                {
                    return result;
                }

                while (true)
                {
                    SkipWhitespace();
                    if (Position >= _text.Length || _text[Position] != '"')
                    {
                        throw Error("a property name was expected");
                    }

                    int keyAt = Position;
                    string key = ReadString();
                    SkipWhitespace();
                    Expect(':');
                    SkipWhitespace();
                    object? value = ReadValue(depth + 1);
                    if (result.ContainsKey(key))
                    {
                        Position = keyAt;
                        throw Error("the property \"" + key + "\" appears twice");
                    }

                    result.Add(key, value);
                    SkipWhitespace();
                    if (TryRead('}'))
                    {
                        return result;
                    }

                    Expect(',');
                }
            }

            private List<object?> ReadArray(int depth)
            {
                var result = new List<object?>();
                Position++;
                SkipWhitespace();
                if (TryRead(']'))
                {
                    return result;
                }

                while (true)
                {
                    SkipWhitespace();
                    result.Add(ReadValue(depth + 1));
                    SkipWhitespace();
                    if (TryRead(']'))
                    {
                        return result;
                    }

                    Expect(',');
                }
            }

            private string ReadString()
            {
                Position++;
                int start = Position;
                while (Position < _text.Length && _text[Position] != '"' && _text[Position] != '\\' && _text[Position] >= 0x20)
                {
                    Position++;
                }

                if (Position < _text.Length && _text[Position] == '"')
                {
                    Position++;
                    return _text.Substring(start, Position - start - 1);
                }

                var value = new StringBuilder(_text, start, Position - start, Position - start + 16);
                while (true)
                {
                    if (Position >= _text.Length)
                    {
                        throw Error("a string is not closed");
                    }

                    char c = _text[Position++];
                    if (c == '"')
                    {
                        return value.ToString();
                    }

                    if (c < 0x20)
                    {
                        Position--;
                        throw Error("a control character inside a string");
                    }

                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }

                    char escape = Position < _text.Length ? _text[Position++] : '\0';
                    switch (escape)
                    {
                        case '"': value.Append('"'); break;
                        case '\\': value.Append('\\'); break;
                        case '/': value.Append('/'); break;
                        case 'b': value.Append('\b'); break;
                        case 'f': value.Append('\f'); break;
                        case 'n': value.Append('\n'); break;
                        case 'r': value.Append('\r'); break;
                        case 't': value.Append('\t'); break;
                        case 'u':
                            if (Position + 4 > _text.Length
                                || !int.TryParse(_text.Substring(Position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                            {
                                throw Error("a \\u escape without four hex digits");
                            }

                            value.Append((char)code);
                            Position += 4;
                            break;
                        default:
                            Position--;
                            throw Error("an unknown escape \\" + escape);
                    }
                }
            }

            private long ReadInteger()
            {
                int start = Position;
                if (_text[Position] == '-')
                {
                    Position++;
                }

                int digits = Position;
                while (Position < _text.Length && _text[Position] >= '0' && _text[Position] <= '9')
                {
                    Position++;
                }

                bool leadingZero = Position - digits > 1 && _text[digits] == '0';
                bool fraction = Position < _text.Length && (_text[Position] == '.' || _text[Position] == 'e' || _text[Position] == 'E');
                if (Position == digits || leadingZero || fraction
                    || !long.TryParse(_text.Substring(start, Position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
                {
                    Position = start;
                    throw Error("a number that is not a whole number in range");
                }

                return value;
            }

            private object? ReadWord(string word, object? value)
            {
                if (string.CompareOrdinal(_text, Position, word, 0, word.Length) != 0)
                {
                    throw Error("unexpected '" + _text[Position] + "'");
                }

                Position += word.Length;
                return value;
            }

            private bool TryRead(char c)
            {
                if (Position < _text.Length && _text[Position] == c)
                {
                    Position++;
                    return true;
                }

                return false;
            }

            private void Expect(char c)
            {
                if (!TryRead(c))
                {
                    throw Error("'" + c + "' was expected");
                }
            }
        }
    }
}
