using System.Text;
using BenchmarkDotNet.Attributes;
using Multicast.Leases.Storage;

namespace Multicast.Benchmarks
{
    /// <summary>
    /// The JSON decision (bench/README.md): the store's own reader against the one netstandard2.0 has built in
    /// (System.Runtime.Serialization.Json), on a version 2 snapshot of 100,000 leases (14 MB). "Ours" is the
    /// reader the store used for that format: Json.Parse and the strict checks into a LeaseBook. The built-in
    /// reader is timed doing less: only walking the document's nodes (XmlDictionaryReader over JSON), and
    /// deserializing it into plain data-contract objects, with none of the store's checks.
    /// </summary>
    [MemoryDiagnoser]
    public class JsonReaderBenchmarks
    {
        private byte[] _bytes = null!;

        [GlobalSetup]
        public void Setup() => _bytes = JsonSnapshot.Make(100_000);

        [Benchmark(Baseline = true, Description = "ours: Json.Parse and LeaseFileFormat checks into a LeaseBook")]
        public int Ours() => LeaseFileFormat.Read(Encoding.UTF8.GetString(_bytes), "bench", out _).LeaseCount;

        [Benchmark(Description = "built-in: its nodes into the same tree and checks into a LeaseBook")]
        public int BuiltInIntoBook() => JsonSnapshot.ReadBuiltInIntoBook(_bytes);

        [Benchmark(Description = "built-in: walk every node (JsonReaderWriterFactory)")]
        public int BuiltInReader() => JsonSnapshot.WalkBuiltIn(_bytes);

        [Benchmark(Description = "built-in: DataContractJsonSerializer into plain objects")]
        public int BuiltInSerializer() => JsonSnapshot.DeserializeBuiltIn(_bytes);
    }
}
