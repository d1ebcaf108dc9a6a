using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Multicast.Leases;

namespace Multicast.PowerShell
{
    /// <summary>Completes pool names from the store that -StorePath (or the default) points at.</summary>
    internal sealed class PoolNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<MulticastAddressPool> pools = CompletionStore.Read(fakeBoundParameters, store => store.GetPools());
            string typed = CompletionStore.Typed(wordToComplete);
            return pools
                .Where(p => p.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(p => new CompletionResult(p.Name, p.Name, CompletionResultType.ParameterValue, p.PrefixValue + " (" + p.KindValue + ")"))
                .ToList();
        }
    }
}
