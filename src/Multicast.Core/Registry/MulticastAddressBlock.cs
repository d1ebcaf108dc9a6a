using System.Net;

namespace Multicast
{
    /// <summary>
    /// An IPv4 block of RFC 5771 §3 as the current IANA registry names it, such as "AD-HOC Block II".
    /// Two blocks were renamed after RFC 5771: 224.252.0.0/14 and 234.0.0.0/8; <see cref="Rfc5771Name"/>
    /// keeps RFC 5771's name for them. ToString is the name.
    /// </summary>
    public sealed class MulticastAddressBlock
    {
        private IPAddress? firstAddress;
        private IPAddress? lastAddress;

        internal MulticastAddressBlock(IPAddressValue first, IPAddressValue last, string name, string subRegistry, string? rfc5771Name, string registryDate, Ipv4BlockKind kind)
        {
            Kind = kind;
            First = first;
            Last = last;
            Name = name;
            SubRegistry = subRegistry;
            Rfc5771Name = rfc5771Name;
            Range = RangeFormatter.Format(first, last);
            if (rfc5771Name != null)
            {
                Note = "RFC 5771 §3 (2010) has " + Range + " as part of " + rfc5771Name + "; the IANA registry (" + registryDate + ") calls it " + name + ".";
            }
        }

        public string Name { get; }

        public string Range { get; }

        public IPAddress FirstAddress => firstAddress ??= First.ToIPAddress();

        public IPAddress LastAddress => lastAddress ??= Last.ToIPAddress();

        /// <summary>The title of the IANA sub-registry that holds the block's records.</summary>
        public string SubRegistry { get; }

        /// <summary>RFC 5771 §3's name where it differs from the registry's (RESERVED for 224.252/14 and 234/8); else null.</summary>
        public string? Rfc5771Name { get; }

        /// <summary>Says how RFC 5771 and the registry differ, where they do.</summary>
        public string? Note { get; }

        internal IPAddressValue First { get; }

        internal IPAddressValue Last { get; }

        /// <summary>How the block is allocated, as the registry resource names it.</summary>
        internal Ipv4BlockKind Kind { get; }

        public override string ToString() => Name;
    }
}
