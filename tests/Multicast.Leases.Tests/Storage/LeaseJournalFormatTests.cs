using System;
using System.Linq;
using System.Text;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>The journal's bytes: CRC-32, the header, records, and where a torn tail ends and damage begins.</summary>
    public sealed class LeaseJournalFormatTests
    {
        private const string Store = "/stores/leases.json";
        private const string Journal = "/stores/leases.json.journal";
        private static readonly DateTime Now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        private static readonly SnapshotIdentity Snapshot = new SnapshotIdentity(7, new Guid("0123456789abcdef0123456789abcdef"));
        private static readonly MulticastAddressPool Pool = MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"));

        [Theory]
        [InlineData("", 0x00000000u)]
        [InlineData("a", 0xE8B7BE43u)]
        [InlineData("123456789", 0xCBF43926u)] // the CRC-32/ISO-HDLC check value
        [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
        public void Crc32IsTheZipOne(string text, uint crc)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.Equal(crc, Crc32.Compute(bytes, 0, bytes.Length));
            for (int split = 0; split <= bytes.Length; split++)
            {
                Assert.Equal(crc, Crc32.Compute(bytes, split, bytes.Length - split, Crc32.Compute(bytes, 0, split)));
            }
        }

        [Fact]
        public void TheHeaderNamesTheSnapshotAndEndsWithItsCrc()
        {
            byte[] header = LeaseJournalFormat.Header(Snapshot);
            Assert.Equal(LeaseJournalFormat.HeaderLength, header.Length);
            Assert.Equal("MCLEASEJ", Encoding.ASCII.GetString(header, 0, 8));
            Assert.Equal(new byte[] { 2, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0 }, header.Skip(8).Take(12));
            Assert.Equal(Snapshot, LeaseJournalFormat.ReadHeader(header, header.Length, Store, Journal, out uint crc, out int version));
            Assert.Equal(2, version);
            Assert.Equal(Crc32.Compute(header, 0, 40), crc);
            Assert.Equal(crc, LeaseJournalFormat.LastCrc(header));
        }

        [Fact]
        public void RecordsReplayEveryKindOfChangeInOrder()
        {
            var written = new LeaseBook();
            written.BeginTransaction(recordChanges: true);
            written.SavePool(Pool);
            written.SaveLease(Lease("239.192.0.1", "équipe \"vidéo\""));
            written.SaveLease(Lease("239.192.0.2"));
            written.DeleteLease(AddressParser.Parse("239.192.0.1"));
            written.SavePool(Pool.With(defaultDuration: TimeSpan.FromHours(3)));
            written.SaveLease(Lease("239.192.0.2").Renewed(Now.AddDays(2)));
            byte[] first = LeaseJournalFormat.Record(written.Changes, 1, 99);
            Assert.Equal(6, written.Changes.Count);

            written.BeginTransaction(recordChanges: true);
            written.DeleteLease(AddressParser.Parse("239.192.0.2"));
            written.DeletePool("VIDEO");
            byte[] second = LeaseJournalFormat.Record(written.Changes, 2, LeaseJournalFormat.LastCrc(first));

            var replayed = new LeaseBook();
            JournalPosition after = LeaseJournalFormat.Replay(first, 0, first.Length, new JournalPosition(44, 1, 99), replayed, 2, 0, false, Store, Journal).End;
            Assert.Equal((44L + first.Length, 2L, LeaseJournalFormat.LastCrc(first)), (after.Offset, after.NextSequence, after.Crc));
            Assert.Equal(TimeSpan.FromHours(3), replayed.FindPool("video")!.DefaultDurationValue);
            LeaseRecord lease = replayed.Leases.Single();
            Assert.Equal("239.192.0.2", lease.Address.ToString());
            Assert.Equal(Now.AddDays(2), lease.EndUtc);
            Assert.Same(replayed.FindPool("video")!.Name, lease.Pool);

            LeaseJournalFormat.Replay(second, 0, second.Length, after, replayed, 2, 0, false, Store, Journal);
            Assert.Empty(replayed.Leases);
            Assert.Empty(replayed.Pools);
        }

        [Fact]
        public void EveryCutOfTheLastRecordAndAnyZerosAfterItAreATornWrite()
        {
            (byte[] journal, int firstEnds) = TwoRecords();
            for (int cut = firstEnds + 1; cut < journal.Length; cut++)
            {
                JournalTail tail = Replay(journal.Take(cut).ToArray(), firstEnds, 0, out string[] groups)!;
                Assert.Equal(new[] { "239.192.0.1" }, groups);
                Assert.Equal(JournalTailKind.Torn, tail.Kind);
                Assert.Equal(44 + firstEnds, tail.Offset);
                Assert.Equal(cut - firstEnds, tail.Bytes.Length);
            }

            Assert.Null(Replay(journal, journal.Length, 0, out string[] all));
            Assert.Equal(new[] { "239.192.0.1", "239.192.0.2" }, all);
            foreach (int zeros in new[] { 1, 15, 16, 17, 500 })
            {
                Assert.Equal(JournalTailKind.Torn, Replay(journal.Concat(new byte[zeros]).ToArray(), journal.Length, 0, out string[] both)!.Kind);
                Assert.Equal(2, both.Length);
            }
        }

        [Fact]
        public void EveryCutOfARecordTheStoreAcknowledgedIsDamage()
        {
            // The commit mark says the journal ended after the second record: cut anywhere in it, it was lost, not torn.
            (byte[] journal, int firstEnds) = TwoRecords();
            for (int cut = firstEnds; cut < journal.Length; cut++)
            {
                JournalTail tail = Replay(journal.Take(cut).ToArray(), firstEnds, 44 + journal.Length, out string[] groups)!;
                Assert.Equal(new[] { "239.192.0.1" }, groups);
                Assert.Equal(JournalTailKind.Damaged, tail.Kind);
                Assert.Contains("acknowledged records up to byte " + (44 + journal.Length), tail.Reason);
            }
        }

        [Fact]
        public void EveryDamagedByteOfTheLastRecordIsADamagedRecordNeverATornWrite()
        {
            // Whole on disk, it may have been flushed and acknowledged: whatever byte is wrong, it is not dropped as torn.
            (byte[] journal, int firstEnds) = TwoRecords();
            int readable = 0;
            for (int at = firstEnds; at < journal.Length; at++)
            {
                byte[] damaged = (byte[])journal.Clone();
                damaged[at] ^= 0xFF;
                JournalTail tail = Replay(damaged, firstEnds, 0, out string[] groups)!;
                Assert.Equal(new[] { "239.192.0.1" }, groups);
                Assert.Equal(JournalTailKind.Damaged, tail.Kind);
                Assert.Equal(journal.Length - firstEnds, tail.Bytes.Length);
                if (tail.Changes != null)
                {
                    // Every change's own checksum holds: what it reads as is what was written.
                    readable++;
                    Assert.Equal(new[] { "239.192.0.2" }, tail.Groups!.Select(g => g.ToString()));
                }
            }

            // Damage in the record's header or its own checksum leaves its changes readable; in a change, not.
            Assert.InRange(readable, 1, journal.Length - firstEnds - 1);
        }

        [Fact]
        public void EveryDamagedByteBeforeTheLastRecordStopsTheReplayThere()
        {
            (byte[] journal, int firstEnds) = TwoRecords();
            for (int at = 0; at < firstEnds; at++)
            {
                byte[] damaged = (byte[])journal.Clone();
                damaged[at] ^= 0xFF;
                var book = new LeaseBook();
                try
                {
                    JournalReplay replay = LeaseJournalFormat.Replay(damaged, 0, damaged.Length, new JournalPosition(44, 1, 99), book, 2, 0, false, Store, Journal);
                    Assert.Equal(JournalTailKind.Damaged, replay.Tail!.Kind);
                    Assert.Equal(44, replay.End.Offset);
                    Assert.Empty(book.Leases);
                }
                catch (LeaseStoreException error)
                {
                    Assert.Equal("LeaseStoreCorrupt", error.ErrorId);
                    Assert.Contains("record 1 of its journal " + Journal + ", at byte 44, ", error.Message);
                }
            }
        }

        [Fact]
        public void ALengthOutOfRangeUnderAGoodHeaderCrcIsDamage()
        {
            var record = new byte[LeaseJournalFormat.RecordOverhead + 1];
            record[0] = 0xFF;
            record[3] = 0x7F;
            record[4] = 1;
            uint crc = Crc32.Compute(record, 0, 12, 99);
            for (int i = 0; i < 4; i++)
            {
                record[12 + i] = (byte)(crc >> (8 * i));
            }

            byte[] journal = record.Concat(LeaseJournalFormat.Record(new[] { LeaseChange.SavePool(Pool) }, 2, 0)).ToArray();
            JournalTail tail = LeaseJournalFormat.Replay(journal, 0, journal.Length, new JournalPosition(44, 1, 99), new LeaseBook(), 2, 0, false, Store, Journal).Tail!;
            Assert.Equal(JournalTailKind.Damaged, tail.Kind);
            Assert.Contains("impossible length", tail.Reason);
        }

        private static LeaseRecord Lease(string address, string owner = "app") => new LeaseRecord(AddressParser.Parse(address), "video", owner, Now, Now.AddDays(1));

        /// <summary>A record that makes the pool and leases 239.192.0.1, and one that leases 239.192.0.2; where the first ends.</summary>
        private static (byte[] Journal, int FirstEnds) TwoRecords()
        {
            byte[] first = LeaseJournalFormat.Record(new[] { LeaseChange.SavePool(Pool), LeaseChange.SaveLease(Lease("239.192.0.1")) }, 1, 99);
            byte[] second = LeaseJournalFormat.Record(new[] { LeaseChange.SaveLease(Lease("239.192.0.2")) }, 2, LeaseJournalFormat.LastCrc(first));
            return (first.Concat(second).ToArray(), first.Length);
        }

        /// <summary>What follows the sound records of <paramref name="journal"/>, checking that they end at <paramref name="validEnd"/>; <paramref name="groups"/> are those leased.</summary>
        private static JournalTail? Replay(byte[] journal, int validEnd, long acknowledgedEnd, out string[] groups)
        {
            var book = new LeaseBook();
            JournalReplay replay = LeaseJournalFormat.Replay(journal, 0, journal.Length, new JournalPosition(44, 1, 99), book, 2, acknowledgedEnd, false, Store, Journal);
            Assert.Equal(44 + validEnd, replay.End.Offset);
            groups = book.Leases.Select(l => l.Address.ToString()).OrderBy(a => a, StringComparer.Ordinal).ToArray();
            return replay.Tail;
        }

        private static byte[] Flip(byte[] data, int bit)
        {
            byte[] copy = (byte[])data.Clone();
            copy[bit / 8] ^= (byte)(1 << (bit % 8));
            return copy;
        }
    }
}
