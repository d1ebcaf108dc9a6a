using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace Multicast
{
    /// <summary>
    /// One record of the IANA multicast registries: an address, range, relative offset or variable-scope
    /// address, with its description, block, references and dates. ToString is the range as written here:
    /// <c>224.0.1.1</c>, <c>224.4.0.0/24</c>, <c>224.1.0.0-224.1.0.37</c>, <c>ff0x::101</c>, <c>offset 5</c>.
    /// </summary>
    public sealed class MulticastAssignment
    {
        private readonly int firstOffset;
        private string? range;
        private IPAddress? firstAddress;
        private IPAddress? lastAddress;

        internal MulticastAssignment(
            AssignmentKind kind,
            IPAddressValue first,
            IPAddressValue last,
            int firstOffset,
            int lastOffset,
            string name,
            string block,
            string reference,
            string date,
            string updated,
            string source,
            string? note,
            AssignmentFlags flags)
        {
            Kind = kind;
            First = first;
            Last = last;
            Name = name;
            Block = block;
            Reference = reference;
            Date = date.Length == 0 ? null : date;
            Updated = updated.Length == 0 ? null : updated;
            Source = source;
            Note = note;
            Flags = flags;
            this.firstOffset = firstOffset;
            if (kind == AssignmentKind.RelativeOffset)
            {
                Offset = firstOffset;
                LastOffset = lastOffset;
            }
        }

        public AssignmentKind Kind { get; }

        /// <summary>The address, prefix, range, variable-scope address (ff0x::101) or offset, as text.</summary>
        public string Range => range ??= FormatRange();

        /// <summary>The address of a fixed single-address row; null for ranges and scope-relative rows.</summary>
        public IPAddress? Address => Kind == AssignmentKind.Fixed && First == Last ? FirstAddress : null;

        /// <summary>The first address of a fixed row; null for scope-relative rows, whose address depends on the scope.</summary>
        public IPAddress? FirstAddress => Kind == AssignmentKind.Fixed ? firstAddress ??= First.ToIPAddress() : null;

        public IPAddress? LastAddress => Kind == AssignmentKind.Fixed ? lastAddress ??= Last.ToIPAddress() : null;

        /// <summary>The relative offset (0-255) of an IPv4 scope-relative row; for a row of many offsets, the first.</summary>
        public int? Offset { get; }

        public int? LastOffset { get; }

        /// <summary>The registry's description, such as "NTP Network Time Protocol".</summary>
        public string Name { get; }

        /// <summary>
        /// The block: for IPv4 fixed rows the RFC 5771 §3 block as the current registry names it
        /// ("AD-HOC Block II"), otherwise the sub-registry ("Variable Scope Multicast Addresses").
        /// </summary>
        public string Block { get; }

        /// <summary>The registry's references, as IANA writes them: [RFC5905][David_Mills].</summary>
        public string Reference { get; }

        /// <summary>When the assignment was made (yyyy-MM-dd or yyyy-MM), where the registry says.</summary>
        public string? Date { get; }

        /// <summary>When the record was last changed, where the registry says.</summary>
        public string? Updated { get; }

        public AddressFamily AddressFamily => First.AddressFamily;

        /// <summary>True for relative offsets and variable-scope rows: their address depends on a scope.</summary>
        public bool IsScopeRelative => Kind != AssignmentKind.Fixed;

        /// <summary>Where the row comes from: the IANA registry and its date, or, for IPv6, which partial copy.</summary>
        public string Source { get; }

        /// <summary>Where the registry and the RFCs name this space differently, what each says.</summary>
        public string? Note { get; }

        /// <summary>Reserved, unassigned, for documentation or for experiments, as IANA's data says (see <see cref="AssignmentFlags"/>).</summary>
        public AssignmentFlags Flags { get; }

        /// <summary>The first address (scop 0 for variable-scope rows; 0.0.0.0 for relative rows).</summary>
        internal IPAddressValue First { get; }

        internal IPAddressValue Last { get; }

        public override string ToString() => Range;

        // Made on first read: the registry's 700 rows are read when a process first looks one up.
        private string FormatRange()
        {
            if (Kind == AssignmentKind.RelativeOffset)
            {
                return "offset " + (firstOffset == LastOffset ? Text(firstOffset) : Text(firstOffset) + "-" + Text(LastOffset!.Value));
            }

            if (Kind == AssignmentKind.VariableScope)
            {
                // RFC 2375 §3 writes the scope digit as X: ff00::101 at scop 0 reads ff0x::101, at both ends of a range.
                string[] ends = RangeFormatter.Format(First, Last).Split('-');
                return string.Join("-", ends.Select(end => end.Substring(0, 3) + "x" + end.Substring(4)));
            }

            return RangeFormatter.Format(First, Last);
        }

        private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
