using System.Collections.Generic;
using System.Linq;

namespace Multicast.PowerShell
{
    /// <summary>Completes Get-ScopeRelativeAddress -Name with the IPv4 relative offsets' and IPv6 variable-scope rows' names.</summary>
    internal sealed class ScopeRelativeNameCompleter : RegistryNameCompleter
    {
        protected override IEnumerable<MulticastAssignment> Candidates => IanaRegistry.Assignments.Where(row => row.IsScopeRelative);
    }
}
