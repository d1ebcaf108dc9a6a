using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.PowerShell
{
    /// <summary>Completes pool names from the store that -StorePath (or the default) points at.</summary>
    internal sealed class PoolNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<MulticastAddressPool> pools;
            try
            {
                string? given = fakeBoundParameters?["StorePath"] as string;
                string path = LeaseStorePath.Resolve(given, out _);
                pools = new LeaseService(new FileLeaseStore(path, TimeSpan.FromSeconds(1))).GetPools();
            }
            catch (Exception exception) when (exception is MulticastException || exception is SystemException)
            {
                return Array.Empty<CompletionResult>();
            }

            string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return pools
                .Where(p => p.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(p => new CompletionResult(p.Name, p.Name, CompletionResultType.ParameterValue, p.Prefix + " (" + p.Kind + ")"))
                .ToList();
        }
    }
}
