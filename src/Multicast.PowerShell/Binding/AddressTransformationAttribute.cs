using System;
using System.Collections;
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

        /// <summary>The parameter takes one address (AddressInput), not an array of them (AddressInput[]).</summary>
        public bool SingleAddress { get; set; }

        [MethodImpl(Jit.FullyOptimized)]
        protected override Array ReadEach(IList list)
        {
            if (list is string[] texts)
            {
                return ReadEach(texts);
            }

            var items = new AddressInput[list.Count];
            for (int i = 0; i < items.Length; i++)
            {
                object? item = list[i];
                if (!TryRead(item, out items[i]))
                {
                    items[i] = NotRecognizedItem(item);
                }
            }

            return items;
        }

        /// <summary>A typed string array, as a script's list or a file's lines usually are: no type test an element.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        private AddressInput[] ReadEach(string[] texts)
        {
            var items = new AddressInput[texts.Length];
            for (int i = 0; i < items.Length; i++)
            {
                string text = texts[i];
                if (string.IsNullOrWhiteSpace(text))
                {
                    items[i] = NotRecognizedItem(text);
                }
                else if (AddressParser.TryParse(text, out IPAddressValue address))
                {
                    items[i] = AddressInput.Valid(text, address);
                }
                else
                {
                    // Parse again to throw the error that says what was meant.
                    TryRead(text, out items[i]);
                }
            }

            return items;
        }

        protected override object? Read(object? input) => TryRead(input, out AddressInput item) ? item : null;

        protected override object NotRecognized(object? input) => NotRecognizedItem(input);

        // A piped item, for a parameter that takes many, comes back as the array PowerShell would make of it:
        // the binder then takes it as it is, instead of building the array by reflection for every item.
        protected override object AsParameterValue(object item) => SingleAddress ? item : new[] { (AddressInput)item };

        /// <summary>The item read, good or bad; false for an item that carries no address.</summary>
        [MethodImpl(Jit.FullyOptimized)]
        private bool TryRead(object? input, out AddressInput read)
        {
            object? value = Unwrap(input);
            try
            {
                switch (value)
                {
                    // Text first: a router table or a configuration export is text.
                    case string text when !string.IsNullOrWhiteSpace(text):
                        read = AddressInput.Valid(input, AddressParser.Parse(text));
                        return true;
                    case null:
                    case string:
                        read = default;
                        return false;
                    case AddressInput item:
                        read = item;
                        return true;
                    case IPAddressValue address:
                        read = AddressInput.Valid(input, address);
                        return true;
                    case IPAddress address:
                        read = AddressInput.Valid(input, IPAddressValue.FromIPAddress(address));
                        return true;
                    case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                        read = AddressInput.Valid(input, ParseNumber(value));
                        return true;
                }
            }
            catch (MulticastException exception)
            {
                read = AddressInput.Invalid(input, exception);
                return true;
            }

            object? carried = ReadProperty(input, Properties);
            bool range = carried is null && AcceptRanges && (carried = FirstAddressOf(input)) != null;
            if (carried is null)
            {
                read = default;
                return false;
            }

            // An error in the property's value targets the object that carried it.
            if (!TryRead(carried, out AddressInput inner))
            {
                inner = NotRecognizedItem(carried);
            }

            read = inner.Error is null ? AddressInput.Valid(input, inner.Address, range) : AddressInput.Invalid(input, inner.Error);
            return true;
        }

        private AddressInput NotRecognizedItem(object? input)
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
