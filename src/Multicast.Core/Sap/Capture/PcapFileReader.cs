using System;
using System.Collections.Generic;
using System.IO;

namespace Multicast.Sap
{
    /// <summary>
    /// The classic libpcap format (draft-gharris-opsawg-pcap §4, §5): a 24-byte file header, then records of
    /// a 16-byte header and the packet. The magic number gives the byte order and the time resolution.
    /// </summary>
    internal static class PcapFileReader
    {
        // §4: 0xA1B2C3D4 for seconds and microseconds, 0xA1B23C4D for seconds and nanoseconds, written in
        // the byte order of the host that wrote the file. 0xA1B2CD34 is the "modified" format of Alexey
        // Kuznetsov's patched libpcap (libpcap's savefile.c reads it): microseconds, and record headers 8 bytes
        // longer, holding the interface index, protocol and packet type.
        private const uint Microseconds = 0xA1B2C3D4;
        private const uint Nanoseconds = 0xA1B23C4D;
        private const uint Modified = 0xA1B2CD34;

        // The largest record read. Records carry no marker to resynchronize on, so a length past this means
        // the file's structure is lost and reading stops.
        private const int MaxRecordLength = 16 * 1024 * 1024;

        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static bool IsMagic(byte[] magic)
        {
            uint little = ByteOrder.UInt32(magic, 0, bigEndian: false);
            uint big = ByteOrder.UInt32(magic, 0, bigEndian: true);
            return IsKnown(little) || IsKnown(big);
        }

        private static bool IsKnown(uint magic) => magic == Microseconds || magic == Nanoseconds || magic == Modified;

        public static IEnumerable<CapturedFrame> Read(Stream stream, byte[] magic, CaptureReader reader)
        {
            bool bigEndian = IsKnown(ByteOrder.UInt32(magic, 0, bigEndian: true));
            bool nanoseconds = ByteOrder.UInt32(magic, 0, bigEndian) == Nanoseconds;
            int recordHeaderLength = ByteOrder.UInt32(magic, 0, bigEndian) == Modified ? 24 : 16;
            var header = new byte[20];
            if (ByteOrder.ReadFully(stream, header, 0, 20) < 20)
            {
                reader.Stop();
                yield break;
            }

            // §4: the last word holds the FCS length and f bit above 16 reserved bits and the 16-bit LinkType.
            int linkType = (int)(ByteOrder.UInt32(header, 16, bigEndian) & 0xFFFF);
            var recordHeader = new byte[recordHeaderLength];
            for (long record = 1; ; record++)
            {
                int read = ByteOrder.ReadFully(stream, recordHeader, 0, recordHeaderLength);
                if (read == 0)
                {
                    yield break;
                }

                if (read < recordHeaderLength)
                {
                    reader.CountDamaged();
                    reader.Stop();
                    yield break;
                }

                // §5: seconds, microseconds or nanoseconds, captured length, original length.
                uint seconds = ByteOrder.UInt32(recordHeader, 0, bigEndian);
                uint fraction = ByteOrder.UInt32(recordHeader, 4, bigEndian);
                uint captured = ByteOrder.UInt32(recordHeader, 8, bigEndian);
                if (captured > MaxRecordLength)
                {
                    reader.CountDamaged();
                    reader.Stop();
                    yield break;
                }

                byte[]? data = ByteOrder.ReadBlock(stream, (int)captured);
                if (data is null)
                {
                    reader.CountDamaged();
                    reader.Stop();
                    yield break;
                }

                long ticks = (seconds * TimeSpan.TicksPerSecond) + (nanoseconds ? fraction / 100 : fraction * 10L);
                yield return new CapturedFrame(record, UnixEpoch.AddTicks(ticks), linkType, data, 0, data.Length);
            }
        }
    }
}
