using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Get-GlopRange: the 233.X.Y.0/24 that GLOP gives a 16-bit AS number (RFC 3180), or with -Address, the
    /// AS that owns a 233/8 address. Refuses AS 0, 4-byte AS numbers and AD-HOC Block III (RFC 5771 §9).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "GlopRange", DefaultParameterSetName = ByAsNumber)]
    [OutputType(typeof(GlopRange))]
    public sealed class GetGlopRangeCommand : MulticastCmdlet
    {
        private const string ByAsNumber = "ByAsNumber";
        private const string ByAddress = "ByAddress";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByAsNumber, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ASN")]
        [AsNumberTransformation]
        public uint[] AsNumber { get; set; } = null!;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByAddress, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IPAddress", "Group")]
        [AddressTransformation]
        public AddressInput[] Address { get; set; } = null!;

        [MethodImpl(Jit.FullyOptimized)]
        protected override void ProcessRecord()
        {
            // Each piped item binds one parameter and PowerShell resets the other to null, so a mixed
            // pipeline ('AS5662', '233.0.1.9') works item by item whatever ParameterSetName still says.
            // ForItem's work is written out: a closure an item would cost more than the mapping.
            if (Address != null)
            {
                foreach (AddressInput item in Address)
                {
                    if (!IsValid(item))
                    {
                        continue;
                    }

                    try
                    {
                        Write(GlopMapping.FromAddress(item.Address));
                    }
                    catch (MulticastException exception)
                    {
                        WriteCoreError(exception, item.Input);
                    }
                }

                return;
            }

            foreach (uint asNumber in AsNumber)
            {
                try
                {
                    Write(GlopMapping.FromAsNumber(asNumber));
                }
                catch (MulticastException exception)
                {
                    WriteCoreError(exception, asNumber);
                }
            }
        }

        private void Write(GlopRange range)
        {
            // Documentation and AS_TRANS ranges say so in the Note column; a warning per object would flood pipelines.
            if (range.Note != null)
            {
                WriteVerbose("AS " + range.AsNumber + " -> " + range.Prefix + ": " + range.Note + ".");
            }

            WriteObject(range);
        }
    }
}
