using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// Pools, leases and changes in the binary formats (snapshot version 3, journal version 2). Integers are
    /// little-endian or 7-bit varints, strings UTF-8 with a varint length, addresses a family byte (4 or 6) and
    /// the address in network order, times UTC ticks, a client identifier a length byte (0: none) and its bytes.
    /// <code>
    /// pool:   name, prefix (address, length byte), exclusions (count, prefixes), default lease seconds (varint), exclude flooded MAC (byte 0/1)
    /// lease:  address, pool, owner, start, end (8 bytes each), client identifier
    /// change: 1 save pool | 2 delete pool (name) | 3 save lease | 4 delete lease (address), then the CRC-32 of the change's bytes
    /// </code>
    /// A journal record's payload is the count of its changes, then the changes. Each change carries its own
    /// checksum, so that in a record whose own checksum fails, the changes that are still sound can be told,
    /// and trusted, from the one that is damaged (README.md, "When the journal's end is damaged").
    /// In a snapshot, a lease's pool and owner are indexes into the snapshot's string table; in a journal record,
    /// the strings themselves. Reading checks as strictly as <see cref="LeaseChecks"/> says.
    /// </summary>
    internal static class BinaryLeaseCodec
    {
        public const byte SavePoolChange = 1, DeletePoolChange = 2, SaveLeaseChange = 3, DeleteLeaseChange = 4;

        public static void WritePool(ByteWriter writer, MulticastAddressPool pool)
        {
            writer.String(pool.Name);
            writer.Prefix(pool.PrefixValue);
            writer.VarUInt((ulong)pool.ExclusionsValue.Count);
            foreach (IPPrefix exclusion in pool.ExclusionsValue)
            {
                writer.Prefix(exclusion);
            }

            writer.VarUInt((ulong)pool.DefaultDurationValue.TotalSeconds);
            writer.Byte(pool.ExcludeFloodedMac ? (byte)1 : (byte)0);
        }

        public static MulticastAddressPool ReadPool(ByteReader reader, LeaseBook book, bool replacing)
        {
            string name = reader.String();
            IPPrefix prefix = reader.Prefix();
            int count = reader.Count();
            var exclusions = new List<IPPrefix>(count);
            for (int i = 0; i < count; i++)
            {
                exclusions.Add(reader.Prefix());
            }

            ulong seconds = reader.VarUInt();
            byte flooded = reader.Byte();
            if (flooded > 1 || seconds > long.MaxValue)
            {
                throw new FormatException("Pool '" + name + "' has a setting out of range.");
            }

            return LeaseChecks.Pool(name, prefix, exclusions, (long)seconds, flooded == 1, book, replacing);
        }

        public static void WriteTimesAndClient(ByteWriter writer, LeaseRecord lease)
        {
            writer.UInt64((ulong)lease.StartUtc.Ticks);
            writer.UInt64((ulong)lease.EndUtc.Ticks);
            if (lease.ClientId is null)
            {
                writer.Byte(0);
            }
            else
            {
                writer.Byte((byte)lease.ClientId.Length);
                writer.Bytes(lease.ClientId.ToArray(), 0, lease.ClientId.Length);
            }
        }

        public static ClientIdentifier? ReadClient(ByteReader reader)
        {
            int length = reader.Byte();
            return length == 0 ? null : new ClientIdentifier(reader.Bytes(length));
        }

        /// <summary>One transaction's (or a batch's) changes, as a journal record's payload.</summary>
        public static byte[] Changes(IReadOnlyList<LeaseChange> changes)
        {
            var writer = new ByteWriter(64 + (48 * changes.Count));
            writer.VarUInt((ulong)changes.Count);
            foreach (LeaseChange change in changes)
            {
                int from = writer.Length;
                switch (change.Kind)
                {
                    case LeaseChangeKind.SavePool:
                        writer.Byte(SavePoolChange);
                        WritePool(writer, change.Pool!);
                        break;
                    case LeaseChangeKind.DeletePool:
                        writer.Byte(DeletePoolChange);
                        writer.String(change.PoolName!);
                        break;
                    case LeaseChangeKind.SaveLease:
                        writer.Byte(SaveLeaseChange);
                        writer.Address(change.Lease!.Address);
                        writer.String(change.Lease.Pool);
                        writer.String(change.Lease.Owner);
                        WriteTimesAndClient(writer, change.Lease);
                        break;
                    default:
                        writer.Byte(DeleteLeaseChange);
                        writer.Address(change.Address);
                        break;
                }

                writer.UInt32(Crc32.Compute(writer.Buffer, from, writer.Length - from));
            }

            return writer.ToArray();
        }

        /// <summary>
        /// Reads a payload's changes without applying them: for a record that cannot be trusted, what it may
        /// have done. Throws a FormatException when the bytes do not even read as changes.
        /// </summary>
        public static List<LeaseChange> ReadChanges(byte[] data, int start, int end)
        {
            var reader = new ByteReader(data, start, end);
            int count = reader.Count();
            var changes = new List<LeaseChange>(count);
            var scratch = new LeaseBook();
            for (int i = 0; i < count; i++)
            {
                int from = reader.Position;
                switch (reader.Byte())
                {
                    case SavePoolChange:
                        changes.Add(LeaseChange.SavePool(ReadPool(reader, scratch, replacing: true)));
                        break;
                    case DeletePoolChange:
                        changes.Add(LeaseChange.DeletePool(reader.String()));
                        break;
                    case SaveLeaseChange:
                        IPAddressValue address = reader.Address();
                        string pool = reader.String(), owner = reader.String();
                        DateTime starts = LeaseChecks.Time(reader.Int64()), ends = LeaseChecks.Time(reader.Int64());
                        changes.Add(LeaseChange.SaveLease(new LeaseRecord(address, pool, owner, starts, ends, ReadClient(reader))));
                        break;
                    case DeleteLeaseChange:
                        changes.Add(LeaseChange.DeleteLease(reader.Address()));
                        break;
                    default:
                        throw new FormatException("A change has an unknown kind.");
                }

                CheckChange(reader, data, from, i);
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("Bytes follow the last change.");
            }

            return changes;
        }

        /// <summary>Makes a payload's changes, checking each against the book as strictly as the snapshot reader checks the file.</summary>
        public static void Apply(byte[] data, int start, int end, LeaseBook book)
        {
            var reader = new ByteReader(data, start, end);
            int count = reader.Count();
            for (int i = 0; i < count; i++)
            {
                int from = reader.Position;
                switch (reader.Byte())
                {
                    case SavePoolChange:
                        book.SavePool(ReadPool(reader, book, replacing: true));
                        break;
                    case DeletePoolChange:
                        string name = reader.String();
                        if (book.FindPool(name) is null || book.LeasesInPool(name).GetEnumerator().MoveNext())
                        {
                            throw new FormatException("It deletes pool '" + name + "', which the store does not hold or which still has leases.");
                        }

                        book.DeletePool(name);
                        break;
                    case SaveLeaseChange:
                        IPAddressValue address = reader.Address();
                        string pool = reader.String(), owner = LeaseRules.CheckOwner(reader.String());
                        DateTime starts = LeaseChecks.Time(reader.Int64()), ends = LeaseChecks.Time(reader.Int64());
                        book.SaveLease(LeaseChecks.Lease(address, pool, owner, starts, ends, ReadClient(reader), book, replacing: true));
                        break;
                    case DeleteLeaseChange:
                        IPAddressValue released = reader.Address();
                        if (!book.DeleteLease(released))
                        {
                            throw new FormatException("It releases " + released + ", which has no lease.");
                        }

                        break;
                    default:
                        throw new FormatException("A change has an unknown kind.");
                }

                CheckChange(reader, data, from, i);
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("Bytes follow the last change.");
            }
        }

        /// <summary>Reads the checksum that ends change <paramref name="number"/> (from 0), which began at <paramref name="from"/>, and checks it.</summary>
        private static void CheckChange(ByteReader reader, byte[] data, int from, int number)
        {
            uint expected = Crc32.Compute(data, from, reader.Position - from);
            if (reader.UInt32() != expected)
            {
                throw new FormatException("Change " + (number + 1) + " fails its checksum.");
            }
        }
    }
}
