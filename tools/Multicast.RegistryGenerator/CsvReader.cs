using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Multicast.RegistryGenerator
{
    /// <summary>Reads the RFC 4180 CSV files of data/iana: a header row, quoted fields, doubled quotes.</summary>
    public static class CsvReader
    {
        /// <summary>Each data row as a map from header name to field.</summary>
        public static List<Dictionary<string, string>> ReadFile(string path)
        {
            List<List<string>> rows = Parse(File.ReadAllText(path));
            var result = new List<Dictionary<string, string>>();
            for (int i = 1; i < rows.Count; i++)
            {
                var row = new Dictionary<string, string>();
                for (int column = 0; column < rows[0].Count; column++)
                {
                    row[rows[0][column]] = column < rows[i].Count ? rows[i][column] : string.Empty;
                }

                result.Add(row);
            }

            return result;
        }

        private static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = new List<string>();
                }
                else if (c != '\r')
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add(row);
            }

            return rows;
        }
    }
}
