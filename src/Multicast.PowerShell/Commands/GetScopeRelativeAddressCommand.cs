using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Get-ScopeRelativeAddress: the IANA scope-relative assignments placed in a scope, and back.
    /// IPv4 relative offsets count down from the top of an administrative scope (RFC 2365 §9, RFC 6308
    /// §3.4.2); IPv6 variable-scope addresses FF0X:: take any scope X (RFC 2375 §3, RFC 4291 §2.7).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScopeRelativeAddress", DefaultParameterSetName = ByOffset)]
    [OutputType(typeof(ScopeRelativeAddress))]
    public sealed class GetScopeRelativeAddressCommand : MulticastCmdlet
    {
        private const string ByOffset = "ByOffset";
        private const string ByName = "ByName";
        private const string ByAddress = "ByAddress";
        private const string ByAssignment = "ByAssignment";

        /// <summary>Relative offsets, 0-255.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByOffset, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, 255)]
        public int[] Offset { get; set; } = null!;

        /// <summary>IANA names of relative offsets or variable-scope addresses; whole words or wildcards.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByName, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ScopeRelativeNameCompleter))]
        [SupportsWildcards]
        public string[] Name { get; set; } = null!;

        /// <summary>Addresses to read back to their offset or variable-scope row.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByAddress, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        public AddressInput[] Address { get; set; } = null!;

        /// <summary>Scope-relative rows of the IANA registries, as Find-MulticastAssignment returns them, to place in the scope.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByAssignment, ValueFromPipeline = true)]
        public MulticastAssignment[] Assignment { get; set; } = null!;

        /// <summary>The IPv4 administrative scope: inside 239.0.0.0/8, /8 to /24. Default: the Local Scope, 239.255.0.0/16.</summary>
        [Parameter]
        [PrefixTransformation("ScopePrefix")]
        [ArgumentCompleter(typeof(ScopePrefixCompleter))]
        public PrefixInput ScopePrefix { get; set; } = null!;

        /// <summary>The IPv6 scope for variable-scope addresses.</summary>
        [Parameter(ParameterSetName = ByName)]
        [Parameter(ParameterSetName = ByAddress)]
        [Parameter(ParameterSetName = ByAssignment)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput Scope { get; set; } = null!;

        private IPPrefix? ScopePrefixOrNull => ScopePrefix is null ? (IPPrefix?)null : ScopePrefix.Prefix;

        private MulticastScope? ScopeOrNull => Scope?.Value;

        protected override void BeginProcessing()
        {
            if (ScopePrefix is null)
            {
                return;
            }

            // A wrong scope would fail every item the same way: stop once, with the reason.
            try
            {
                if (ScopePrefix.Error != null)
                {
                    throw ScopePrefix.Error;
                }

                ScopeRelativeAddressing.CheckScope(ScopePrefix.Prefix);
            }
            catch (MulticastException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, ScopePrefix.Input));
            }
        }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByOffset:
                    foreach (int offset in Offset)
                    {
                        ForItem(offset, () => WriteObject(ScopeRelativeAddressing.FromOffset(offset, ScopePrefixOrNull)));
                    }

                    break;
                case ByName:
                    foreach (string name in Name)
                    {
                        ForItem(name, () => WriteObject(ScopeRelativeAddressing.FromName(name, ScopePrefixOrNull, ScopeOrNull), enumerateCollection: true));
                    }

                    break;
                case ByAssignment:
                    foreach (MulticastAssignment assignment in Assignment)
                    {
                        ForItem(assignment, () => WriteObject(ScopeRelativeAddressing.FromAssignment(assignment, ScopePrefixOrNull, ScopeOrNull), enumerateCollection: true));
                    }

                    break;
                default:
                    WriteByAddress();
                    break;
            }
        }

        // A cmdlet per address: no closure an item, and the scope read once.
        [MethodImpl(Jit.FullyOptimized)]
        private void WriteByAddress()
        {
            IPPrefix? scopePrefix = ScopePrefixOrNull;
            MulticastScope? scope = ScopeOrNull;
            foreach (AddressInput item in Address)
            {
                if (!IsValid(item))
                {
                    continue;
                }

                try
                {
                    WriteObject(ScopeRelativeAddressing.FromAddress(item.Address, scopePrefix, scope));
                }
                catch (MulticastException exception)
                {
                    WriteCoreError(exception, item.Input);
                }
            }
        }
    }
}
