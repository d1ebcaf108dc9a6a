using System.Collections.Generic;

namespace Multicast
{
    /// <summary>How the decoder treats each IPv4 block of RFC 5771 §3: who assigns it, and for what.</summary>
    internal enum Ipv4BlockKind
    {
        /// <summary>A block name this code does not know: a registry refresh renamed or added one.</summary>
        Unknown,
        LocalNetworkControl,
        InternetworkControl,
        AdHoc,
        SdpSap,
        DisTransient,
        Reserved,
        SourceSpecific,
        Glop,
        AdHocBlock3,
        UnicastPrefix,
        AdministrativelyScoped,
    }

    /// <summary>The kind of each registry block, found once by its name, so decoding compares no strings.</summary>
    internal static class Ipv4BlockKinds
    {
        private static readonly Dictionary<MulticastAddressBlock, Ipv4BlockKind> Kinds = Build();

        public static Ipv4BlockKind Of(MulticastAddressBlock block) =>
            Kinds.TryGetValue(block, out Ipv4BlockKind kind) ? kind : Ipv4BlockKind.Unknown;

        /// <summary>The kind of a block by its registry name (data/iana/ipv4-blocks.csv).</summary>
        public static Ipv4BlockKind OfName(string name) => name switch
        {
            "Local Network Control Block" => Ipv4BlockKind.LocalNetworkControl,
            "Internetwork Control Block" => Ipv4BlockKind.InternetworkControl,
            "AD-HOC Block I" => Ipv4BlockKind.AdHoc,
            "AD-HOC Block II" => Ipv4BlockKind.AdHoc,
            "SDP/SAP Block" => Ipv4BlockKind.SdpSap,
            "DIS Transient Groups" => Ipv4BlockKind.DisTransient,
            "RESERVED" => Ipv4BlockKind.Reserved,
            "Source-Specific Multicast Block" => Ipv4BlockKind.SourceSpecific,
            "GLOP Block" => Ipv4BlockKind.Glop,
            "AD-HOC Block III" => Ipv4BlockKind.AdHocBlock3,
            "Unicast-Prefix-based IPv4 Multicast Addresses" => Ipv4BlockKind.UnicastPrefix,
            "Administratively Scoped Block" => Ipv4BlockKind.AdministrativelyScoped,
            _ => Ipv4BlockKind.Unknown,
        };

        private static Dictionary<MulticastAddressBlock, Ipv4BlockKind> Build()
        {
            var kinds = new Dictionary<MulticastAddressBlock, Ipv4BlockKind>();
            foreach (MulticastAddressBlock block in IanaRegistry.Blocks)
            {
                kinds[block] = OfName(block.Name);
            }

            return kinds;
        }
    }
}
