using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.HelpCompiler.Maml
{
    /// <summary>
    /// Rebuilds a command's syntax from its parameters' yaml, as PlatyPS 0.14 ModelTransformerVersion2.GatherSyntax
    /// does: the SYNTAX section's code is never read.
    /// </summary>
    /// <remarks>
    /// PlatyPS keeps this list for a whole file and never clears it, so a second PARAMETERS section (or a second
    /// command in the same file) sees the earlier parameters again. One instance per file reproduces that.
    /// </remarks>
    internal sealed class ParameterSets
    {
        public const string All = "(All)";

        // The parameter's (copies') set memberships, one map per parameter with a yaml block, in page order.
        private readonly List<Dictionary<string, ParameterHelp>> parameters = new List<Dictionary<string, ParameterHelp>>();

        public void Add(Dictionary<string, ParameterHelp> setMembership) => parameters.Add(setMembership);

        public void BuildSyntax(CommandHelp command)
        {
            // A single entry kept from SYNTAX is dropped here; two or more stay, as empty syntax items.
            if (command.Syntax.Count == 1 && command.Syntax[0].FromSyntaxSection)
            {
                command.Syntax.RemoveAt(0);
            }

            List<string> setNames = SetNames();
            if (setNames.Count == 0)
            {
                command.Syntax.Add(new SyntaxItem());
            }

            foreach (string setName in setNames)
            {
                // "(All)" is an item of its own only when it is the only set; otherwise its parameters join every
                // named set. PlatyPS compares it case-sensitively here.
                if (setName == All && setNames.Count > 1)
                {
                    continue;
                }

                var item = new SyntaxItem();

                // Stable sort by the Position *string*, with the default (culture) comparer: 0-9 before Named,
                // but "10" before "2".
                item.Parameters.AddRange(ParametersOf(setName).OrderBy(p => p.Position, StringComparer.InvariantCulture));
                command.Syntax.Add(item);
            }
        }

        // Every set name, case-insensitively distinct, in order of first appearance.
        private List<string> SetNames()
        {
            var names = new List<string>();
            foreach (string name in parameters.SelectMany(p => p.Keys))
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }

            return names;
        }

        // The parameters of a set: those listed in it, and those whose only set is "(All)".
        private IEnumerable<ParameterHelp> ParametersOf(string setName)
        {
            foreach (Dictionary<string, ParameterHelp> sets in parameters)
            {
                if (sets.TryGetValue(setName, out ParameterHelp? parameter))
                {
                    yield return parameter;
                }
                else if (sets.Count == 1 && sets.Keys.First() == All)
                {
                    yield return sets.Values.First();
                }
            }
        }
    }
}
