using System.Globalization;

namespace Multicast
{
    /// <summary>
    /// Explains any address: scope, flags, IANA block and record, mechanism and derived fields, MAC, and
    /// why it is a poor choice (<see cref="AddressWarnings"/>, written when the result's Warning is first
    /// read). Total: no address throws; a field that breaks its RFC leaves the derived values null and
    /// becomes a warning. Decoding makes the result, its IPAddress and its MAC text, and allocates nothing else.
    /// </summary>
    public static class MulticastAddressDecoder
    {
        private const uint McastTestNet = 0xE9FC_0000; // 233.252.0.0/24 (RFC 5771 §9.2)

        public static MulticastAddressInfo Decode(IPAddressValue address)
        {
            var info = new MulticastAddressInfo(address);
            if (address.IsMulticast)
            {
                info.Scope = ScopeClassifier.GetScope(address);
                info.IsSourceSpecific = SsmClassifier.IsSourceSpecific(address);
                if (info.IsSourceSpecific == true)
                {
                    info.SsmRange = SsmClassifier.GetRange(address);
                }

                MulticastMac.TryGetMac(address, out ulong mac);
                info.MacAddress = MulticastMac.Format(mac);
                if (IanaRegistry.TryFind(address, out MulticastAssignment record))
                {
                    info.Record = record;
                    info.IanaName = record.Name;
                    info.IanaReference = record.Reference.Length == 0 ? null : record.Reference;
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

        private static void DecodeIPv4(MulticastAddressInfo info, IPAddressValue address)
        {
            info.ScopeName = Ipv4ScopeNames.Get(address);
            info.IsAdminScoped = ScopeClassifier.IsAdminScopedIPv4(address);
            if (IanaRegistry.TryGetBlock(address, out MulticastAddressBlock block))
            {
                info.Block = block;
                info.BlockKind = block.Kind;
                info.IanaBlock = block.Name;
                info.IanaBlockRfc5771Name = block.Rfc5771Name;
            }

            switch (info.BlockKind)
            {
                case Ipv4BlockKind.LocalNetworkControl:
                case Ipv4BlockKind.InternetworkControl:
                case Ipv4BlockKind.AdHoc:
                case Ipv4BlockKind.DisTransient:
                    info.Mechanism = MulticastMechanism.StaticIana;
                    break;
                case Ipv4BlockKind.SdpSap:
                    info.Mechanism = MulticastMechanism.SdpSap;
                    break;
                case Ipv4BlockKind.Reserved:
                    info.Mechanism = MulticastMechanism.Reserved;
                    break;
                case Ipv4BlockKind.SourceSpecific:
                    info.Mechanism = MulticastMechanism.SourceSpecific;
                    break;
                case Ipv4BlockKind.Glop:
                    info.Mechanism = MulticastMechanism.Glop;
                    if (GlopMapping.TryGetAsNumber(address, out uint asNumber))
                    {
                        info.GlopAsNumber = asNumber;
                    }

                    break;
                case Ipv4BlockKind.AdHocBlock3:
                    info.Mechanism = (address.IPv4 & 0xFFFF_FF00) == McastTestNet ? MulticastMechanism.McastTestNet : MulticastMechanism.AdHocBlock3;
                    break;
                case Ipv4BlockKind.UnicastPrefix:
                    // RFC 6034 §3: shift the address left by 8 bits; the /24 there owns it.
                    info.Mechanism = MulticastMechanism.UnicastPrefixIPv4;
                    info.NetworkPrefix = new IPPrefix(UnicastPrefixMulticastAddress.UnicastAddressOf(address), 24);
                    break;
                case Ipv4BlockKind.AdministrativelyScoped:
                    info.Mechanism = info.Record?.Kind == AssignmentKind.RelativeOffset
                        ? MulticastMechanism.ScopeRelative
                        : MulticastMechanism.AdministrativelyScoped;
                    break;
            }
        }

        private static void DecodeIPv6(MulticastAddressInfo info, IPAddressValue address)
        {
            // RFC 7371 §3: the flag bits are read one by one.
            int ff1 = UnicastPrefixFields.Ff1(address);
            bool r = (ff1 & UnicastPrefixFields.FlagR) != 0;
            bool p = (ff1 & UnicastPrefixFields.FlagP) != 0;
            bool t = (ff1 & UnicastPrefixFields.FlagT) != 0;
            info.Ff1 = ff1;
            info.X = (ff1 & UnicastPrefixFields.FlagX) != 0;
            info.R = r;
            info.P = p;
            info.T = t;
            info.Ff2 = UnicastPrefixFields.Ff2(address);

            MulticastScope scope = UnicastPrefixFields.Scope(address);
            info.ScopeName = MulticastScopeInfo.GetIanaName(scope);

            // RFC 7346 §2: boundaries of Admin-Local and larger non-reserved scopes, other than Global, are configured.
            info.IsAdminScoped = scope >= MulticastScope.AdminLocal && scope < MulticastScope.Global;
            if (info.Record != null)
            {
                info.IanaBlock = info.Record.Block;
            }

            int plen = UnicastPrefixFields.Plen(address);
            if (r || p)
            {
                info.GroupId = UnicastPrefixFields.GroupId(address);
                info.PrefixLength = plen;
            }
            else if ((address.High & 0x0000_FFFF_FFFF_FFFF) == 0 && (address.Low >> 32) == 0)
            {
                // RFC 3307 §4 reads the last 32 bits as the group ID of an ffxx::/96 address.
                info.GroupId = (uint)address.Low;
            }

            if (info.GroupId.HasValue)
            {
                info.GroupIdRange = GroupIdRangeInfo.Classify(info.GroupId.Value);
            }

            if (SolicitedNode.IsSolicitedNode(address))
            {
                info.Mechanism = MulticastMechanism.SolicitedNode;
                uint suffix = (uint)(address.Low & 0xFF_FFFF);
                info.SolicitedNodeSuffix = (suffix >> 16).ToString("x2", CultureInfo.InvariantCulture) + ":"
                    + (suffix & 0xFFFF).ToString("x4", CultureInfo.InvariantCulture);
            }
            else if (r)
            {
                // RFC 7371 §4.2.4: the R bit claims the address for embedded-RP before any other reading.
                info.Mechanism = MulticastMechanism.EmbeddedRp;
                info.Riid = UnicastPrefixFields.Riid(address);
                info.Violations = EmbeddedRp.Check(address);
                if (UnicastPrefixViolationInfo.IsDecodable(info.Violations))
                {
                    info.RendezvousPoint = EmbeddedRp.RendezvousPointOf(address).ToIPAddress();
                    info.NetworkPrefix = new IPPrefix(UnicastPrefixFields.UnicastNetwork(address, plen), plen);
                }
            }
            else if (p && plen == UnicastPrefixFields.LinkScopedPlen)
            {
                info.Mechanism = MulticastMechanism.LinkScoped;
                info.Violations = LinkScopedMulticastAddress.Check(address);
                ulong interfaceId = UnicastPrefixFields.NetworkPrefixField(address);
                if (UnicastPrefixViolationInfo.IsDecodable(info.Violations) && interfaceId != 0)
                {
                    // An interface ID of 0 names no interface (RFC 4291 §2.6.1); the warnings say so.
                    info.InterfaceId = new InterfaceIdentifier(interfaceId);
                }
            }
            else if (p)
            {
                info.Mechanism = info.IsSourceSpecific == true ? MulticastMechanism.SourceSpecific : MulticastMechanism.UnicastPrefixIPv6;
                info.Violations = UnicastPrefixMulticastAddress.Check(address);
                if (UnicastPrefixViolationInfo.IsDecodable(info.Violations) && plen >= 1 && plen <= UnicastPrefixFields.MaxPrefixLength)
                {
                    info.NetworkPrefix = new IPPrefix(UnicastPrefixFields.UnicastNetwork(address, plen), plen);
                }
            }
            else
            {
                info.Mechanism = t ? MulticastMechanism.Transient : MulticastMechanism.Permanent;
            }
        }
    }
}
