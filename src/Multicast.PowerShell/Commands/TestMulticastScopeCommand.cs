using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Test-MulticastScope: is each address a multicast address of exactly this scope, or with -Within,
    /// of this scope or a narrower one? RFC 4291 §2.7, RFC 7346, RFC 2365 §8 for IPv4.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "MulticastScope")]
    [OutputType(typeof(bool))]
    public sealed class TestMulticastScopeCommand : MulticastCmdlet
    {
        // Written for every address: boxed once a command, not once an item (and not static, so that the
        // optimized loop needs no class initialization check).
        private readonly object boxedTrue = true;
        private readonly object boxedFalse = false;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation(TakesEveryObject = true)]
        public AddressInput[] Address { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 1)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput Scope { get; set; } = null!;

        [Parameter]
        public SwitchParameter Within { get; set; }

        [MethodImpl(Jit.FullyOptimized)]
        protected override void ProcessRecord()
        {
            foreach (AddressInput item in Address)
            {
                if (!IsValid(item))
                {
                    continue;
                }

                IPAddressValue address = item.Address;
                bool result = ScopeClassifier.IsInScope(address, Scope.Value, Within.IsPresent);
                if (!address.IsMulticast)
                {
                    WriteVerbose(address + " is not a multicast address, so it has no multicast scope.");
                }
                else if (!result && ScopeClassifier.GetScope(address) is null)
                {
                    WriteVerbose(address + " is in 239.0.0.0/8 outside 239.255.0.0/16 and 239.192.0.0/14: RFC 2365 §8 gives it no scope, so only -Within Global includes it.");
                }

                WriteObject(result ? boxedTrue : boxedFalse);
            }
        }
    }
}
