using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Multicast.Leases.Storage;
using Multicast.LeaseStress.FaultInjection;

namespace Multicast.Leases.Tests
{
    /// <summary>
    /// Every step of every kind of commit, failed (an IOException: the process goes on), stopped before (the
    /// process dies) or torn (half a write on disk, then the process dies), in process, through the file-system
    /// seam. After each, a process that never read the store sees every lease committed before, and the change
    /// that failed exactly when the files say it committed; the next change then succeeds.
    /// </summary>
    public sealed class FileLeaseStoreFaultTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-faults-" + Guid.NewGuid().ToString("N"));
        private readonly TestClock _clock = new TestClock();

        private string StorePath => Path.Combine(_folder, "leases.json");

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        public static IEnumerable<object[]> Cases() =>
            from commit in new[] { "create", "append", "compaction", "new journal" }
            from fault in new[] { FaultKind.Fail, FaultKind.Stop, FaultKind.Tear }
            select new object[] { commit, fault };

        [Theory]
        [MemberData(nameof(Cases))]
        public void AFaultAtAnyStepLosesNoCommittedChange(string commit, FaultKind fault)
        {
            int step;
            for (step = 1; ; step++)
            {
                if (Directory.Exists(_folder))
                {
                    Directory.Delete(_folder, recursive: true);
                }

                IReadOnlyList<string> committed = Prepare(commit);
                var files = new FaultyFileSystem(step, fault);
                LeaseService victim = Service(Store(files, commit == "compaction" ? 0 : (long?)null));
                bool acknowledged = false, stopped = false;
                string? group = null;
                try
                {
                    group = commit == "create"
                        ? victim.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"))).Name
                        : victim.Request("video", "victim").Leases[0].ToString();
                    acknowledged = true;
                }
                catch (LeaseStoreException exception) when (fault == FaultKind.Fail)
                {
                    Assert.Equal("LeaseStoreUnavailable", exception.ErrorId);
                }
                catch (ProcessStoppedException)
                {
                    stopped = true;
                }

                // A failure that fired resets FaultAt.
                bool fired = fault == FaultKind.Fail ? files.FaultAt == 0 : stopped;
                if (!fired)
                {
                    // The change had fewer steps than this: every step has been tried.
                    Assert.True(acknowledged);
                    break;
                }
                bool reachedFiles = files.Steps.Any(d => d.StartsWith("write leases.json.journal ", StringComparison.Ordinal) || d == "replace leases.json" || d == "replace leases.json.journal");
                string context = commit + " " + fault + " at step " + step + " after " + string.Join(", ", files.Steps);

                // A live process reports what it committed (a failed step undoes a half-written record); a dead one
                // committed its change exactly when that reached the files whole.
                bool there = fault == FaultKind.Fail ? acknowledged : reachedFiles;
                LeaseService cold = Service(Store(null, null));
                IReadOnlyList<string> seen = Groups(cold);
                Assert.True(committed.All(seen.Contains), context);
                if (commit == "create")
                {
                    Assert.True(there == (cold.GetPools().Count == 1), context);
                }
                else
                {
                    Assert.True(seen.Count == committed.Count + (there ? 1 : 0), context);
                    Assert.True(!acknowledged || seen.Contains(group!), context);
                }

                // The next writer mends what the fault left: a torn record, a stale journal, temporary files.
                if (cold.GetPools().Count == 0)
                {
                    cold.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
                }

                int before = Groups(cold).Count;
                cold.Request("video", "next");
                Assert.Equal(before + 1, Groups(Service(Store(null, null))).Count);
                Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
            }

            Assert.True(step > 2, "A commit has at least two steps.");
        }

        /// <summary>A store whose next change of the kind <paramref name="commit"/> names is the one under test; returns its groups.</summary>
        private IReadOnlyList<string> Prepare(string commit)
        {
            if (commit == "create")
            {
                return Array.Empty<string>();
            }

            LeaseService service = Service(Store(null, null));
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            service.Request("video", "before", count: 50);
            if (commit == "new journal")
            {
                // A compaction that died before its journal: the next change starts one.
                Service(Store(null, 0)).Request("video", "before");
                File.Delete(StorePath + ".journal");
            }
            else
            {
                service.Request("video", "before");
            }

            return Groups(Service(Store(null, null)));
        }

        private FileLeaseStore Store(IStoreFileSystem? files, long? journalLimit) =>
            new FileLeaseStore(StorePath, null, new StoreViewCache(1), files) { JournalLimit = journalLimit };

        private LeaseService Service(FileLeaseStore store) => _clock.Service(store);

        private static IReadOnlyList<string> Groups(LeaseService service) => service.GetLeases().Select(l => l.ToString()).ToList();
    }
}
