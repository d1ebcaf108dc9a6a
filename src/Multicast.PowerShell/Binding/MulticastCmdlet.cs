using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>The base of every cmdlet: turns Core's exceptions into one ErrorRecord per bad item.</summary>
    public abstract class MulticastCmdlet : PSCmdlet
    {
        /// <summary>Writes the exception as a non-terminating error whose target is the input.</summary>
        protected void WriteCoreError(MulticastException exception, object? target) =>
            WriteError(ErrorRecords.From(exception, target ?? exception.Input));

        /// <summary>The items that could be read; each one that could not writes its error, and the rest go on.</summary>
        protected IEnumerable<T> Valid<T>(T[]? items)
            where T : ParsedInput
        {
            foreach (T item in items ?? Array.Empty<T>())
            {
                if (IsValid(item))
                {
                    yield return item;
                }
            }
        }

        /// <summary>The addresses that could be read; each one that could not writes its error, and the rest go on.</summary>
        protected IEnumerable<AddressInput> Valid(AddressInput[]? items)
        {
            foreach (AddressInput item in items ?? Array.Empty<AddressInput>())
            {
                if (IsValid(item))
                {
                    yield return item;
                }
            }
        }

        /// <summary>True when the item could be read; otherwise writes its error.</summary>
        protected bool IsValid(ParsedInput item)
        {
            if (item.Error is null)
            {
                return true;
            }

            WriteCoreError(item.Error, item.Input);
            return false;
        }

        /// <summary>True when the address could be read; otherwise writes its error.</summary>
        protected bool IsValid(in AddressInput item)
        {
            if (item.Error is null)
            {
                return true;
            }

            WriteCoreError(item.Error, item.Input);
            return false;
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
