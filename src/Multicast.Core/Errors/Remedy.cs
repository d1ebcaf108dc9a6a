using System;
using System.Collections.Generic;

namespace Multicast
{
    /// <summary>
    /// What the caller can do instead, as data. Core states the facts in its messages and names no command
    /// or parameter; each host phrases the remedy in its own terms (the PowerShell module as cmdlets and
    /// parameters, a MADCAP server as a NAK reason). <see cref="Values"/> holds the facts the remedy needs,
    /// by the names <see cref="RemedyKind"/> documents for each kind.
    /// </summary>
    public sealed class Remedy
    {
        private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

        public Remedy(RemedyKind kind, IReadOnlyDictionary<string, object?>? values = null)
        {
            Kind = kind;
            Values = values ?? NoValues;
        }

        public RemedyKind Kind { get; }

        public IReadOnlyDictionary<string, object?> Values { get; }

        /// <summary>A remedy with named values: <c>Remedy.Of(RemedyKind.GiveOwner, ("Owner", "app1"))</c>.</summary>
        public static Remedy Of(RemedyKind kind, params (string Name, object? Value)[] values)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach ((string name, object? value) in values)
            {
                map[name] = value;
            }

            return new Remedy(kind, map);
        }

        /// <summary>The named value, or null when the remedy has none by that name.</summary>
        public object? this[string name] => Values.TryGetValue(name, out object? value) ? value : null;

        public override string ToString() => Kind.ToString();
    }
}
