using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// For uint[] AS-number parameters: takes 5662, 'AS5662', 'as5662', '5662', asdot '1.10' (RFC 5396), and
    /// objects with an AsNumber or ASN property, and returns uint[]. Anything else is passed through untouched,
    /// so that a piped address such as '233.22.30.7' fails to bind here and binds to -Address instead
    /// (the by-value step tries the default parameter set first, without coercion).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class AsNumberTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>Property names read from other objects, in order (the parameter's name and alias).</summary>
        internal static readonly string[] PropertyNames = { "AsNumber", "ASN" };

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = Unwrap(inputData);
            if (value is IList list && !(value is string))
            {
                var numbers = new uint[list.Count];
                for (int i = 0; i < list.Count; i++)
                {
                    if (!TryConvert(list[i], out numbers[i]))
                    {
                        return inputData;
                    }
                }

                return numbers;
            }

            return TryConvert(inputData, out uint number) ? new[] { number } : inputData;
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        /// <summary>False for values that are not meant as AS numbers; throws for values meant as one but wrong.</summary>
        private static bool TryConvert(object? input, out uint number)
        {
            number = 0;
            object? value = Unwrap(input);
            switch (value)
            {
                case null:
                    return false;
                case uint exact:
                    number = exact;
                    return true;
                case string text:
                    if (!AsNumberParser.LooksLikeAsNumber(text))
                    {
                        // -1 typed in command mode arrives as text: read it as the number it is.
                        return NumberLiteral.TryParse(text, out object? literal) && TryConvert(literal, out number);
                    }

                    try
                    {
                        number = AsNumberParser.Parse(text);
                        return true;
                    }
                    catch (MulticastException exception)
                    {
                        throw new ArgumentTransformationMetadataException(ErrorRecords.MessageWithRemedy(exception), exception);
                    }

                case byte or sbyte or short or ushort or int or long or ulong or float or double or decimal:
                    if (!TryGetWhole(value, out decimal whole) || whole < 0 || whole > uint.MaxValue || whole != decimal.Truncate(whole))
                    {
                        throw new ArgumentTransformationMetadataException(
                            value + " is not an AS number: AS numbers are whole numbers from 0 to 4294967295.");
                    }

                    number = (uint)whole;
                    return true;
                case System.Net.IPAddress or IPAddressValue or bool:
                    return false;
            }

            // An object from another command: read its AsNumber or ASN property, as by-property-name binding would.
            // The wrapper, not its base object, holds a [pscustomobject]'s properties.
            PSObject item = PSObject.AsPSObject(input);
            foreach (string name in PropertyNames)
            {
                PSPropertyInfo? property = item.Properties[name];
                if (property != null)
                {
                    object? propertyValue;
                    try
                    {
                        propertyValue = property.Value;
                    }
                    catch (GetValueException)
                    {
                        continue;
                    }

                    if (!(Unwrap(propertyValue) is IList) && TryConvert(propertyValue, out number))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool TryGetWhole(object value, out decimal whole)
        {
            try
            {
                whole = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            }
            catch (OverflowException)
            {
                // NaN, infinities and doubles beyond decimal's range.
                whole = 0;
                return false;
            }
        }
    }
}
