using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The journal beside a file store's snapshot ("leases.json.journal"): the transactions committed since
    /// that snapshot, one record each, appended and flushed to disk before the transaction reports success.
    /// <code>
    /// header (44 bytes): "MCLEASEJ", version (u32), snapshot generation (u64), snapshot ID (16 bytes), CRC-32 of the 40 bytes before
    /// record:            payload length (u32), sequence number (u64, 1 up), CRC-32 of those 12 bytes, payload (UTF-8 JSON), CRC-32 of all before
    /// </code>
    /// Integers are little-endian. Both CRCs of a record start from the last CRC before the record (the
    /// header's, for the first): a record is valid only in its place, after its predecessors, in the journal
    /// of its snapshot. The payload is a JSON array of changes, each {"savePool": pool}, {"deletePool": name},
    /// {"saveLease": lease} or {"deleteLease": address}, with the pool and lease objects of the snapshot
    /// (<see cref="LeaseFileFormat"/>).
    /// A writer killed mid-append leaves a prefix of its record; the power failing may leave zeros or a
    /// record that fails its CRC. So the records end, as a torn tail, at: fewer bytes than a record header;
    /// nothing but zeros; a record whose (checked) length runs past the end of the file; or a record that
    /// fails a CRC and ends exactly at the end of the file. Such a record was never acknowledged, so it never
    /// happened. Any other bad record is damage: a record whose header is bad cannot say where it ends, so
    /// it is not taken for the last.
    /// </summary>
    internal static class LeaseJournalFormat
    {
        /// <summary>The journal format this code writes and reads.</summary>
        public const int Version = 1;

        public const int HeaderLength = 44;

        /// <summary>Length, sequence and header CRC before each payload.</summary>
        public const int RecordHeaderLength = 16;

        /// <summary>The record header and the CRC after the payload.</summary>
        public const int RecordOverhead = RecordHeaderLength + 4;

        /// <summary>The shortest payload, "[]", and a bound far above any record a store writes (a bigger change compacts instead).</summary>
        private const int MinimumPayload = 2, MaximumPayload = 1 << 30;

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
        /// Reads a header: the snapshot the journal continues, and the CRC its first record starts from.
        /// Throws LeaseStoreCorrupt or LeaseStoreNewerFormat naming the journal.
        /// </summary>
        public static SnapshotIdentity ReadHeader(byte[] header, int count, string storePath, string journalPath, out uint crc)
        {
            if (count < HeaderLength || !LeaseFileFormat.StartsWith(header, count, 0, Magic))
            {
                throw LeaseFileFormat.Corrupt(storePath, "its journal " + journalPath + " does not begin with a journal header");
            }

            uint version = GetUInt32(header, 8);
            if (version > Version)
            {
                throw LeaseFileFormat.Newer(storePath, journalPath, version, Version);
            }

            crc = GetUInt32(header, 40);
            if (version < 1 || crc != Crc32.Compute(header, 0, 40) || GetUInt64(header, 12) > long.MaxValue)
            {
                throw LeaseFileFormat.Corrupt(storePath, "its journal " + journalPath + " has a damaged header");
            }

            var id = new byte[16];
            Array.Copy(header, 20, id, 0, 16);
            return new SnapshotIdentity((long)GetUInt64(header, 12), new Guid(id));
        }

        /// <summary>The record of one transaction's <paramref name="changes"/>, to follow the record (or header) whose CRC is <paramref name="previousCrc"/>.</summary>
        public static byte[] Record(IReadOnlyList<LeaseChange> changes, long sequence, uint previousCrc)
        {
            byte[] payload = Utf8.GetBytes(Payload(changes));
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
        /// valid records end: before a torn tail, or at the end. Damage throws LeaseStoreCorrupt; the book may
        /// then hold some of the records, and must be dropped.
        /// </summary>
        public static JournalPosition Replay(byte[] data, int start, int count, JournalPosition from, LeaseBook book, string storePath, string journalPath)
        {
            int at = start;
            long sequence = from.NextSequence;
            uint crc = from.Crc;
            while (count - at >= RecordHeaderLength)
            {
                uint length = GetUInt32(data, at);
                long end = at + (long)length + RecordOverhead;
                if (GetUInt32(data, at + 12) != Crc32.Compute(data, at, 12, crc))
                {
                    if (AllZero(data, at, count) || end == count)
                    {
                        break; // the file grew but its last bytes never reached the disk, or the last record is damaged
                    }

                    throw Damaged(storePath, journalPath, sequence, from.Offset + (at - start), "has a damaged header");
                }

                if (length < MinimumPayload || length > MaximumPayload)
                {
                    throw Damaged(storePath, journalPath, sequence, from.Offset + (at - start), "has an impossible length");
                }

                if (end > count)
                {
                    break; // cut short: the writer died mid-append
                }

                uint expected = Crc32.Compute(data, at, (int)end - at - 4, crc);
                if (GetUInt32(data, (int)end - 4) != expected)
                {
                    if (end == count)
                    {
                        break; // the last record, half on disk
                    }

                    throw Damaged(storePath, journalPath, sequence, from.Offset + (at - start), "fails its checksum, and more records follow it");
                }

                if (GetUInt64(data, at + 4) != (ulong)sequence)
                {
                    throw Damaged(storePath, journalPath, sequence, from.Offset + (at - start), "has sequence number " + GetUInt64(data, at + 4).ToString(CultureInfo.InvariantCulture));
                }

                try
                {
                    Apply(Utf8.GetString(data, at + RecordHeaderLength, (int)length), book);
                }
                catch (Exception exception) when (exception is FormatException || exception is ArgumentException || exception is MulticastException)
                {
                    throw Damaged(storePath, journalPath, sequence, from.Offset + (at - start), "cannot be applied: " + exception.Message.TrimEnd('.'));
                }

                at = (int)end;
                sequence++;
                crc = expected;
            }

            return new JournalPosition(from.Offset + (at - start), sequence, crc);
        }

        private static string Payload(IReadOnlyList<LeaseChange> changes)
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            var time = new char[32];
            writer.Write('[');
            for (int i = 0; i < changes.Count; i++)
            {
                LeaseChange change = changes[i];
                writer.Write(i == 0 ? "{\"" : ",\n{\"");
                switch (change.Kind)
                {
                    case LeaseChangeKind.SavePool:
                        writer.Write("savePool\": ");
                        LeaseFileFormat.WritePool(writer, change.Pool!);
                        break;
                    case LeaseChangeKind.DeletePool:
                        writer.Write("deletePool\": ");
                        Json.WriteString(writer, change.PoolName!);
                        break;
                    case LeaseChangeKind.SaveLease:
                        writer.Write("saveLease\": ");
                        LeaseFileFormat.WriteLease(writer, change.Lease!, time);
                        break;
                    default:
                        writer.Write("deleteLease\": \"" + change.Address + "\"");
                        break;
                }

                writer.Write('}');
            }

            writer.Write(']');
            return writer.ToString();
        }

        /// <summary>Makes the changes of one record, checking each as strictly as the snapshot reader checks the file.</summary>
        private static void Apply(string payload, LeaseBook book)
        {
            var changes = Json.Parse(payload) as List<object?> ?? throw new FormatException("It is not a JSON array");
            foreach (object? item in changes)
            {
                if (!(item is JsonObject change) || change.Count != 1)
                {
                    throw new FormatException("A change is not an object of one property");
                }

                string kind = change.NameAt(0);
                change.TryGetValue(kind, out object? value);
                switch (kind)
                {
                    case "savePool":
                        book.SavePool(LeaseFileFormat.ReadPool(value as JsonObject ?? throw new FormatException("\"savePool\" is not an object"), book, replacing: true));
                        break;
                    case "deletePool":
                        string name = value as string ?? throw new FormatException("\"deletePool\" is not a string");
                        if (book.FindPool(name) is null || LeaseCount(book, name) > 0)
                        {
                            throw new FormatException("It deletes pool '" + name + "', which the store does not hold or which still has leases");
                        }

                        book.DeletePool(name);
                        break;
                    case "saveLease":
                        book.SaveLease(LeaseFileFormat.ReadLease(value as JsonObject ?? throw new FormatException("\"saveLease\" is not an object"), book, replacing: true));
                        break;
                    case "deleteLease":
                        IPAddressValue address = AddressParser.Parse(value as string ?? throw new FormatException("\"deleteLease\" is not a string"));
                        if (!book.DeleteLease(address))
                        {
                            throw new FormatException("It releases " + address + ", which has no lease");
                        }

                        break;
                    default:
                        throw new FormatException("It has the unknown change \"" + kind + "\"");
                }
            }
        }

        private static int LeaseCount(LeaseBook book, string pool)
        {
            int count = 0;
            foreach (LeaseRecord unused in book.LeasesInPool(pool))
            {
                count++;
            }

            return count;
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

        private static void PutUInt32(byte[] data, int at, uint value)
        {
            for (int i = 0; i < 4; i++)
            {
                data[at + i] = (byte)(value >> (8 * i));
            }
        }

        private static void PutUInt64(byte[] data, int at, ulong value)
        {
            for (int i = 0; i < 8; i++)
            {
                data[at + i] = (byte)(value >> (8 * i));
            }
        }

        internal static uint GetUInt32(byte[] data, int at) => data[at] | ((uint)data[at + 1] << 8) | ((uint)data[at + 2] << 16) | ((uint)data[at + 3] << 24);

        private static ulong GetUInt64(byte[] data, int at) => GetUInt32(data, at) | ((ulong)GetUInt32(data, at + 4) << 32);
    }
}
