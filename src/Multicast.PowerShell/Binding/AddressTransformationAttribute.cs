using System;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The one way in for an address (<see cref="AddressInput"/>): text, read strictly; an IPAddress; the
    /// module's own address values; an unquoted number PowerShell made of an address; or an object with one of
    /// <see cref="Properties"/> (by default Address, IPAddress and Group) and, with <see cref="AcceptRanges"/>,
    /// a range's FirstAddress. Reading properties here also keeps PowerShell's by-property-name step from
    /// reading IPAddress.Address, an obsolete getter that throws for IPv6.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class AddressTransformationAttribute : InputTransformationAttribute
    {
        private static readonly string[] DefaultProperties = { "Address", "IPAddress", "Group" };
        private static readonly string[] RangeProperties = { "FirstAddress", "Prefix" };

        public AddressTransformationAttribute(params string[] properties)
        {
            Properties = properties.Length == 0 ? DefaultProperties : properties;
        }

        /// <summary>The property names read from other objects, in order: the parameter's name and aliases.</summary>
        public string[] Properties { get; }

        /// <summary>Let a range object (a GLOP range, an IANA block) stand for its first address.</summary>
        public bool AcceptRanges { get; set; }

        protected override ParsedInput[] NewArray(int length) => new AddressInput[length];

        [MethodImpl(Jit.FullyOptimized)]
        protected override ParsedInput? Read(object? input)
        {
            object? value = Unwrap(input);
            try
            {
                switch (value)
                {
                    case AddressInput item:
                        return item;
                    case null:
                    case string blank when blank.Trim().Length == 0:
                        return null;
                    case string text:
                        return AddressInput.Valid(input, AddressParser.Parse(text));
                    case IPAddressValue address:
                        return AddressInput.Valid(input, address);
                    case IPAddress address:
                        return AddressInput.Valid(input, IPAddressValue.FromIPAddress(address));
                    case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                        return AddressInput.Valid(input, ParseNumber(value));
                }
            }
            catch (MulticastException exception)
            {
                return AddressInput.Invalid(input, exception);
            }

            object? carried = ReadProperty(input, Properties);
            bool range = carried is null && AcceptRanges && (carried = FirstAddressOf(input)) != null;
            if (carried is null)
            {
                return null;
            }

            // An error in the property's value targets the object that carried it.
            var inner = (AddressInput)(Read(carried) ?? NotRecognized(carried));
            return inner.Error is null ? AddressInput.Valid(input, inner.Address, range) : AddressInput.Invalid(input, inner.Error);
        }

        protected override ParsedInput NotRecognized(object? input)
        {
            object? value = Unwrap(input);
            if (value is null || value is string)
            {
                return AddressInput.Invalid(input, new AddressFormatException("AddressEmpty", string.Empty, "The address is empty. Give an IPv4 or IPv6 address such as 224.0.0.251 or ff02::fb."));
            }

            return AddressInput.Invalid(input, new AddressFormatException(
                "AddressInputNotRecognized",
                value.ToString() ?? value.GetType().FullName ?? "object",
                "An object of type " + value.GetType().FullName + " is not an address and has no " + string.Join(", ", Properties) + " property. Give strings, IPAddress objects, or objects with an address property."));
        }

        private static object? FirstAddressOf(object? range)
        {
            object? first = ReadProperty(range, RangeProperties);
            return first is IPPrefix prefix ? prefix.Network : first;
        }

        // PowerShell reads unquoted 239.1 or 3758096385 as a number before the cmdlet sees it. Read the number's
        // text strictly, so the error says what was typed and what was meant, and add why it happened.
        private static IPAddressValue ParseNumber(object number)
        {
            string text = Convert.ToString(number, CultureInfo.InvariantCulture) ?? string.Empty;
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
    }
}
