using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// One item bound to a parameter that reads addresses or prefixes: the item as it was given, and why it
    /// could not be read, if it could not. A transformation keeps a bad item's error here instead of failing
    /// the whole binding, so that the cmdlet writes one ErrorRecord for that item and goes on with the rest.
    /// </summary>
    public abstract class ParsedInput
    {
        protected ParsedInput(object? input, MulticastException? error)
        {
            Input = AsGiven(input);
            Error = error;
        }

        /// <summary>The item as it was given: the text, the value, or the object piped in (an error's target).</summary>
        public object? Input { get; }

        /// <summary>Why the item could not be read, or null.</summary>
        public MulticastException? Error { get; }

        /// <summary>
        /// The item as an error's target: a [pscustomobject]'s properties live on its wrapper, so that wrapper is
        /// kept; other objects are unwrapped.
        /// </summary>
        internal static object? AsGiven(object? input) =>
            input is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : input;
    }
}
