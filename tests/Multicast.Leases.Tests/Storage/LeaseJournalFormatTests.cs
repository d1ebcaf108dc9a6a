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
            Assert.Equal(new byte[] { 1, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0 }, header.Skip(8).Take(12));
            Assert.Equal(Snapshot, LeaseJournalFormat.ReadHeader(header, header.Length, Store, Journal, out uint crc));
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
            JournalPosition after = LeaseJournalFormat.Replay(first, 0, first.Length, new JournalPosition(44, 1, 99), replayed, Store, Journal);
            Assert.Equal((44L + first.Length, 2L, LeaseJournalFormat.LastCrc(first)), (after.Offset, after.NextSequence, after.Crc));
            Assert.Equal(TimeSpan.FromHours(3), replayed.FindPool("video")!.DefaultDuration);
            LeaseRecord lease = replayed.Leases.Single();
            Assert.Equal("239.192.0.2", lease.Address.ToString());
            Assert.Equal(Now.AddDays(2), lease.EndUtc);
            Assert.Same(replayed.FindPool("video")!.Name, lease.Pool);

            LeaseJournalFormat.Replay(second, 0, second.Length, after, replayed, Store, Journal);
            Assert.Empty(replayed.Leases);
            Assert.Empty(replayed.Pools);
        }

        [Fact]
        public void EveryCutOfTheLastRecordAndAnyZerosAfterItAreATornTail()
        {
            (byte[] journal, int firstEnds) = TwoRecords();
            for (int cut = firstEnds; cut < journal.Length; cut++)
            {
                Assert.Equal(new[] { "239.192.0.1" }, Replay(journal.Take(cut).ToArray(), firstEnds));
            }

            Assert.Equal(new[] { "239.192.0.1", "239.192.0.2" }, Replay(journal, journal.Length));
            foreach (int zeros in new[] { 1, 15, 16, 17, 500 })
            {
                Assert.Equal(2, Replay(journal.Concat(new byte[zeros]).ToArray(), journal.Length).Length);
            }
        }

        [Fact]
        public void EveryFlippedBitInTheLastRecordMakesItATornTailUnlessItIsInTheLength()
        {
            (byte[] journal, int firstEnds) = TwoRecords();
            for (int bit = firstEnds * 8; bit < journal.Length * 8; bit++)
            {
                byte[] damaged = Flip(journal, bit);
                if (bit < (firstEnds + 4) * 8)
                {
                    // A bad header cannot say where the record ends: it might not be the last.
                    Assert.Contains("record 2 of its journal " + Journal + ", at byte " + (44 + firstEnds) + ", has a damaged header", Assert.Throws<LeaseStoreException>(() => Replay(damaged, 0)).Message);
                }
                else
                {
                    Assert.Equal(new[] { "239.192.0.1" }, Replay(damaged, firstEnds));
                }
            }
        }

        [Fact]
        public void EveryFlippedBitBeforeTheLastRecordIsDamage()
        {
            (byte[] journal, int firstEnds) = TwoRecords();
            int second = journal.Length - firstEnds;
            Assert.NotEqual(0, second & (second - 1)); // a flipped length bit cannot make the first record end where the file does
            for (int bit = 0; bit < firstEnds * 8; bit++)
            {
                LeaseStoreException error = Assert.Throws<LeaseStoreException>(() => Replay(Flip(journal, bit), 0));
                Assert.Equal("LeaseStoreCorrupt", error.ErrorId);
                Assert.Contains("record 1 of its journal " + Journal + ", at byte 44, ", error.Message);
            }
        }

        [Fact]
        public void ALengthOutOfRangeUnderAGoodHeaderCrcIsDamage()
        {
            var record = new byte[LeaseJournalFormat.RecordOverhead + 1];
            record[0] = 1;
            record[4] = 1;
            uint crc = Crc32.Compute(record, 0, 12, 99);
            for (int i = 0; i < 4; i++)
            {
                record[12 + i] = (byte)(crc >> (8 * i));
            }

            byte[] journal = record.Concat(LeaseJournalFormat.Record(new[] { LeaseChange.SavePool(Pool) }, 2, 0)).ToArray();
            Assert.Contains("has an impossible length", Assert.Throws<LeaseStoreException>(() => LeaseJournalFormat.Replay(journal, 0, journal.Length, new JournalPosition(44, 1, 99), new LeaseBook(), Store, Journal)).Message);
        }

        private static LeaseRecord Lease(string address, string owner = "app") => new LeaseRecord(AddressParser.Parse(address), "video", owner, Now, Now.AddDays(1));

        /// <summary>A record that makes the pool and leases 239.192.0.1, and one that leases 239.192.0.2; where the first ends.</summary>
        private static (byte[] Journal, int FirstEnds) TwoRecords()
        {
            byte[] first = LeaseJournalFormat.Record(new[] { LeaseChange.SavePool(Pool), LeaseChange.SaveLease(Lease("239.192.0.1")) }, 1, 99);
            byte[] second = LeaseJournalFormat.Record(new[] { LeaseChange.SaveLease(Lease("239.192.0.2")) }, 2, LeaseJournalFormat.LastCrc(first));
            return (first.Concat(second).ToArray(), first.Length);
        }

        /// <summary>The groups leased after replaying <paramref name="journal"/>; checks that the valid records end at <paramref name="validEnd"/>.</summary>
        private static string[] Replay(byte[] journal, int validEnd)
        {
            var book = new LeaseBook();
            JournalPosition end = LeaseJournalFormat.Replay(journal, 0, journal.Length, new JournalPosition(44, 1, 99), book, Store, Journal);
            Assert.Equal(44 + validEnd, end.Offset);
            return book.Leases.Select(l => l.Address.ToString()).OrderBy(a => a, StringComparer.Ordinal).ToArray();
        }

        private static byte[] Flip(byte[] data, int bit)
        {
            byte[] copy = (byte[])data.Clone();
            copy[bit / 8] ^= (byte)(1 << (bit % 8));
            return copy;
        }
    }
}
