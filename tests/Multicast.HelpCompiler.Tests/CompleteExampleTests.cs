using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Tests
{
    /// <summary>The complete example of the PlatyPS notes (section 4.4): this markdown, this MAML.</summary>
    public class CompleteExampleTests
    {
        // A made-up cmdlet; "Intro text before the code." is there to show that it disappears.
        private const string Markdown = @"---
external help file: Contoso.dll-Help.xml
Module Name: Contoso
online version:
schema: 2.0.0
---

# Get-Widget

## SYNOPSIS
Gets widgets.

## SYNTAX

```
Get-Widget [-Name] <String> [<CommonParameters>]
```

## DESCRIPTION
The `Get-Widget` cmdlet gets widgets
from the store.

Second paragraph.

## EXAMPLES

### Example 1: Get one widget
Intro text before the code.

```powershell
PS C:\> Get-Widget -Name w1

Name Size
---- ----
w1      3
```

This gets the widget named w1.

Second remark paragraph.

## PARAMETERS

### -Name
The widget name.

```yaml
Type: String
Parameter Sets: (All)
Aliases: N

Required: True
Position: 0
Default value: None
Accept pipeline input: True (ByValue)
Accept wildcard characters: True
```

### CommonParameters
This cmdlet supports the common parameters: ... see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).

## INPUTS

### System.String
A widget name.

## OUTPUTS

### Contoso.Widget
The widget.

## NOTES
Requires the store to be reachable.

## RELATED LINKS
[Contoso docs](https://example.com/widgets)
";

        // What PlatyPS 0.14.2 writes for it (PlatyPS on Windows writes CRLF line breaks).
        private const string ExpectedMaml = @"<?xml version=""1.0"" encoding=""utf-8""?>
<helpItems schema=""maml"" xmlns=""http://msh"">
  <command:command xmlns:maml=""http://schemas.microsoft.com/maml/2004/10"" xmlns:command=""http://schemas.microsoft.com/maml/dev/command/2004/10"" xmlns:dev=""http://schemas.microsoft.com/maml/dev/2004/10"" xmlns:MSHelp=""http://msdn.microsoft.com/mshelp"">
    <command:details>
      <command:name>Get-Widget</command:name>
      <command:verb>Get</command:verb>
      <command:noun>Widget</command:noun>
      <maml:description>
        <maml:para>Gets widgets.</maml:para>
      </maml:description>
    </command:details>
    <maml:description>
      <maml:para>The `Get-Widget` cmdlet gets widgets from the store.</maml:para>
      <maml:para>Second paragraph.</maml:para>
    </maml:description>
    <command:syntax>
      <command:syntaxItem>
        <maml:name>Get-Widget</maml:name>
        <command:parameter required=""true"" variableLength=""true"" globbing=""true"" pipelineInput=""True (ByValue)"" position=""0"" aliases=""N"">
          <maml:name>Name</maml:name>
          <maml:description>
            <maml:para>The widget name.</maml:para>
          </maml:description>
          <command:parameterValue required=""true"" variableLength=""false"">String</command:parameterValue>
          <dev:type>
            <maml:name>String</maml:name>
            <maml:uri />
          </dev:type>
          <dev:defaultValue>None</dev:defaultValue>
        </command:parameter>
      </command:syntaxItem>
    </command:syntax>
    <command:parameters>
      <command:parameter required=""true"" variableLength=""true"" globbing=""true"" pipelineInput=""True (ByValue)"" position=""0"" aliases=""N"">
        <maml:name>Name</maml:name>
        <maml:description>
          <maml:para>The widget name.</maml:para>
        </maml:description>
        <command:parameterValue required=""true"" variableLength=""false"">String</command:parameterValue>
        <dev:type>
          <maml:name>String</maml:name>
          <maml:uri />
        </dev:type>
        <dev:defaultValue>None</dev:defaultValue>
      </command:parameter>
    </command:parameters>
    <command:inputTypes>
      <command:inputType>
        <dev:type>
          <maml:name>System.String</maml:name>
        </dev:type>
        <maml:description>
          <maml:para>A widget name.</maml:para>
        </maml:description>
      </command:inputType>
    </command:inputTypes>
    <command:returnValues>
      <command:returnValue>
        <dev:type>
          <maml:name>Contoso.Widget</maml:name>
        </dev:type>
        <maml:description>
          <maml:para>The widget.</maml:para>
        </maml:description>
      </command:returnValue>
    </command:returnValues>
    <maml:alertSet>
      <maml:alert>
        <maml:para>Requires the store to be reachable.</maml:para>
      </maml:alert>
    </maml:alertSet>
    <command:examples>
      <command:example>
        <maml:title>------------------ Example 1: Get one widget ------------------</maml:title>
        <dev:code>PS C:\&gt; Get-Widget -Name w1

Name Size
---- ----
w1      3</dev:code>
        <dev:remarks>
          <maml:para>This gets the widget named w1.</maml:para>
          <maml:para>Second remark paragraph.</maml:para>
        </dev:remarks>
      </command:example>
    </command:examples>
    <command:relatedLinks>
      <maml:navigationLink>
        <maml:linkText>Contoso docs</maml:linkText>
        <maml:uri>https://example.com/widgets</maml:uri>
      </maml:navigationLink>
    </command:relatedLinks>
  </command:command>
</helpItems>";

        [Fact]
        public void MamlIsElementByElementWhatPlatyPSWrites()
        {
            XElement expected = XDocument.Parse(ExpectedMaml).Root!;
            XElement actual = XDocument.Parse(Compile()).Root!;
            AssertSameElement(expected, actual, "/");
        }

        [Fact]
        public void MamlTextIsWhatPlatyPSWritesUpToLineBreaks()
        {
            string actual = Compile();
            Assert.Contains("\r\n", actual);
            Assert.Equal(ExpectedMaml.Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));
        }

        [Fact]
        public void FileIsNamedByExternalHelpFileAndWrittenAsUtf8WithBom()
        {
            using var docs = new Docs().Add("Get-Widget.md", Markdown);
            HelpOutput output = docs.Compile();
            string outFolder = Path.Combine(docs.Folder, "out");
            HelpCompiler.Write(output, outFolder);

            byte[] bytes = File.ReadAllBytes(Path.Combine(outFolder, "Contoso.dll-Help.xml"));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<helpItems schema=\"maml\" xmlns=\"http://msh\">\r\n  <command:command ", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        }

        private static string Compile()
        {
            using var docs = new Docs().Add("Get-Widget.md", Markdown);
            HelpOutput output = docs.Compile();
            Assert.Empty(output.Errors);
            return Assert.Single(output.Files, f => f.Key == "Contoso.dll-Help.xml").Value;
        }

        // Same name, same attributes in the same order, same children in the same order, same text; an element with
        // "" as content (<x></x>) is not the same as an empty one (<x />).
        private static void AssertSameElement(XElement expected, XElement actual, string path)
        {
            path += expected.Name.LocalName;
            Assert.True(expected.Name == actual.Name, $"{path}: expected {expected.Name}, got {actual.Name}");
            Assert.Equal(
                expected.Attributes().Select(a => a.Name + "=" + a.Value).ToArray(),
                actual.Attributes().Select(a => a.Name + "=" + a.Value).ToArray());
            Assert.True(expected.IsEmpty == actual.IsEmpty, $"{path}: IsEmpty {expected.IsEmpty} vs {actual.IsEmpty}");
            XElement[] expectedChildren = expected.Elements().ToArray();
            XElement[] actualChildren = actual.Elements().ToArray();
            Assert.True(expectedChildren.Length == actualChildren.Length, $"{path}: {expectedChildren.Length} children expected, got {actualChildren.Length}");
            if (expectedChildren.Length == 0)
            {
                Assert.True(expected.Value == actual.Value, $"{path}: expected [{expected.Value}], got [{actual.Value}]");
            }

            for (int i = 0; i < expectedChildren.Length; i++)
            {
                AssertSameElement(expectedChildren[i], actualChildren[i], path + "/");
            }
        }
    }
}
