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
                WriteCoreError(exception, PipelineAddress.TargetOf(input) ?? exception.Input);
                address = default;
                return false;
            }
        }

        /// <summary>
        /// Resolves one -Address item like <see cref="TryResolveAddress(object?, out IPAddressValue)"/>, but first
        /// offers an object with no address property to <paramref name="withoutAddress"/>, which returns true when
        /// it handled the object. -Address takes every piped object by value, before PowerShell would bind the
        /// cmdlet's other parameters by property name, so those properties (Name, Offset) are read there.
        /// </summary>
        protected bool TryResolveAddress(object? input, Func<PSObject, bool> withoutAddress, out IPAddressValue address)
        {
            try
            {
                address = PipelineAddress.Resolve(input);
                return true;
            }
            catch (MulticastException exception)
            {
                address = default;
                if (exception.ErrorId != "AddressInputNotRecognized" || input is null || !withoutAddress(PSObject.AsPSObject(input)))
                {
                    WriteCoreError(exception, PipelineAddress.TargetOf(input) ?? exception.Input);
                }

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
