using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Multicast.PowerShell
{
    /// <summary>Completes lease lengths with common ones, written as TimeSpan text (days.hours:minutes:seconds).</summary>
    internal sealed class DurationCompleter : IArgumentCompleter
    {
        private static readonly (string Text, string Meaning)[] Durations =
        {
            ("'01:00:00'", "one hour"), ("'08:00:00'", "eight hours, a working day"), ("'1.00:00:00'", "one day"),
            ("'7.00:00:00'", "one week"), ("'30.00:00:00'", "thirty days"), ("'365.00:00:00'", "one year"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = CompletionStore.Typed(wordToComplete);
            return Durations
                .Where(d => d.Text.Trim('\'').StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(d => new CompletionResult(d.Text, d.Text.Trim('\''), CompletionResultType.ParameterValue, d.Meaning))
                .ToList();
        }
    }
}
