using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Multicast.Module.Tests
{
    /// <summary>Every Multicast.* output type has a narrow default table view in Multicast.Format.ps1xml.</summary>
    public class FormatViewTests
    {
        private static readonly XDocument Format =
            XDocument.Load(Path.Combine(ModuleMetadata.RepositoryRoot, "src", "Multicast.PowerShell", "Multicast.Format.ps1xml"));

        public static TheoryData<string> ModuleOutputTypes()
        {
            var data = new TheoryData<string>();
            foreach (string type in ModuleMetadata.Cmdlets.SelectMany(c => c.OutputTypes).Where(t => t.StartsWith("Multicast.", System.StringComparison.Ordinal)).Distinct())
            {
                data.Add(type);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ModuleOutputTypes))]
        public void HasATableViewOfThreeToFiveColumns(string typeName)
        {
            XElement? view = Format.Descendants("View").SingleOrDefault(v => v.Element("ViewSelectedBy")?.Element("TypeName")?.Value == typeName);
            Assert.True(view != null, "Multicast.Format.ps1xml has no view for " + typeName + ".");
            XElement table = Assert.Single(view!.Elements("TableControl"));
            int headers = table.Descendants("TableColumnHeader").Count();
            Assert.InRange(headers, 3, 5);
            Assert.Equal(headers, table.Descendants("TableColumnItem").Count());
        }
    }
}
