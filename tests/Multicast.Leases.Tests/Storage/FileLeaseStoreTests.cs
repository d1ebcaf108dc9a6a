using System;
using System.IO;
using System.Linq;
using System.Text;
using Multicast.LeaseStress.FaultInjection;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public sealed class FileLeaseStoreTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-store-" + Guid.NewGuid().ToString("N"));
        private readonly TestClock _clock = new TestClock();

        private string StorePath => Path.Combine(_folder, "sub", "leases.json");

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private LeaseService Service(TimeSpan? lockTimeout = null) => _clock.Service(new FileLeaseStore(StorePath, lockTimeout));

        [Fact]
        public void ReadingAStoreThatDoesNotExistCreatesNothing()
        {
            Assert.Empty(Service().GetPools());
            Assert.Empty(Service().GetLeases(includeExpired: true));
            Assert.False(Directory.Exists(_folder));
        }

        [Fact]
        public void EverythingSurvivesARoundTrip()
        {
            LeaseService writer = Service();
            writer.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"), new[] { IPPrefix.Parse("239.192.7.0/24") }, TimeSpan.FromMinutes(90), excludeFloodedMac: true));
            writer.CreatePool(MulticastAddressPool.Create("ssm6", IPPrefix.Parse("ff3e::/96")));
            writer.Request("video", "équipe \"vidéo\"\\ops", AddressParser.Parse("239.192.10.20"));
            writer.Request("ssm6", "app", AddressParser.Parse("ff3e::8000:1"), TimeSpan.FromDays(3650));

            LeaseService reader = Service();
            MulticastAddressPool video = reader.GetPools().Single(p => p.Name == "video");
            Assert.Equal("239.192.7.0/24", video.Exclusions.Single().ToString());
            Assert.Equal(TimeSpan.FromMinutes(90), video.DefaultDurationValue);
            Assert.True(video.ExcludeFloodedMac);
            Assert.Equal(1, video.ActiveLeases);
            var leases = reader.GetLeases().ToList();
            Assert.Equal(new[] { "239.192.10.20", "ff3e::8000:1" }, leases.Select(l => l.ToString()));
            Assert.Equal("équipe \"vidéo\"\\ops", leases[0].Owner);
            Assert.Equal(_clock.UtcNow, leases[0].Start.ToUniversalTime());
            Assert.Equal(_clock.UtcNow.AddDays(3650), leases[1].End.ToUniversalTime());
            byte[] snapshot = File.ReadAllBytes(StorePath);
            Assert.Equal("MCLEASES", Encoding.ASCII.GetString(snapshot, 0, 8));
            Assert.True(LeaseSnapshotFormat.TryReadIdentity(snapshot, snapshot.Length, out SnapshotIdentity identity));
            Assert.Equal(1, identity.Generation);
            Assert.True(File.Exists(StorePath + ".journal"));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(StorePath)!, "*.tmp"));
        }

        [Fact]
        public void AFailedChangeWritesNothing()
        {
            Service().CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            Service().Request("video", "app");
            DateTime written = File.GetLastWriteTimeUtc(StorePath), journalWritten = File.GetLastWriteTimeUtc(StorePath + ".journal");
            byte[] before = File.ReadAllBytes(StorePath), journal = File.ReadAllBytes(StorePath + ".journal");
            Assert.Throws<LeaseException>(() => Service().CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.193.0.0/16"))));
            Assert.Throws<InvalidOperationException>(() => Service().Store.Update<int>(t =>
            {
                t.DeleteLease(t.Leases.Single().Address);
                throw new InvalidOperationException("changed my mind");
            }));
            Assert.Single(Service().GetLeases());
            Assert.Single(Service().GetPools());
            Assert.Equal(before, File.ReadAllBytes(StorePath));
            Assert.Equal(journal, File.ReadAllBytes(StorePath + ".journal"));
            Assert.Equal(written, File.GetLastWriteTimeUtc(StorePath));
            Assert.Equal(journalWritten, File.GetLastWriteTimeUtc(StorePath + ".journal"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("not json")]
        [InlineData("[]")]
        [InlineData("{\"format\": \"something-else\", \"version\": 1, \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [], \"leases\": [], \"extra\": 1}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"generation\": 1, \"snapshotId\": \"0123456789abcdef0123456789abcdef\", \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 2, \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 2, \"generation\": 0, \"snapshotId\": \"0123456789abcdef0123456789abcdef\", \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 2, \"generation\": 1, \"snapshotId\": \"00000000000000000000000000000000\", \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 2, \"generation\": 1, \"snapshotId\": \"not an id\", \"pools\": [], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"p\", \"prefix\": \"224.0.0.0/24\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], \"leases\": []}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [], \"leases\": [{\"address\": \"239.1.1.1\", \"pool\": \"p\", \"owner\": \"o\", \"start\": \"2025-01-01T00:00:00.0000000Z\", \"end\": \"2025-01-02T00:00:00.0000000Z\"}]}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"p\", \"prefix\": \"239.1.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], \"leases\": [{\"address\": \"239.1.1.1\", \"pool\": \"p\", \"owner\": \"o\", \"start\": \"2025-01-01T00:00:00.0000000Z\", \"end\": \"2025-01-02T00:00:00.0000000Z\"}, {\"address\": \"239.1.1.1\", \"pool\": \"p\", \"owner\": \"o\", \"start\": \"2025-01-01T00:00:00.0000000Z\", \"end\": \"2025-01-02T00:00:00.0000000Z\"}]}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"p\", \"prefix\": \"239.1.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], \"leases\": [{\"address\": \"239.1.1.1\", \"pool\": \"p\", \"owner\": \"o\", \"start\": \"2025-01-01\", \"end\": \"2025-01-02T00:00:00.0000000Z\"}]}")]
        [InlineData("{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"p\", \"prefix\": \"239.1.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}, {\"name\": \"q\", \"prefix\": \"239.1.4.0/23\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], \"leases\": []}")]
        public void ADamagedStoreIsReportedAndNeverOverwritten(string content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
            File.WriteAllText(StorePath, content);
            var read = Assert.Throws<LeaseStoreException>(() => Service().GetLeases());
            Assert.Equal("LeaseStoreCorrupt", read.ErrorId);
            Assert.Equal(MulticastErrorKind.StoreUnreadable, read.Kind);
            Assert.Contains(StorePath, read.Message);
            Assert.Contains("left unchanged", read.Message);

            var write = Assert.Throws<LeaseStoreException>(() => Service().CreatePool(MulticastAddressPool.Create("new", IPPrefix.Parse("239.2.0.0/16"))));
            Assert.Equal("LeaseStoreCorrupt", write.ErrorId);
            Assert.Equal(content, File.ReadAllText(StorePath));
        }

        [Fact]
        public void AByteOrderMarkIsNotContent()
        {
            // What Windows PowerShell 5.1's Set-Content -Encoding UTF8 writes, in the first (JSON) format.
            Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
            File.WriteAllText(StorePath, "{\"format\": \"multicast-leases\", \"version\": 1, \"pools\": [{\"name\": \"video\", \"prefix\": \"239.192.0.0/16\", \"exclusions\": [], \"defaultLeaseSeconds\": 3600, \"excludeFloodedMac\": false}], \"leases\": []}", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(0xEF, File.ReadAllBytes(StorePath)[0]);
            Assert.Equal("video", Service().GetPools().Single().Name);
        }

        [Fact]
        public void InvalidUtf8IsDamage()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
            File.WriteAllBytes(StorePath, new byte[] { 0x7B, 0xC3, 0x28, 0x7D });
            Assert.Equal("LeaseStoreCorrupt", Assert.Throws<LeaseStoreException>(() => Service().GetPools()).ErrorId);
        }

        [Fact]
        public void ANewerFormatIsReportedAndNeverOverwritten()
        {
            const string Newer = "{\"format\": \"multicast-leases\", \"version\": 3, \"whatever\": {\"comes\": \"next\"}}";
            Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
            File.WriteAllText(StorePath, Newer);
            var error = Assert.Throws<LeaseStoreException>(() => Service().CreatePool(MulticastAddressPool.Create("new", IPPrefix.Parse("239.2.0.0/16"))));
            Assert.Equal("LeaseStoreNewerFormat", error.ErrorId);
            Assert.Contains("version 3", error.Message);
            Assert.Equal(Newer, File.ReadAllText(StorePath));
        }

        [Fact]
        public void AHeldLockTimesOutWithAClearError()
        {
            Service().CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            using (new FileStream(StorePath + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var error = Assert.Throws<LeaseStoreException>(() => Service(TimeSpan.FromMilliseconds(300)).Request("video", "app"));
                Assert.Equal("LeaseStoreLockTimeout", error.ErrorId);
                Assert.Equal(MulticastErrorKind.Timeout, error.Kind);
                Assert.Contains("0.3 seconds", error.Message);
                Assert.InRange(clock.ElapsedMilliseconds, 300, 5000);
            }

            Assert.Single(Service().Request("video", "app").Leases);
        }

        [Fact]
        public void AbandonedTemporaryFilesAreCleanedUpByTheNextWriter()
        {
            Service().CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            string abandoned = StorePath + ".0123456789ab.tmp";
            File.WriteAllText(abandoned, "{\"half\": ");
            Assert.Empty(Service().GetLeases());
            Assert.True(File.Exists(abandoned));
            Service().Request("video", "app");
            Assert.False(File.Exists(abandoned));
        }

        [Fact]
        public void EveryChangeToTheDiskGoesThroughTheFileSystemSeam()
        {
            // The steps the crash tests stop at: an append is one write and one flush; a compaction writes, flushes
            // and puts in place a snapshot, then an empty journal. Then the commit mark. A read changes nothing.
            var files = new FaultyFileSystem();
            var service = new LeaseService(new FileLeaseStore(StorePath, null, new StoreViewCache(1), files));
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            Assert.Equal(
                new[] { "mkdir sub", "create leases.json.lock", "create leases.json.*.tmp", "write leases.json.*.tmp 200", "flush leases.json.*.tmp", "replace leases.json", "create leases.json.journal.*.tmp", "write leases.json.journal.*.tmp 44", "flush leases.json.journal.*.tmp", "replace leases.json.journal", "write leases.json.lock 44" },
                files.Steps.Select(s => System.Text.RegularExpressions.Regex.Replace(s, @"(\.json\.\*\.tmp) \d+$", "$1 200")));
            int before = files.Steps.Count;
            service.Request("video", "app");
            Assert.Equal(new[] { "write leases.json.journal", "flush leases.json.journal", "write leases.json.lock" }, files.Steps.Skip(before).Select(s => s.Split(' ')[0] + " " + s.Split(' ')[1]));
            before = files.Steps.Count;
            service.GetLeases();
            Assert.Equal(before, files.Steps.Count);
        }

        [Fact]
        public void AStoreFolderThatCannotBeMadeIsUnavailable()
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllText(Path.Combine(_folder, "sub"), "a file where the folder should be");
            var error = Assert.Throws<LeaseStoreException>(() => Service().CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"))));
            Assert.Equal("LeaseStoreUnavailable", error.ErrorId);
            Assert.Equal(MulticastErrorKind.StoreUnavailable, error.Kind);
        }
    }
}
