using System.Management.Automation;

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
        public object[] Address { get; set; } = null!;

        /// <summary>The IPv4 administrative scope: inside 239.0.0.0/8, /8 to /24. Default: the Local Scope, 239.255.0.0/16.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ScopePrefixCompleter))]
        public IPPrefix ScopePrefix { get; set; }

        /// <summary>The IPv6 scope for variable-scope addresses.</summary>
        [Parameter(ParameterSetName = ByName)]
        [Parameter(ParameterSetName = ByAddress)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public MulticastScope Scope { get; set; }

        private IPPrefix? ScopePrefixOrNull => MyInvocation.BoundParameters.ContainsKey(nameof(ScopePrefix)) ? ScopePrefix : (IPPrefix?)null;

        private MulticastScope? ScopeOrNull => MyInvocation.BoundParameters.ContainsKey(nameof(Scope)) ? Scope : (MulticastScope?)null;

        protected override void BeginProcessing()
        {
            if (ScopePrefixOrNull is IPPrefix scope)
            {
                try
                {
                    ScopeRelativeAddressing.CheckScope(scope);
                }
                catch (MulticastException exception)
                {
                    // A wrong scope would fail every item the same way: stop once, with the reason.
                    ThrowTerminatingError(ErrorRecords.From(exception, scope));
                }
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
                default:
                    foreach (object item in Address)
                    {
                        ProcessAddressItem(item);
                    }

                    break;
            }
        }

        private void ProcessAddressItem(object item)
        {
            object? value = PipelineAddress.TargetOf(item);
            if (value is MulticastAssignment assignment)
            {
                // A row from Find-MulticastAssignment: place it in this scope.
                ForItem(value, () => WriteObject(ScopeRelativeAddressing.FromAssignment(assignment, ScopePrefixOrNull, ScopeOrNull), enumerateCollection: true));
                return;
            }

            if (TryResolveAddress(item, properties => ProcessByProperty(properties, value), out IPAddressValue address))
            {
                ForItem(value, () => WriteObject(ScopeRelativeAddressing.FromAddress(address, ScopePrefixOrNull, ScopeOrNull)));
            }
        }

        // An object with no address, such as [pscustomobject]@{ Offset = 2 }: -Offset and -Name by property name.
        private bool ProcessByProperty(PSObject properties, object? target)
        {
            object? offsetValue = properties.Properties[nameof(Offset)]?.Value;
            if (offsetValue != null && LanguagePrimitives.TryConvertTo(offsetValue, out int offset))
            {
                ForItem(target, () => WriteObject(ScopeRelativeAddressing.FromOffset(offset, ScopePrefixOrNull)));
                return true;
            }

            if (properties.Properties[nameof(Name)]?.Value is string name)
            {
                ForItem(target, () => WriteObject(ScopeRelativeAddressing.FromName(name, ScopePrefixOrNull, ScopeOrNull), enumerateCollection: true));
                return true;
            }

            return false;
        }
    }
}
