using System;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// For parameters typed <see cref="IPPrefix"/>: reads "2001:db8::/32" with Core's strict parser, and
    /// takes the prefix of an object that carries one: a NetworkPrefix property (this module's
    /// unicast-prefix-based addresses), or IPAddress and PrefixLength (Get-NetIPAddress), masked to the network.
    /// Anything else passes through so PowerShell can try the object's Prefix property.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class PrefixTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            try
            {
                switch (value)
                {
                    case null:
                    case IPPrefix _:
                        return value;
                    case string text:
                        return IPPrefix.Parse(text);
                }

                PSObject item = PSObject.AsPSObject(inputData);
                object? networkPrefix = Unwrap(item.Properties["NetworkPrefix"]);
                if (networkPrefix is IPPrefix || networkPrefix is string)
                {
                    return Transform(engineIntrinsics, networkPrefix);
                }

                object? address = Unwrap(item.Properties["IPAddress"]);
                object? length = Unwrap(item.Properties["PrefixLength"]);
                if ((address is string || address is System.Net.IPAddress) && length is IConvertible)
                {
                    IPAddressValue parsed = address is string addressText ? AddressParser.Parse(addressText) : IPAddressValue.FromIPAddress((System.Net.IPAddress)address);
                    int bits = Convert.ToInt32(length, System.Globalization.CultureInfo.InvariantCulture);
                    if (bits >= 0 && bits <= parsed.BitLength)
                    {
                        return new IPPrefix(AddressMath.Network(parsed, bits), bits);
                    }
                }
            }
            catch (MulticastException exception)
            {
                throw new ArgumentTransformationMetadataException(exception.Message, exception);
            }

            return inputData;
        }

        private static object? Unwrap(PSPropertyInfo? property)
        {
            if (property is null)
            {
                return null;
            }

            try
            {
                return property.Value is PSObject inner ? inner.BaseObject : property.Value;
            }
            catch (GetValueException)
            {
                return null;
            }
        }
    }
}
