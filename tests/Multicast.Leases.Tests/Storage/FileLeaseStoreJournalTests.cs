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
                Assert.InRange(JournalLength() - journal, 40, 80);
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
            LeaseService a = NewStore(Process(journalLimit: 600)), b = Service(Process(), seed: 2), c = Service(Process(), seed: 3);
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

            // The commit mark says the store had acknowledged more: a writer stops rather than write over the loss.
            LeaseService b = Service(Process(), seed: 2);
            LeaseStoreException error = Assert.Throws<LeaseStoreException>(() => b.Request("video", "bbbb", AddressParser.Parse("239.192.1.6")));
            Assert.Equal("LeaseStoreCorrupt", error.ErrorId);
            Assert.Contains("acknowledged records up to byte " + length, error.Message);
            Assert.Equal(RemedyKind.RepairStore, error.Remedy!.Kind);
            Assert.Equal(backup, File.ReadAllBytes(JournalPath));

            // A person who accepts the loss repairs the store; both processes then go on from the records that are left.
            Process().Repair(RepairDecision.Release);
            b.Request("video", "bbbb", AddressParser.Parse("239.192.1.6"));
            Assert.Equal(Groups(b), Groups(a));
            Assert.DoesNotContain(a.GetLeases(), l => l.Owner == "lost");
        }

        [Fact]
        public void TheJournalIsCompactedOnceItWouldOutgrowTheSnapshotAndOneMebibyte()
        {
            LeaseService service = NewStore();
            service.CreatePool(MulticastAddressPool.Create("wide", IPPrefix.Parse("239.0.0.0/14")));
            service.Request("wide", "app", count: 15000); // about 0.5 MiB: appended
            Assert.Equal(1, Generation());
            service.Request("wide", "app", count: 20000); // the journal would pass 1 MiB: compacted
            Assert.Equal(2, Generation());
            Assert.Equal(LeaseJournalFormat.HeaderLength, JournalLength());
            long snapshot = new FileInfo(StorePath).Length;
            Assert.InRange(snapshot, 0.5 * (1 << 20), 1 << 20);

            service.Request("wide", "app", count: 20000); // under 1 MiB of journal, though more than the snapshot: appended
            Assert.Equal(2, Generation());
            Assert.InRange(JournalLength(), snapshot / 2, 1 << 20);
            service.Request("wide", "app", count: 15000);
            Assert.Equal(3, Generation());
            Assert.Equal(70000, Groups(Service(Process())).Count);
        }

        [Theory]
        [InlineData("cut in half", 2)]
        [InlineData("zeros after it", 52)]
        public void ATornWriteIsIgnoredThenQuarantinedAndCutOffByTheNextWriter(string tail, int survivors)
        {
            // The last record leases 50 groups, so that a short record written over it would leave most of it behind.
            LeaseService service = NewStore();
            var groups = new List<string>();
            groups.Add(service.Request("video", "app").Leases[0].ToString());
            groups.Add(service.Request("video", "app").Leases[0].ToString());
            long secondEnds = JournalLength();
            byte[] mark = File.ReadAllBytes(StorePath + ".lock");
            groups.AddRange(service.Request("video", "app", count: 50).Leases.Select(l => l.ToString()));
            long thirdEnds = JournalLength();
            using (var journal = new FileStream(JournalPath, FileMode.Open))
            {
                if (tail == "cut in half")
                {
                    // Never acknowledged: the power failed before the flush, and the commit mark is the one before.
                    journal.SetLength(secondEnds + ((thirdEnds - secondEnds) / 2));
                    File.WriteAllBytes(StorePath + ".lock", mark);
                }
                else
                {
                    journal.Position = thirdEnds;
                    journal.Write(new byte[100], 0, 100);
                }
            }

            // A reader ignores it, holds nothing, and leaves the file alone.
            byte[] torn = File.ReadAllBytes(JournalPath);
            LeaseService reader = Service(Process());
            Assert.Equal(groups.Take(survivors).OrderBy(g => g, StringComparer.Ordinal), Groups(reader));
            Assert.Empty(Process().GetHeldGroups());
            Assert.Equal(0, reader.GetPools().Single().HeldGroups);
            Assert.Equal(torn, File.ReadAllBytes(JournalPath));

            // The next writer keeps its bytes in the quarantine file, then appends after the last whole record.
            long validEnds = survivors == 2 ? secondEnds : thirdEnds;
            Service(Process(), seed: 2).Request("video", "next");
            Assert.InRange(JournalLength() - validEnds, 40, 80);
            string quarantine = File.ReadAllText(StorePath + ".quarantine");
            Assert.Contains("a torn write, never acknowledged", quarantine);
            Assert.Contains(Convert.ToBase64String(torn.Skip((int)validEnds).ToArray()), quarantine);
            Service(Process(), seed: 3).Request("video", "next");
            Assert.Equal(survivors + 2, Groups(Service(Process())).Count);
            Assert.Equal(survivors + 2, Groups(service).Count);
        }

        [Fact]
        public void EveryCutOfTheLastAcknowledgedRecordStopsTheStoreUntilItIsRepaired()
        {
            byte[][] files = Template(out long lastStarts, out _);
            for (long cut = lastStarts; cut < files[1].Length; cut++)
            {
                Lay(files);
                File.WriteAllBytes(JournalPath, files[1].Take((int)cut).ToArray());
                byte[] journal = File.ReadAllBytes(JournalPath);
                LeaseStoreException error = Assert.Throws<LeaseStoreException>(() => Service(Process()).GetPools());
                Assert.Equal("LeaseStoreCorrupt", error.ErrorId);
                Assert.Contains("acknowledged records up to byte " + files[1].Length, error.Message);
                Assert.Throws<LeaseStoreException>(() => Service(Process()).Request("video", "b"));
                Assert.Equal(journal, File.ReadAllBytes(JournalPath));
            }

            // The repair step keeps what was left of the record and goes on without it.
            Assert.Empty(Process().Repair(RepairDecision.Release));
            Assert.Contains("a damaged record", File.ReadAllText(StorePath + ".quarantine"));
            Assert.Equal(2, Groups(Service(Process())).Count);
            Service(Process()).Request("video", "b");
        }

        [Fact]
        public void EveryDamagedByteOfTheLastRecordHoldsItsGroupsOrStopsTheStore()
        {
            byte[][] files = Template(out long lastStarts, out IReadOnlyList<string> lastGroups);
            int held = 0;
            for (long at = lastStarts; at < files[1].Length; at++)
            {
                Lay(files);
                byte[] journal = (byte[])files[1].Clone();
                journal[at] ^= 0xFF;
                File.WriteAllBytes(JournalPath, journal);
                LeaseService reader = Service(Process());
                IReadOnlyList<MulticastAddressPool> pools;
                try
                {
                    pools = reader.GetPools();
                }
                catch (LeaseStoreException error)
                {
                    // What it changed cannot be read: nothing is leased until a person repairs the store.
                    Assert.Equal("LeaseStoreCorrupt", error.ErrorId);
                    Assert.Contains("may hold any group", error.Message);
                    Assert.Throws<LeaseStoreException>(() => reader.Request("video", "b"));
                    Assert.Equal(journal, File.ReadAllBytes(JournalPath));
                    continue;
                }

                // Readable (the damage is outside its changes, each of which has a checksum of its own): exactly the
                // groups it leases are held, shown, and never leased; the store goes on for the rest.
                held++;
                Assert.Equal(2, pools.Single().ActiveLeases);
                Assert.Equal(3, pools.Single().HeldGroups);
                Assert.Equal(lastGroups.OrderBy(g => g), Process().GetHeldGroups().Select(h => h.Address.ToString()).OrderBy(g => g));
                foreach (HeldGroup group in Process().GetHeldGroups())
                {
                    // A damaged address may read as a group outside the pool: that one no request can get anyway.
                    MulticastException refused = Assert.IsAssignableFrom<MulticastException>(Record.Exception(() => reader.Request("video", "b", group.AddressValue)));
                    Assert.Equal(IPPrefix.Parse("239.192.0.0/16").Contains(group.AddressValue) ? "LeaseAddressQuarantined" : "LeaseAddressNotInPool", refused.ErrorId);
                }

                Assert.Equal(journal, File.ReadAllBytes(JournalPath));
                reader.Request("video", "b");
                Assert.Contains(Convert.ToBase64String(journal.Skip((int)lastStarts).ToArray()), File.ReadAllText(StorePath + ".quarantine"));
                Assert.Equal(pools.Single().HeldGroups, Service(Process()).GetPools().Single().HeldGroups);
            }

            Assert.InRange(held, 1, files[1].Length - lastStarts - 1);

            // Restored, the record's leases come back as it reads; released, its groups are free.
            Lay(files);
            byte[] crcDamaged = (byte[])files[1].Clone();
            crcDamaged[crcDamaged.Length - 1] ^= 0x01; // the record's own checksum: its changes' still hold
            File.WriteAllBytes(JournalPath, crcDamaged);
            Assert.Equal(lastGroups.OrderBy(g => g), Process().GetHeldGroups().Select(h => h.Address.ToString()).OrderBy(g => g));
            Assert.Equal(3, Process().Repair(RepairDecision.Restore).Count);
            Assert.Equal(5, Groups(Service(Process())).Count);
            Assert.Empty(Process().GetHeldGroups());
        }

        /// <summary>A store of two one-group records and a last one of three groups: its files (snapshot, journal, lock) and where the last record starts.</summary>
        private byte[][] Template(out long lastStarts, out IReadOnlyList<string> lastGroups)
        {
            LeaseService service = NewStore();
            service.Request("video", "a");
            service.Request("video", "a");
            lastStarts = JournalLength();
            lastGroups = service.Request("video", "a", count: 3).Leases.Select(l => l.ToString()).ToList();
            return new[] { File.ReadAllBytes(StorePath), File.ReadAllBytes(JournalPath), File.ReadAllBytes(StorePath + ".lock") };
        }

        /// <summary>Lays <paramref name="files"/> down as the store, with no quarantine file.</summary>
        private void Lay(byte[][] files)
        {
            File.WriteAllBytes(StorePath, files[0]);
            File.WriteAllBytes(JournalPath, files[1]);
            File.WriteAllBytes(StorePath + ".lock", files[2]);
            File.Delete(StorePath + ".quarantine");
        }

        [Theory]
        [InlineData("payload", "fails its checksum")]
        [InlineData("length", "header fails its checksum")]
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
            journal[8] = 3;
            File.WriteAllBytes(JournalPath, journal);
            AssertUnreadableAndUntouched("LeaseStoreNewerFormat", "The journal " + JournalPath + " of the lease store " + StorePath + " has format version 3", "this one reads version 2");
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
        public void ASecondFormatStoreWithItsJsonJournalIsReadAndBecomesVersion3AtItsFirstChange()
        {
            // Written as the module before this one wrote it: a JSON snapshot (version 2) and a journal of JSON records (version 1).
            Directory.CreateDirectory(_folder);
            var identity = new SnapshotIdentity(4, Guid.NewGuid());
            File.WriteAllText(StorePath, "{\n  \"format\": \"multicast-leases\",\n  \"version\": 2,\n  \"generation\": 4,\n  \"snapshotId\": \"" + identity.Id.ToString("N")
                + "\",\n  \"pools\": [\n    {\"name\": \"video\", \"prefix\": \"239.192.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 86400, \"excludeFloodedMac\": false}\n  ],\n  \"leases\": []\n}\n");
            byte[] head = File.ReadAllBytes(StorePath);
            Assert.True(LeaseFileFormat.TryReadIdentity(head, head.Length, out SnapshotIdentity read));
            Assert.Equal(identity, read);

            byte[] header = LeaseJournalFormat.Header(identity);
            header[8] = 1;
            LeaseJournalFormat.PutUInt32(header, 40, Crc32.Compute(header, 0, 40));
            byte[] payload = System.Text.Encoding.UTF8.GetBytes("[{\"saveLease\": {\"address\": \"239.192.1.1\", \"pool\": \"video\", \"owner\": \"old\", \"start\": \"2025-01-01T00:00:00.0000000Z\", \"end\": \"2030-01-01T00:00:00.0000000Z\"}}]");
            byte[] record = LeaseJournalFormat.Record(payload, 1, LeaseJournalFormat.LastCrc(header));
            File.WriteAllBytes(JournalPath, header.Concat(record).ToArray());

            Assert.Equal(new[] { "239.192.1.1" }, Groups(Service(Process())));
            Service(Process()).Request("video", "new");
            Assert.Equal(5, Generation());
            Assert.Equal(2, Service(Process()).GetLeases().Count);
            Assert.Equal("MCLEASES", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(StorePath), 0, 8));
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
            Assert.True(LeaseSnapshotFormat.TryReadIdentity(head, head.Length, out SnapshotIdentity identity));
            return identity.Generation;
        }

        private SnapshotIdentity Header()
        {
            byte[] journal = File.ReadAllBytes(JournalPath);
            return LeaseJournalFormat.ReadHeader(journal, journal.Length, StorePath, JournalPath, out _, out _);
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
