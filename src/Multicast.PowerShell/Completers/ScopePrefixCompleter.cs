using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Multicast.PowerShell
{
    /// <summary>Completes IPv4 administrative scope prefixes with the ones RFC 2365 §6 defines.</summary>
    internal sealed class ScopePrefixCompleter : IArgumentCompleter
    {
        private static readonly KeyValuePair<IPPrefix, string>[] WellKnown =
        {
            new KeyValuePair<IPPrefix, string>(ScopeRelativeAddressing.LocalScope, Ipv4ScopeNames.Local + " (RFC 2365 §6.1)"),
            new KeyValuePair<IPPrefix, string>(ScopeRelativeAddressing.OrganizationLocalScope, Ipv4ScopeNames.OrganizationLocal + " (RFC 2365 §6.2)"),
            new KeyValuePair<IPPrefix, string>(ScopeRelativeAddressing.AdministrativelyScopedBlock, "The whole Administratively Scoped Block (RFC 2365, RFC 5771 §10)"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            foreach (KeyValuePair<IPPrefix, string> entry in WellKnown)
            {
                string text = entry.Key.ToString();
                if (text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new CompletionResult(text, text, CompletionResultType.ParameterValue, entry.Value);
                }
            }
        }
    }
}
