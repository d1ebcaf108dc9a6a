using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.Benchmarks
{
    /// <summary>
    /// Issue "2 million a second": a runbook that starts a new PowerShell per request pays the store's first
    /// read every time. Each launch is a new process that makes one request (and its release) on a store of
    /// 100,000 leases, JIT included, as the plain-process check (bench/Multicast.FirstRequest) measures it.
    /// The store is made once, by the first launch's setup, which so runs the code before it is measured: that
    /// launch's figure (the fastest by far, with no JIT) is left out of bench/README.md.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.ColdStart, launchCount: 11, warmupCount: 0, iterationCount: 1)]
    public class FirstRequestBenchmarks
    {
        private static readonly string StorePath = Path.Combine(Path.GetTempPath(), "multicast-first-request", "leases.json");

        [GlobalSetup]
        public void Setup()
        {
            if (!File.Exists(StorePath))
            {
                var service = new LeaseService(new FileLeaseStore(StorePath, null, new StoreViewCache(1)));
                service.CreatePool(MulticastAddressPool.Create("org", IPPrefix.Parse("239.192.0.0/14")));
                for (int i = 0; i < 10; i++)
                {
                    service.Request("org", "owner" + i, TimeSpan.FromDays(3650), count: 10_000);
                }

                var compacting = new LeaseService(new FileLeaseStore(StorePath, null, new StoreViewCache(1)) { JournalLimit = 0 });
                compacting.Release(compacting.Request("org", "compact").Leases[0].AddressValue);
            }
        }

        [Benchmark(Description = "100,000 active leases, file store, a new process's first request")]
        public void FirstRequestInANewProcess()
        {
            var service = new LeaseService(new FileLeaseStore(StorePath));
            MulticastAddressLease lease = service.Request("org", "bench").Leases[0];
            service.Release(lease.AddressValue);
        }
    }
}
