using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Find-MulticastAssignment: the static IANA assignments (RFC 6308 §3.4) by name, address or prefix,
    /// fixed rows, IPv4 relative offsets and IPv6 variable-scope rows alike. "Where is NTP?" gives
    /// 224.0.1.1 and ff0x::101.
    /// </summary>
    [Cmdlet(VerbsCommon.Find, "MulticastAssignment", DefaultParameterSetName = ByName)]
    [OutputType(typeof(MulticastAssignment))]
    public sealed class FindMulticastAssignmentCommand : MulticastCmdlet
    {
        private const string ByName = "ByName";
        private const string ByAddress = "ByAddress";
        private const string ByPrefix = "ByPrefix";

        /// <summary>Names: whole words of the description, or wildcards. None lists every row.</summary>
        [Parameter(Position = 0, ParameterSetName = ByName, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AssignmentNameCompleter))]
        [SupportsWildcards]
        public string[]? Name { get; set; }

        /// <summary>Addresses whose rows to find.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByAddress, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        public AddressInput[] Address { get; set; } = null!;

        /// <summary>Prefixes whose overlapping rows to find.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPrefix)]
        [PrefixTransformation]
        public PrefixInput[] Prefix { get; set; } = null!;

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByName when Name is null:
                    WriteObject(IanaRegistry.Assignments, enumerateCollection: true);
                    break;
                case ByName:
                    foreach (string name in Name)
                    {
                        ForItem(name, () => WriteNamed(name));
                    }

                    break;
                case ByPrefix:
                    foreach (PrefixInput item in Valid(Prefix))
                    {
                        IPPrefix prefix = item.Prefix;
                        ForItem(item.Input, () => WriteFound(IanaRegistry.FindInRange(prefix), () => IanaRegistry.ExplainNotFound(prefix)));
                    }

                    break;
                default:
                    WriteFoundByAddress();
                    break;
            }
        }

        // A cmdlet per address over a router table: no closure an item, and the rows written one by one.
        [MethodImpl(Jit.FullyOptimized)]
        private void WriteFoundByAddress()
        {
            foreach (AddressInput item in Address)
            {
                if (!IsValid(item))
                {
                    continue;
                }

                IReadOnlyList<MulticastAssignment> found = IanaRegistry.FindAll(item.Address);
                if (found.Count == 0)
                {
                    WriteCoreError(IanaRegistry.ExplainNotFound(item.Address), item.Input);
                    continue;
                }

                for (int i = 0; i < found.Count; i++)
                {
                    WriteObject(found[i]);
                }
            }
        }

        private void WriteNamed(string name)
        {
            IReadOnlyList<MulticastAssignment> found = IanaRegistry.FindByName(name);
            if (found.Count == 0 && !IanaRegistry.HasWildcards(name))
            {
                throw IanaRegistry.ExplainNameNotFound(name);
            }

            WriteObject(found, enumerateCollection: true);
        }

        // An address or prefix that no row holds is an error that says why: unicast, or the partial IPv6 data.
        private void WriteFound(IReadOnlyList<MulticastAssignment> found, System.Func<MulticastException> explainNone)
        {
            if (found.Count == 0)
            {
                throw explainNone();
            }

            WriteObject(found, enumerateCollection: true);
        }
    }
}
