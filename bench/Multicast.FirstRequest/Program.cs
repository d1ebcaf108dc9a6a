using System;
using System.Diagnostics;
using System.Globalization;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.FirstRequest
{
    /// <summary>
    /// setup STORE COUNT: makes a store of COUNT active leases in pool "org" (239.192.0.0/14), compacted.
    /// json-legacy FILE, json-builtin FILE: one read of a version 2 JSON snapshot as the store reads it (the built-in
    /// reader and the checks), or a walk of its nodes with the built-in reader alone; prints the time and the bytes allocated.
    /// profile STORE: the CPU time of a version 3 snapshot's read, checksum and parse, twice.
    /// request STORE: this process's first lease request on STORE, then its release; prints
    /// "first-request-ms N allocated-bytes N" for the request alone (JIT and the store's first read included).
    /// Run it fresh each time (bench/first-request.sh); the figure is the process's first, never a warm one.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length >= 3 && args[0] == "setup")
            {
                int count = int.Parse(args[2], CultureInfo.InvariantCulture);
                var service = new LeaseService(new FileLeaseStore(args[1]));
                service.CreatePool(MulticastAddressPool.Create("org", IPPrefix.Parse("239.192.0.0/14")));
                for (int done = 0; done < count; done += 10_000)
                {
                    service.Request("org", "owner" + (done / 10_000), TimeSpan.FromDays(3650), count: Math.Min(10_000, count - done));
                }

                // One more change compacts the store, so the journal is empty: the first request reads the snapshot.
                var compacting = new LeaseService(new FileLeaseStore(args[1]) { JournalLimit = 0 });
                compacting.Release(compacting.Request("org", "compact").Leases[0].AddressValue);

                return 0;
            }

            if (args.Length >= 2 && args[0].StartsWith("json-", StringComparison.Ordinal))
            {
                // The JSON decision: one read of a version 2 snapshot file, first thing in a fresh process.
                long before = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                byte[] bytes = System.IO.File.ReadAllBytes(args[1]);
                int read = args[0] == "json-legacy" ? Benchmarks.JsonSnapshot.ReadLegacy(bytes) : Benchmarks.JsonSnapshot.WalkBuiltIn(bytes);
                clock.Stop();
                long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} read {1} ms {2:0.0} allocated-bytes {3}", args[0], read, clock.Elapsed.TotalMilliseconds, allocated));
                return 0;
            }

            if (args.Length >= 2 && args[0] == "profile")
            {
                // Where a first read's time goes: the file, its checksum, the parse, in a fresh process.
                // CPU time, which a busy machine stretches less than the clock.
                var process = Process.GetCurrentProcess();
                double Cpu() => process.TotalProcessorTime.TotalMilliseconds;
                var line = new System.Text.StringBuilder("cpu-ms");
                for (int round = 1; round <= 2; round++)
                {
                    double start = Cpu();
                    byte[] bytes = System.IO.File.ReadAllBytes(args[1]);
                    double read = Cpu();
                    Crc32.Compute(bytes, 0, bytes.Length - 4);
                    double crc = Cpu();
                    LeaseBook book = LeaseSnapshotFormat.Read(bytes, bytes.Length, args[1], out _);
                    double parse = Cpu();
                    book.ExpiredLeases("org", DateTime.UtcNow);
                    double expired = Cpu();
                    line.AppendFormat(CultureInfo.InvariantCulture, " [{0}] read {1:0.0} crc {2:0.0} parse {3:0.0} expired {4:0.0}", round, read - start, crc - read, parse - crc, expired - parse);
                }

                Console.WriteLine(line.ToString());
                return 0;
            }

            if (args.Length >= 2 && args[0] == "request")
            {
                var service = new LeaseService(new FileLeaseStore(args[1]));
                long before = GC.GetTotalAllocatedBytes(precise: true);
                var process = Process.GetCurrentProcess();
                double cpu = process.TotalProcessorTime.TotalMilliseconds;
                long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
                TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime();
                var clock = Stopwatch.StartNew();
                MulticastAddressLease lease = service.Request("org", "first").Leases[0];
                clock.Stop();
                methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods;
                jit = System.Runtime.JitInfo.GetCompilationTime() - jit;
                process.Refresh();
                cpu = process.TotalProcessorTime.TotalMilliseconds - cpu;
                long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                service.Release(lease.AddressValue);
                if (args.Length > 2 && args[2] == "again")
                {
                    // The same in this process again, its copy of the store dropped: what is left without the JIT.
                    var again = new LeaseService(new FileLeaseStore(args[1], null, new StoreViewCache(1)));
                    var second = Stopwatch.StartNew();
                    MulticastAddressLease other = again.Request("org", "second").Leases[0];
                    second.Stop();
                    again.Release(other.AddressValue);
                    Console.Write(string.Format(CultureInfo.InvariantCulture, "second-request-ms {0:0.0} ", second.Elapsed.TotalMilliseconds));
                }

                // The JIT's share: methods compiled during the request and the time spent compiling them (JitInfo).
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "first-request-ms {0:0.0} cpu-ms {1:0.0} allocated-bytes {2} jit-methods {3} jit-ms {4:0.0}", clock.Elapsed.TotalMilliseconds, cpu, allocated, methods, jit.TotalMilliseconds));
                return 0;
            }

            Console.Error.WriteLine("usage: setup STORE COUNT | request STORE");
            return 2;
        }
    }
}
