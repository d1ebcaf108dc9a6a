using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The snapshot file, version 3: binary, so that a process's first read of 100,000 leases costs
    /// milliseconds (bench/README.md): the leases stay in the file's bytes, found by binary search, and become
    /// objects only when asked for. Fields as <see cref="BinaryLeaseCodec"/> writes them:
    /// <code>
    /// "MCLEASES", version (u32), generation (u64), snapshot ID (16 bytes)
    /// the number of leases
    /// owners:   count, then each, once
    /// clients:  count, then each client identifier, once
    /// pools:    count, then each pool
    /// leases:   for each pool in that order: count, then fixed-size entries sorted by group (<see cref="SnapshotLeases"/>)
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

            var clients = new Dictionary<ClientIdentifier, int>();
            var clientTable = new List<ClientIdentifier>();
            var byPool = new List<List<LeaseRecord>>();
            int total = 0;
            foreach (MulticastAddressPool pool in pools)
            {
                var leases = new List<LeaseRecord>(book.LeasesInPool(pool.Name));
                foreach (LeaseRecord lease in leases)
                {
                    Index(lease.Owner);
                    if (lease.ClientId != null && !clients.ContainsKey(lease.ClientId))
                    {
                        clients[lease.ClientId] = clientTable.Count;
                        clientTable.Add(lease.ClientId);
                    }
                }

                byPool.Add(leases);
                total += leases.Count;
            }

            writer.VarUInt((ulong)total);
            writer.VarUInt((ulong)table.Count);
            foreach (string text in table)
            {
                writer.String(text);
            }

            writer.VarUInt((ulong)clientTable.Count);
            foreach (ClientIdentifier client in clientTable)
            {
                writer.Byte((byte)client.Length);
                writer.Bytes(client.ToArray(), 0, client.Length);
            }

            writer.VarUInt((ulong)pools.Count);
            foreach (MulticastAddressPool pool in pools)
            {
                BinaryLeaseCodec.WritePool(writer, pool);
            }

            for (int i = 0; i < pools.Count; i++)
            {
                SnapshotLeases.Write(writer, pools[i], byPool[i], text => strings[text], client => clients[client]);
            }

            writer.VarUInt((ulong)book.Held.Count);
            foreach (HeldGroup held in book.Held.Values)
            {
                writer.Address(held.AddressValue);
                writer.String(held.Note);
                if (held.AsReadValue is null)
                {
                    writer.Byte(0);
                }
                else
                {
                    writer.Byte(1);
                    writer.Address(held.AsReadValue.Address);
                    writer.String(held.AsReadValue.Pool);
                    writer.String(held.AsReadValue.Owner);
                    BinaryLeaseCodec.WriteTimesAndClient(writer, held.AsReadValue);
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

                foreach (string owner in table)
                {
                    LeaseRules.CheckOwner(owner);
                }

                var clients = new ClientIdentifier[reader.Count()];
                for (int i = 0; i < clients.Length; i++)
                {
                    clients[i] = BinaryLeaseCodec.ReadClient(reader) ?? throw new FormatException("A client identifier is empty.");
                }

                var pools = new MulticastAddressPool[reader.Count()];
                for (int i = 0; i < pools.Length; i++)
                {
                    book.SavePool(pools[i] = BinaryLeaseCodec.ReadPool(reader, book, replacing: false));
                }

                foreach (MulticastAddressPool pool in pools)
                {
                    int entries = reader.Count();
                    var leases = new SnapshotLeases(data, reader.Position, entries, pool, table, clients);
                    reader.Skip((long)entries * SnapshotLeases.EntryLength);
                    leases.Check(pool.Span);
                    book.Load(pool.Name, leases);
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
