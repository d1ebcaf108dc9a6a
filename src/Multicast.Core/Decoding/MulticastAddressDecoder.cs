using System.Runtime.CompilerServices;

namespace Multicast
{
    /// <summary>
    /// Explains any address: scope, flags, IANA block and record, mechanism and derived fields, MAC, and
    /// why it is a poor choice (<see cref="AddressWarnings"/>, written when the result's Warning is first
    /// read). Total: no address throws; a field that breaks its RFC leaves the derived values null and
    /// becomes a warning. Decoding makes the result and allocates nothing else; the result makes its IPAddress,
    /// MAC text and warnings when they are first read.
    /// </summary>
    public static class MulticastAddressDecoder
    {
        private const uint McastTestNet = 0xE9FC_0000; // 233.252.0.0/24 (RFC 5771 §9.2)

        [MethodImpl(Jit.FullyOptimized)]
        public static MulticastAddressInfo Decode(IPAddressValue address)
        {
            var info = new MulticastAddressInfo(address);
            if (address.IsMulticast)
            {
                if (IanaRegistry.TryFind(address, out MulticastAssignment record))
                {
                    info.Record = record;
                }

                if (address.IsIPv4)
                {
                    DecodeIPv4(info, address);
                }
                else
                {
                    DecodeIPv6(info, address);
                }
            }

            return info;
        }

        [MethodImpl(Jit.FullyOptimized)]
        private static void DecodeIPv4(MulticastAddressInfo info, IPAddressValue address)
        {
            if (IanaRegistry.TryGetBlock(address, out MulticastAddressBlock block))
            {
                info.BlockKind = block.Kind;
            }

            info.MechanismKind = info.BlockKind switch
            {
                Ipv4BlockKind.LocalNetworkControl or Ipv4BlockKind.InternetworkControl or Ipv4BlockKind.AdHoc or Ipv4BlockKind.DisTransient => MechanismKind.StaticIana,
                Ipv4BlockKind.SdpSap => MechanismKind.SdpSap,
                Ipv4BlockKind.Reserved => MechanismKind.Reserved,
                Ipv4BlockKind.SourceSpecific => MechanismKind.SourceSpecific,
                Ipv4BlockKind.Glop => MechanismKind.Glop,
                Ipv4BlockKind.AdHocBlock3 => (address.IPv4 & 0xFFFF_FF00) == McastTestNet ? MechanismKind.McastTestNet : MechanismKind.AdHocBlock3,
                Ipv4BlockKind.UnicastPrefix => MechanismKind.UnicastPrefixIPv4,
                Ipv4BlockKind.AdministrativelyScoped => info.Record?.Kind == AssignmentKind.RelativeOffset
                    ? MechanismKind.ScopeRelative
                    : MechanismKind.AdministrativelyScoped,
                _ => MechanismKind.None,
            };
        }

        [MethodImpl(Jit.FullyOptimized)]
        private static void DecodeIPv6(MulticastAddressInfo info, IPAddressValue address)
        {
            // RFC 7371 §3: the flag bits are read one by one.
            int ff1 = UnicastPrefixFields.Ff1(address);
            bool r = (ff1 & UnicastPrefixFields.FlagR) != 0;
            bool p = (ff1 & UnicastPrefixFields.FlagP) != 0;
            bool t = (ff1 & UnicastPrefixFields.FlagT) != 0;
            if (SolicitedNode.IsSolicitedNode(address))
            {
                info.MechanismKind = MechanismKind.SolicitedNode;
            }
            else if (r)
            {
                // RFC 7371 §4.2.4: the R bit claims the address for embedded-RP before any other reading.
                info.MechanismKind = MechanismKind.EmbeddedRp;
                info.Violations = EmbeddedRp.Check(address);
            }
            else if (p && UnicastPrefixFields.Plen(address) == UnicastPrefixFields.LinkScopedPlen)
            {
                info.MechanismKind = MechanismKind.LinkScoped;
                info.Violations = LinkScopedMulticastAddress.Check(address);
            }
            else if (p)
            {
                info.MechanismKind = UnicastPrefixMulticastAddress.IsSourceSpecificFormat(address) ? MechanismKind.SourceSpecific : MechanismKind.UnicastPrefixIPv6;
                info.Violations = UnicastPrefixMulticastAddress.Check(address);
            }
            else
            {
                info.MechanismKind = t ? MechanismKind.Transient : MechanismKind.Permanent;
            }
        }
    }
}
