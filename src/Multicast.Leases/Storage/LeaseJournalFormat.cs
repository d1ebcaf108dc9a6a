using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The journal beside a file store's snapshot ("leases.json.journal"): the transactions committed since
    /// that snapshot, appended and flushed to disk before any of them is reported done.
    /// <code>
    /// header (44 bytes): "MCLEASEJ", version (u32), snapshot generation (u64), snapshot ID (16 bytes), CRC-32 of the 40 bytes before
    /// record:            payload length (u32), sequence number (u64, 1 up), CRC-32 of those 12 bytes, payload, CRC-32 of all before
    /// </code>
    /// Integers are little-endian. Both CRCs of a record start from the last CRC before the record (the
    /// header's, for the first): a record is valid only in its place, after its predecessors, in the journal
    /// of its snapshot. Version 2 payloads are binary changes (<see cref="BinaryLeaseCodec"/>); version 1
    /// payloads were JSON (<see cref="LegacyJournalPayload"/>), still read.
    /// <para>
    /// The end of the journal (README.md, "When the journal's end is damaged"). Reading stops at the first
    /// record that is not whole and sound, and tells what it is:
    /// a <b>torn write</b>, never acknowledged, when the rest of the file is fewer bytes than a record header,
    /// only zeros, or a record whose sound header gives a length that runs past the end of the file: its
    /// writer never finished, so never flushed, so never said it was done. It never happened.
    /// A <b>damaged record</b>, which may have been acknowledged, otherwise: a whole record whose checksum
    /// fails was complete on disk, so it may have been flushed and reported; a record whose header fails its
    /// checksum cannot say where it ends. Where the store cannot tell, it assumes the record was acknowledged.
    /// And nothing before the end that the store's commit mark (<see cref="CommitMark"/>) says was
    /// acknowledged is ever taken for a torn write.
    /// </para>
    /// </summary>
    internal static class LeaseJournalFormat
    {
        /// <summary>The journal format this code writes; it reads this one and version 1.</summary>
        public const int Version = 2;

        public const int HeaderLength = 44;

        /// <summary>Length, sequence and header CRC before each payload.</summary>
        public const int RecordHeaderLength = 16;

        /// <summary>The record header and the CRC after the payload.</summary>
        public const int RecordOverhead = RecordHeaderLength + 4;

        /// <summary>A bound far above any record a store writes (a bigger change compacts instead).</summary>
        private const int MaximumPayload = 1 << 30;

        private static readonly byte[] Magic = Encoding.ASCII.GetBytes("MCLEASEJ");

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>A journal header that continues <paramref name="snapshot"/>; its last 4 bytes are the CRC the first record starts from.</summary>
        public static byte[] Header(SnapshotIdentity snapshot)
        {
            var header = new byte[HeaderLength];
            Array.Copy(Magic, header, Magic.Length);
            PutUInt32(header, 8, Version);
            PutUInt64(header, 12, (ulong)snapshot.Generation);
            Array.Copy(snapshot.Id.ToByteArray(), 0, header, 20, 16);
            PutUInt32(header, 40, Crc32.Compute(header, 0, 40));
            return header;
        }

        /// <summary>
        /// Reads a header: the snapshot the journal continues, its version, and the CRC its first record starts
        /// from. Throws LeaseStoreCorrupt or LeaseStoreNewerFormat naming the journal.
        /// </summary>
        public static SnapshotIdentity ReadHeader(byte[] header, int count, string storePath, string journalPath, out uint crc, out int version)
        {
            if (count < HeaderLength || !LeaseFileFormat.StartsWith(header, count, 0, Magic))
            {
                throw LeaseFileFormat.Corrupt(storePath, "its journal " + journalPath + " does not begin with a journal header");
            }

            uint read = GetUInt32(header, 8);
            if (read > Version)
            {
                throw LeaseFileFormat.Newer(storePath, journalPath, read, Version);
            }

            crc = GetUInt32(header, 40);
            if (read < 1 || crc != Crc32.Compute(header, 0, 40) || GetUInt64(header, 12) > long.MaxValue)
            {
                throw LeaseFileFormat.Corrupt(storePath, "its journal " + journalPath + " has a damaged header");
            }

            version = (int)read;
            var id = new byte[16];
            Array.Copy(header, 20, id, 0, 16);
            return new SnapshotIdentity((long)GetUInt64(header, 12), new Guid(id));
        }

        /// <summary>The record of <paramref name="changes"/>, to follow the record (or header) whose CRC is <paramref name="previousCrc"/>.</summary>
        public static byte[] Record(IReadOnlyList<LeaseChange> changes, long sequence, uint previousCrc) =>
            Record(BinaryLeaseCodec.Changes(changes), sequence, previousCrc);

        /// <summary>A record of <paramref name="payload"/>.</summary>
        public static byte[] Record(byte[] payload, long sequence, uint previousCrc)
        {
            var record = new byte[payload.Length + RecordOverhead];
            PutUInt32(record, 0, (uint)payload.Length);
            PutUInt64(record, 4, (ulong)sequence);
            PutUInt32(record, 12, Crc32.Compute(record, 0, 12, previousCrc));
            Array.Copy(payload, 0, record, RecordHeaderLength, payload.Length);
            PutUInt32(record, record.Length - 4, Crc32.Compute(record, 0, record.Length - 4, previousCrc));
            return record;
        }

        /// <summary>The CRC a record or header ends with: what the next record starts from.</summary>
        public static uint LastCrc(byte[] record) => GetUInt32(record, record.Length - 4);

        /// <summary>
        /// Applies to <paramref name="book"/> the records in <paramref name="data"/>[<paramref name="start"/>,
        /// <paramref name="count"/>): the journal's bytes from <paramref name="from"/> to its end. Returns where the
        /// sound records end and, when the file goes on after them, what the rest is (a torn write or a damaged
        /// record at the end). Damage with sound records after it, a record out of sequence, or one that cannot be
        /// applied throws LeaseStoreCorrupt; the book may then hold some of the records, and must be dropped.
        /// <paramref name="acknowledgedEnd"/> is where the store last said records ended (<see cref="CommitMark"/>), or 0.
        /// </summary>
        public static JournalReplay Replay(byte[] data, int start, int count, JournalPosition from, LeaseBook book, int version, long acknowledgedEnd, bool lenient, string storePath, string journalPath)
        {
            int at = start;
            long sequence = from.NextSequence;
            uint crc = from.Crc;
            JournalTail? tail = null;
            while (at < count)
            {
                long offset = from.Offset + (at - start);
                int rest = count - at;
                JournalTail Tail(JournalTailKind kind, string reason, int payloadEnd = -1)
                {
                    // A torn write before the end the store acknowledged is a lost acknowledged record.
                    if (kind == JournalTailKind.Torn && offset < acknowledgedEnd)
                    {
                        kind = JournalTailKind.Damaged;
                        reason += ", but the store acknowledged records up to byte " + acknowledgedEnd.ToString(CultureInfo.InvariantCulture) + ", so it was cut short after it was written";
                    }

                    return new JournalTail(kind, sequence, offset, Copy(data, at, count), reason, TryRead(data, at + RecordHeaderLength, payloadEnd, version));
                }

                if (AllZero(data, at, count))
                {
                    tail = Tail(JournalTailKind.Torn, "the rest of the file, " + rest + " bytes, is zeros: the file grew but its last write never reached the disk");
                    break;
                }

                if (rest < RecordHeaderLength)
                {
                    tail = Tail(JournalTailKind.Torn, "the rest of the file, " + rest + " bytes, is shorter than a record header: its write never finished");
                    break;
                }

                uint length = GetUInt32(data, at);
                long end = at + (long)length + RecordOverhead;
                if (GetUInt32(data, at + 12) != Crc32.Compute(data, at, 12, crc))
                {
                    tail = Tail(JournalTailKind.Damaged, "its header fails its checksum, so where it ends cannot be told", count - 4);
                    break;
                }

                if (length > MaximumPayload)
                {
                    tail = Tail(JournalTailKind.Damaged, "its header gives an impossible length");
                    break;
                }

                if (end > count)
                {
                    tail = Tail(JournalTailKind.Torn, "it is " + (long)(length + RecordOverhead) + " bytes long but the file ends after " + rest + ": its write never finished");
                    break;
                }

                uint expected = Crc32.Compute(data, at, (int)end - at - 4, crc);
                if (GetUInt32(data, (int)end - 4) != expected)
                {
                    if (end < count && !lenient)
                    {
                        throw Damaged(storePath, journalPath, sequence, offset, "fails its checksum, and more records follow it");
                    }

                    tail = Tail(JournalTailKind.Damaged, "it is whole but fails its checksum: it was on disk in full, so it may have been acknowledged", (int)end - 4);
                    break;
                }

                if (GetUInt64(data, at + 4) != (ulong)sequence)
                {
                    string reason = "has sequence number " + GetUInt64(data, at + 4).ToString(CultureInfo.InvariantCulture);
                    tail = lenient ? Tail(JournalTailKind.Damaged, reason, (int)end - 4) : throw Damaged(storePath, journalPath, sequence, offset, reason);
                    break;
                }

                if (lenient)
                {
                    // A repair goes on past a record that cannot be applied, so it must leave no part of it behind.
                    book.BeginTransaction();
                }

                try
                {
                    if (version == 1)
                    {
                        LegacyJournalPayload.Apply(Utf8.GetString(data, at + RecordHeaderLength, (int)length), book);
                    }
                    else
                    {
                        BinaryLeaseCodec.Apply(data, at + RecordHeaderLength, (int)end - 4, book);
                    }
                }
                catch (Exception exception) when (exception is FormatException || exception is ArgumentException || exception is MulticastException)
                {
                    if (lenient)
                    {
                        book.Rollback();
                    }

                    string reason = "cannot be applied: " + exception.Message.TrimEnd('.');
                    tail = lenient ? Tail(JournalTailKind.Damaged, reason, (int)end - 4) : throw Damaged(storePath, journalPath, sequence, offset, reason);
                    break;
                }

                if (lenient)
                {
                    book.EndTransaction();
                }

                at = (int)end;
                sequence++;
                crc = expected;
            }

            long ends = from.Offset + (at - start);
            if (tail is null && ends < acknowledgedEnd)
            {
                // Every record left is sound, but the store had acknowledged more: records were cut off or the file restored.
                tail = new JournalTail(JournalTailKind.Damaged, sequence, ends, new byte[0], "the journal ends at byte " + ends.ToString(CultureInfo.InvariantCulture) + ", but the store acknowledged records up to byte " + acknowledgedEnd.ToString(CultureInfo.InvariantCulture) + ": records it had committed are gone", null);
            }

            return new JournalReplay(new JournalPosition(ends, sequence, crc), tail);
        }

        internal static uint GetUInt32(byte[] data, int at) => data[at] | ((uint)data[at + 1] << 8) | ((uint)data[at + 2] << 16) | ((uint)data[at + 3] << 24);

        internal static ulong GetUInt64(byte[] data, int at) => GetUInt32(data, at) | ((ulong)GetUInt32(data, at + 4) << 32);

        internal static void PutUInt32(byte[] data, int at, uint value)
        {
            for (int i = 0; i < 4; i++)
            {
                data[at + i] = (byte)(value >> (8 * i));
            }
        }

        internal static void PutUInt64(byte[] data, int at, ulong value)
        {
            for (int i = 0; i < 8; i++)
            {
                data[at + i] = (byte)(value >> (8 * i));
            }
        }

        /// <summary>The changes a payload that cannot be trusted says it made, or null when it does not read as changes.</summary>
        private static IReadOnlyList<LeaseChange>? TryRead(byte[] data, int start, int end, int version)
        {
            if (end < start || version < 2)
            {
                return null;
            }

            try
            {
                return BinaryLeaseCodec.ReadChanges(data, start, end);
            }
            catch (Exception exception) when (exception is FormatException || exception is ArgumentException || exception is MulticastException)
            {
                return null;
            }
        }

        private static byte[] Copy(byte[] data, int from, int to)
        {
            var copy = new byte[to - from];
            Array.Copy(data, from, copy, 0, copy.Length);
            return copy;
        }

        private static LeaseStoreException Damaged(string storePath, string journalPath, long sequence, long offset, string what) =>
            LeaseFileFormat.Corrupt(storePath, "record " + sequence.ToString(CultureInfo.InvariantCulture) + " of its journal " + journalPath + ", at byte " + offset.ToString(CultureInfo.InvariantCulture) + ", " + what);

        private static bool AllZero(byte[] data, int from, int count)
        {
            for (int i = from; i < count; i++)
            {
                if (data[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
