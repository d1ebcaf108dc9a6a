using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The snapshot file, version 3: binary, so that a process's first read of 100,000 leases costs
    /// milliseconds (bench/README.md). Fields as <see cref="BinaryLeaseCodec"/> writes them:
    /// <code>
    /// "MCLEASES", version (u32), generation (u64), snapshot ID (16 bytes)
    /// the number of leases
    /// strings:  count, then each (pool names and owners, each once)
    /// pools:    count, then each pool
    /// leases:   for each pool in that order: count, then each lease: address, owner (string index), start, end, client identifier
    /// held:     count, then each group held in quarantine: address, note, and the lease it reads as: 0, or 1 then address, pool, owner (strings), start, end, client identifier
    /// CRC-32 of everything before
    /// </code>
    /// Versions 1 and 2 were JSON (<see cref="LeaseFileFormat"/>); they are still read, and the first change
    /// to such a store writes version 3. Reading is strict: any check that fails makes the whole file unreadable.
    /// </summary>
    internal static class LeaseSnapshotFormat
    {
        public const int Version = 3;

        /// <summary>Magic, version, generation and ID: what <see cref="TryReadIdentity"/> reads.</summary>
        public const int HeadLength = 36;

        private static readonly byte[] Magic = Encoding.ASCII.GetBytes("MCLEASES");

        /// <summary>True when <paramref name="data"/> begins as a binary snapshot does (of any version).</summary>
        public static bool IsBinary(byte[] data, int count) => LeaseFileFormat.StartsWith(data, count, 0, Magic);

        public static byte[] Write(LeaseBook book, SnapshotIdentity identity)
        {
            var writer = new ByteWriter(1024 + (28 * book.LeaseCount));
            writer.Bytes(Magic, 0, Magic.Length);
            writer.UInt32(Version);
            writer.UInt64((ulong)identity.Generation);
            writer.Bytes(identity.Id.ToByteArray(), 0, 16);

            var pools = new List<MulticastAddressPool>(book.Pools);
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            var table = new List<string>();
            int Index(string text)
            {
                if (!strings.TryGetValue(text, out int index))
                {
                    strings[text] = index = table.Count;
                    table.Add(text);
                }

                return index;
            }

            var owners = new List<int>(book.LeaseCount);
            foreach (MulticastAddressPool pool in pools)
            {
                foreach (LeaseRecord lease in book.LeasesInPool(pool.Name))
                {
                    owners.Add(Index(lease.Owner));
                }
            }

            writer.VarUInt((ulong)owners.Count);
            writer.VarUInt((ulong)table.Count);
            foreach (string text in table)
            {
                writer.String(text);
            }

            writer.VarUInt((ulong)pools.Count);
            foreach (MulticastAddressPool pool in pools)
            {
                BinaryLeaseCodec.WritePool(writer, pool);
            }

            int next = 0;
            foreach (MulticastAddressPool pool in pools)
            {
                var leases = new List<LeaseRecord>(book.LeasesInPool(pool.Name));
                writer.VarUInt((ulong)leases.Count);
                foreach (LeaseRecord lease in leases)
                {
                    writer.Address(lease.Address);
                    writer.VarUInt((ulong)owners[next++]);
                    BinaryLeaseCodec.WriteTimesAndClient(writer, lease);
                }
            }

            writer.VarUInt((ulong)book.Held.Count);
            foreach (HeldGroup held in book.Held.Values)
            {
                writer.Address(held.Address);
                writer.String(held.Note);
                if (held.AsRead is null)
                {
                    writer.Byte(0);
                }
                else
                {
                    writer.Byte(1);
                    writer.Address(held.AsRead.Address);
                    writer.String(held.AsRead.Pool);
                    writer.String(held.AsRead.Owner);
                    BinaryLeaseCodec.WriteTimesAndClient(writer, held.AsRead);
                }
            }

            writer.UInt32(Crc32.Compute(writer.Buffer, 0, writer.Length));
            return writer.ToArray();
        }

        /// <summary>The generation and ID from the first <see cref="HeadLength"/> bytes of a version 3 file; false for anything else.</summary>
        public static bool TryReadIdentity(byte[] head, int count, out SnapshotIdentity identity)
        {
            identity = default;
            if (count < HeadLength || !IsBinary(head, count) || LeaseJournalFormat.GetUInt32(head, 8) != Version)
            {
                return false;
            }

            var id = new byte[16];
            Array.Copy(head, 20, id, 0, 16);
            ulong generation = LeaseJournalFormat.GetUInt32(head, 12) | ((ulong)LeaseJournalFormat.GetUInt32(head, 16) << 32);
            identity = new SnapshotIdentity((long)generation, new Guid(id));
            return generation > 0 && generation <= long.MaxValue;
        }

        /// <summary>Reads a whole version 3 file, or throws LeaseStoreCorrupt or LeaseStoreNewerFormat naming <paramref name="path"/>.</summary>
        public static LeaseBook Read(byte[] data, int count, string path, out SnapshotIdentity identity)
        {
            uint version = count >= 12 ? LeaseJournalFormat.GetUInt32(data, 8) : 0;
            if (version > Version)
            {
                throw LeaseFileFormat.Newer(path, path, version, Version);
            }

            if (!TryReadIdentity(data, count, out identity) || count < HeadLength + 4)
            {
                throw LeaseFileFormat.Corrupt(path, "its first bytes are not those of a snapshot");
            }

            if (Crc32.Compute(data, 0, count - 4) != LeaseJournalFormat.GetUInt32(data, count - 4))
            {
                throw LeaseFileFormat.Corrupt(path, "it fails its checksum (" + count.ToString(CultureInfo.InvariantCulture) + " bytes)");
            }

            try
            {
                var reader = new ByteReader(data, HeadLength, count - 4);
                reader.Count(); // the number of leases, which each pool's count gives again
                var book = new LeaseBook();
                var table = new string[reader.Count()];
                for (int i = 0; i < table.Length; i++)
                {
                    table[i] = reader.String();
                }

                var checkedOwner = new bool[table.Length];
                var pools = new MulticastAddressPool[reader.Count()];
                for (int i = 0; i < pools.Length; i++)
                {
                    book.SavePool(pools[i] = BinaryLeaseCodec.ReadPool(reader, book, replacing: false));
                }

                foreach (MulticastAddressPool pool in pools)
                {
                    int leases = reader.Count();
                    book.Reserve(pool.Name, leases);
                    IPPrefix prefix = pool.Prefix;
                    for (int i = 0; i < leases; i++)
                    {
                        IPAddressValue address = reader.Address();
                        ulong owner = reader.VarUInt();
                        if (owner >= (ulong)table.Length)
                        {
                            throw new FormatException("A lease names a string the file does not have.");
                        }

                        if (!checkedOwner[owner])
                        {
                            LeaseRules.CheckOwner(table[owner]);
                            checkedOwner[owner] = true;
                        }

                        DateTime start = LeaseChecks.Time(reader.Int64()), end = LeaseChecks.Time(reader.Int64());
                        ClientIdentifier? clientId = BinaryLeaseCodec.ReadClient(reader);
                        if (!prefix.Contains(address) || end <= start || !book.TryLoad(new LeaseRecord(address, pool.Name, table[owner], start, end, clientId)))
                        {
                            throw new FormatException("The lease on " + address + " is outside pool '" + pool.Name + "' (" + prefix + "), ends before it starts, or appears twice.");
                        }
                    }
                }

                int held = reader.Count();
                for (int i = 0; i < held; i++)
                {
                    IPAddressValue address = reader.Address();
                    string note = reader.String();
                    LeaseRecord? asRead = null;
                    if (reader.Byte() == 1)
                    {
                        IPAddressValue leased = reader.Address();
                        string pool = reader.String(), owner = reader.String();
                        DateTime start = LeaseChecks.Time(reader.Int64()), end = LeaseChecks.Time(reader.Int64());
                        asRead = new LeaseRecord(leased, pool, owner, start, end, BinaryLeaseCodec.ReadClient(reader));
                    }

                    book.Hold(new HeldGroup(address, note, asRead));
                }

                if (!reader.AtEnd)
                {
                    throw new FormatException("Bytes follow the held groups.");
                }

                return book;
            }
            catch (Exception exception) when (exception is FormatException || exception is MulticastException || exception is ArgumentException)
            {
                throw LeaseFileFormat.Corrupt(path, exception.Message);
            }
        }
    }
}
