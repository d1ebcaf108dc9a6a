using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using Multicast.Madcap;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The scope a -Pool names at a MADCAP server: a Scope ID (the scope's first address, RFC 2730 §1.2, §3.5) as given,
    /// or a zone name the server lists (GETINFO, §2.2.1), compared without case.
    /// </summary>
    internal static class MadcapScopeChoice
    {
        public static (MadcapLeaseRequest Request, string Name) Find(MadcapSession session, MadcapClient client, IPEndPoint server, string pool)
        {
            if (IPAddress.TryParse(pool.Trim(), out IPAddress? scopeId) && IPAddressValue.FromIPAddress(scopeId).IsMulticast)
            {
                return (new MadcapLeaseRequest(scopeId), pool.Trim());
            }

            IReadOnlyList<MadcapServerInfo> answers = session.Run(token => client.GetInfo(server, null, token));
            foreach (MadcapServerInfo answer in answers)
            {
                MadcapScopeEntry? scope = answer.Scopes.FirstOrDefault(s => s.Names.Any(n => string.Equals(n.Name, pool, StringComparison.OrdinalIgnoreCase)));
                if (scope != null)
                {
                    return (new MadcapLeaseRequest(scope), scope.Names.First(n => string.Equals(n.Name, pool, StringComparison.OrdinalIgnoreCase)).Name);
                }
            }

            IEnumerable<string> listed = answers.SelectMany(a => a.Scopes).Select(s => s.Names.Count > 0 ? s.Names[0].Name : s.ScopeId.ToString()).Distinct();
            throw new MulticastNotFoundException(
                "MadcapScopeNotFound",
                pool,
                "The MADCAP server " + server + " lists no scope named '" + pool + "'; it lists " + (listed.Any() ? string.Join(", ", listed) : "none") + ".",
                Remedy.Of(RemedyKind.MadcapListScopes, ("Server", server)));
        }
    }
}
