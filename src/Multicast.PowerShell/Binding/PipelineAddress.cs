using System;
using System.Management.Automation;
using System.Net;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Reads one -Address item: a string, an IPAddress, an <see cref="IPAddressValue"/>, or an object
    /// with an address property. -Address parameters are typed object[] so that every pipeline item
    /// binds by value: PowerShell's by-property-name step would otherwise read IPAddress.Address, an
    /// obsolete getter that throws for IPv6. So property names are matched here instead.
    /// </summary>
    internal static class PipelineAddress
    {
        /// <summary>Property names looked up on other objects, in order (the parameter's name and aliases).</summary>
        internal static readonly string[] PropertyNames = { "Address", "IPAddress", "Group", "GroupAddress", "MulticastAddress" };

        /// <summary>Resolves the item, or throws a <see cref="MulticastException"/>.</summary>
        public static IPAddressValue Resolve(object? input)
        {
            object? value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    throw new AddressFormatException("AddressEmpty", string.Empty, "The address is empty. Give an IPv4 or IPv6 address such as 224.0.0.251 or ff02::fb.");
                case string text:
                    return AddressParser.Parse(text);
                case IPAddressValue address:
                    return address;
                case IPAddress address:
                    return IPAddressValue.FromIPAddress(address);
                case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                    return ResolveNumber(value);
            }

            PSObject item = PSObject.AsPSObject(input);
            foreach (string name in PropertyNames)
            {
                PSPropertyInfo? property = item.Properties[name];
                if (property is null)
                {
                    continue;
                }

                object? propertyValue;
                try
                {
                    propertyValue = property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }

                object? inner = propertyValue is PSObject innerWrapped ? innerWrapped.BaseObject : propertyValue;
                if (inner is string || inner is IPAddress || inner is IPAddressValue)
                {
                    return Resolve(inner);
                }
            }

            throw new AddressFormatException(
                "AddressInputNotRecognized",
                value.ToString() ?? value.GetType().FullName ?? "object",
                "An object of type " + value.GetType().FullName + " is not an address and has no Address, IPAddress or Group property. Pipe strings, IPAddress objects, or objects with an Address property.");
        }

        // PowerShell reads unquoted 239.1 or 3758096385 as a number before the cmdlet sees it. Read the number's
        // text strictly, so the error says what was typed and what was meant, and add why it happened.
        private static IPAddressValue ResolveNumber(object number)
        {
            string text = Convert.ToString(number, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            try
            {
                return AddressParser.Parse(text);
            }
            catch (AddressFormatException exception)
            {
                throw new AddressFormatException(
                    exception.ErrorId,
                    text,
                    exception.Message + " (PowerShell read the unquoted " + text + " as a number: put addresses in quotes.)",
                    exception.Suggestion);
            }
        }

        /// <summary>
        /// The first address of a range object that has no address property: its FirstAddress (GlopRange,
        /// MulticastAssignment, MulticastAddressBlock), or the network of its Prefix. Only cmdlets that
        /// explain an address call this, so elsewhere a range never quietly stands for one address; text
        /// such as "233.22.30.0/24" is never read as a range.
        /// </summary>
        public static bool TryResolveRange(PSObject item, out IPAddressValue first)
        {
            object? value = ValueOf(item, "FirstAddress") ?? ValueOf(item, "Prefix");
            switch (value)
            {
                case IPAddress address:
                    first = IPAddressValue.FromIPAddress(address);
                    return true;
                case IPAddressValue address:
                    first = address;
                    return true;
                case IPPrefix prefix:
                    first = prefix.Network;
                    return true;
                default:
                    first = default;
                    return false;
            }
        }

        /// <summary>The text to report as the error's target: the string given, or the object itself.</summary>
        /// <remarks>A [pscustomobject]'s properties live on its wrapper, so that wrapper is kept.</remarks>
        public static object? TargetOf(object? input) =>
            input is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : input;

        private static object? ValueOf(PSObject item, string name)
        {
            try
            {
                object? value = item.Properties[name]?.Value;
                return value is PSObject wrapped ? wrapped.BaseObject : value;
            }
            catch (GetValueException)
            {
                return null;
            }
        }
    }
}
