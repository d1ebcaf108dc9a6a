using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Multicast.Tests.Registry;

namespace Multicast.Tests
{
    /// <summary>
    /// Core and the lease engine state facts and name no PowerShell command or parameter: the module phrases
    /// remedies (Remedy, RemedyKind) as cmdlets and parameters, and another host phrases them its own way.
    /// </summary>
    public class CoreSpeaksInFactsTests
    {
        private static readonly Regex StringLiteral = new Regex(@"@?""(?:[^""\\]|\\.)*""", RegexOptions.Compiled);

        // An approved PowerShell verb and a noun, a parameter (-Name after a space or parenthesis), or $env:.
        private static readonly Regex PowerShellTerm = new Regex(
            @"\b(Get|Set|New|Remove|Request|Update|Test|Find|ConvertTo|ConvertFrom|Start|Stop|Publish|Add|Clear|Import|Export|Invoke|Register|Unregister|Resolve|Search|Show|Use|Wait|Send|Receive|Read|Write|Enable|Disable|Repair|Restart|Select|Out|Save|Restore|Compare|Measure)-[A-Z][A-Za-z]+"
            + @"|(^|[\s(""'])-[A-Z][a-z]+[A-Za-z]*\b"
            + @"|\$env:",
            RegexOptions.Compiled);

        public static TheoryData<string> SourceFiles()
        {
            var data = new TheoryData<string>();
            foreach (string project in new[] { "src/Multicast.Core", "src/Multicast.Leases" })
            {
                string folder = Path.Combine(RepositoryData.Root, project);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)))
                {
                    data.Add(Path.GetRelativePath(RepositoryData.Root, file));
                }
            }

            return data;
        }

        [Fact]
        public void TheScanFindsTheSources() => Assert.True(SourceFiles().Cast<object[]>().Count() > 50);

        [Theory]
        [MemberData(nameof(SourceFiles))]
        public void NoStringNamesACmdletOrParameter(string relativePath)
        {
            var found = new List<string>();
            string[] lines = File.ReadAllLines(Path.Combine(RepositoryData.Root, relativePath));
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//"))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral.Matches(lines[i]))
                {
                    Match term = PowerShellTerm.Match(literal.Value);
                    if (term.Success)
                    {
                        found.Add((i + 1) + ": " + term.Value.Trim() + " in " + literal.Value);
                    }
                }
            }

            Assert.True(found.Count == 0, relativePath + " names PowerShell commands or parameters; state the fact and give a Remedy instead:\n" + string.Join("\n", found));
        }

        [Theory]
        [InlineData("\"Use -Scope LinkLocal\"")]
        [InlineData("\"(New-LinkScopedMulticastAddress)\"")]
        [InlineData("\"set $env:MULTICAST_STORE_PATH\"")]
        [InlineData("\"-Duration (New-TimeSpan -Hours 8)\"")]
        public void TheScanCatchesPowerShellTerms(string literal) => Assert.Matches(PowerShellTerm, literal);

        [Theory]
        [InlineData("\"Link-Local Scope\"")]
        [InlineData("\"AD-HOC Block III\"")]
        [InlineData("\"Source-Specific Multicast Block\"")]
        [InlineData("\"from -1 to 255\"")]
        public void TheScanLeavesRfcTermsAlone(string literal) => Assert.DoesNotMatch(PowerShellTerm, literal);
    }
}
