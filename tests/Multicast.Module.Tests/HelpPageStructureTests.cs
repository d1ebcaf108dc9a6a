using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Multicast.Module.Tests
{
    /// <summary>
    /// Each docs/en-US page is PlatyPS 0.14 markdown that agrees with the compiled cmdlet: its sections, its
    /// syntax per parameter set, each parameter's type, sets, aliases, required-ness, position and pipeline
    /// input, and its output types. New-ExternalHelp turns exactly this into Get-Help's content.
    /// </summary>
    public class HelpPageStructureTests
    {
        private static readonly string[] Sections =
            { "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS" };

        public static TheoryData<string> CmdletNames() => ModuleSurfaceTests.CmdletNames();

        private static string Page(string name) =>
            File.ReadAllText(Path.Combine(ModuleMetadata.RepositoryRoot, "docs", "en-US", name + ".md")).Replace("\r\n", "\n");

        private static string Section(string page, string heading)
        {
            Match match = Regex.Match(page, "^## " + Regex.Escape(heading) + "\n(?<body>.*?)(?=^## |\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
            Assert.True(match.Success, "No '## " + heading + "' section.");
            return match.Groups["body"].Value;
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void HasThePlatyPSHeaderAndSectionsInOrder(string name)
        {
            string page = Page(name);
            Assert.StartsWith("---\n", page);
            Assert.Contains("\nexternal help file: Multicast.dll-Help.xml\n", page);
            Assert.Contains("\nModule Name: Multicast\n", page);
            Assert.Contains("\nschema: 2.0.0\n", page);
            Assert.Matches("(?m)^# " + Regex.Escape(name) + "$", page);
            var found = Regex.Matches(page, "^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();
            Assert.Equal(Sections, found);
            Assert.False(string.IsNullOrWhiteSpace(Section(page, "SYNOPSIS")), name + " has an empty synopsis.");
            Assert.DoesNotContain("{{", page);
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void SyntaxShowsEveryParameterSetAndItsParameters(string name)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            string syntax = Section(Page(name), "SYNTAX");
            var sets = cmdlet.ParameterSetNames.ToList();
            if (sets.Count <= 1)
            {
                string block = Regex.Match(syntax, "```\n(?<b>.*?)```", RegexOptions.Singleline).Groups["b"].Value;
                Assert.StartsWith(name + " ", block);
                foreach (ParameterEntry parameter in cmdlet.Parameters)
                {
                    Assert.Matches("-" + parameter.Name + "\\b", block);
                }

                return;
            }

            foreach (string set in sets)
            {
                string heading = set + (set == cmdlet.DefaultParameterSetName ? " (Default)" : string.Empty);
                Match match = Regex.Match(syntax, "^### " + Regex.Escape(heading) + "\n```\n(?<b>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline);
                Assert.True(match.Success, name + " SYNTAX has no '### " + heading + "' block.");
                string block = match.Groups["b"].Value;
                Assert.StartsWith(name + " ", block);
                foreach (ParameterEntry parameter in cmdlet.Parameters.Where(p => p.Sets.Any(s => s.SetName == set || s.SetName == "__AllParameterSets")))
                {
                    Assert.True(Regex.IsMatch(block, "-" + parameter.Name + "\\b"), name + " syntax of " + set + " lacks -" + parameter.Name + ".");
                }
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void EachParameterBlockAgreesWithTheMetadata(string name)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            string parameters = Section(Page(name), "PARAMETERS");
            foreach (ParameterEntry parameter in cmdlet.Parameters)
            {
                // PlatyPS writes one yaml block, or one per parameter set where the sets differ.
                Match match = Regex.Match(parameters, "^### -" + parameter.Name + "\n(?<body>.*?)(?=^### |\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
                Assert.True(match.Success, name + " documents no -" + parameter.Name + ".");
                string body = match.Groups["body"].Value;
                Assert.False(string.IsNullOrWhiteSpace(body.Substring(0, Math.Max(0, body.IndexOf("```yaml", StringComparison.Ordinal)))), name + " -" + parameter.Name + " has no description.");
                var blocks = Regex.Matches(body, "```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)
                    .Select(m => m.Groups["yaml"].Value.Split('\n')
                        .Select(line => line.Split(new[] { ':' }, 2))
                        .Where(pair => pair.Length == 2)
                        .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim()))
                    .ToList();
                Assert.True(blocks.Count > 0, name + " -" + parameter.Name + " has no yaml block.");
                Dictionary<string, string> yaml = blocks[0];
                string where = name + " -" + parameter.Name + ": ";

                Assert.All(blocks, block => Assert.Equal(ShortTypeName(parameter.TypeName), block["Type"]));

                var setNames = parameter.Sets.Select(s => s.SetName).Distinct().OrderBy(s => s).ToList();
                string expectedSets = setNames.Contains("__AllParameterSets") ? "(All)" : string.Join(", ", setNames);
                string documentedSets = string.Join(", ", blocks.SelectMany(b => b["Parameter Sets"].Split(',')).Select(s => s.Trim()).Distinct().OrderBy(s => s));
                Assert.True(documentedSets == expectedSets, where + "Parameter Sets are '" + documentedSets + "', expected '" + expectedSets + "'.");

                var aliases = yaml["Aliases"].Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim()).OrderBy(a => a);
                Assert.Equal(parameter.Aliases.OrderBy(a => a), aliases);

                bool allMandatory = parameter.Sets.All(s => s.Mandatory), noneMandatory = parameter.Sets.All(s => !s.Mandatory);
                if (allMandatory || noneMandatory)
                {
                    Assert.True(yaml["Required"].StartsWith(allMandatory ? "True" : "False", StringComparison.Ordinal), where + "Required is '" + yaml["Required"] + "'.");
                }

                var positions = parameter.Sets.Select(s => s.Position).Distinct().ToList();
                if (positions.Count == 1)
                {
                    string expected = positions[0] == int.MinValue ? "Named" : positions[0].ToString();
                    Assert.True(yaml["Position"].StartsWith(expected, StringComparison.Ordinal), where + "Position is '" + yaml["Position"] + "', expected " + expected + ".");
                }

                bool byValue = parameter.Sets.Any(s => s.ValueFromPipeline), byName = parameter.Sets.Any(s => s.ValueFromPipelineByPropertyName);
                string pipeline = string.Join(" ", blocks.Select(b => b["Accept pipeline input"]));
                Assert.True(pipeline.Contains("True") == (byValue || byName), where + "Accept pipeline input is '" + pipeline + "'.");
                Assert.True(pipeline.Contains("ByValue") == byValue, where + "ByValue in '" + pipeline + "'.");
                Assert.True(pipeline.Contains("ByPropertyName") == byName, where + "ByPropertyName in '" + pipeline + "'.");
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void OutputsNameEveryOutputType(string name)
        {
            string outputs = Section(Page(name), "OUTPUTS");
            foreach (string type in ModuleMetadata.Cmdlet(name).OutputTypes)
            {
                Assert.Matches("(?m)^### " + Regex.Escape(type) + "\\s*$", outputs);
            }
        }

        // PlatyPS writes the type's name without its namespace: UInt32[], Object[], MulticastScope, SwitchParameter.
        private static string ShortTypeName(string typeName)
        {
            Match nullable = Regex.Match(typeName, @"^System\.Nullable`1\[(?<t>.+)\]$");
            if (nullable.Success)
            {
                typeName = nullable.Groups["t"].Value;
            }

            string array = typeName.EndsWith("[]", StringComparison.Ordinal) ? "[]" : string.Empty;
            string bare = typeName.Substring(0, typeName.Length - array.Length);
            return bare.Substring(bare.LastIndexOf('.') + 1) + array;
        }
    }
}
