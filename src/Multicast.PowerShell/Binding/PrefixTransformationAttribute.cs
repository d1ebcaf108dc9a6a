using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Net;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The one way in for a prefix (<see cref="PrefixInput"/>): text such as "2001:db8::/32", read strictly;
    /// the module's IPPrefix; a System.Net.IPNetwork2 (read by its Network and Cidr, so the module needs no
    /// reference to that package); an object with one of <see cref="Properties"/> (by default Prefix); or
    /// IPAddress and PrefixLength, as Get-NetIPAddress gives them, masked to the network. With
    /// <see cref="AcceptAddresses"/>, a single address stands for its /32 or /128, as an exclusion may.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class PrefixTransformationAttribute : InputTransformationAttribute
    {
        private const string IPNetwork2TypeName = "System.Net.IPNetwork2";
        private static readonly string[] DefaultProperties = { "Prefix" };
        private static readonly string[] AddressProperty = { "IPAddress" };
        private static readonly string[] LengthProperty = { "PrefixLength" };
        private static readonly string[] NetworkProperty = { "Network" };
        private static readonly string[] CidrProperty = { "Cidr" };

        public PrefixTransformationAttribute(params string[] properties)
        {
            Properties = properties.Length == 0 ? DefaultProperties : properties;
        }

        /// <summary>The property names read from other objects, in order: the parameter's name and aliases.</summary>
        public string[] Properties { get; }

        /// <summary>Let a single address stand for the prefix of just that address.</summary>
        public bool AcceptAddresses { get; set; }

        protected override Array ReadEach(IList list)
        {
            var items = new PrefixInput[list.Count];
            for (int i = 0; i < items.Length; i++)
            {
                object? item = list[i];
                items[i] = ReadItem(item) ?? NotRecognizedItem(item);
            }

            return items;
        }

        protected override object? Read(object? input) => ReadItem(input);

        protected override object NotRecognized(object? input) => NotRecognizedItem(input);

        /// <summary>The item read, good or bad; null for an item that carries no prefix.</summary>
        private PrefixInput? ReadItem(object? input)
        {
            object? value = Unwrap(input);
            try
            {
                switch (value)
                {
                    case PrefixInput item:
                        return item;
                    case null:
                    case string blank when blank.Trim().Length == 0:
                        return null;
                    case string text:
                        return PrefixInput.Valid(input, AcceptAddresses && text.IndexOf('/') < 0 ? Single(AddressParser.Parse(text)) : IPPrefix.Parse(text));
                    case IPPrefix prefix:
                        return PrefixInput.Valid(input, prefix);
                    case IPAddressValue address when AcceptAddresses:
                        return PrefixInput.Valid(input, Single(address));
                    case IPAddress address when AcceptAddresses:
                        return PrefixInput.Valid(input, Single(IPAddressValue.FromIPAddress(address)));
                }

                if (value.GetType().FullName == IPNetwork2TypeName && ReadProperty(input, NetworkProperty) is IPAddress network && ReadProperty(input, CidrProperty) is byte cidr)
                {
                    return PrefixInput.Valid(input, new IPPrefix(IPAddressValue.FromIPAddress(network), cidr));
                }

                object? carried = ReadProperty(input, Properties) ?? InterfacePrefix(input);
                if (carried is null)
                {
                    return null;
                }

                // An error in the property's value targets the object that carried it.
                PrefixInput inner = ReadItem(carried) ?? NotRecognizedItem(carried);
                return inner.Error is null ? PrefixInput.Valid(input, inner.Prefix) : PrefixInput.Invalid(input, inner.Error);
            }
            catch (MulticastException exception)
            {
                return PrefixInput.Invalid(input, exception);
            }
        }

        private PrefixInput NotRecognizedItem(object? input)
        {
            object? value = Unwrap(input);
            if (value is null || value is string)
            {
                return PrefixInput.Invalid(input, new AddressFormatException("PrefixEmpty", string.Empty, "The prefix is empty. Give a prefix such as 239.192.0.0/16 or ff3e::/96."));
            }

            return PrefixInput.Invalid(input, new AddressFormatException(
                "PrefixInputNotRecognized",
                value.ToString() ?? value.GetType().FullName ?? "object",
                "An object of type " + value.GetType().FullName + " is not a prefix and has no " + string.Join(", ", Properties) + " property. Give text such as 239.192.0.0/16, IPNetwork2 objects, or objects with a prefix property."));
        }

        private static IPPrefix Single(IPAddressValue address) => new IPPrefix(address, address.BitLength);

        /// <summary>An interface's address and prefix length (Get-NetIPAddress), as the prefix of its network.</summary>
        private static IPPrefix? InterfacePrefix(object? input)
        {
            object? address = ReadProperty(input, AddressProperty);
            if (!(address is string || address is IPAddress) || !LanguagePrimitives.TryConvertTo(ReadProperty(input, LengthProperty), CultureInfo.InvariantCulture, out int bits))
            {
                return null;
            }

            IPAddressValue parsed = address is string text ? AddressParser.Parse(text) : IPAddressValue.FromIPAddress((IPAddress)address);
            return bits >= 0 && bits <= parsed.BitLength ? new IPPrefix(AddressMath.Network(parsed, bits), bits) : (IPPrefix?)null;
        }
    }
}
