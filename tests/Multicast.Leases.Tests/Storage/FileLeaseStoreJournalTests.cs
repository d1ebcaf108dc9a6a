using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>
    /// The file store's journal and compactions. Each <see cref="Process"/> store has a cache of its own, as a
    /// separate process would: what one writes, the others must notice, whichever way it was committed.
    /// </summary>
    public sealed class FileLeaseStoreJournalTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-journal-" + Guid.NewGuid().ToString("N"));
        private readonly TestClock _clock = new TestClock();

        private string StorePath => Path.Combine(_folder, "leases.json");

        private string JournalPath => StorePath + ".journal";

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Fact]
        public void ChangesAreAppendedToTheJournalAndTheSnapshotIsLeftAlone()
        {
            LeaseService service = NewStore();
            byte[] snapshot = File.ReadAllBytes(StorePath);
            long journal = JournalLength();
            Assert.Equal(LeaseJournalFormat.HeaderLength, journal);
            for (int i = 0; i < 5; i++)
            {
                service.Request("video", "app");
                Assert.InRange(JournalLength() - journal, 150, 250);
                journal = JournalLength();
            }

            service.Store.Update(transaction => transaction.Leases.Count());
            Assert.Equal(journal, JournalLength());
            Assert.Equal(snapshot, File.ReadAllBytes(StorePath));
            Assert.Equal(5, Groups(service).Count);
            Assert.Equal(Groups(service), Groups(Service(Process())));
        }

        [Fact]
        public void EachProcessSeesTheOthersAppendsAndCompactions()
        {
            // a compacts every ten or so requests; b and c only append.
            LeaseService a = NewStore(Process(journalLimit: 2000)), b = Service(Process(), seed: 2), c = Service(Process(), seed: 3);
            var expected = new List<string>();
            for (int round = 0; round < 30; round++)
            {
                foreach (LeaseService service in new[] { a, b, c })
                {
                    expected.Add(service.Request("video", "app").Leases[0].ToString());
                }

                LeaseException taken = Assert.Throws<LeaseException>(() => b.Request("video", "other", AddressParser.Parse(expected[expected.Count - 1])));
                Assert.Equal("LeaseAddressTaken", taken.ErrorId);
                a.Release(AddressParser.Parse(expected[expected.Count - 2]));
                expected.RemoveAt(expected.Count - 2);
                foreach (LeaseService service in new[] { a, b, c })
                {
                    Assert.Equal(expected.OrderBy(g => g, StringComparer.Ordinal), Groups(service));
                }
            }

            Assert.InRange(Generation(), 5, 100);
            Assert.Equal(expected.OrderBy(g => g, StringComparer.Ordinal), Groups(Service(Process())));
        }

        [Fact]
        public void AProcessNoticesAJournalThatWasRestoredAndWrittenAgain()
        {
            // The records a process applied must still be there: the CRC that ended them is checked each time.
            LeaseService a = NewStore();
            for (int i = 0; i < 3; i++)
            {
                a.Request("video", "app");
            }

            // Records of the same length as those lost, so that the journal ends where the process stopped reading.
            byte[] backup = File.ReadAllBytes(JournalPath);
            a.Request("video", "lost", AddressParser.Parse("239.192.1.4"));
            a.Request("video", "lost", AddressParser.Parse("239.192.1.5"));
            long length = JournalLength();
            File.WriteAllBytes(JournalPath, backup);
            LeaseService b = Service(Process(), seed: 2);
            b.Request("video", "bbbb", AddressParser.Parse("239.192.1.6"));
            b.Request("video", "bbbb", AddressParser.Parse("239.192.1.7"));
            Assert.Equal(length, JournalLength());
            Assert.Equal(Groups(b), Groups(a));
            Assert.DoesNotContain(a.GetLeases(), l => l.Owner == "lost");
        }

        [Fact]
        public void TheJournalIsCompactedOnceItWouldOutgrowTheSnapshotAndOneMebibyte()
        {
            LeaseService service = NewStore();
            service.Request("video", "app", count: 3000); // about 0.5 MiB: appended
            Assert.Equal(1, Generation());
            service.Request("video", "app", count: 6000); // the journal would pass 1 MiB: compacted
            Assert.Equal(2, Generation());
            Assert.Equal(LeaseJournalFormat.HeaderLength, JournalLength());
            long snapshot = new FileInfo(StorePath).Length;
            Assert.InRange(snapshot, 1.2 * (1 << 20), 2 << 20);

            service.Request("video", "app", count: 7000); // the snapshot is larger than 1 MiB now, and so may the journal be
            Assert.Equal(2, Generation());
            Assert.InRange(JournalLength(), 1 << 20, snapshot);
            service.Request("video", "app", count: 2000);
            Assert.Equal(3, Generation());
            Assert.Equal(18000, Groups(Service(Process())).Count);
        }

        [Theory]
        [InlineData("cut in half", 2)]
        [InlineData("checksum fails", 2)]
        [InlineData("zeros after it", 52)]
        public void ATornLastRecordIsIgnoredAndCutOffByTheNextWriter(string tail, int survivors)
        {
            // The last record leases 50 groups (8 KB), so that a short record written over it would leave most of it behind.
            LeaseService service = NewStore();
            var groups = new List<string>();
            groups.Add(service.Request("video", "app").Leases[0].ToString());
            groups.Add(service.Request("video", "app").Leases[0].ToString());
            long secondEnds = JournalLength();
            groups.AddRange(service.Request("video", "app", count: 50).Leases.Select(l => l.ToString()));
            long thirdEnds = JournalLength();
            using (var journal = new FileStream(JournalPath, FileMode.Open))
            {
                switch (tail)
                {
                    case "cut in half":
                        journal.SetLength(secondEnds + ((thirdEnds - secondEnds) / 2));
                        break;
                    case "checksum fails":
                        journal.Position = thirdEnds - 20;
                        journal.WriteByte((byte)'#');
                        break;
                    default:
                        journal.Position = thirdEnds;
                        journal.Write(new byte[100], 0, 100);
                        break;
                }
            }

            // A reader that never saw the record ignores it and leaves the file alone.
            byte[] damaged = File.ReadAllBytes(JournalPath);
            Assert.Equal(groups.Take(survivors).OrderBy(g => g, StringComparer.Ordinal), Groups(Service(Process())));
            Assert.Equal(damaged, File.ReadAllBytes(JournalPath));

            // The next writer appends after the last whole record, cutting off the rest.
            long validEnds = survivors == 2 ? secondEnds : thirdEnds;
            Service(Process(), seed: 2).Request("video", "next");
            Assert.InRange(JournalLength() - validEnds, 150, 250);
            Service(Process(), seed: 3).Request("video", "next");
            Assert.Equal(survivors + 2, Groups(Service(Process())).Count);
            Assert.Equal(survivors + 2, Groups(service).Count);
        }

        [Theory]
        [InlineData("payload", "fails its checksum")]
        [InlineData("length", "has a damaged header")]
        [InlineData("sequence", "sequence number 5")]
        [InlineData("change", "cannot be applied")]
        public void ADamagedRecordBeforeTheLastIsReportedAndNothingIsWritten(string damage, string reported)
        {
            LeaseService service = NewStore();
            service.Request("video", "app");
            service.Request("video", "app");
            byte[] journal = File.ReadAllBytes(JournalPath);
            const int First = LeaseJournalFormat.HeaderLength;
            switch (damage)
            {
                case "payload":
                    journal[First + 30] ^= 0x01;
                    break;
                case "length":
                    journal[First + 3] = 0x7F;
                    break;
                default:
                    // A record with a good checksum that is out of sequence, or that leases a group outside every pool.
                    var lease = new LeaseRecord(AddressParser.Parse(damage == "sequence" ? "239.192.1.1" : "239.200.1.1"), "video", "x", _clock.UtcNow, _clock.UtcNow.AddHours(1));
                    byte[] record = LeaseJournalFormat.Record(new[] { LeaseChange.SaveLease(lease) }, damage == "sequence" ? 5 : 1, LeaseJournalFormat.GetUInt32(journal, First - 4));
                    journal = journal.Take(First).Concat(record).Concat(journal.Skip(First)).ToArray();
                    break;
            }

            File.WriteAllBytes(JournalPath, journal);
            AssertUnreadableAndUntouched("LeaseStoreCorrupt", reported, "record 1 of its journal " + JournalPath);
        }

        [Fact]
        public void ANewerJournalFormatIsReportedAndNeverOverwritten()
        {
            NewStore().Request("video", "app");
            byte[] journal = File.ReadAllBytes(JournalPath);
            journal[8] = 2;
            File.WriteAllBytes(JournalPath, journal);
            AssertUnreadableAndUntouched("LeaseStoreNewerFormat", "The journal " + JournalPath + " of the lease store " + StorePath + " has format version 2", "this one reads version 1");
        }

        [Theory]
        [InlineData("another store's journal", "continues the snapshot of generation 1")]
        [InlineData("no snapshot", "there is no snapshot file")]
        [InlineData("damaged header", "damaged header")]
        [InlineData("short header", "does not begin with a journal header")]
        [InlineData("not a journal", "does not begin with a journal header")]
        public void AJournalThatDoesNotContinueTheSnapshotIsReported(string damage, string reported)
        {
            NewStore().Request("video", "app");
            byte[] journal = File.ReadAllBytes(JournalPath);
            switch (damage)
            {
                case "another store's journal":
                    var other = new LeaseService(new FileLeaseStore(Path.Combine(_folder, "other.json")));
                    other.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
                    journal = File.ReadAllBytes(Path.Combine(_folder, "other.json.journal"));
                    break;
                case "no snapshot":
                    File.Delete(StorePath);
                    break;
                case "damaged header":
                    journal[25] ^= 0x40;
                    break;
                case "short header":
                    journal = journal.Take(20).ToArray();
                    break;
                default:
                    journal = System.Text.Encoding.ASCII.GetBytes("{\"not\": \"a journal\"}");
                    break;
            }

            File.WriteAllBytes(JournalPath, journal);
            AssertUnreadableAndUntouched("LeaseStoreCorrupt", reported, JournalPath);
        }

        [Fact]
        public void AJournalThatACompactionLeftBehindIsIgnoredThenReplaced()
        {
            LeaseService service = NewStore();
            service.Request("video", "app");
            service.Request("video", "app");
            byte[] obsolete = File.ReadAllBytes(JournalPath);
            Service(Process(journalLimit: 0), seed: 2).Request("video", "compactor");
            Assert.Equal(2, Generation());

            // As if the compactor had died after putting its snapshot in place, before its empty journal.
            File.WriteAllBytes(JournalPath, obsolete);
            Assert.Equal(3, Groups(Service(Process())).Count);
            Assert.Equal(obsolete, File.ReadAllBytes(JournalPath));

            Service(Process(), seed: 3).Request("video", "next");
            Assert.Equal(2, Header().Generation);
            Assert.Equal(4, Groups(Service(Process())).Count);
            Assert.Equal(4, Groups(service).Count);
        }

        [Fact]
        public void AFirstFormatStoreIsReadAndBecomesASnapshotAtItsFirstChange()
        {
            const string Version1 = "{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"p\", \"prefix\": \"239.1.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], "
                + "\"leases\": [{\"address\": \"239.1.1.1\", \"pool\": \"p\", \"owner\": \"first\", \"start\": \"2025-01-01T00:00:00.0000000Z\", \"end\": \"2030-01-02T00:00:00.0000000Z\"}]}";
            Directory.CreateDirectory(_folder);
            File.WriteAllText(StorePath, Version1);
            Assert.Equal(new[] { "239.1.1.1" }, Groups(Service(Process())));
            Assert.Equal(Version1, File.ReadAllText(StorePath));
            Assert.False(File.Exists(JournalPath));

            Service(Process()).Request("p", "second");
            Assert.Equal(1, Generation());
            Assert.Equal(LeaseJournalFormat.HeaderLength, JournalLength());
            var leases = Service(Process()).GetLeases();
            Assert.Equal(new[] { "first", "second" }, leases.Select(l => l.Owner).OrderBy(o => o));
            Assert.Equal(new DateTime(2030, 1, 2, 0, 0, 0, DateTimeKind.Utc), leases.Single(l => l.Owner == "first").End.ToUniversalTime());
        }

        [Fact]
        public void AStoreWrittenAgainByHandIsReadAfreshByAProcessThatKnewIt()
        {
            // What the Pester specs' Write-LeaseStore does: a first-format file in place of the store, its journal removed.
            LeaseService service = NewStore();
            service.Request("video", "app");
            File.WriteAllText(StorePath, "{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"p\", \"prefix\": \"239.1.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], \"leases\": []}");
            Assert.Equal("LeaseStoreCorrupt", Assert.Throws<LeaseStoreException>(() => service.GetPools()).ErrorId);
            File.Delete(JournalPath);
            Assert.Equal("p", service.GetPools().Single().Name);
            Assert.Empty(service.GetLeases());
            service.Request("p", "app");
            Assert.Single(Service(Process()).GetLeases());
        }

        [Fact]
        public void ThreadsOfOneProcessNeverShareAGroup()
        {
            Service(new FileLeaseStore(StorePath)).CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/21")));
            var granted = new List<string>[4];
            Parallel.For(0, granted.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                var service = new LeaseService(new FileLeaseStore(StorePath) { JournalLimit = i == 0 ? 4096 : (long?)null }, new Random(i));
                granted[i] = Enumerable.Range(0, 100).Select(_ => service.Request("video", "thread" + i).Leases[0].ToString()).ToList();
            });

            var all = granted.SelectMany(g => g).ToList();
            Assert.Equal(400, all.Distinct().Count());
            Assert.Equal(all.OrderBy(g => g, StringComparer.Ordinal), Groups(Service(Process())));
        }

        private LeaseService NewStore(FileLeaseStore? store = null)
        {
            LeaseService service = Service(store ?? Process());
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            return service;
        }

        /// <summary>A store as another process would open it: with a cache of its own.</summary>
        private FileLeaseStore Process(long? journalLimit = null) => new FileLeaseStore(StorePath, null, new StoreViewCache(1)) { JournalLimit = journalLimit };

        private LeaseService Service(FileLeaseStore store, int seed = 1) => _clock.Service(store, seed);

        /// <summary>The groups leased, in text order.</summary>
        private static IReadOnlyList<string> Groups(LeaseService service) => service.GetLeases().Select(l => l.ToString()).OrderBy(g => g, StringComparer.Ordinal).ToList();

        private long JournalLength() => new FileInfo(JournalPath).Length;

        private long Generation()
        {
            byte[] head = File.ReadAllBytes(StorePath);
            Assert.True(LeaseFileFormat.TryReadIdentity(head, head.Length, out SnapshotIdentity identity));
            return identity.Generation;
        }

        private SnapshotIdentity Header()
        {
            byte[] journal = File.ReadAllBytes(JournalPath);
            return LeaseJournalFormat.ReadHeader(journal, journal.Length, StorePath, JournalPath, out _);
        }

        /// <summary>Reads and a change fail with <paramref name="errorId"/>, saying what, and neither file changes.</summary>
        private void AssertUnreadableAndUntouched(string errorId, params string[] said)
        {
            byte[]? snapshot = File.Exists(StorePath) ? File.ReadAllBytes(StorePath) : null;
            byte[] journal = File.ReadAllBytes(JournalPath);
            foreach (Action attempt in new Action[] { () => Service(Process()).GetLeases(), () => Service(Process()).Request("video", "x") })
            {
                LeaseStoreException error = Assert.Throws<LeaseStoreException>(attempt);
                Assert.Equal(errorId, error.ErrorId);
                Assert.Equal(MulticastErrorKind.StoreUnreadable, error.Kind);
                Assert.Contains("left unchanged", error.Message);
                foreach (string text in said)
                {
                    Assert.Contains(text, error.Message);
                }
            }

            Assert.Equal(snapshot, File.Exists(StorePath) ? File.ReadAllBytes(StorePath) : null);
            Assert.Equal(journal, File.ReadAllBytes(JournalPath));
        }
    }
}
