using System.Text;
using BenchmarkDotNet.Attributes;
using Multicast.Leases.Storage;

namespace Multicast.Benchmarks
{
    /// <summary>
    /// The JSON decision (bench/README.md): on a version 2 snapshot of 100,000 leases (14 MB), what the store does
    /// with it now (System.Runtime.Serialization.Json's reader, LegacyJson, then the strict checks into a LeaseBook),
    /// beside the built-in reader only walking the document's nodes, and deserializing it into plain
    /// data-contract objects with none of the store's checks. The store's own reader, removed with format 3, was
    /// measured here too before it went (bench/README.md has its figures).
    /// </summary>
    [MemoryDiagnoser]
    public class JsonReaderBenchmarks
    {
        private byte[] _bytes = null!;

        [GlobalSetup]
        public void Setup() => _bytes = JsonSnapshot.Make(100_000);

        [Benchmark(Baseline = true, Description = "the store: built-in reader (LegacyJson) and checks into a LeaseBook")]
        public int Legacy() => JsonSnapshot.ReadLegacy(_bytes);

        [Benchmark(Description = "built-in: walk every node (JsonReaderWriterFactory)")]
        public int BuiltInReader() => JsonSnapshot.WalkBuiltIn(_bytes);

        [Benchmark(Description = "built-in: DataContractJsonSerializer into plain objects")]
        public int BuiltInSerializer() => JsonSnapshot.DeserializeBuiltIn(_bytes);
    }
}
