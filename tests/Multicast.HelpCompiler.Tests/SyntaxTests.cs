using System.Linq;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>Syntax rebuilt from the PARAMETERS yaml (notes section 7), and the parameter elements (4.3).</summary>
    public class SyntaxTests
    {
        private static string Parameter(string name, string yaml, string description = "D.") =>
            "### -" + name + "\n" + description + "\n\n```yaml\n" + yaml + "\n```\n\n";

        private static XElement Command(string parameters, string syntax = "```\nanything: the code is never read\n```\n") =>
            Docs.Maml("## SYNOPSIS\nS.\n\n## SYNTAX\n" + syntax + "\n## PARAMETERS\n\n" + parameters + "### CommonParameters\nC.\n\n## NOTES\n")
                .Root!.Element(Docs.CommandNs + "command")!;

        // Each syntax item as its parameter names.
        private static string[][] Items(XElement command) =>
            command.Element(Docs.CommandNs + "syntax")!.Elements(Docs.CommandNs + "syntaxItem")
                .Select(i =>
                {
                    Assert.Equal("Get-Widget", i.Element(Docs.MamlNs + "name")!.Value);
                    return i.Elements(Docs.CommandNs + "parameter").Select(p => p.Element(Docs.MamlNs + "name")!.Value).ToArray();
                })
                .ToArray();

        [Fact]
        public void AllParametersInAllGiveOneItem()
        {
            XElement command = Command(
                Parameter("Name", "Type: String\nParameter Sets: (All)\nPosition: 0\nRequired: True") +
                Parameter("Force", "Type: SwitchParameter\nParameter Sets: (All)\nPosition: Named"));
            Assert.Equal(new[] { new[] { "Name", "Force" } }, Items(command));
        }

        [Fact]
        public void MissingParameterSetsMeansAll() =>
            Assert.Equal(new[] { new[] { "Name" } }, Items(Command(Parameter("Name", "Type: String"))));

        [Fact]
        public void NamedSetsEachGetAnItemWithTheAllParameters()
        {
            XElement command = Command(
                Parameter("Name", "Type: String\nParameter Sets: ByName\nPosition: 0") +
                Parameter("Id", "Type: Int32\nParameter Sets: ById\nPosition: 0") +
                Parameter("Both", "Type: String\nParameter Sets: ById, ByName\nPosition: Named") +
                Parameter("Force", "Type: SwitchParameter\nParameter Sets: (All)\nPosition: Named"));
            // In order of first appearance, not of SYNTAX; "(All)" is no item of its own.
            Assert.Equal(new[] { new[] { "Name", "Both", "Force" }, new[] { "Id", "Both", "Force" } }, Items(command));
        }

        [Fact]
        public void ParametersAreSortedByThePositionString()
        {
            XElement command = Command(
                Parameter("Force", "Type: SwitchParameter\nPosition: Named") +
                Parameter("Second", "Type: String\nPosition: 2") +
                Parameter("Tenth", "Type: String\nPosition: 10") +
                Parameter("Name", "Type: String\nPosition: 0"));
            // "10" sorts before "2"; every number before "Named"; PARAMETERS keeps the page order.
            Assert.Equal(new[] { new[] { "Name", "Tenth", "Second", "Force" } }, Items(command));
            Assert.Equal(
                new[] { "Force", "Second", "Tenth", "Name" },
                command.Element(Docs.CommandNs + "parameters")!.Elements().Select(p => p.Element(Docs.MamlNs + "name")!.Value));
        }

        [Fact]
        public void SwitchHasNoValueInSyntaxAndDefaultsToFalse()
        {
            XElement command = Command(Parameter("Force", "Type: switch\nRequired: False\nPosition: Named\nDefault value: None"));
            XElement inSyntax = command.Descendants(Docs.CommandNs + "syntaxItem").Single().Element(Docs.CommandNs + "parameter")!;
            XElement inParameters = command.Element(Docs.CommandNs + "parameters")!.Element(Docs.CommandNs + "parameter")!;

            Assert.Null(inSyntax.Element(Docs.CommandNs + "parameterValue"));
            XElement value = inParameters.Element(Docs.CommandNs + "parameterValue")!;
            Assert.Equal("false", value.Attribute("required")!.Value);
            Assert.Equal("SwitchParameter", value.Value);
            Assert.Equal("SwitchParameter", inParameters.Element(Docs.DevNs + "type")!.Element(Docs.MamlNs + "name")!.Value);
            Assert.Equal("False", inParameters.Element(Docs.DevNs + "defaultValue")!.Value);
        }

        [Fact]
        public void FullSwitchTypeNameIsASwitchOnlyToTheRenderer()
        {
            XElement command = Command(Parameter("Force", "Type: System.Management.Automation.SwitchParameter"));
            XElement inParameters = command.Element(Docs.CommandNs + "parameters")!.Element(Docs.CommandNs + "parameter")!;
            Assert.Equal("true", inParameters.Element(Docs.CommandNs + "parameterValue")!.Attribute("required")!.Value);
            Assert.Equal("False", inParameters.Element(Docs.DevNs + "defaultValue")!.Value);
            Assert.Null(command.Descendants(Docs.CommandNs + "syntaxItem").Single().Element(Docs.CommandNs + "parameter")!.Element(Docs.CommandNs + "parameterValue"));
        }

        [Fact]
        public void AcceptedValuesAreListedInSyntaxOnly()
        {
            XElement command = Command(Parameter("Scope", "Type: MulticastScope\nAccepted values: LinkLocal, SiteLocal ,Global\nPosition: Named"));
            XElement inSyntax = command.Descendants(Docs.CommandNs + "syntaxItem").Single().Element(Docs.CommandNs + "parameter")!;
            XElement inParameters = command.Element(Docs.CommandNs + "parameters")!.Element(Docs.CommandNs + "parameter")!;

            Assert.Equal(
                new[] { "name", "description", "parameterValueGroup", "parameterValue", "type", "defaultValue" },
                inSyntax.Elements().Select(e => e.Name.LocalName));
            XElement[] values = inSyntax.Element(Docs.CommandNs + "parameterValueGroup")!.Elements().ToArray();
            Assert.Equal(new[] { "LinkLocal", "SiteLocal", "Global" }, values.Select(v => v.Value));
            Assert.All(values, v => Assert.Equal(
                new[] { "required=false", "{" + Docs.CommandNs + "}variableLength=false" },
                v.Attributes().Select(a => a.Name + "=" + a.Value)));
            Assert.Null(inParameters.Element(Docs.CommandNs + "parameterValueGroup"));
        }

        [Fact]
        public void ParameterAttributesComeFromTheYaml()
        {
            XElement command = Command(Parameter(
                "Name",
                "Type: String\nParameter Sets: (All)\nAliases: N,  Nm\n\nRequired: true\nPosition: Named\nDefault value: w1\nAccept pipeline input: True (ByPropertyName, ByValue)\nAccept wildcard characters: TRUE"));
            XElement parameter = command.Element(Docs.CommandNs + "parameters")!.Element(Docs.CommandNs + "parameter")!;
            Assert.Equal(
                new[] { "required=true", "variableLength=true", "globbing=true", "pipelineInput=True (ByPropertyName, ByValue)", "position=named", "aliases=N, Nm" },
                parameter.Attributes().Select(a => a.Name + "=" + a.Value));
            Assert.Equal("w1", parameter.Element(Docs.DevNs + "defaultValue")!.Value);
            Assert.Equal(
                new[] { "required=true", "variableLength=false" },
                parameter.Element(Docs.CommandNs + "parameterValue")!.Attributes().Select(a => a.Name + "=" + a.Value));
        }

        [Fact]
        public void MissingYamlValuesTakeTheDefaults()
        {
            XElement command = Command(Parameter("Name", "Type:\nAliases:\nRequired:\nDefault value:"));
            XElement parameter = command.Element(Docs.CommandNs + "parameters")!.Element(Docs.CommandNs + "parameter")!;
            Assert.Equal(
                new[] { "required=false", "variableLength=true", "globbing=false", "pipelineInput=false", "position=named", "aliases=none" },
                parameter.Attributes().Select(a => a.Name + "=" + a.Value));
            Assert.Equal("", parameter.Element(Docs.CommandNs + "parameterValue")!.Value);
            Assert.False(parameter.Element(Docs.CommandNs + "parameterValue")!.IsEmpty);
            Assert.Equal("None", parameter.Element(Docs.DevNs + "defaultValue")!.Value);
        }

        [Fact]
        public void SecondYamlBlockAddsSetsButOnlyTheFirstIsAParameter()
        {
            XElement command = Command(
                Parameter("Name", "Type: String\nParameter Sets: ByName\nPosition: 0\nRequired: True") +
                "```yaml\nType: String\nParameter Sets: ByPipeline\nPosition: Named\nRequired: False\n```\n\n");
            XElement[] items = command.Descendants(Docs.CommandNs + "syntaxItem").ToArray();
            Assert.Equal(2, items.Length);
            Assert.Equal("0", items[0].Element(Docs.CommandNs + "parameter")!.Attribute("position")!.Value);
            Assert.Equal("named", items[1].Element(Docs.CommandNs + "parameter")!.Attribute("position")!.Value);
            XElement parameter = command.Element(Docs.CommandNs + "parameters")!.Elements().Single();
            Assert.Equal("0", parameter.Attribute("position")!.Value);
            Assert.Equal("true", parameter.Attribute("required")!.Value);
        }

        [Fact]
        public void EmptyParameterSetsPutsAParameterInNoItem()
        {
            XElement command = Command(
                Parameter("Name", "Type: String\nParameter Sets: (All)") +
                Parameter("Orphan", "Type: String\nParameter Sets:"));
            Assert.Equal(new[] { new[] { "Name" } }, Items(command));
            Assert.Equal(2, command.Element(Docs.CommandNs + "parameters")!.Elements().Count());
        }

        [Fact]
        public void OnlyCommonParametersGiveOneItemWithTheNameAlone()
        {
            XElement command = Command(string.Empty);
            Assert.Equal(new[] { new string[0] }, Items(command));
            Assert.True(command.Element(Docs.CommandNs + "parameters")!.IsEmpty);
        }

        [Fact]
        public void NoParametersSectionKeepsTheSyntaxEntryAsAnItemWithTheNameAlone()
        {
            // GatherSyntax, which drops the SYNTAX entry, runs only at the end of PARAMETERS.
            XElement command = Docs.Maml("## SYNOPSIS\nS.\n\n## SYNTAX\n```\nGet-Widget\n```\n\n## NOTES\n").Root!.Element(Docs.CommandNs + "command")!;
            Assert.Equal(new[] { new string[0] }, Items(command));
        }

        [Fact]
        public void NoSyntaxAndNoParametersGiveNoItem() =>
            Assert.True(Docs.Maml("## SYNOPSIS\nS.\n").Root!.Element(Docs.CommandNs + "command")!.Element(Docs.CommandNs + "syntax")!.IsEmpty);

        [Fact]
        public void NamedSyntaxSetsWithOneDefaultAreIgnored()
        {
            XElement command = Command(
                Parameter("Name", "Type: String\nParameter Sets: ByName") + Parameter("Id", "Type: Int32\nParameter Sets: ById"),
                "### ById\n```\nGet-Widget -Id <Int32>\n```\n\n### ByName (Default)\n```\nGet-Widget -Name <String>\n```\n");
            Assert.Equal(new[] { new[] { "Name" }, new[] { "Id" } }, Items(command));
        }
    }
}
