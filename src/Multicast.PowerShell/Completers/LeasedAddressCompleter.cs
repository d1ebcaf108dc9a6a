using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Multicast.Leases;

namespace Multicast.PowerShell
{
    /// <summary>Completes -Address with the groups the store's leases hold (those of -Pool and -Owner when given), in address order.</summary>
    internal sealed class LeasedAddressCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string? pool = fakeBoundParameters?["Pool"] as string;
            string? owner = fakeBoundParameters?["Owner"] as string;
            IReadOnlyList<MulticastAddressLease> leases = CompletionStore.Read(fakeBoundParameters, store => store.GetLeases(
                l => (pool is null || string.Equals(l.Pool, pool, StringComparison.OrdinalIgnoreCase)) && (owner is null || string.Equals(l.Owner, owner, StringComparison.OrdinalIgnoreCase)),
                includeExpired: false));
            string typed = CompletionStore.Typed(wordToComplete);
            return leases
                .Select(l => new { Text = l.ToString(), Lease = l })
                .Where(l => l.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(l => new CompletionResult(l.Text, l.Text, CompletionResultType.ParameterValue, l.Lease.Pool + ", " + l.Lease.Owner + ", until " + l.Lease.End.ToString("g", System.Globalization.CultureInfo.CurrentCulture)))
                .ToList();
        }
    }
}
