using System;
using System.Net;

namespace Multicast.Sap
{
    /// <summary>
    /// Finds the UDP datagram in a captured frame: the link-layer header (Ethernet with 802.1Q/802.1ad tags,
    /// Linux cooked v1 and v2, raw IP, BSD loopback), IPv4 or IPv6 with its extension headers, then UDP.
    /// IP fragments are not reassembled. Never throws: a frame that contradicts itself is reported damaged.
    /// </summary>
    internal static class FrameDecoder
    {
        // EtherTypes: IPv4, IPv6, and the VLAN tags of IEEE 802.1Q (0x8100), 802.1ad (0x88A8) and the older 0x9100.
        private const int EtherTypeIPv4 = 0x0800;
        private const int EtherTypeIPv6 = 0x86DD;

        // IANA protocol numbers: UDP, and the IPv6 extension headers that can be skipped (RFC 8200 §4, RFC 4302,
        // RFC 6275 Mobility, RFC 7401 HIP, RFC 5533 Shim6).
        private const int Udp = 17;
        private const int HopByHop = 0, Routing = 43, Fragment = 44, AuthenticationHeader = 51, DestinationOptions = 60;
        private const int Mobility = 135, Hip = 139, Shim6 = 140;

        // A packet cannot hold more extension headers than bytes; this only bounds the loop.
        private const int MaxExtensionHeaders = 32;

        public static FrameOutcome Decode(in CapturedFrame frame, int? port, out CapturedDatagram? datagram)
        {
            datagram = null;
            byte[] data = frame.Data;
            int start = frame.Offset;
            int end = frame.Offset + frame.Length;
            int network;
            int etherType;
            switch (frame.LinkType)
            {
                case LinkTypes.Ethernet:
                    // Destination (6), source (6), EtherType (2).
                    if (end - start < 14)
                    {
                        return FrameOutcome.Damaged;
                    }

                    etherType = ByteOrder.Network16(data, start + 12);
                    network = start + 14;
                    break;
                case LinkTypes.LinuxSll:
                    // Packet type, ARPHRD type, address length (2 each), address (8), protocol type (2).
                    if (end - start < 16)
                    {
                        return FrameOutcome.Damaged;
                    }

                    etherType = ByteOrder.Network16(data, start + 14);
                    network = start + 16;
                    break;
                case LinkTypes.LinuxSll2:
                    // Protocol type (2), reserved (2), interface index (4), ARPHRD type (2), packet type (1), address length (1), address (8).
                    if (end - start < 20)
                    {
                        return FrameOutcome.Damaged;
                    }

                    etherType = ByteOrder.Network16(data, start);
                    network = start + 20;
                    break;
                case LinkTypes.Raw:
                case LinkTypes.IPv4:
                case LinkTypes.IPv6:
                    return ByVersion(frame, start, end, port, out datagram);
                case LinkTypes.Null:
                case LinkTypes.Loop:
                    // A 4-byte address family whose values differ between systems; the IP version nibble is surer.
                    return end - start < 4 ? FrameOutcome.Damaged : ByVersion(frame, start + 4, end, port, out datagram);
                default:
                    return FrameOutcome.UnsupportedLinkType;
            }

            while (etherType == 0x8100 || etherType == 0x88A8 || etherType == 0x9100)
            {
                // A VLAN tag: tag control information (2), then the next EtherType (2).
                if (end - network < 4)
                {
                    return FrameOutcome.Damaged;
                }

                etherType = ByteOrder.Network16(data, network + 2);
                network += 4;
            }

            return etherType == EtherTypeIPv4 ? IPv4(frame, network, end, port, out datagram)
                : etherType == EtherTypeIPv6 ? IPv6(frame, network, end, port, out datagram)
                : FrameOutcome.OtherTraffic;
        }

        private static FrameOutcome ByVersion(in CapturedFrame frame, int at, int end, int? port, out CapturedDatagram? datagram)
        {
            datagram = null;
            if (end - at < 1)
            {
                return FrameOutcome.Damaged;
            }

            int version = frame.Data[at] >> 4;
            return version == 4 ? IPv4(frame, at, end, port, out datagram)
                : version == 6 ? IPv6(frame, at, end, port, out datagram)
                : FrameOutcome.OtherTraffic;
        }

        // RFC 791 §3.1.
        private static FrameOutcome IPv4(in CapturedFrame frame, int at, int end, int? port, out CapturedDatagram? datagram)
        {
            datagram = null;
            byte[] data = frame.Data;
            if (end - at < 20 || (data[at] >> 4) != 4)
            {
                return FrameOutcome.Damaged;
            }

            int headerLength = (data[at] & 0x0F) * 4;
            int totalLength = ByteOrder.Network16(data, at + 2);
            if (headerLength < 20 || end - at < headerLength || totalLength < headerLength)
            {
                return FrameOutcome.Damaged;
            }

            // Flags and fragment offset: MF (0x2000) or a non-zero offset (0x1FFF) make a fragment.
            if ((ByteOrder.Network16(data, at + 6) & 0x3FFF) != 0)
            {
                return FrameOutcome.Fragment;
            }

            if (data[at + 9] != Udp)
            {
                return FrameOutcome.OtherTraffic;
            }

            // The total length drops Ethernet padding; a frame cut short by the snapshot length keeps what it has.
            int limit = Math.Min(end, at + totalLength);
            var source = new IPAddress(Slice(data, at + 12, 4));
            var destination = new IPAddress(Slice(data, at + 16, 4));
            return UdpDatagram(frame, at + headerLength, limit, source, destination, port, out datagram);
        }

        // RFC 8200 §3 and §4.
        private static FrameOutcome IPv6(in CapturedFrame frame, int at, int end, int? port, out CapturedDatagram? datagram)
        {
            datagram = null;
            byte[] data = frame.Data;
            if (end - at < 40 || (data[at] >> 4) != 6)
            {
                return FrameOutcome.Damaged;
            }

            int payloadLength = ByteOrder.Network16(data, at + 4);
            int next = data[at + 6];
            var source = new IPAddress(Slice(data, at + 8, 16));
            var destination = new IPAddress(Slice(data, at + 24, 16));
            int position = at + 40;

            // A payload length of 0 is a jumbogram's (RFC 2675); then the frame's end is the limit.
            int limit = payloadLength == 0 ? end : Math.Min(end, position + payloadLength);
            for (int headers = 0; headers < MaxExtensionHeaders; headers++)
            {
                switch (next)
                {
                    case Udp:
                        return UdpDatagram(frame, position, limit, source, destination, port, out datagram);
                    case HopByHop:
                    case Routing:
                    case DestinationOptions:
                    case Mobility:
                    case Hip:
                    case Shim6:
                    case AuthenticationHeader:
                    {
                        // Next Header, then Hdr Ext Len: 8-octet units not counting the first 8 (RFC 8200 §4.3),
                        // or for AH 4-octet units minus 2 (RFC 4302 §2.2).
                        if (limit - position < 8)
                        {
                            return FrameOutcome.Damaged;
                        }

                        int length = next == AuthenticationHeader ? (data[position + 1] + 2) * 4 : (data[position + 1] + 1) * 8;
                        if (limit - position < length)
                        {
                            return FrameOutcome.Damaged;
                        }

                        next = data[position];
                        position += length;
                        break;
                    }

                    case Fragment:
                    {
                        // RFC 8200 §4.5: Next Header, Reserved, Fragment Offset (13 bits), Res, M, Identification.
                        if (limit - position < 8)
                        {
                            return FrameOutcome.Damaged;
                        }

                        bool atomic = (ByteOrder.Network16(data, position + 2) & 0xFFF9) == 0;
                        if (!atomic)
                        {
                            return FrameOutcome.Fragment;
                        }

                        next = data[position];
                        position += 8;
                        break;
                    }

                    default:
                        // ESP, No Next Header, TCP, ICMPv6...: nothing here for a UDP reader.
                        return FrameOutcome.OtherTraffic;
                }
            }

            return FrameOutcome.Damaged;
        }

        // RFC 768: source port, destination port, length (header included), checksum.
        private static FrameOutcome UdpDatagram(in CapturedFrame frame, int at, int limit, IPAddress source, IPAddress destination, int? port, out CapturedDatagram? datagram)
        {
            datagram = null;
            byte[] data = frame.Data;
            if (limit - at < 8)
            {
                return FrameOutcome.Damaged;
            }

            int sourcePort = ByteOrder.Network16(data, at);
            int destinationPort = ByteOrder.Network16(data, at + 2);
            int length = ByteOrder.Network16(data, at + 4);
            if (port.HasValue && destinationPort != port.Value)
            {
                return FrameOutcome.OtherTraffic;
            }

            if (length < 8 || length > limit - at)
            {
                return FrameOutcome.Damaged;
            }

            datagram = new CapturedDatagram(frame.Record, frame.Timestamp, new IPEndPoint(source, sourcePort), new IPEndPoint(destination, destinationPort), Slice(data, at + 8, length - 8));
            return FrameOutcome.Datagram;
        }

        private static byte[] Slice(byte[] data, int offset, int count)
        {
            var slice = new byte[count];
            Buffer.BlockCopy(data, offset, slice, 0, count);
            return slice;
        }
    }
}
