using System;
using System.Collections.Generic;
using System.IO;

namespace Multicast.Sap
{
    /// <summary>
    /// pcapng (draft-tuexen-opsawg-pcapng): blocks of type, total length, body and the length again. Section
    /// Header Blocks set the byte order; Interface Description Blocks give each interface's link type, snapshot
    /// length and time resolution; Enhanced, Simple and (obsolete, still written by old tools) Packet Blocks hold
    /// the packets. Other blocks are skipped.
    /// </summary>
    internal static class PcapNgFileReader
    {
        // §4.1-4.4: block types, and the byte-order magic of the Section Header Block.
        private const uint SectionHeader = 0x0A0D0D0A;
        private const uint InterfaceDescription = 0x00000001;
        private const uint ObsoletePacket = 0x00000002;
        private const uint SimplePacket = 0x00000003;
        private const uint EnhancedPacket = 0x00000006;
        private const uint ByteOrderMagic = 0x1A2B3C4D;

        // §4.2 options: if_tsresol (code 9, 1 byte) and if_tsoffset (code 14, 8 bytes); opt_endofopt is 0.
        private const int EndOfOptions = 0;
        private const int TimestampResolution = 9;
        private const int TimestampOffset = 14;

        // Blocks longer than this mean the file's structure is lost; reading stops rather than allocate it.
        private const int MaxBlockLength = 16 * 1024 * 1024;

        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static bool IsMagic(byte[] magic) => ByteOrder.UInt32(magic, 0, bigEndian: true) == SectionHeader;

        public static IEnumerable<CapturedFrame> Read(Stream stream, byte[] firstType, CaptureReader reader)
        {
            var interfaces = new List<Interface>();
            bool bigEndian = false;
            bool skippingSection = false;
            var head = new byte[12];
            Buffer.BlockCopy(firstType, 0, head, 0, 4);
            int have = 4;
            for (long block = 1; ; block++)
            {
                int read = ByteOrder.ReadFully(stream, head, have, 8 - have);
                if (read == 0 && have == 0)
                {
                    yield break;
                }

                if (have + read < 8)
                {
                    reader.CountDamaged();
                    reader.Stop();
                    yield break;
                }

                have = 0;
                bool sectionHeader = ByteOrder.UInt32(head, 0, bigEndian: true) == SectionHeader;
                if (sectionHeader)
                {
                    // §4.1: the type is a palindrome; the byte-order magic after the length tells the order.
                    if (ByteOrder.ReadFully(stream, head, 8, 4) < 4)
                    {
                        reader.CountDamaged();
                        reader.Stop();
                        yield break;
                    }

                    if (ByteOrder.UInt32(head, 8, bigEndian: true) == ByteOrderMagic)
                    {
                        bigEndian = true;
                    }
                    else if (ByteOrder.UInt32(head, 8, bigEndian: false) == ByteOrderMagic)
                    {
                        bigEndian = false;
                    }
                    else
                    {
                        reader.CountDamaged();
                        reader.Stop();
                        yield break;
                    }

                    interfaces.Clear();
                }

                uint type = ByteOrder.UInt32(head, 0, bigEndian);
                uint length = ByteOrder.UInt32(head, 4, bigEndian);

                // §3.1: the total length counts type, both lengths and the body, and is a multiple of 4.
                int minimum = sectionHeader ? 28 : 12;
                if (length < minimum || length % 4 != 0 || length > MaxBlockLength)
                {
                    reader.CountDamaged();
                    reader.Stop();
                    yield break;
                }

                int already = sectionHeader ? 12 : 8;
                byte[]? rest = ByteOrder.ReadBlock(stream, (int)length - already);
                if (rest is null)
                {
                    reader.CountDamaged();
                    reader.Stop();
                    yield break;
                }

                if (ByteOrder.UInt32(rest, rest.Length - 4, bigEndian) != length)
                {
                    reader.CountDamaged();
                    continue;
                }

                // The body, as an offset and count within rest (the SHB's magic was read with the head).
                int bodyLength = rest.Length - 4;
                if (type == SectionHeader)
                {
                    // §3.4: a reader that cannot read a section's version "MUST skip everything until the next
                    // Section Header Block". Major version 1 is the one defined.
                    skippingSection = ByteOrder.UInt16(rest, 0, bigEndian) != 1;
                }

                if (skippingSection)
                {
                    continue;
                }

                switch (type)
                {
                    case InterfaceDescription:
                        if (bodyLength < 8)
                        {
                            reader.CountDamaged();
                            break;
                        }

                        interfaces.Add(ReadInterface(rest, bodyLength, bigEndian));
                        break;
                    case EnhancedPacket:
                    case ObsoletePacket:
                    {
                        // §4.3: interface ID, timestamp high and low, captured length, original length, data.
                        // Appendix A, the obsolete Packet Block: a 16-bit interface ID and a 16-bit drops count
                        // where the Enhanced Packet Block has its 32-bit interface ID; the rest the same.
                        if (bodyLength < 20)
                        {
                            reader.CountDamaged();
                            break;
                        }

                        uint id = type == ObsoletePacket ? ByteOrder.UInt16(rest, 0, bigEndian) : ByteOrder.UInt32(rest, 0, bigEndian);
                        ulong units = ((ulong)ByteOrder.UInt32(rest, 4, bigEndian) << 32) | ByteOrder.UInt32(rest, 8, bigEndian);
                        uint captured = ByteOrder.UInt32(rest, 12, bigEndian);
                        if (id >= interfaces.Count || captured > bodyLength - 20)
                        {
                            reader.CountDamaged();
                            break;
                        }

                        Interface where = interfaces[(int)id];
                        yield return new CapturedFrame(block, where.Time(units), where.LinkType, rest, 20, (int)captured);
                        break;
                    }

                    case SimplePacket:
                    {
                        // §4.4: original length, then data; the interface is the first, and there is no time.
                        if (bodyLength < 4 || interfaces.Count == 0)
                        {
                            reader.CountDamaged();
                            break;
                        }

                        long captured = Math.Min(ByteOrder.UInt32(rest, 0, bigEndian), bodyLength - 4);
                        if (interfaces[0].SnapLength > 0)
                        {
                            captured = Math.Min(captured, interfaces[0].SnapLength);
                        }

                        yield return new CapturedFrame(block, null, interfaces[0].LinkType, rest, 4, (int)captured);
                        break;
                    }
                }
            }
        }

        // §4.2: link type (2), reserved (2), snapshot length (4), options.
        private static Interface ReadInterface(byte[] body, int bodyLength, bool bigEndian)
        {
            var result = new Interface(ByteOrder.UInt16(body, 0, bigEndian), ByteOrder.UInt32(body, 4, bigEndian));
            int position = 8;
            while (bodyLength - position >= 4)
            {
                int code = ByteOrder.UInt16(body, position, bigEndian);
                int length = ByteOrder.UInt16(body, position + 2, bigEndian);
                int value = position + 4;
                if (code == EndOfOptions || bodyLength - value < length)
                {
                    break;
                }

                if (code == TimestampResolution && length >= 1)
                {
                    result.Resolution = body[value];
                }
                else if (code == TimestampOffset && length >= 8)
                {
                    result.OffsetSeconds = (long)ByteOrder.UInt64(body, value, bigEndian);
                }

                // §3.5: each value is padded to 32 bits.
                position = value + ((length + 3) & ~3);
            }

            return result;
        }

        private sealed class Interface
        {
            public Interface(int linkType, uint snapLength)
            {
                LinkType = linkType;
                SnapLength = snapLength;
            }

            public int LinkType { get; }

            public uint SnapLength { get; }

            // §4.2 if_tsresol: high bit 0, a negative power of 10; high bit 1, of 2. Microseconds when absent.
            public byte Resolution { get; set; } = 6;

            public long OffsetSeconds { get; set; }

            /// <summary>The capture time, or null when it falls outside what a DateTime holds (a damaged or hostile timestamp).</summary>
            public DateTime? Time(ulong units)
            {
                int exponent = Resolution & 0x7F;
                decimal seconds;
                if ((Resolution & 0x80) == 0)
                {
                    seconds = exponent > 28 ? 0 : units / Pow(10, exponent);
                }
                else
                {
                    seconds = exponent > 63 ? 0 : units / Pow(2, exponent);
                }

                decimal ticks = (seconds + OffsetSeconds) * TimeSpan.TicksPerSecond;
                decimal earliest = -UnixEpoch.Ticks;
                decimal latest = DateTime.MaxValue.Ticks - UnixEpoch.Ticks;
                return ticks < earliest || ticks > latest ? (DateTime?)null : UnixEpoch.AddTicks((long)ticks);
            }

            private static decimal Pow(int radix, int exponent)
            {
                decimal value = 1;
                for (int i = 0; i < exponent; i++)
                {
                    value *= radix;
                }

                return value;
            }
        }
    }
}
