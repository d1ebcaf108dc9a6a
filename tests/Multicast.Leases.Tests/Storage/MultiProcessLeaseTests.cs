using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Xunit.Abstractions;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    [CollectionDefinition("Worker processes", DisableParallelization = true)]
    public sealed class WorkerProcessesCollection
    {
    }

    /// <summary>
    /// Separate processes (tests/Multicast.LeaseStress) on one store: concurrent requests never get the same
    /// group and none is lost, while the journal is appended to and compacted; a writer killed at any step of
    /// an append or a compaction leaves the store readable with every committed lease.
    /// </summary>
    [Collection("Worker processes")]
    public sealed class MultiProcessLeaseTests : IDisposable
    {
        private const string Pool = "stress";
        private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(90);
        private readonly ITestOutputHelper _output;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-processes-" + Guid.NewGuid().ToString("N"));

        public MultiProcessLeaseTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        /// <summary>A small journal limit, so that the workers compact the store every 40 or so requests.</summary>
        private const string SmallJournal = "8192";

        private string StorePath => Path.Combine(_folder, "leases.json");

        /// <summary>How many times the store was compacted (its snapshot's generation).</summary>
        private long SnapshotGeneration()
        {
            byte[] head = File.ReadAllBytes(StorePath);
            Assert.True(LeaseSnapshotFormat.TryReadIdentity(head, head.Length, out SnapshotIdentity identity));
            return identity.Generation;
        }

        /// <summary>The store as a process that never read it before sees it.</summary>
        private IReadOnlyList<MulticastAddressLease> ColdLeases() => new LeaseService(new FileLeaseStore(StorePath, null, new StoreViewCache(1))).GetLeases();

        private static string WorkerPath =>
            Path.GetFullPath(typeof(MultiProcessLeaseTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LeaseStressPath").Value!);

        public void Dispose()
        {
            Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public void EightProcessesOf200RequestsNeverShareAGroupAndLoseNone()
        {
            // 1792 groups for 1600 requests: if two processes ever read the same state, they would collide.
            // Each process keeps the store in memory between requests and must notice the others' appends and compactions.
            var service = new LeaseService(new FileLeaseStore(StorePath));
            service.CreatePool(MulticastAddressPool.Create(Pool, IPPrefix.Parse("239.192.0.0/21")));

            const int Processes = 8, Requests = 200;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(1, Processes).Select(i => Worker.Start("request", StorePath, Pool, "worker" + i, Requests.ToString(), SmallJournal)).ToList();
            foreach (Worker worker in workers)
            {
                Assert.True(worker.WaitForExit(ProcessTimeout), "A worker did not finish in time.");
            }

            clock.Stop();
            foreach (Worker worker in workers)
            {
                Assert.True(worker.ExitCode == 0, "worker exit " + worker.ExitCode + ": " + string.Join(" | ", worker.Lines.Where(l => !l.StartsWith("OK ")).Take(3)) + worker.Errors);
            }

            var granted = workers.SelectMany(w => w.Granted.Select(g => (Group: g, Owner: w.Owner))).ToList();
            int duplicates = granted.Count - granted.Select(g => g.Group).Distinct().Count();
            var stored = service.GetLeases().ToDictionary(l => l.ToString(), l => l.Owner);
            Assert.Equal(stored.Count, ColdLeases().Count);
            long generation = SnapshotGeneration();
            _output.WriteLine(
                "{0} processes x {1} requests: {2} granted, {3} duplicates, {4} in the store, {5} compactions, {6:0.0} s ({7:0.0} ms a request)",
                Processes, Requests, granted.Count, duplicates, stored.Count, generation - 1, clock.Elapsed.TotalSeconds, clock.Elapsed.TotalMilliseconds / granted.Count);
            Assert.True(generation > 10, "The workers should have compacted the store many times.");

            Assert.Equal(Processes * Requests, granted.Count);
            Assert.Equal(0, duplicates);
            Assert.Equal(granted.Count, stored.Count);
            Assert.All(granted, g => Assert.Equal(g.Owner, stored[g.Group]));
        }

        [Theory]
        [InlineData("append", "stop")]
        [InlineData("append", "tear")]
        [InlineData("compaction", "stop")]
        [InlineData("compaction", "tear")]
        public void AWriterKilledAtEveryStepLeavesTheStoreIntact(string commit, string fault)
        {
            // 500 leases in one journal record, 3 more in 3 records: the crash meets a journal with several records.
            var service = new LeaseService(new FileLeaseStore(StorePath));
            service.CreatePool(MulticastAddressPool.Create(Pool, IPPrefix.Parse("239.192.0.0/16")));
            service.Request(Pool, "before", count: 500);
            for (int i = 0; i < 3; i++)
            {
                service.Request(Pool, "before");
            }

            var committed = service.GetLeases().Select(l => l.ToString()).ToList();
            string limit = commit == "compaction" ? "0" : "100000000";
            int expected = committed.Count;
            for (int step = 1; ; step++)
            {
                Worker victim = Worker.Start("crash", StorePath, Pool, "victim", step.ToString(), fault, limit);
                Assert.True(victim.WaitForLines(ProcessTimeout, 1, "AT ", "NOT REACHED"), "The worker stopped at no step. " + victim.Errors);
                if (victim.Lines.Contains("NOT REACHED"))
                {
                    Assert.True(victim.WaitForExit(ProcessTimeout));
                    Assert.True(step > 2, "An append has two steps, a write and a flush; a compaction more.");
                    break;
                }

                var done = victim.Lines.Where(l => l.StartsWith("DONE ", StringComparison.Ordinal)).Select(l => l.Substring(5)).ToList();
                int temporaryFiles = Directory.GetFiles(_folder, "leases.json.*.tmp").Length;
                victim.Kill();

                // The victim's change counts once it reached the files whole: its journal record written, or its
                // snapshot in place. It was never acknowledged, so either is right, but each step has one answer.
                bool victimCommitted = done.Any(d => d.StartsWith("write leases.json.journal ", StringComparison.Ordinal) || d == "replace leases.json" || d == "replace leases.json.journal");
                _output.WriteLine("{0} {1} at step {2} ({3}): {4} temporary file(s), committed {5}", commit, fault, step, victim.Lines.Single(l => l.StartsWith("AT ")), temporaryFiles, victimCommitted);
                expected += victimCommitted ? 1 : 0;

                // Every lease committed before is there, for this process and for one that never read the store; the dead writer's lock is gone.
                foreach (IReadOnlyList<MulticastAddressLease> seen in new[] { service.GetLeases(), ColdLeases() })
                {
                    Assert.Equal(expected, seen.Count);
                    Assert.All(committed, group => Assert.Contains(seen, l => l.ToString() == group));
                }

                // The next writer, another process, cuts off a torn record or replaces an obsolete journal, and cleans up.
                Worker next = Worker.Start("request", StorePath, Pool, "next", "1");
                Assert.True(next.WaitForExit(ProcessTimeout));
                Assert.Equal(0, next.ExitCode);
                expected++;
                Assert.Equal(expected, service.GetLeases().Count);
                Assert.Equal(expected, ColdLeases().Count);
                Assert.Empty(Directory.GetFiles(_folder, "leases.json.*.tmp"));
                committed = service.GetLeases().Select(l => l.ToString()).ToList();
            }
        }

        [Fact]
        public void WritersKilledAtRandomMomentsLoseNoCommittedLease()
        {
            var service = new LeaseService(new FileLeaseStore(StorePath));
            service.CreatePool(MulticastAddressPool.Create(Pool, IPPrefix.Parse("239.192.0.0/16")));
            service.Request(Pool, "before", count: 2000);
            var random = new Random(11);

            // A 16 KB journal: the workers compact every 80 or so requests, so kills land in compactions too.
            var confirmed = new List<string>();
            for (int round = 0; round < 4; round++)
            {
                var clock = Stopwatch.StartNew();
                var workers = new[] { Worker.Start("churn", StorePath, Pool, "churn-a", "16384"), Worker.Start("churn", StorePath, Pool, "churn-b", "16384") };
                // Killed after a random number of acknowledged requests: at whatever step of a commit each one is then.
                Assert.True(workers[0].WaitForLines(ProcessTimeout, random.Next(5, 60), "OK "), workers[0].Errors);
                foreach (Worker worker in workers)
                {
                    worker.Kill();
                    confirmed.AddRange(worker.Granted);
                }

                _output.WriteLine("killed after {0} ms", clock.ElapsedMilliseconds);
                var stored = new HashSet<string>(service.GetLeases().Select(l => l.ToString()));
                Assert.All(confirmed, g => Assert.Contains(g, stored));
                Assert.Equal(stored, new HashSet<string>(ColdLeases().Select(l => l.ToString())));
            }

            _output.WriteLine("4 rounds of 2 writers killed at random: {0} confirmed leases all in the store; {1} compactions", confirmed.Count, SnapshotGeneration() - 1);
            Assert.NotEmpty(confirmed);
        }

        /// <summary>A running Multicast.LeaseStress process and the lines it printed.</summary>
        private sealed class Worker
        {
            private readonly Process _process;
            private readonly List<string> _lines = new List<string>();
            private readonly System.Text.StringBuilder _errors = new System.Text.StringBuilder();

            private Worker(Process process, string owner)
            {
                _process = process;
                Owner = owner;
            }

            public string Owner { get; }

            public int ExitCode => _process.ExitCode;

            public IReadOnlyList<string> Lines
            {
                get
                {
                    lock (_lines)
                    {
                        return _lines.ToList();
                    }
                }
            }

            public IEnumerable<string> Granted => Lines.Where(l => l.StartsWith("OK ", StringComparison.Ordinal)).Select(l => l.Substring(3));

            public string Errors
            {
                get
                {
                    lock (_errors)
                    {
                        return _errors.ToString();
                    }
                }
            }

            public static Worker Start(string mode, string store, string pool, string owner, params string[] more)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string argument in new[] { WorkerPath, mode, store, pool, owner }.Concat(more))
                {
                    start.ArgumentList.Add(argument);
                }

                var worker = new Worker(new Process { StartInfo = start }, owner);
                worker._process.OutputDataReceived += (_, e) =>
                {
                    if (e.Data != null)
                    {
                        lock (worker._lines)
                        {
                            worker._lines.Add(e.Data);
                            Monitor.PulseAll(worker._lines);
                        }
                    }
                };
                worker._process.ErrorDataReceived += (_, e) =>
                {
                    lock (worker._errors)
                    {
                        worker._errors.AppendLine(e.Data);
                    }
                };
                worker._process.Start();
                worker._process.BeginOutputReadLine();
                worker._process.BeginErrorReadLine();
                return worker;
            }

            public bool WaitForExit(TimeSpan timeout)
            {
                if (!_process.WaitForExit((int)timeout.TotalMilliseconds))
                {
                    Kill();
                    return false;
                }

                _process.WaitForExit(); // drains the output
                return true;
            }

            /// <summary>Waits until the worker has printed <paramref name="count"/> lines that start with one of <paramref name="prefixes"/>.</summary>
            public bool WaitForLines(TimeSpan timeout, int count, params string[] prefixes)
            {
                bool Seen() => Lines.Count(l => prefixes.Any(p => l.StartsWith(p, StringComparison.Ordinal))) >= count;
                lock (_lines)
                {
                    var clock = Stopwatch.StartNew();
                    while (!Seen() && !_process.HasExited && clock.Elapsed < timeout)
                    {
                        // Woken by each line the worker prints; the timeout only bounds a hung worker.
                        Monitor.Wait(_lines, TimeSpan.FromMilliseconds(200));
                    }
                }

                if (!Seen() && _process.HasExited)
                {
                    // A worker that exited may still have lines on their way: this waits until its output is read.
                    _process.WaitForExit();
                }

                return Seen();
            }

            public void Kill()
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }

                _process.WaitForExit();
            }
        }
    }
}
