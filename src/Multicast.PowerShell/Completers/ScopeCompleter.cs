using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Completes -Scope with the scope names, the common ones first (smallest to largest), each with its scop
    /// value and IANA name as the tooltip. Reserved and unassigned values come after them, and only once typed.
    /// </summary>
    internal sealed class ScopeCompleter : IArgumentCompleter
    {
        private static readonly MulticastScope[] Common =
        {
            MulticastScope.InterfaceLocal, MulticastScope.LinkLocal, MulticastScope.RealmLocal, MulticastScope.AdminLocal,
            MulticastScope.SiteLocal, MulticastScope.OrganizationLocal, MulticastScope.Global,
        };

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            bool showAll = typed.Length > 0;
            IEnumerable<MulticastScope> offered = showAll ? Common.Concat(((MulticastScope[])Enum.GetValues(typeof(MulticastScope))).Except(Common)) : Common;
            foreach (MulticastScope scope in offered)
            {
                string name = scope.ToString();
                if (name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new CompletionResult(
                        name,
                        name,
                        CompletionResultType.ParameterValue,
                        "scop " + ((int)scope).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ": " + MulticastScopeInfo.GetIanaName(scope));
                }
            }
        }
    }
}
