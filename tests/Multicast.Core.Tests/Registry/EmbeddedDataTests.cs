using System.IO;
using Multicast.RegistryGenerator;

namespace Multicast.Tests.Registry
{
    /// <summary>The refresh path: the resource Core embeds is exactly what the generator makes of data/iana.</summary>
    public class EmbeddedDataTests
    {
        [Fact]
        public void EmbeddedResourceIsTheGeneratorsOutputForDataIana()
        {
            string compiled = RegistryCompiler.Compile(RepositoryData.IanaDirectory);
            string embedded = RegistryData.ReadResource().Replace("\r\n", "\n");
            Assert.True(
                compiled == embedded,
                "The embedded registry is stale: run 'dotnet run --project tools/Multicast.RegistryGenerator' (data/iana/README.md).");
        }

        [Fact]
        public void CheckedInFileIsTheEmbeddedResource() =>
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepositoryData.Root, RegistryCompiler.OutputPath)).Replace("\r\n", "\n"),
                RegistryData.ReadResource().Replace("\r\n", "\n"));

        [Fact]
        public void CarriesSourceAndDate()
        {
            Assert.Equal("2024-02-02", IanaRegistry.IPv4RegistryUpdated);
            Assert.Equal("2025-05-30", IanaRegistry.IPv6RegistryUpdated);
            Assert.Contains("IANA IPv4 Multicast Address Space Registry (multicast-addresses.xml), updated 2024-02-02", RegistryData.ReadResource());
        }

        [Fact]
        public void GeneratorRefusesBlocksThatNoLongerFitTheRegistry()
        {
            // A refresh that renames a block must fail in the generator, not ship a stale name.
            using var copy = new DataCopy();
            copy.Edit("ipv4-blocks.csv", "Internetwork Control Block", "Internet Control Block");
            var error = Assert.Throws<InvalidDataException>(() => RegistryCompiler.Compile(copy.Directory));
            Assert.Contains("Internetwork Control Block", error.Message);
        }

        [Fact]
        public void GeneratorRefusesABlockKindTheDecoderDoesNotKnow()
        {
            using var copy = new DataCopy();
            copy.Edit("ipv4-blocks.csv", ",glop,,Glop", ",glop,,Glob");
            var error = Assert.Throws<InvalidDataException>(() => RegistryCompiler.Compile(copy.Directory));
            Assert.Contains("'Glob'", error.Message);
        }

        [Fact]
        public void GeneratorRefusesRecordsThatLeaveAGap()
        {
            using var copy = new DataCopy();
            copy.Edit("multicast-addresses.xml", "<addr>224.0.0.3</addr>", "<addr>224.0.0.33</addr>");
            Assert.Throws<InvalidDataException>(() => RegistryCompiler.Compile(copy.Directory));
        }

        [Fact]
        public void ParsesWhatItEmbeds()
        {
            RegistryData data = RegistryData.Parse(RegistryData.ReadResource());
            Assert.Equal(547, data.IPv4Rows.Length);        // every <addr> record of the XML
            Assert.Equal(15, data.Blocks.Length);
            Assert.Equal(15, data.RelativeRows.Length);     // every <relative> record
            Assert.Equal(256, data.RelativeByOffset.Length);
            Assert.Equal(4 + 33 + 4, data.IPv6Rows.Length); // node-, link- and site-local rows of the partial CSV
            Assert.Equal(100, data.VariableRows.Length);
            Assert.Throws<InvalidDataException>(() => RegistryData.Parse("X\tsomething"));
        }

        /// <summary>A scratch copy of data/iana to break on purpose.</summary>
        private sealed class DataCopy : System.IDisposable
        {
            public DataCopy()
            {
                Directory = Path.Combine(Path.GetTempPath(), "multicast-iana-" + System.Guid.NewGuid().ToString("N"));
                System.IO.Directory.CreateDirectory(Directory);
                foreach (string file in System.IO.Directory.GetFiles(RepositoryData.IanaDirectory))
                {
                    File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
                }
            }

            public string Directory { get; }

            public void Edit(string file, string oldText, string newText)
            {
                string path = Path.Combine(Directory, file);
                string text = File.ReadAllText(path);
                Assert.Contains(oldText, text);
                File.WriteAllText(path, text.Replace(oldText, newText));
            }

            public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
