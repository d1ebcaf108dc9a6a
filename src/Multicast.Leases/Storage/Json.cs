using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The small, strict subset of JSON (RFC 8259) the lease file uses: objects, arrays, strings, integers,
    /// true, false and null. Written here so that the module needs no JSON package, which Windows
    /// PowerShell 5.1 would load side by side with other modules' versions.
    /// </summary>
    internal static class Json
    {
        private const int MaximumDepth = 16;

        /// <summary>Writes <paramref name="value"/> as a JSON string, escaping quotes, backslashes and control characters.</summary>
        public static void WriteString(TextWriter writer, string value)
        {
            writer.Write('"');
            int run = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    continue;
                }

                writer.Write(value.Substring(run, i - run));
                run = i + 1;
                switch (c)
                {
                    case '"': writer.Write("\\\""); break;
                    case '\\': writer.Write("\\\\"); break;
                    case '\n': writer.Write("\\n"); break;
                    case '\r': writer.Write("\\r"); break;
                    case '\t': writer.Write("\\t"); break;
                    default: writer.Write("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }
            }

            writer.Write(run == 0 ? value : value.Substring(run));
            writer.Write('"');
        }

        /// <summary>
        /// Reads one JSON value: a <see cref="JsonObject"/> (keys unique), a List, a string, a long, a bool or
        /// null. Anything else, including fractions, exponents and trailing text, throws a FormatException
        /// that names the line.
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

            // Property names repeat on every lease: each distinct one is allocated once.
            private readonly List<string> _names = new List<string>();

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

            private JsonObject ReadObject(int depth)
            {
                var result = new JsonObject();
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

                    int nameAt = Position;
                    string name = ReadName();
                    SkipWhitespace();
                    Expect(':');
                    SkipWhitespace();
                    object? value = ReadValue(depth + 1);
                    if (!result.TryAdd(name, value))
                    {
                        Position = nameAt;
                        throw Error("the property \"" + name + "\" appears twice");
                    }

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

            /// <summary>A property name: a plain one that was seen before is not allocated again.</summary>
            private string ReadName()
            {
                int start = Position + 1, end = start;
                while (end < _text.Length && _text[end] != '"' && _text[end] != '\\' && _text[end] >= 0x20)
                {
                    end++;
                }

                if (end < _text.Length && _text[end] == '"')
                {
                    foreach (string known in _names)
                    {
                        if (known.Length == end - start && string.CompareOrdinal(_text, start, known, 0, known.Length) == 0)
                        {
                            Position = end + 1;
                            return known;
                        }
                    }
                }

                string name = ReadString();
                if (_names.Count < 32)
                {
                    _names.Add(name);
                }

                return name;
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

    /// <summary>A JSON object: its properties in file order. Lease files have objects of a handful of properties, so a list beats a hash table.</summary>
    internal sealed class JsonObject
    {
        private readonly List<KeyValuePair<string, object?>> _properties = new List<KeyValuePair<string, object?>>(6);

        public int Count => _properties.Count;

        public IEnumerable<string> Names
        {
            get
            {
                foreach (KeyValuePair<string, object?> property in _properties)
                {
                    yield return property.Key;
                }
            }
        }

        public string NameAt(int index) => _properties[index].Key;

        public bool TryGetValue(string name, out object? value)
        {
            foreach (KeyValuePair<string, object?> property in _properties)
            {
                if (string.Equals(property.Key, name, StringComparison.Ordinal))
                {
                    value = property.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        public bool Contains(string name) => TryGetValue(name, out _);

        /// <summary>Adds a property; false when the object already has one of that name.</summary>
        public bool TryAdd(string name, object? value)
        {
            if (Contains(name))
            {
                return false;
            }

            _properties.Add(new KeyValuePair<string, object?>(name, value));
            return true;
        }
    }
}
