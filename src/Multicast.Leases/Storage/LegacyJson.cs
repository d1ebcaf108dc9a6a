using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// Reads the JSON of the store's first formats (snapshot versions 1 and 2, journal version 1) with the reader
    /// netstandard2.0 has built in (System.Runtime.Serialization.Json), into <see cref="JsonObject"/>s, lists,
    /// strings, longs, bools and nulls, for <see cref="LeaseFileFormat"/>'s strict checks. A property that
    /// appears twice, a number that is not a whole one in range, or text that is not UTF-8 JSON throws a FormatException.
    /// Unlike the reader the store had before, it takes a comma before a closing bracket; the checks that follow
    /// see the same values either way.
    /// <para>
    /// Why the built-in reader, and no reader of our own (bench/README.md, "The JSON decision"): read into the
    /// same checked store, a 100,000-lease version 2 snapshot cost our own reader 229 ms and 103 MB warm, about
    /// 1 s and 123 MB in a fresh process; the built-in reader 325 ms and 75 MB warm, about 1 s and 93 MB fresh.
    /// Neither comes near a first request in 50 ms and 32 MB, so the store's own formats are binary since
    /// version 3, and JSON is read only once per old store, until its first change rewrites it. For that one
    /// read, 400 lines of parser of our own bought nothing the built-in reader, in netstandard2.0 and .NET
    /// Framework alike, lacks.
    /// </para>
    /// </summary>
    internal static class LegacyJson
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static object? Parse(byte[] bytes, int offset, int count)
        {
            try
            {
                // The built-in reader would take other encodings, and replace bad bytes; the store's files are UTF-8.
                StrictUtf8.GetCharCount(bytes, offset, count);
            }
            catch (ArgumentException)
            {
                throw new FormatException("It is not UTF-8 text.");
            }

            // The built-in reader stops after the first value and says nothing of what follows it.
            if (!NothingAfterTheValue(bytes, offset, count))
            {
                throw new FormatException("Text follows the end of the document.");
            }

            try
            {
                using (XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(bytes, offset, count, XmlDictionaryReaderQuotas.Max))
                {
                    reader.MoveToContent();
                    object? value = ReadValue(reader);
                    if (!reader.EOF && reader.NodeType != XmlNodeType.None)
                    {
                        throw new FormatException("Text follows the end of the document.");
                    }

                    return value;
                }
            }
            catch (XmlException exception)
            {
                throw new FormatException("It is not JSON: " + exception.Message);
            }
        }

        public static object? Parse(string text)
        {
            byte[] bytes = StrictUtf8.GetBytes(text);
            return Parse(bytes, 0, bytes.Length);
        }

        /// <summary>False when an object or array is followed by more than white space (strings and escapes skipped).</summary>
        private static bool NothingAfterTheValue(byte[] bytes, int offset, int count)
        {
            int i = offset, end = offset + count, depth = 0;
            while (i < end && IsSpace(bytes[i]))
            {
                i++;
            }

            if (i == end || (bytes[i] != '{' && bytes[i] != '['))
            {
                return true;
            }

            for (bool inString = false; i < end; i++)
            {
                byte b = bytes[i];
                if (inString)
                {
                    i += b == '\\' ? 1 : 0;
                    inString = b != '"';
                }
                else if (b == '"')
                {
                    inString = true;
                }
                else if (b == '{' || b == '[')
                {
                    depth++;
                }
                else if ((b == '}' || b == ']') && --depth == 0)
                {
                    break;
                }
            }

            for (i++; i < end; i++)
            {
                if (!IsSpace(bytes[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSpace(byte b) => b == ' ' || b == '\n' || b == '\r' || b == '\t';

        /// <summary>The value at the reader's element: "type" says which, as the built-in reader maps JSON to XML.</summary>
        private static object? ReadValue(XmlDictionaryReader reader)
        {
            string type = reader.GetAttribute("type") ?? "string";
            if (reader.IsEmptyElement)
            {
                reader.Read();
                switch (type)
                {
                    case "object": return new JsonObject();
                    case "array": return new List<object?>();
                    case "null": return null;
                    case "string": return string.Empty;
                    default: throw new FormatException("A " + type + " has no value.");
                }
            }

            switch (type)
            {
                case "object":
                    var value = new JsonObject();
                    reader.Read();
                    while (reader.NodeType == XmlNodeType.Element)
                    {
                        // A name that is no XML name comes as <a:item item="name">.
                        string name = reader.GetAttribute("item") ?? reader.LocalName;
                        if (!value.TryAdd(name, ReadValue(reader)))
                        {
                            throw new FormatException("The property \"" + name + "\" appears twice.");
                        }
                    }

                    reader.ReadEndElement();
                    return value;
                case "array":
                    var list = new List<object?>();
                    reader.Read();
                    while (reader.NodeType == XmlNodeType.Element)
                    {
                        list.Add(ReadValue(reader));
                    }

                    reader.ReadEndElement();
                    return list;
                case "number":
                    string number = reader.ReadElementContentAsString();
                    bool whole = number.Length > 0 && number.Length <= 20 && (number[0] == '-' || char.IsDigit(number[0]))
                        && !(number.Length > 1 && number[0] == '0') && !(number.Length > 2 && number[0] == '-' && number[1] == '0');
                    return whole && long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed)
                        ? parsed
                        : throw new FormatException("The number " + number + " is not a whole number in range.");
                case "boolean":
                    return reader.ReadElementContentAsBoolean();
                case "null":
                    reader.ReadElementContentAsString();
                    return null;
                default:
                    return reader.ReadElementContentAsString();
            }
        }
    }
}
