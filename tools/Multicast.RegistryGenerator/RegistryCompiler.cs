using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Multicast.RegistryGenerator
{
    /// <summary>
    /// Turns the IANA files in data/iana into the tab-separated resource that Multicast.Core embeds
    /// (src/Multicast.Core/Registry/Data/multicast-registry.tsv), checking on the way that the files
    /// still fit together: a refresh that breaks an assumption fails here, not at run time.
    /// </summary>
    /// <remarks>
    /// Lines of the output, fields separated by tabs:
    /// <c>@ family title updated</c> (one per registry), <c>S index text</c> (where rows came from),
    /// <c>T table kind title</c> (sub-registries; kind is ipv4, relative, ipv6 or variable),
    /// <c>B first last name table rfc5771-name kind</c> (the IPv4 blocks of RFC 5771 §3 as the registry names them now,
    /// and how each is allocated: one of <see cref="BlockKinds"/>),
    /// <c>R table first last description references date updated source flags</c> (records; relative rows hold
    /// offsets, variable-scope rows hold ff0x:: addresses; flags are <see cref="AssignmentFlags"/> names joined by commas,
    /// read from the record by <see cref="FlagsOf"/>, so that Core reads no meaning from a description).
    /// </remarks>
    public static class RegistryCompiler
    {
        /// <summary>Where the compiled resource lives, relative to the repository root.</summary>
        public const string OutputPath = "src/Multicast.Core/Registry/Data/multicast-registry.tsv";

        private static readonly XNamespace Iana = "http://www.iana.org/assignments";

        // IANA's sub-registry titles (ipv6-multicast-scopes.from-iana-page.txt) for the partial CSV's
        // subregistry column, and the scop value each fixed-scope table must carry.
        private static readonly (string Id, string Kind, string Title, int Scope)[] IPv6Tables =
        {
            ("node-local", "ipv6", "Node-Local Scope Multicast Addresses", 1),
            ("link-local", "ipv6", "Link-Local Scope Multicast Addresses", 2),
            ("site-local", "ipv6", "Site-Local Scope Multicast Addresses", 5),
            ("variable", "variable", "Variable Scope Multicast Addresses", -1),
        };

        /// <summary>
        /// How each RFC 5771 §3 block is allocated, as ipv4-blocks.csv's kind column names it; Core's decoder
        /// has one case for each (Ipv4BlockKind), so a block of another kind needs code before it can ship.
        /// </summary>
        public static readonly string[] BlockKinds =
        {
            "LocalNetworkControl", "InternetworkControl", "AdHoc", "SdpSap", "DisTransient", "Reserved",
            "SourceSpecific", "Glop", "AdHocBlock3", "UnicastPrefix", "AdministrativelyScoped",
        };

        /// <summary>Compiles the files in <paramref name="dataDirectory"/>; throws InvalidDataException when they do not fit.</summary>
        public static string Compile(string dataDirectory)
        {
            var output = new Output();
            output.Line("# IANA multicast registries for Multicast.Core, compiled from data/iana by tools/Multicast.RegistryGenerator.");
            output.Line("# Do not edit: change data/iana and run the generator (see data/iana/README.md).");
            CompileIPv4(dataDirectory, output);
            CompileIPv6(dataDirectory, output);
            return output.ToString();
        }

        private static void CompileIPv4(string dataDirectory, Output output)
        {
            XElement root = XDocument.Load(Path.Combine(dataDirectory, "multicast-addresses.xml")).Root
                ?? throw new InvalidDataException("multicast-addresses.xml is empty.");
            string title = Text(root.Element(Iana + "title"));
            string updated = Text(root.Element(Iana + "updated"));
            output.Fields("@", "ipv4", title, updated);
            int source = output.Source("IANA " + title + " (multicast-addresses.xml), updated " + updated);

            var fixedRows = new List<Row>();
            var relativeRows = new List<Row>();
            var titles = new Dictionary<string, string>();
            foreach (XElement registry in root.Elements(Iana + "registry"))
            {
                string id = registry.Attribute("id")?.Value ?? throw new InvalidDataException("A sub-registry has no id.");
                string registryTitle = Text(registry.Element(Iana + "title"));
                var records = registry.Elements(Iana + "record").ToList();
                bool relative = records.Any(r => r.Element(Iana + "relative") != null);
                output.Fields("T", id, relative ? "relative" : "ipv4", registryTitle);
                titles[id] = registryTitle;
                foreach (XElement record in records)
                {
                    Row row = relative ? RelativeRow(id, record, source) : AddressRow(id, record, source);
                    (relative ? relativeRows : fixedRows).Add(row);
                }
            }

            List<Block> blocks = ReadBlocks(dataDirectory);
            CheckBlocks(blocks, fixedRows, titles);
            CheckRelative(relativeRows);
            foreach (Block block in blocks)
            {
                output.Fields("B", block.First.ToString(), block.Last.ToString(), block.Name, block.Registry, block.Rfc5771Name, block.Kind);
            }

            foreach (Row row in fixedRows.OrderBy(r => r.First).Concat(relativeRows.OrderBy(r => r.FirstOffset)))
            {
                output.Row(row);
            }
        }

        private static void CompileIPv6(string dataDirectory, Output output)
        {
            string page = File.ReadAllText(Path.Combine(dataDirectory, "ipv6-multicast-scopes.from-iana-page.txt"));
            Match updated = Regex.Match(page, @"Last Updated (\d{4}-\d{2}-\d{2})");
            if (!updated.Success)
            {
                throw new InvalidDataException("ipv6-multicast-scopes.from-iana-page.txt does not say when the page was last updated.");
            }

            output.Fields("@", "ipv6", "IPv6 Multicast Address Space Registry (partial)", updated.Groups[1].Value);
            foreach (var table in IPv6Tables)
            {
                output.Fields("T", table.Id, table.Kind, table.Title);
            }

            var rows = CsvReader.ReadFile(Path.Combine(dataDirectory, "ipv6-multicast-registry-partial.csv"))
                .Where(r => r["subregistry"] != "scopes")
                .ToList();
            var unknown = rows.Select(r => r["subregistry"]).Where(s => IPv6Tables.All(t => t.Id != s)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidDataException("ipv6-multicast-registry-partial.csv has rows of unknown sub-registries: " + string.Join(", ", unknown) + ".");
            }

            foreach (var table in IPv6Tables)
            {
                var tableRows = rows.Where(r => r["subregistry"] == table.Id)
                    .Select(r => IPv6Row(table.Id, table.Scope, r, output.Source(r["source"])))
                    .OrderBy(r => r.First)
                    .ToList();
                CheckNoOverlap(table.Id, tableRows);
                foreach (Row row in tableRows)
                {
                    output.Row(row);
                }
            }
        }

        private static Row AddressRow(string registry, XElement record, int source)
        {
            string addr = Text(record.Element(Iana + "addr"));
            int dash = addr.IndexOf('-');
            IPAddressValue first = ParseIPv4(dash < 0 ? addr : addr.Substring(0, dash));
            IPAddressValue last = dash < 0 ? first : ParseIPv4(addr.Substring(dash + 1));
            if (last.CompareTo(first) < 0)
            {
                throw new InvalidDataException("The record " + addr + " ends before it starts.");
            }

            return new Row(registry, false, first, last, 0, 0, Description(record), References(record), Attribute(record, "date"), Attribute(record, "updated"), source);
        }

        private static Row RelativeRow(string registry, XElement record, int source)
        {
            string relative = Text(record.Element(Iana + "relative"));
            string[] parts = relative.Split('-');
            int first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            int last = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : first;
            return new Row(registry, true, default, default, first, last, Description(record), References(record), Attribute(record, "date"), Attribute(record, "updated"), source);
        }

        private static Row IPv6Row(string table, int scope, Dictionary<string, string> row, int source)
        {
            string address = row["address"].Trim();
            bool variable = scope < 0;
            if (variable)
            {
                // RFC 2375 §3: "X" in the scope field means any legal scope; the table keeps scop 0.
                if (!address.StartsWith("FF0X", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException("The variable-scope row " + address + " does not start with FF0X.");
                }

                address = Regex.Replace(address, "FF0X", "FF00", RegexOptions.IgnoreCase);
            }

            IPAddressValue first, last;
            int dash = address.IndexOf('-');
            if (address.IndexOf('/') >= 0)
            {
                IPPrefix prefix = IPPrefix.Parse(address);
                first = prefix.FirstAddress;
                last = prefix.LastAddress;
            }
            else
            {
                first = AddressParser.Parse(dash < 0 ? address : address.Substring(0, dash));
                last = dash < 0 ? first : AddressParser.Parse(address.Substring(dash + 1));
            }

            // RFC 4291 §2.7: permanent (flags 0) addresses of the table's scope.
            int expectedScope = variable ? 0 : scope;
            foreach (IPAddressValue end in new[] { first, last })
            {
                if (!end.IsIPv6 || (end.High >> 48) != (0xFF00UL | (uint)expectedScope))
                {
                    throw new InvalidDataException("The " + table + " row " + row["address"] + " is not in ff0" + expectedScope.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "::/16.");
                }
            }

            return new Row(table, false, first, last, 0, 0, Normalize(row["description"]), Normalize(row["references"]), row["date"].Trim(), string.Empty, source);
        }

        private static List<Block> ReadBlocks(string dataDirectory) =>
            CsvReader.ReadFile(Path.Combine(dataDirectory, "ipv4-blocks.csv"))
                .Select(r => new Block(ParseIPv4(r["first"]), ParseIPv4(r["last"]), r["block"].Trim(), r["registry"].Trim(), r["rfc5771"].Trim(), KindOf(r)))
                .ToList();

        private static string KindOf(Dictionary<string, string> row)
        {
            string kind = row.TryGetValue("kind", out string? text) ? text.Trim() : string.Empty;
            return Array.IndexOf(BlockKinds, kind) >= 0
                ? kind
                : throw new InvalidDataException("ipv4-blocks.csv gives the block " + row["block"].Trim() + " the kind '" + kind + "'; the decoder knows "
                    + string.Join(", ", BlockKinds) + ". A new kind of block needs a case in Core's Ipv4BlockKind first.");
        }

        /// <summary>
        /// What a record says about its own use, read once here from IANA's words and references:
        /// Unassigned (IANA's description of free space), Reserved (a description with the word, except
        /// 232.0.1.0-232.255.255.255, "Reserved for local host allocation": RFC 4607 §1 gives it to hosts),
        /// Documentation (a reference to RFC 6676, Multicast Addresses for Documentation) and Experimental
        /// (RFC 3692-style experiments, RFC 4727, and "any private experiment").
        /// </summary>
        public static string FlagsOf(string description, string references)
        {
            var flags = new List<string>();
            if (description.StartsWith("Unassigned", StringComparison.OrdinalIgnoreCase))
            {
                flags.Add("Unassigned");
            }

            if (Regex.IsMatch(description, @"\bReserved\b", RegexOptions.IgnoreCase)
                && description.IndexOf("Reserved for local host allocation", StringComparison.OrdinalIgnoreCase) < 0)
            {
                flags.Add("Reserved");
            }

            if (references.IndexOf("[RFC6676]", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                flags.Add("Documentation");
            }

            if (references.IndexOf("[RFC4727]", StringComparison.OrdinalIgnoreCase) >= 0
                || Regex.IsMatch(description, @"\bexperiment\b", RegexOptions.IgnoreCase))
            {
                flags.Add("Experimental");
            }

            return string.Join(",", flags);
        }

        // The blocks tile 224.0.0.0/4; each holds records of its own sub-registry only, which tile it;
        // a sub-registry that is one block carries the block's name in its title.
        private static void CheckBlocks(List<Block> blocks, List<Row> rows, Dictionary<string, string> titles)
        {
            IPAddressValue expected = ParseIPv4("224.0.0.0");
            foreach (Block block in blocks)
            {
                if (block.First != expected)
                {
                    throw new InvalidDataException("ipv4-blocks.csv: the block " + block.Name + " starts at " + block.First + ", not at " + expected + ".");
                }

                if (!titles.ContainsKey(block.Registry))
                {
                    throw new InvalidDataException("ipv4-blocks.csv: the block " + block.Name + " names the sub-registry " + block.Registry + ", which the XML lacks.");
                }

                var inside = rows.Where(r => r.First.CompareTo(block.First) >= 0 && r.First.CompareTo(block.Last) <= 0).OrderBy(r => r.First).ToList();
                IPAddressValue next = block.First;
                foreach (Row row in inside)
                {
                    if (row.Table != block.Registry)
                    {
                        throw new InvalidDataException("The record " + row.First + " of " + row.Table + " lies in the block " + block.Name + " of " + block.Registry + ".");
                    }

                    if (row.First != next || row.Last.CompareTo(block.Last) > 0)
                    {
                        throw new InvalidDataException("The records of " + block.Name + " do not tile it: a gap or overlap at " + row.First + ".");
                    }

                    next = AddressMath.Add(row.Last, 1);
                }

                if (next != AddressMath.Add(block.Last, 1))
                {
                    throw new InvalidDataException("The records of " + block.Name + " end at " + next + ", before the block ends at " + block.Last + ".");
                }

                if (blocks.Count(b => b.Registry == block.Registry) == 1 && TitleStem(titles[block.Registry]) != block.Name)
                {
                    throw new InvalidDataException("ipv4-blocks.csv calls " + block.First + "-" + block.Last + " '" + block.Name + "', but the registry's title is now '" + titles[block.Registry] + "'.");
                }

                expected = AddressMath.Add(block.Last, 1);
            }

            if (expected != ParseIPv4("240.0.0.0"))
            {
                throw new InvalidDataException("ipv4-blocks.csv ends before 239.255.255.255.");
            }

            var unused = titles.Keys.Where(id => rows.Any(r => r.Table == id) && blocks.All(b => b.Registry != id)).ToList();
            if (unused.Count > 0)
            {
                throw new InvalidDataException("The sub-registries " + string.Join(", ", unused) + " have no block in ipv4-blocks.csv.");
            }
        }

        // RFC 2365 §9: 256 offsets, 0-255, each in exactly one row.
        private static void CheckRelative(List<Row> rows)
        {
            int next = 0;
            foreach (Row row in rows.OrderBy(r => r.FirstOffset))
            {
                if (row.FirstOffset != next || row.LastOffset < row.FirstOffset)
                {
                    throw new InvalidDataException("The relative offsets have a gap or overlap at " + row.FirstOffset + ".");
                }

                next = row.LastOffset + 1;
            }

            if (next != 256)
            {
                throw new InvalidDataException("The relative offsets end at " + (next - 1) + ", not 255.");
            }
        }

        private static void CheckNoOverlap(string table, List<Row> sorted)
        {
            for (int i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].First.CompareTo(sorted[i - 1].Last) <= 0)
                {
                    throw new InvalidDataException("The " + table + " rows " + sorted[i - 1].First + " and " + sorted[i].First + " overlap.");
                }
            }
        }

        // "Local Network Control Block (224.0.0.0 - 224.0.0.255 (224.0.0/24))" and
        // "DIS Transient Groups 224.252.0.0-224.255.255.255 (224.252/14))" name their block before the range.
        private static string TitleStem(string title) => Regex.Replace(title, @"\s*(\(|\s\d).*$", string.Empty);

        private static string Description(XElement record) => Normalize(Text(record.Element(Iana + "description")));

        // IANA's page writes references as [RFC1112][Jon_Postel]; so does the IPv6 CSV.
        private static string References(XElement record)
        {
            var text = new StringBuilder();
            foreach (XElement xref in record.Elements(Iana + "xref"))
            {
                string type = xref.Attribute("type")?.Value ?? string.Empty;
                string data = xref.Attribute("data")?.Value ?? string.Empty;
                string content = Normalize(xref.Value);
                string reference = type switch
                {
                    "rfc" => data.ToUpperInvariant(),
                    "uri" => content.Length > 0 ? content : data,
                    "text" => content,
                    _ => data,
                };
                text.Append(reference.StartsWith("[", StringComparison.Ordinal) ? reference : "[" + reference + "]");
            }

            return text.ToString();
        }

        private static string Attribute(XElement record, string name) => record.Attribute(name)?.Value.Trim() ?? string.Empty;

        private static string Text(XElement? element) =>
            Normalize(element?.Value ?? throw new InvalidDataException("An element the generator needs is missing from the XML."));

        // Runs of white space become one space (the XML has "DVMRP    Routers"), so no field holds a tab or newline.
        private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();

        private static IPAddressValue ParseIPv4(string text)
        {
            IPAddressValue address = AddressParser.Parse(text.Trim());
            return address.IsIPv4 ? address : throw new InvalidDataException(text + " is not an IPv4 address.");
        }

        private static string FormatAddress(Row row, IPAddressValue address)
        {
            string text = address.ToString();
            // Variable-scope rows are written as IANA writes them, with X for the scope digit.
            return row.Table == "variable" ? text.Substring(0, 3) + "x" + text.Substring(4) : text;
        }

        private sealed record Block(IPAddressValue First, IPAddressValue Last, string Name, string Registry, string Rfc5771Name, string Kind);

        private sealed record Row(
            string Table,
            bool IsRelative,
            IPAddressValue First,
            IPAddressValue Last,
            int FirstOffset,
            int LastOffset,
            string Description,
            string References,
            string Date,
            string Updated,
            int Source);

        private sealed class Output
        {
            private readonly StringBuilder _text = new();
            private readonly List<string> _sources = new();

            public void Line(string line) => _text.Append(line).Append('\n');

            public void Fields(params string[] fields)
            {
                foreach (string field in fields)
                {
                    if (field.IndexOfAny(new[] { '\t', '\n', '\r' }) >= 0)
                    {
                        throw new InvalidDataException("The field '" + field + "' holds a tab or newline.");
                    }
                }

                Line(string.Join("\t", fields));
            }

            /// <summary>The index of a source line, written the first time it is seen.</summary>
            public int Source(string text)
            {
                int index = _sources.IndexOf(text);
                if (index < 0)
                {
                    index = _sources.Count;
                    _sources.Add(text);
                    Fields("S", index.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
                }

                return index;
            }

            public void Row(Row row)
            {
                bool relative = row.IsRelative;
                Fields(
                    "R",
                    row.Table,
                    relative ? row.FirstOffset.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormatAddress(row, row.First),
                    relative ? row.LastOffset.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormatAddress(row, row.Last),
                    row.Description,
                    row.References,
                    row.Date,
                    row.Updated,
                    row.Source.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    FlagsOf(row.Description, row.References));
            }

            public override string ToString() => _text.ToString();
        }
    }
}
