using System;
using System.Collections.Generic;
using System.IO;
using System.Net;

namespace Multicast.Tests.Sap
{
    /// <summary>
    /// Capture files and frames built for the reader's tests, following draft-gharris-opsawg-pcap,
    /// draft-tuexen-opsawg-pcapng, RFC 791, RFC 8200 and RFC 768. Checksums are left zero.
    /// </summary>
    internal static class CaptureFiles
    {
        public const ushort EtherTypeIPv4 = 0x0800;
        public const ushort EtherTypeIPv6 = 0x86DD;

        public static byte[] Udp(int sourcePort, int destinationPort, byte[] payload)
        {
            var udp = new List<byte>();
            Add16(udp, sourcePort);
            Add16(udp, destinationPort);
            Add16(udp, 8 + payload.Length);
            Add16(udp, 0);
            udp.AddRange(payload);
            return udp.ToArray();
        }

        public static byte[] IPv4(string source, string destination, byte[] payload, byte protocol = 17, int flagsAndOffset = 0)
        {
            var ip = new List<byte> { 0x45, 0 };
            Add16(ip, 20 + payload.Length);
            Add16(ip, 0x1234);
            Add16(ip, flagsAndOffset);
            ip.Add(64);
            ip.Add(protocol);
            Add16(ip, 0);
            ip.AddRange(IPAddress.Parse(source).GetAddressBytes());
            ip.AddRange(IPAddress.Parse(destination).GetAddressBytes());
            ip.AddRange(payload);
            return ip.ToArray();
        }

        public static byte[] IPv6(string source, string destination, byte[] payload, byte next = 17)
        {
            var ip = new List<byte> { 0x60, 0, 0, 0 };
            Add16(ip, payload.Length);
            ip.Add(next);
            ip.Add(64);
            ip.AddRange(IPAddress.Parse(source).GetAddressBytes());
            ip.AddRange(IPAddress.Parse(destination).GetAddressBytes());
            ip.AddRange(payload);
            return ip.ToArray();
        }

        /// <summary>An IPv6 extension header of 8 bytes: Next Header, Hdr Ext Len 0, six bytes of padding.</summary>
        public static byte[] ExtensionHeader(byte next, byte[] rest) => Join(new byte[] { next, 0, 1, 4, 0, 0, 0, 0 }, rest);

        /// <summary>RFC 8200 §4.5: Next Header, Reserved, Fragment Offset (13 bits) | Res | M, Identification.</summary>
        public static byte[] FragmentHeader(byte next, int offset, bool more, byte[] rest) =>
            Join(new byte[] { next, 0, (byte)(offset >> 5), (byte)(((offset & 0x1F) << 3) | (more ? 1 : 0)), 0, 0, 0, 7 }, rest);

        public static byte[] Ethernet(ushort etherType, byte[] payload, params ushort[] vlanTypes)
        {
            var frame = new List<byte> { 0x01, 0x00, 0x5E, 0x02, 0x7F, 0xFE, 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };
            foreach (ushort vlan in vlanTypes)
            {
                Add16(frame, vlan);
                Add16(frame, 100);
            }

            Add16(frame, etherType);
            frame.AddRange(payload);
            return frame.ToArray();
        }

        /// <summary>Linux cooked v1: packet type, ARPHRD_ETHER (1), address length, address (8), protocol.</summary>
        public static byte[] Sll(ushort protocol, byte[] payload) =>
            Join(new byte[] { 0, 2, 0, 1, 0, 6, 2, 0, 0, 0, 0, 1, 0, 0, (byte)(protocol >> 8), (byte)protocol }, payload);

        /// <summary>Linux cooked v2: protocol, reserved, interface index, ARPHRD_ETHER, packet type, address length, address (8).</summary>
        public static byte[] Sll2(ushort protocol, byte[] payload) =>
            Join(new byte[] { (byte)(protocol >> 8), (byte)protocol, 0, 0, 0, 0, 0, 3, 0, 1, 2, 6, 2, 0, 0, 0, 0, 1, 0, 0 }, payload);

        /// <summary>A stream holding the 24-byte header of a pcap file: magic, version 2.4, no zone or accuracy, snap length 262144, link type.</summary>
        private static MemoryStream PcapHeader(uint magic, bool bigEndian, int linkType)
        {
            var file = new MemoryStream();
            Write32(file, magic, bigEndian);
            Write16(file, 2, bigEndian);
            Write16(file, 4, bigEndian);
            Write32(file, 0, bigEndian);
            Write32(file, 0, bigEndian);
            Write32(file, 262144, bigEndian);
            Write32(file, (uint)linkType, bigEndian);
            return file;
        }

        /// <summary>A pcap file: the 24-byte header, then a 16-byte header and the bytes of each record.</summary>
        public static byte[] Pcap(bool bigEndian, bool nanoseconds, int linkType, params (uint Seconds, uint Fraction, byte[] Data)[] records)
        {
            MemoryStream file = PcapHeader(nanoseconds ? 0xA1B23C4D : 0xA1B2C3D4, bigEndian, linkType);
            foreach (var (seconds, fraction, data) in records)
            {
                Write32(file, seconds, bigEndian);
                Write32(file, fraction, bigEndian);
                Write32(file, (uint)data.Length, bigEndian);
                Write32(file, (uint)data.Length, bigEndian);
                file.Write(data, 0, data.Length);
            }

            return file.ToArray();
        }

        /// <summary>
        /// A modified pcap file (magic 0xA1B2CD34, Alexey Kuznetsov's patched libpcap): microseconds, and each
        /// record header 8 bytes longer, with the interface index (4), protocol (2), packet type (1) and a pad byte.
        /// </summary>
        public static byte[] ModifiedPcap(bool bigEndian, int linkType, params (uint Seconds, uint Microseconds, byte[] Data)[] records)
        {
            MemoryStream file = PcapHeader(0xA1B2CD34, bigEndian, linkType);
            foreach (var (seconds, microseconds, data) in records)
            {
                Write32(file, seconds, bigEndian);
                Write32(file, microseconds, bigEndian);
                Write32(file, (uint)data.Length, bigEndian);
                Write32(file, (uint)data.Length, bigEndian);
                Write32(file, 2, bigEndian);
                Write16(file, 0x0800, bigEndian);
                file.Write(new byte[] { 4, 0 }, 0, 2);
                file.Write(data, 0, data.Length);
            }

            return file.ToArray();
        }

        /// <summary>A pcapng Section Header Block, version 1.0, section length unknown (-1).</summary>
        public static byte[] SectionHeader(bool bigEndian, int majorVersion = 1)
        {
            var body = new MemoryStream();
            Write32(body, 0x1A2B3C4D, bigEndian);
            Write16(body, (ushort)majorVersion, bigEndian);
            Write16(body, 0, bigEndian);
            Write32(body, 0xFFFFFFFF, bigEndian);
            Write32(body, 0xFFFFFFFF, bigEndian);
            return Block(0x0A0D0D0A, body.ToArray(), bigEndian);
        }

        /// <summary>An Interface Description Block with optional if_tsresol (9) and if_tsoffset (14).</summary>
        public static byte[] InterfaceDescription(bool bigEndian, int linkType, uint snapLength = 0, byte? resolution = null, long? offsetSeconds = null)
        {
            var body = new MemoryStream();
            Write16(body, (ushort)linkType, bigEndian);
            Write16(body, 0, bigEndian);
            Write32(body, snapLength, bigEndian);
            if (resolution.HasValue)
            {
                Write16(body, 9, bigEndian);
                Write16(body, 1, bigEndian);
                body.Write(new byte[] { resolution.Value, 0, 0, 0 }, 0, 4);
            }

            if (offsetSeconds.HasValue)
            {
                Write16(body, 14, bigEndian);
                Write16(body, 8, bigEndian);
                Write32(body, bigEndian ? (uint)((ulong)offsetSeconds.Value >> 32) : (uint)offsetSeconds.Value, bigEndian);
                Write32(body, bigEndian ? (uint)offsetSeconds.Value : (uint)((ulong)offsetSeconds.Value >> 32), bigEndian);
            }

            Write16(body, 0, bigEndian);
            Write16(body, 0, bigEndian);
            return Block(1, body.ToArray(), bigEndian);
        }

        /// <summary>An Enhanced Packet Block: interface, 64-bit timestamp in the interface's units, lengths, padded data.</summary>
        public static byte[] EnhancedPacket(bool bigEndian, uint interfaceId, ulong units, byte[] data)
        {
            var body = new MemoryStream();
            Write32(body, interfaceId, bigEndian);
            Write32(body, (uint)(units >> 32), bigEndian);
            Write32(body, (uint)units, bigEndian);
            Write32(body, (uint)data.Length, bigEndian);
            Write32(body, (uint)data.Length, bigEndian);
            body.Write(data, 0, data.Length);
            body.Write(new byte[(4 - (data.Length % 4)) % 4], 0, (4 - (data.Length % 4)) % 4);
            return Block(6, body.ToArray(), bigEndian);
        }

        /// <summary>An Obsolete Packet Block (type 2): a 16-bit interface, 16-bit drops count, timestamp, lengths, padded data.</summary>
        public static byte[] ObsoletePacket(bool bigEndian, ushort interfaceId, ulong units, byte[] data)
        {
            var body = new MemoryStream();
            Write16(body, interfaceId, bigEndian);
            Write16(body, 0, bigEndian);
            Write32(body, (uint)(units >> 32), bigEndian);
            Write32(body, (uint)units, bigEndian);
            Write32(body, (uint)data.Length, bigEndian);
            Write32(body, (uint)data.Length, bigEndian);
            body.Write(data, 0, data.Length);
            body.Write(new byte[(4 - (data.Length % 4)) % 4], 0, (4 - (data.Length % 4)) % 4);
            return Block(2, body.ToArray(), bigEndian);
        }

        /// <summary>A Simple Packet Block: original length, padded data.</summary>
        public static byte[] SimplePacket(bool bigEndian, byte[] data)
        {
            var body = new MemoryStream();
            Write32(body, (uint)data.Length, bigEndian);
            body.Write(data, 0, data.Length);
            body.Write(new byte[(4 - (data.Length % 4)) % 4], 0, (4 - (data.Length % 4)) % 4);
            return Block(3, body.ToArray(), bigEndian);
        }

        public static byte[] Block(uint type, byte[] body, bool bigEndian)
        {
            var block = new MemoryStream();
            Write32(block, type, bigEndian);
            Write32(block, (uint)(12 + body.Length), bigEndian);
            block.Write(body, 0, body.Length);
            Write32(block, (uint)(12 + body.Length), bigEndian);
            return block.ToArray();
        }

        public static byte[] Join(params byte[][] parts)
        {
            var all = new List<byte>();
            foreach (byte[] part in parts)
            {
                all.AddRange(part);
            }

            return all.ToArray();
        }

        private static void Add16(List<byte> bytes, int value)
        {
            bytes.Add((byte)(value >> 8));
            bytes.Add((byte)value);
        }

        private static void Write16(Stream stream, ushort value, bool bigEndian)
        {
            byte[] bytes = bigEndian ? new[] { (byte)(value >> 8), (byte)value } : new[] { (byte)value, (byte)(value >> 8) };
            stream.Write(bytes, 0, 2);
        }

        private static void Write32(Stream stream, uint value, bool bigEndian)
        {
            byte[] bytes = { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value };
            if (!bigEndian)
            {
                Array.Reverse(bytes);
            }

            stream.Write(bytes, 0, 4);
        }
    }
}
