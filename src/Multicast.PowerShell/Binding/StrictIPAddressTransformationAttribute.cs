using System;
using System.Management.Automation;
using System.Net;

namespace Multicast.PowerShell
{
    /// <summary>
    /// For parameters typed IPAddress: parses text with Core's strict parser before PowerShell's
    /// lenient IPAddress.Parse could read 224.1 as 224.0.0.1.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class StrictIPAddressTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case string text:
                    try
                    {
                        return AddressParser.Parse(text).ToIPAddress();
                    }
                    catch (MulticastException exception)
                    {
                        throw new ArgumentTransformationMetadataException(exception.Message, exception);
                    }

                case IPAddressValue address:
                    return address.ToIPAddress();
                default:
                    return inputData;
            }
        }
    }
}
