using System;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>The base of every cmdlet: turns Core's exceptions into one ErrorRecord per bad item.</summary>
    public abstract class MulticastCmdlet : PSCmdlet
    {
        /// <summary>Writes the exception as a non-terminating error whose target is the input.</summary>
        protected void WriteCoreError(MulticastException exception, object? target) =>
            WriteError(ErrorRecords.From(exception, target ?? exception.Input));

        /// <summary>Resolves one -Address item; on bad input writes the error and returns false.</summary>
        protected bool TryResolveAddress(object? input, out IPAddressValue address)
        {
            try
            {
                address = PipelineAddress.Resolve(input);
                return true;
            }
            catch (MulticastException exception)
            {
                WriteCoreError(exception, exception.Input ?? PipelineAddress.TargetOf(input));
                address = default;
                return false;
            }
        }

        /// <summary>Runs one item's work; a Core exception becomes that item's ErrorRecord and the pipeline goes on.</summary>
        protected void ForItem(object? target, Action work)
        {
            try
            {
                work();
            }
            catch (MulticastException exception)
            {
                WriteCoreError(exception, target);
            }
        }
    }
}
