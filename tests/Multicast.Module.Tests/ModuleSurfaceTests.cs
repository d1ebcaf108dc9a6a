using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Multicast.Module.Tests
{
    /// <summary>Rules every cmdlet obeys, checked against the compiled assembly, the manifest and the docs.</summary>
    public class ModuleSurfaceTests
    {
        // Get-Verb in PowerShell 7.4 (the 5.1 list is a subset of it).
        private static readonly string[] ApprovedVerbs =
        {
            "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New",
            "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show",
            "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch", "Connect", "Disconnect", "Read", "Receive", "Send",
            "Write", "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit",
            "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save",
            "Sync", "Unpublish", "Update", "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable",
            "Enable", "Install", "Invoke", "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend",
            "Uninstall", "Unregister", "Wait", "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace", "Block",
            "Grant", "Protect", "Revoke", "Unblock", "Unprotect", "Use",
        };

        // Verbs whose cmdlets only compute or read; -WhatIf would mean nothing on them.
        private static readonly string[] ReadOnlyVerbs = { "Get", "Test", "ConvertTo", "ConvertFrom", "Find", "Resolve", "Search" };

        public static TheoryData<string> CmdletNames()
        {
            var data = new TheoryData<string>();
            foreach (CmdletEntry cmdlet in ModuleMetadata.Cmdlets)
            {
                data.Add(cmdlet.Name);
            }

            return data;
        }

        [Fact]
        public void TheAssemblyDefinesCmdlets() => Assert.NotEmpty(ModuleMetadata.Cmdlets);

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void VerbIsApprovedAndNounSingular(string name)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            Assert.Contains(cmdlet.Verb, ApprovedVerbs);
            Assert.True(!cmdlet.Noun.EndsWith("s", StringComparison.Ordinal) || cmdlet.Noun.EndsWith("ss", StringComparison.Ordinal), cmdlet.Noun + " looks plural.");
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void DeclaresOutputType(string name)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            Assert.NotEmpty(cmdlet.OutputTypes);
            if (cmdlet.Verb == "Test")
            {
                Assert.Equal(new[] { "System.Boolean" }, cmdlet.OutputTypes);
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void WhatIfOnlyWhereStateChanges(string name)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            if (ReadOnlyVerbs.Contains(cmdlet.Verb))
            {
                Assert.False(cmdlet.SupportsShouldProcess, name + " changes nothing, so it must not offer -WhatIf.");
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void EveryCmdletTakesPipelineInput(string name)
        {
            CmdletEntry cmdlet = ModuleMetadata.Cmdlet(name);
            Assert.Contains(cmdlet.Parameters, p => p.Sets.Any(s => s.ValueFromPipeline || s.ValueFromPipelineByPropertyName));
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void AddressParametersBindEveryItemByValue(string name)
        {
            // object[] so that an IPv6 IPAddress never reaches the by-property-name step (see PipelineAddress).
            foreach (ParameterEntry parameter in ModuleMetadata.Cmdlet(name).Parameters.Where(p => p.Name == "Address"))
            {
                Assert.Equal("System.Object[]", parameter.TypeName);
                Assert.All(parameter.Sets, s => Assert.True(s.ValueFromPipeline && s.ValueFromPipelineByPropertyName));
                Assert.Contains("IPAddress", parameter.Aliases);
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void ScopeParametersAcceptNamesAndNumbers(string name)
        {
            foreach (ParameterEntry parameter in ModuleMetadata.Cmdlet(name).Parameters.Where(p => p.TypeName.Contains("Multicast.MulticastScope")))
            {
                Assert.Contains("ScopeTransformationAttribute", parameter.AttributeTypes);
                Assert.Contains("ArgumentCompleterAttribute", parameter.AttributeTypes);
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void ScopePrefixParametersCompleteTheRfc2365Scopes(string name)
        {
            foreach (ParameterEntry parameter in ModuleMetadata.Cmdlet(name).Parameters.Where(p => p.Name == "ScopePrefix"))
            {
                Assert.Contains("ArgumentCompleterAttribute", parameter.AttributeTypes);
            }
        }

        [Fact]
        public void ManifestExportsExactlyTheCmdletsTheAssemblyDefines()
        {
            string manifest = File.ReadAllText(Path.Combine(ModuleMetadata.RepositoryRoot, "Multicast.psd1"));
            Match block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)");
            Assert.True(block.Success, "Multicast.psd1 has no CmdletsToExport = @(...) list.");
            var exported = Regex.Matches(block.Groups["list"].Value, "'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(n => n).ToArray();
            var defined = ModuleMetadata.Cmdlets.Select(c => c.Name).OrderBy(n => n).ToArray();
            Assert.Equal(defined, exported);
            foreach (string empty in new[] { "FunctionsToExport", "VariablesToExport", "AliasesToExport" })
            {
                Assert.Matches(empty + @"\s*=\s*@\(\)", manifest);
            }
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void HasAHelpPageDocumentingEveryParameter(string name)
        {
            string page = Path.Combine(ModuleMetadata.RepositoryRoot, "docs", "en-US", name + ".md");
            Assert.True(File.Exists(page), "No help page " + page);
            string text = File.ReadAllText(page);
            foreach (ParameterEntry parameter in ModuleMetadata.Cmdlet(name).Parameters)
            {
                Assert.Contains("### -" + parameter.Name, text);
            }

            foreach (Match documented in Regex.Matches(text, @"^### -(\w+)", RegexOptions.Multiline))
            {
                string parameterName = documented.Groups[1].Value;
                Assert.True(
                    ModuleMetadata.Cmdlet(name).Parameters.Any(p => p.Name == parameterName) || CommonParameters.Contains(parameterName),
                    name + ".md documents -" + parameterName + ", which does not exist.");
            }

            Assert.Matches(@"### Example 1", text);
        }

        private static readonly string[] CommonParameters = { "WhatIf", "Confirm", "ProgressAction" };
    }
}
