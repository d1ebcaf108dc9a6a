using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Multicast.Leases.Storage;
using Multicast.LeaseStress.FaultInjection;

namespace Multicast.Leases.Tests
{
    /// <summary>What a MADCAP server needs of the store: client identifiers, later start times, lookups, and group commit.</summary>
    public sealed class ServerApiTests : IDisposable
    {
        private readonly TestClock _clock = new TestClock();
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-server-" + Guid.NewGuid().ToString("N"));
        private static readonly ClientIdentifier Client = new ClientIdentifier(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 });

        private string StorePath => Path.Combine(_folder, "leases.json");

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private LeaseService Memory()
        {
            LeaseService service = _clock.Service(new MemoryLeaseStore());
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"), defaultDuration: TimeSpan.FromHours(8)));
            return service;
        }

        [Theory]
        [InlineData(0, false)]
        [InlineData(1, true)]
        [InlineData(255, true)]
        [InlineData(256, false)]
        public void AClientIdentifierHasOneTo255Bytes(int length, bool valid)
        {
            Func<ClientIdentifier> make = () => new ClientIdentifier(Enumerable.Repeat((byte)0xAB, length).ToArray());
            if (valid)
            {
                ClientIdentifier id = make();
                Assert.Equal(length, id.Length);
                Assert.Equal(new string('a', 0) + string.Concat(Enumerable.Repeat("ab", length)), id.ToString());
                Assert.Equal(id, ClientIdentifier.Parse(id.ToString().ToUpperInvariant()));
            }
            else
            {
                Assert.Throws<ArgumentOutOfRangeException>(make);
            }
        }

        [Fact]
        public void ClientIdentifiersCompareByteForByte()
        {
            var bytes = new byte[] { 1, 2, 3 };
            var id = new ClientIdentifier(bytes);
            bytes[0] = 9; // the identifier keeps its own copy
            Assert.Equal(new ClientIdentifier(new byte[] { 1, 2, 3 }), id);
            Assert.Equal(new ClientIdentifier(new byte[] { 1, 2, 3 }).GetHashCode(), id.GetHashCode());
            Assert.NotEqual(new ClientIdentifier(new byte[] { 1, 2, 3, 0 }), id);
            Assert.NotEqual(new ClientIdentifier(new byte[] { 1, 2, 4 }), id);
            Assert.Throws<FormatException>(() => ClientIdentifier.Parse("abc"));
            Assert.Throws<FormatException>(() => ClientIdentifier.Parse("zz"));
        }

        [Fact]
        public void AClientsLeaseIsFoundRenewedAndReleasedWholeByItsIdentifier()
        {
            LeaseService service = Memory();
            service.Request("video", "other", count: 20);
            LeaseResult leased = service.Request(new LeaseRequest("video", "madcap") { Count = 3, ClientId = Client });
            Assert.All(leased.Leases, l => Assert.Equal(Client, l.ClientIdValue));
            Assert.Equal(leased.Leases.Select(l => l.ToString()), service.FindLeases(Client).Select(l => l.ToString()));
            Assert.Equal(Client, service.FindLease(leased.Leases[0].Record.Address)!.ClientIdValue);
            Assert.Null(service.FindLease(AddressParser.Parse("239.192.255.1")));

            var taken = Assert.Throws<LeaseException>(() => service.Request(new LeaseRequest("video", "madcap") { ClientId = new ClientIdentifier(Client.ToArray()) }));
            Assert.Equal("LeaseClientIdInUse", taken.ErrorId);
            Assert.Equal(MulticastErrorKind.Conflict, taken.Kind);

            _clock.Advance(TimeSpan.FromHours(1));
            LeaseResult renewed = service.Renew(Client, TimeSpan.FromHours(2));
            Assert.Equal(3, renewed.Leases.Count);
            Assert.All(renewed.Leases, l => Assert.Equal(_clock.UtcNow.AddHours(2), l.End.ToUniversalTime()));

            LeaseResult released = service.Release(Client);
            Assert.Equal(new[] { LeaseState.Released, LeaseState.Released, LeaseState.Released }, released.Leases.Select(l => l.StateValue));
            Assert.Empty(service.FindLeases(Client));
            Assert.Equal(20, service.GetLeases().Count);
            Assert.Equal("LeaseClientNotFound", Assert.Throws<MulticastNotFoundException>(() => service.Release(Client)).ErrorId);
            Assert.Equal("LeaseClientNotFound", Assert.Throws<MulticastNotFoundException>(() => service.Renew(Client)).ErrorId);
        }

        [Fact]
        public void ALeaseThatStartsLaterHoldsItsGroupFromNow()
        {
            LeaseService service = Memory();
            IPAddressValue group = AddressParser.Parse("239.192.1.1");
            DateTime start = _clock.UtcNow.AddHours(1);
            MulticastAddressLease lease = service.Request(new LeaseRequest("video", "madcap") { Address = group, StartUtc = start, Duration = TimeSpan.FromHours(2) }).Leases.Single();
            Assert.Equal(LeaseState.Scheduled, lease.StateValue);
            Assert.Equal(start, lease.Start.ToUniversalTime());
            Assert.Equal(start.AddHours(2), lease.End.ToUniversalTime());
            Assert.Equal("LeaseAddressTaken", Assert.Throws<LeaseException>(() => service.Request("video", "other", group)).ErrorId);

            _clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(LeaseState.Active, service.FindLease(group)!.StateValue);
            _clock.Advance(TimeSpan.FromHours(2));
            Assert.Equal(LeaseState.Expired, service.FindLease(group)!.StateValue);

            // A start that has passed is now; a local time is refused.
            MulticastAddressLease past = service.Request(new LeaseRequest("video", "madcap") { StartUtc = _clock.UtcNow.AddDays(-1) }).Leases.Single();
            Assert.Equal(_clock.UtcNow, past.Start.ToUniversalTime());
            Assert.Throws<ArgumentException>(() => service.Request(new LeaseRequest("video", "madcap") { StartUtc = DateTime.Now }));
        }

        [Theory]
        [InlineData(null)]
        [InlineData(0L)]
        public void AFileStoreKeepsClientsAndStartTimesInItsJournalAndItsSnapshot(long? journalLimit)
        {
            // No limit: the lease is in a journal record; 0: every change compacts, so it is in the snapshot.
            var writer = _clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1)) { JournalLimit = journalLimit });
            writer.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            writer.Request("video", "other", count: 5);
            DateTime start = _clock.UtcNow.AddHours(2);
            var leased = writer.Request(new LeaseRequest("video", "madcap") { Count = 2, ClientId = Client, StartUtc = start, Duration = TimeSpan.FromHours(1) }).Leases;
            writer.Release(AddressParser.Parse(writer.Request("video", "gone").Leases[0].ToString()));

            LeaseService reader = _clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1)));
            IReadOnlyList<MulticastAddressLease> found = reader.FindLeases(new ClientIdentifier(Client.ToArray()));
            Assert.Equal(leased.Select(l => l.ToString()).OrderBy(g => g), found.Select(l => l.ToString()).OrderBy(g => g));
            Assert.All(found, l => Assert.Equal(start, l.Start.ToUniversalTime()));
            Assert.All(found, l => Assert.Equal(LeaseState.Scheduled, l.StateValue));
            Assert.Equal(7, reader.GetLeases().Count);
            Assert.Equal(Client, reader.FindLease(found[0].Record.Address)!.ClientIdValue);
            reader.Release(Client);
            Assert.Empty(_clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1))).FindLeases(Client));
        }

        [Fact]
        public void RequestsCommittedTogetherSucceedOrFailEachAlone()
        {
            LeaseService service = Memory();
            var outcomes = service.RequestEach(new[]
            {
                new LeaseRequest("video", "a"),
                new LeaseRequest("audio", "b"),
                new LeaseRequest("video", "c") { Count = 2 },
                new LeaseRequest("video", " "),
            });
            Assert.Equal(new[] { true, false, true, false }, outcomes.Select(o => o.Succeeded));
            Assert.Equal("PoolNotFound", ((MulticastException)outcomes[1].Error!).ErrorId);
            Assert.Equal("LeaseOwnerInvalid", ((MulticastException)outcomes[3].Error!).ErrorId);
            Assert.Throws<MulticastNotFoundException>(() => outcomes[1].Value);
            Assert.Equal(2, outcomes[2].Value.Leases.Count);
            Assert.Equal(3, service.GetLeases().Count);
        }

        [Fact]
        public void ABatchIsOneJournalAppendAndOneFlush()
        {
            var files = new FaultyFileSystem();
            LeaseService service = _clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1), files));
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            int before = files.Steps.Count;
            var outcomes = service.RequestEach(Enumerable.Range(0, 10).Select(i => new LeaseRequest(i == 4 ? "audio" : "video", "app" + i)).ToList());
            Assert.Equal(9, outcomes.Count(o => o.Succeeded));
            Assert.Equal(new[] { "write leases.json.journal", "flush leases.json.journal", "write leases.json.lock" }, files.Steps.Skip(before).Select(s => s.Split(' ')[0] + " " + s.Split(' ')[1]));
            Assert.Equal(9, _clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1))).GetLeases().Count);
        }

        [Fact]
        public void ABatchThatCannotBeWrittenAcknowledgesNone()
        {
            var files = new FaultyFileSystem();
            LeaseService service = _clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1), files));
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            files.FaultAt = files.Steps.Count + 2; // the flush
            files.Fault = FaultKind.Fail;
            var outcomes = service.RequestEach(new[] { new LeaseRequest("video", "a"), new LeaseRequest("audio", "b"), new LeaseRequest("video", "c") });
            Assert.Equal("LeaseStoreUnavailable", ((MulticastException)outcomes[0].Error!).ErrorId);
            Assert.Equal("PoolNotFound", ((MulticastException)outcomes[1].Error!).ErrorId);
            Assert.Equal("LeaseStoreUnavailable", ((MulticastException)outcomes[2].Error!).ErrorId);
            Assert.Empty(_clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1))).GetLeases());
            Assert.Empty(service.GetLeases());
        }

        [Fact]
        public async Task ThreadsThatWaitForACommitAreCommittedTogether()
        {
            // The first commit's flush is held until five more requests queue behind it: they go in one more
            // append and flush, and each thread returns only after its own commit.
            var gate = new GatedFileSystem();
            var store = new FileLeaseStore(StorePath, null, new StoreViewCache(1), gate);
            LeaseService service = _clock.Service(store);
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            gate.Hold = true;
            Task<LeaseResult> first = Task.Run(() => service.Request("video", "first"));
            Assert.True(gate.Held.Wait(TimeSpan.FromSeconds(30)), "The first commit never reached its flush.");
            Task<LeaseResult>[] waiting = Enumerable.Range(0, 5).Select(i => Task.Run(() => service.Request("video", "next" + i))).ToArray();
            Assert.True(SpinWait.SpinUntil(() => store.Queued == 5, TimeSpan.FromSeconds(30)), "The requests never queued.");
            Assert.All(waiting, t => Assert.False(t.IsCompleted));
            gate.Hold = false;
            gate.Release.Set();
            LeaseResult[] results = await Task.WhenAll(waiting.Append(first)).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(2, gate.JournalFlushes);
            Assert.Equal(6, results.Select(r => r.Leases[0].ToString()).Distinct().Count());
            Assert.Equal(6, _clock.Service(new FileLeaseStore(StorePath, null, new StoreViewCache(1))).GetLeases().Count);
        }

        /// <summary>The disk, with the journal's flush held at a gate while <see cref="Hold"/> is set.</summary>
        private sealed class GatedFileSystem : IStoreFileSystem
        {
            private readonly IStoreFileSystem _disk = DiskFileSystem.Instance;
            private int _journalFlushes;

            public volatile bool Hold;

            public ManualResetEventSlim Held { get; } = new ManualResetEventSlim();

            public ManualResetEventSlim Release { get; } = new ManualResetEventSlim();

            public int JournalFlushes => _journalFlushes;

            public Stream Open(string path, FileMode mode, FileAccess access, FileShare share) => _disk.Open(path, mode, access, share);

            public void FlushToDisk(Stream stream)
            {
                _disk.FlushToDisk(stream);
                if (((FileStream)stream).Name.EndsWith(".journal", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _journalFlushes);
                    if (Hold)
                    {
                        Held.Set();
                        Release.Wait();
                    }
                }
            }

            public void Replace(string temporary, string target) => _disk.Replace(temporary, target);

            public void Delete(string path) => _disk.Delete(path);

            public bool FileExists(string path) => _disk.FileExists(path);

            public bool DirectoryExists(string path) => _disk.DirectoryExists(path);

            public void CreateDirectory(string path) => _disk.CreateDirectory(path);

            public string[] GetFiles(string folder, string pattern) => _disk.GetFiles(folder, pattern);
        }
    }
}
