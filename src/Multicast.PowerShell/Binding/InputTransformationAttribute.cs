using System;
using System.Collections;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The shared shape of the address and prefix transformations. A list given on the command line becomes
    /// one <see cref="AddressInput"/> or <see cref="PrefixInput"/> per element, bad ones carrying their errors. A single item that carries no
    /// value of the kind (an object without the properties, empty text such as a blank CSV cell) is declined,
    /// returned as it came: it fails to bind here, and PowerShell offers it to the cmdlet's other parameters,
    /// as a pool object binds -Pool by its Name. Where the parameter is the only one that takes piped objects
    /// (<see cref="TakesEveryObject"/>), such an item is an error item instead, which says what it lacks.
    /// </summary>
    internal abstract class InputTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>No other parameter takes piped objects, so one that carries no value is this parameter's error.</summary>
        public bool TakesEveryObject { get; set; }

        [MethodImpl(Jit.FullyOptimized)]
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = Unwrap(inputData);
            if (value is IList list && !(value is string))
            {
                return ReadEach(list);
            }

            // Declined null is handed back as empty text: PowerShell refuses a null for a mandatory parameter
            // outright, but tries to convert text, fails, and so leaves the parameter unbound, as declining means.
            object? read = Read(inputData) ?? (TakesEveryObject ? NotRecognized(inputData) : null);
            return read is null ? inputData ?? string.Empty : AsParameterValue(read);
        }

        /// <summary>One item read, as the parameter takes it (an address parameter that takes many wraps it in an array).</summary>
        protected virtual object AsParameterValue(object item) => item;

        /// <summary>The item read, good or bad; null for an item that carries no value of this kind.</summary>
        protected abstract object? Read(object? input);

        /// <summary>The error item for an item that carries no value of this kind (empty text, an object without the properties).</summary>
        protected abstract object NotRecognized(object? input);

        /// <summary>
        /// Every element read, good or bad (an element that carries no value is an error item), in an array of the
        /// parameter's element type, so that it binds without coercion.
        /// </summary>
        protected abstract Array ReadEach(IList list);

        /// <summary>
        /// The first of the properties that holds a value: what by-property-name binding would bind, read here so
        /// that the object stays an error's target. Empty text, as in a CSV cell, counts as none; so does a getter
        /// that throws, such as IPAddress.Address for IPv6.
        /// </summary>
        protected static object? ReadProperty(object? input, string[] names)
        {
            PSObject item = PSObject.AsPSObject(input);
            foreach (string name in names)
            {
                PSPropertyInfo? property = item.Properties[name];
                if (property is null)
                {
                    continue;
                }

                try
                {
                    object? value = Unwrap(property.Value);
                    if (value != null && !(value is string text && text.Trim().Length == 0))
                    {
                        return value;
                    }
                }
                catch (GetValueException)
                {
                }
            }

            return null;
        }

        protected static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
