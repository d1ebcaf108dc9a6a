using System;
using System.Collections.Generic;
using System.Linq;

namespace Multicast.Madcap
{
    /// <summary>
    /// The zone names a server returns for a GETINFO (RFC 2730 §3.10): all of them when the client named no language;
    /// otherwise "no more than one zone name for each zone": one whose tag matches the Requested Language "using a
    /// case-insensitive ASCII comparison", else preferably one flagged as the fallback, else any.
    /// </summary>
    public static class MadcapZoneNameChoice
    {
        public static IReadOnlyList<MadcapScopeEntry> ForLanguage(IEnumerable<MadcapScopeEntry> scopes, string? requestedLanguage)
        {
            if (scopes is null)
            {
                throw new ArgumentNullException(nameof(scopes));
            }

            var chosen = new List<MadcapScopeEntry>();
            foreach (MadcapScopeEntry scope in scopes)
            {
                if (requestedLanguage is null)
                {
                    chosen.Add(scope);
                    continue;
                }

                MadcapZoneName? name = scope.Names.FirstOrDefault(n => string.Equals(n.LanguageTag, requestedLanguage, StringComparison.OrdinalIgnoreCase))
                    ?? scope.Names.FirstOrDefault(n => n.IsFallback)
                    ?? scope.Names.FirstOrDefault();
                chosen.Add(new MadcapScopeEntry(scope.ScopeId, scope.LastAddress, scope.Ttl, name is null ? new MadcapZoneName[0] : new[] { name }));
            }

            return chosen.AsReadOnly();
        }
    }
}
