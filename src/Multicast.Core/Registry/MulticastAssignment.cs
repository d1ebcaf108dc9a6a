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
            if (kind == AssignmentKind.RelativeOffset)
            {
                Offset = firstOffset;
                LastOffset = lastOffset;
                Range = "offset " + (firstOffset == lastOffset ? Text(firstOffset) : Text(firstOffset) + "-" + Text(lastOffset));
            }
            else if (kind == AssignmentKind.VariableScope)
            {
                // RFC 2375 §3 writes the scope digit as X: ff00::101 at scop 0 reads ff0x::101, at both ends of a range.
                string[] ends = RangeFormatter.Format(first, last).Split('-');
                Range = string.Join("-", ends.Select(end => end.Substring(0, 3) + "x" + end.Substring(4)));
            }
            else
            {
                FirstAddress = first.ToIPAddress();
                LastAddress = last.ToIPAddress();
                Address = first == last ? FirstAddress : null;
                Range = RangeFormatter.Format(first, last);
            }
        }

        public AssignmentKind Kind { get; }

        /// <summary>The address, prefix, range, variable-scope address (ff0x::101) or offset, as text.</summary>
        public string Range { get; }

        /// <summary>The address of a fixed single-address row; null for ranges and scope-relative rows.</summary>
        public IPAddress? Address { get; }

        /// <summary>The first address of a fixed row; null for scope-relative rows, whose address depends on the scope.</summary>
        public IPAddress? FirstAddress { get; }

        public IPAddress? LastAddress { get; }

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

        private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
