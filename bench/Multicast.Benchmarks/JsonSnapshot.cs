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
        public static byte[] Make(int leases)
        {
            var book = new LeaseBook();
            MulticastAddressPool pool = MulticastAddressPool.Create("org", IPPrefix.Parse("239.192.0.0/14"));
            book.SavePool(pool);
            var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (int i = 0; i < leases; i++)
            {
                book.SaveLease(new LeaseRecord(pool.AddressAt((ulong)(i * 2)), "org", "owner" + (i % 10), start, start.AddDays(30)));
            }

            var writer = new System.IO.StringWriter();
            LeaseFileFormat.Write(book, new SnapshotIdentity(1, Guid.NewGuid()), writer);
            return Encoding.UTF8.GetBytes(writer.ToString());
        }

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

        /// <summary>The built-in tokenizer under the store's own checks: its nodes made into the tree LeaseFileFormat reads.</summary>
        public static int ReadBuiltInIntoBook(byte[] bytes)
        {
            using (XmlDictionaryReader reader = JsonReaderWriterFactory.CreateJsonReader(bytes, XmlDictionaryReaderQuotas.Max))
            {
                reader.MoveToContent();
                object? root = ReadValue(reader);
                return LeaseFileFormat.Read((JsonObject)root!, "bench", out _).LeaseCount;
            }
        }

        private static object? ReadValue(XmlDictionaryReader reader)
        {
            string type = reader.GetAttribute("type") ?? "string";
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return type == "object" ? new JsonObject() : type == "array" ? new List<object?>() : type == "null" ? null : (object)string.Empty;
            }

            switch (type)
            {
                case "object":
                    var obj = new JsonObject();
                    reader.Read();
                    while (reader.NodeType == XmlNodeType.Element)
                    {
                        string name = reader.GetAttribute("item") ?? reader.LocalName;
                        if (!obj.TryAdd(name, ReadValue(reader)))
                        {
                            throw new FormatException("the property \"" + name + "\" appears twice");
                        }
                    }

                    reader.ReadEndElement();
                    return obj;
                case "array":
                    var list = new List<object?>();
                    reader.Read();
                    while (reader.NodeType == XmlNodeType.Element)
                    {
                        list.Add(ReadValue(reader));
                    }

                    reader.ReadEndElement();
                    return list;
                case "number":
                    return long.Parse(reader.ReadElementContentAsString(), System.Globalization.CultureInfo.InvariantCulture);
                case "boolean":
                    return reader.ReadElementContentAsBoolean();
                case "null":
                    reader.ReadElementContentAsString();
                    return null;
                default:
                    return reader.ReadElementContentAsString();
            }
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
