using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.Benchmarks
{
    /// <summary>A version 2 JSON snapshot of N leases, and the built-in readers run over it.</summary>
    public static class JsonSnapshot
    {
        /// <summary>A version 2 snapshot as the module before format 3 wrote it, one lease a line.</summary>
        public static byte[] Make(int leases)
        {
            var text = new StringBuilder();
            text.Append("{\n  \"format\": \"multicast-leases\",\n  \"version\": 2,\n  \"generation\": 1,\n  \"snapshotId\": \"").Append(Guid.NewGuid().ToString("N"))
                .Append("\",\n  \"pools\": [\n    {\"name\": \"org\", \"prefix\": \"239.192.0.0/14\", \"exclusions\": [], \"defaultLeaseSeconds\": 86400, \"excludeFloodedMac\": false}\n  ],\n  \"leases\": [");
            MulticastAddressPool pool = MulticastAddressPool.Create("org", IPPrefix.Parse("239.192.0.0/14"));
            for (int i = 0; i < leases; i++)
            {
                text.Append(i == 0 ? "\n    " : ",\n    ").Append("{\"address\": \"").Append(pool.AddressAt((ulong)(i * 2)))
                    .Append("\", \"pool\": \"org\", \"owner\": \"owner").Append(i % 10)
                    .Append("\", \"start\": \"2026-01-01T00:00:00.0000000Z\", \"end\": \"2026-01-31T00:00:00.0000000Z\"}");
            }

            text.Append("\n  ]\n}\n");
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        /// <summary>What the store does with a version 1 or 2 snapshot: the built-in reader, then the strict checks into a LeaseBook.</summary>
        public static int ReadLegacy(byte[] bytes) => LeaseFileFormat.Read(bytes, 0, bytes.Length, "bench", out _).LeaseCount;

        public static int WalkBuiltIn(byte[] bytes)
        {
            int nodes = 0;
            using (XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(bytes, XmlDictionaryReaderQuotas.Max))
            {
                while (reader.Read())
                {
                    nodes++;
                }
            }

            return nodes;
        }

        public static int DeserializeBuiltIn(byte[] bytes)
        {
            var serializer = new DataContractJsonSerializer(typeof(SnapshotContract));
            using (var stream = new System.IO.MemoryStream(bytes))
            {
                return ((SnapshotContract)serializer.ReadObject(stream)!).Leases!.Count;
            }
        }
    }

    [DataContract]
    public sealed class SnapshotContract
    {
        [DataMember(Name = "format")] public string? Format { get; set; }
        [DataMember(Name = "version")] public long Version { get; set; }
        [DataMember(Name = "generation")] public long Generation { get; set; }
        [DataMember(Name = "snapshotId")] public string? SnapshotId { get; set; }
        [DataMember(Name = "pools")] public List<PoolContract>? Pools { get; set; }
        [DataMember(Name = "leases")] public List<LeaseContract>? Leases { get; set; }
    }

    [DataContract]
    public sealed class PoolContract
    {
        [DataMember(Name = "name")] public string? Name { get; set; }
        [DataMember(Name = "prefix")] public string? Prefix { get; set; }
        [DataMember(Name = "exclusions")] public List<string>? Exclusions { get; set; }
        [DataMember(Name = "defaultLeaseSeconds")] public long DefaultLeaseSeconds { get; set; }
        [DataMember(Name = "excludeFloodedMac")] public bool ExcludeFloodedMac { get; set; }
    }

    [DataContract]
    public sealed class LeaseContract
    {
        [DataMember(Name = "address")] public string? Address { get; set; }
        [DataMember(Name = "pool")] public string? Pool { get; set; }
        [DataMember(Name = "owner")] public string? Owner { get; set; }
        [DataMember(Name = "start")] public string? Start { get; set; }
        [DataMember(Name = "end")] public string? End { get; set; }
    }
}
