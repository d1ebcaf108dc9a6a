using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Completes -Name with the IANA registry's names that start with what was typed. Each name is quoted
    /// when needed, and its wildcard characters are escaped so that it matches only itself. The tooltip
    /// lists where the name is: 224.0.1.1, ff0x::101, offset 5.
    /// </summary>
    internal abstract class RegistryNameCompleter : IArgumentCompleter
    {
        /// <summary>The rows whose names are offered.</summary>
        protected abstract IEnumerable<MulticastAssignment> Candidates { get; }

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Candidates
                .Where(row => row.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .GroupBy(row => row.Name, StringComparer.OrdinalIgnoreCase)
                .OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
                .Select(group => new CompletionResult(
                    Quote(group.Key),
                    group.Key,
                    CompletionResultType.ParameterValue,
                    group.Key + ": " + string.Join(", ", group.Select(row => row.Range))))
                .ToList();
        }

        private static string Quote(string name)
        {
            string escaped = name.Replace("`", "``").Replace("*", "`*").Replace("?", "`?").Replace("[", "`[");
            bool plain = escaped == name && name.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
            return plain ? name : "'" + escaped.Replace("'", "''") + "'";
        }
    }
}
