using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// One pool's leases as a version 3 snapshot holds them, left in the snapshot's bytes: fixed-size entries
    /// sorted by the group's offset in the pool, each 28 bytes: offset (u32), owner (u32 string index), start,
    /// end (UTC ticks, 8 bytes each), client (u32: 0 for none, else 1 + client index). A lookup is a binary
    /// search; a lease becomes an object only when asked for. So a process's first request reads a 100,000-lease
    /// store without making 100,000 objects (bench/README.md).
    /// </summary>
    internal sealed class SnapshotLeases
    {
        public const int EntryLength = 28;

        private readonly byte[] _data;
        private readonly int _start;
        private readonly IPAddressValue _network;
        private readonly string _pool;
        private readonly string[] _owners;
        private readonly ClientIdentifier[] _clients;

        public SnapshotLeases(byte[] data, int start, int count, MulticastAddressPool pool, string[] owners, ClientIdentifier[] clients)
        {
            _data = data;
            _start = start;
            Count = count;
            _network = pool.PrefixValue.Network;
            _pool = pool.Name;
            _owners = owners;
            _clients = clients;
        }

        public int Count { get; }

        /// <summary>The entry of the group at <paramref name="offset"/>, or -1.</summary>
        public int IndexOf(ulong offset)
        {
            int low = 0, high = Count - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                uint at = OffsetAt(middle);
                if (offset < at)
                {
                    high = middle - 1;
                }
                else if (offset > at)
                {
                    low = middle + 1;
                }
                else
                {
                    return middle;
                }
            }

            return -1;
        }

        public uint OffsetAt(int index) => LeaseJournalFormat.GetUInt32(_data, _start + (index * EntryLength));

        public IPAddressValue AddressAt(int index) => AddressMath.Add(_network, OffsetAt(index));

        public long EndTicksAt(int index) => (long)LeaseJournalFormat.GetUInt64(_data, _start + (index * EntryLength) + 16);

        public LeaseRecord LeaseAt(int index)
        {
            int at = _start + (index * EntryLength);
            uint client = LeaseJournalFormat.GetUInt32(_data, at + 24);
            return new LeaseRecord(
                AddressMath.Add(_network, LeaseJournalFormat.GetUInt32(_data, at)),
                _pool,
                _owners[LeaseJournalFormat.GetUInt32(_data, at + 4)],
                new DateTime((long)LeaseJournalFormat.GetUInt64(_data, at + 8), DateTimeKind.Utc),
                new DateTime((long)LeaseJournalFormat.GetUInt64(_data, at + 16), DateTimeKind.Utc),
                client == 0 ? null : _clients[client - 1]);
        }

        /// <summary>
        /// Checks every entry as the format requires, making no object: offsets inside the pool and rising (so no
        /// group twice), string and client indexes that exist, times in range and each lease ending after it starts.
        /// </summary>
        public void Check(ulong span)
        {
            long previous = -1;
            for (int i = 0; i < Count; i++)
            {
                int at = _start + (i * EntryLength);
                uint offset = LeaseJournalFormat.GetUInt32(_data, at);
                ulong start = LeaseJournalFormat.GetUInt64(_data, at + 8), end = LeaseJournalFormat.GetUInt64(_data, at + 16);
                if (offset <= previous || offset >= span)
                {
                    throw new FormatException("Pool '" + _pool + "' has a lease outside it, twice, or out of order.");
                }

                if (LeaseJournalFormat.GetUInt32(_data, at + 4) >= (uint)_owners.Length || LeaseJournalFormat.GetUInt32(_data, at + 24) > (uint)_clients.Length)
                {
                    throw new FormatException("A lease of pool '" + _pool + "' names an owner or a client the file does not have.");
                }

                if (start > (ulong)DateTime.MaxValue.Ticks || end > (ulong)DateTime.MaxValue.Ticks || end <= start)
                {
                    throw new FormatException("A lease of pool '" + _pool + "' has a time out of range, or ends before it starts.");
                }

                previous = offset;
            }
        }

        /// <summary>Writes <paramref name="leases"/> of <paramref name="pool"/>, sorted, as entries.</summary>
        public static void Write(ByteWriter writer, MulticastAddressPool pool, List<LeaseRecord> leases, Func<string, int> owner, Func<ClientIdentifier, int> client)
        {
            leases.Sort((a, b) => a.Address.CompareTo(b.Address));
            writer.VarUInt((ulong)leases.Count);
            foreach (LeaseRecord lease in leases)
            {
                pool.TryGetOffset(lease.Address, out ulong offset);
                writer.UInt32((uint)offset);
                writer.UInt32((uint)owner(lease.Owner));
                writer.UInt64((ulong)lease.StartUtc.Ticks);
                writer.UInt64((ulong)lease.EndUtc.Ticks);
                writer.UInt32(lease.ClientId is null ? 0u : (uint)client(lease.ClientId) + 1);
            }
        }
    }
}
