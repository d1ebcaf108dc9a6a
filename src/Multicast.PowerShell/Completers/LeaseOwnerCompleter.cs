using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Multicast.Leases;

namespace Multicast.PowerShell
{
    /// <summary>Completes -Owner with the owners of the store's leases, each with how many groups it holds.</summary>
    internal sealed class LeaseOwnerCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<MulticastAddressLease> leases = CompletionStore.Read(fakeBoundParameters, store => store.GetLeases(l => true, includeExpired: false));
            string typed = CompletionStore.Typed(wordToComplete);
            return leases
                .GroupBy(l => l.Owner, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CompletionResult(Quote(g.Key), g.Key, CompletionResultType.ParameterValue, g.Count() + " active lease(s)"))
                .ToList();
        }

        private static string Quote(string owner) => owner.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', ',', ';', '(', ')', '{', '}' }) < 0 ? owner : "'" + owner.Replace("'", "''") + "'";
    }
}
