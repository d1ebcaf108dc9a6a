using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Multicast
{
    /// <summary>
    /// The embedded IANA tables (Registry/Data/multicast-registry.tsv, compiled from data/iana by
    /// tools/Multicast.RegistryGenerator), read once into arrays sorted by first address, so that
    /// a look-up is a binary search.
    /// </summary>
    internal sealed class RegistryData
    {
        internal const string ResourceName = "Multicast.Registry.multicast-registry.tsv";

        // No static initializer (and so no class constructor): the per-address paths are compiled before the
        // registry is read, and a class constructor would cost them an initialization check at every look-up.
        private static RegistryData? instance;

        // RFC 2365 §6.1, §6.2: IANA's one label for all of 239/8 is narrower in the RFC.
        private const string AdminScopeNote =
            "IANA labels all of 239.0.0.0/8 \"Organization-Local Scope\"; RFC 2365 §6.2 gives that name only to 239.192.0.0/14, and §6.1 calls 239.255.0.0/16 the Local Scope.";

        private RegistryData()
        {
        }

        public static RegistryData Instance => instance ?? Load();

        public string IPv4Title { get; private set; } = string.Empty;

        public string IPv4Updated { get; private set; } = string.Empty;

        public string IPv6Title { get; private set; } = string.Empty;

        public string IPv6Updated { get; private set; } = string.Empty;

        /// <summary>Every row: IPv4 fixed, IPv4 relative, IPv6 fixed, IPv6 variable-scope.</summary>
        public MulticastAssignment[] All { get; private set; } = Array.Empty<MulticastAssignment>();

        public MulticastAddressBlock[] Blocks { get; private set; } = Array.Empty<MulticastAddressBlock>();

        /// <summary>Read-only views of <see cref="All"/> and <see cref="Blocks"/> for callers: the arrays stay private.</summary>
        public IReadOnlyList<MulticastAssignment> AllView { get; private set; } = Array.Empty<MulticastAssignment>();

        public IReadOnlyList<MulticastAddressBlock> BlocksView { get; private set; } = Array.Empty<MulticastAddressBlock>();

        public IPAddressValue[] BlockFirsts { get; private set; } = Array.Empty<IPAddressValue>();

        public MulticastAssignment[] IPv4Rows { get; private set; } = Array.Empty<MulticastAssignment>();

        public IPAddressValue[] IPv4Firsts { get; private set; } = Array.Empty<IPAddressValue>();

        public MulticastAssignment[] IPv6Rows { get; private set; } = Array.Empty<MulticastAssignment>();

        public IPAddressValue[] IPv6Firsts { get; private set; } = Array.Empty<IPAddressValue>();

        /// <summary>FF0X rows, held at scop 0.</summary>
        public MulticastAssignment[] VariableRows { get; private set; } = Array.Empty<MulticastAssignment>();

        public IPAddressValue[] VariableFirsts { get; private set; } = Array.Empty<IPAddressValue>();

        /// <summary>The relative-offset rows in offset order (11-252 is one row).</summary>
        public MulticastAssignment[] RelativeRows { get; private set; } = Array.Empty<MulticastAssignment>();

        /// <summary>The row of each offset 0-255.</summary>
        public MulticastAssignment[] RelativeByOffset { get; private set; } = Array.Empty<MulticastAssignment>();

        /// <summary>Reads the resource once a process; a thread that loses the race uses the winner's copy.</summary>
        private static RegistryData Load()
        {
            RegistryData data = Parse(ReadResource());
            return Interlocked.CompareExchange(ref instance, data, null) ?? data;
        }

        internal static string ReadResource()
        {
            using Stream stream = typeof(RegistryData).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("Multicast.Core was built without its registry resource " + ResourceName + ".");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>Reads the compiled text. Throws InvalidDataException for a line it does not understand.</summary>
        internal static RegistryData Parse(string text)
        {
            var data = new RegistryData();
            // Reference types only: a generic over a value tuple would be compiled afresh in every process.
            var tables = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            var blockLines = new List<string[]>();
            var rowLines = new List<string[]>();
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] f = line.Split('\t');
                switch (f[0])
                {
                    case "@" when f.Length == 4 && f[1] == "ipv4":
                        data.IPv4Title = f[2];
                        data.IPv4Updated = f[3];
                        break;
                    case "@" when f.Length == 4 && f[1] == "ipv6":
                        data.IPv6Title = f[2];
                        data.IPv6Updated = f[3];
                        break;
                    case "S" when f.Length == 3:
                        sources[f[1]] = f[2];
                        break;
                    case "T" when f.Length == 4:
                        tables[f[1]] = f;
                        break;
                    case "B" when f.Length == 7:
                        blockLines.Add(f);
                        break;
                    case "R" when f.Length == 10:
                        rowLines.Add(f);
                        break;
                    default:
                        throw new InvalidDataException("The registry resource has a line it does not understand: " + line);
                }
            }

            // Plain loops: this runs once a process, often still unoptimized, before the first answer.
            data.Blocks = new MulticastAddressBlock[blockLines.Count];
            for (int i = 0; i < blockLines.Count; i++)
            {
                string[] f = blockLines[i];
                data.Blocks[i] = new MulticastAddressBlock(AddressParser.Parse(f[1]), AddressParser.Parse(f[2]), f[3], tables[f[4]][3], f[5].Length == 0 ? null : f[5], data.IPv4Updated, BlockKind(f[6]));
            }

            Array.Sort(data.Blocks, (a, b) => a.First.CompareTo(b.First));
            data.BlockFirsts = Firsts(data.Blocks, b => b.First);
            data.BlocksView = Array.AsReadOnly(data.Blocks);

            var all = new MulticastAssignment[rowLines.Count];
            var ipv4 = new List<MulticastAssignment>(rowLines.Count);
            var ipv6 = new List<MulticastAssignment>();
            var variable = new List<MulticastAssignment>();
            var relative = new List<MulticastAssignment>();
            for (int i = 0; i < rowLines.Count; i++)
            {
                string[] f = rowLines[i];
                MulticastAssignment row = Row(data, tables[f[1]], f, sources[f[8]]);
                all[i] = row;
                List<MulticastAssignment> table = row.Kind == AssignmentKind.RelativeOffset ? relative
                    : row.Kind == AssignmentKind.VariableScope ? variable
                    : row.First.IsIPv4 ? ipv4
                    : ipv6;
                table.Add(row);
            }

            data.All = all;
            data.AllView = Array.AsReadOnly(data.All);
            data.IPv4Rows = SortedByFirst(ipv4);
            data.IPv4Firsts = Firsts(data.IPv4Rows, r => r.First);
            data.IPv6Rows = SortedByFirst(ipv6);
            data.IPv6Firsts = Firsts(data.IPv6Rows, r => r.First);
            data.VariableRows = SortedByFirst(variable);
            data.VariableFirsts = Firsts(data.VariableRows, r => r.First);
            data.RelativeRows = relative.ToArray();
            Array.Sort(data.RelativeRows, (a, b) => a.Offset!.Value.CompareTo(b.Offset!.Value));
            data.RelativeByOffset = new MulticastAssignment[256];
            foreach (MulticastAssignment row in data.RelativeRows)
            {
                for (int offset = row.Offset!.Value; offset <= row.LastOffset!.Value; offset++)
                {
                    data.RelativeByOffset[offset] = row;
                }
            }

            if (Array.IndexOf(data.RelativeByOffset, null) >= 0)
            {
                throw new InvalidDataException("The registry resource lacks some of the relative offsets 0-255.");
            }

            return data;
        }

        /// <summary>A row of the table whose T line is <paramref name="table"/> (T, id, kind, title).</summary>
        private static MulticastAssignment Row(RegistryData data, string[] table, string[] f, string source)
        {
            string title = table[3];
            AssignmentFlags flags = Flags(f[9]);
            switch (table[2])
            {
                case "relative":
                    return new MulticastAssignment(
                        AssignmentKind.RelativeOffset, default, default, Number(f[2]), Number(f[3]), f[4], title, f[5], f[6], f[7], source, null, flags);
                case "variable":
                    return new MulticastAssignment(
                        AssignmentKind.VariableScope, ScopeZero(f[2]), ScopeZero(f[3]), 0, 0, f[4], title, f[5], f[6], f[7], source, null, flags);
                case "ipv6":
                    return new MulticastAssignment(
                        AssignmentKind.Fixed, AddressParser.Parse(f[2]), AddressParser.Parse(f[3]), 0, 0, f[4], title, f[5], f[6], f[7], source, null, flags);
                default:
                    IPAddressValue first = AddressParser.Parse(f[2]);
                    int index = IanaRegistry.LastAtOrBelow(data.BlockFirsts, first);
                    MulticastAddressBlock block = index >= 0 && first.CompareTo(data.Blocks[index].Last) <= 0
                        ? data.Blocks[index]
                        : throw new InvalidDataException("The registry resource has an IPv4 row outside every block: " + f[2]);
                    string? note = block.Note ?? (block.First == AdminScopedBlock ? AdminScopeNote : null);
                    return new MulticastAssignment(
                        AssignmentKind.Fixed, first, AddressParser.Parse(f[3]), 0, 0, f[4], block.Name, f[5], f[6], f[7], source, note, flags);
            }
        }

        private static MulticastAssignment[] SortedByFirst(List<MulticastAssignment> rows)
        {
            MulticastAssignment[] sorted = rows.ToArray();
            Array.Sort(sorted, (a, b) => a.First.CompareTo(b.First));
            return sorted;
        }

        private static IPAddressValue[] Firsts<T>(T[] items, Func<T, IPAddressValue> first)
        {
            var firsts = new IPAddressValue[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                firsts[i] = first(items[i]);
            }

            return firsts;
        }

        private static IPAddressValue AdminScopedBlock => IPAddressValue.FromIPv4(0xEF00_0000);

        // The file writes variable-scope rows as IANA does, ff0x::101; they are held at scop 0.
        private static IPAddressValue ScopeZero(string text) => AddressParser.Parse("ff00" + text.Substring(4));

        // The generator writes the flags' names joined by commas (tools/Multicast.RegistryGenerator, FlagsOf).
        private static AssignmentFlags Flags(string text)
        {
            AssignmentFlags flags = AssignmentFlags.None;
            foreach (string name in text.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                flags |= name switch
                {
                    "Reserved" => AssignmentFlags.Reserved,
                    "Unassigned" => AssignmentFlags.Unassigned,
                    "Documentation" => AssignmentFlags.Documentation,
                    "Experimental" => AssignmentFlags.Experimental,
                    _ => throw new InvalidDataException("The registry resource has a row flag it does not understand: " + name),
                };
            }

            return flags;
        }

        private static Ipv4BlockKind BlockKind(string name) => name switch
        {
            "LocalNetworkControl" => Ipv4BlockKind.LocalNetworkControl,
            "InternetworkControl" => Ipv4BlockKind.InternetworkControl,
            "AdHoc" => Ipv4BlockKind.AdHoc,
            "SdpSap" => Ipv4BlockKind.SdpSap,
            "DisTransient" => Ipv4BlockKind.DisTransient,
            "Reserved" => Ipv4BlockKind.Reserved,
            "SourceSpecific" => Ipv4BlockKind.SourceSpecific,
            "Glop" => Ipv4BlockKind.Glop,
            "AdHocBlock3" => Ipv4BlockKind.AdHocBlock3,
            "UnicastPrefix" => Ipv4BlockKind.UnicastPrefix,
            "AdministrativelyScoped" => Ipv4BlockKind.AdministrativelyScoped,
            _ => throw new InvalidDataException("The registry resource has a block kind it does not understand: " + name),
        };

        private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
