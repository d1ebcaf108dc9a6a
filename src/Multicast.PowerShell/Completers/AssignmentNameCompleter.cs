using System.Collections.Generic;

namespace Multicast.PowerShell
{
    /// <summary>Completes Find-MulticastAssignment -Name with every name in the IANA registries.</summary>
    internal sealed class AssignmentNameCompleter : RegistryNameCompleter
    {
        protected override IEnumerable<MulticastAssignment> Candidates => IanaRegistry.Assignments;
    }
}
