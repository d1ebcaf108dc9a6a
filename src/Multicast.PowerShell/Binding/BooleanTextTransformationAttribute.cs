using System;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Lets a switch bound by property name take "True" and "False" as text, as Export-Csv writes a boolean and
    /// Import-Csv reads it back. PowerShell refuses text for a switch, and a by-property-name binding that fails
    /// leaves the switch off without a word, so a pool read back from CSV would lose its MAC policy.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class BooleanTextTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text)
            {
                string trimmed = text.Trim();
                if (string.Equals(trimmed, bool.TrueString, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (string.Equals(trimmed, bool.FalseString, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return inputData;
        }
    }
}
