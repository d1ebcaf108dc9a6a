using System;
using System.Globalization;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// For parameters typed <see cref="InterfaceIdentifier"/>: reads 'a12:34ff:fe56:7890',
    /// '::a12:34ff:fe56:7890' or '0x0a1234fffe567890', and numbers. A hex literal with the top bit set, which
    /// PowerShell reads as a negative Int32 or Int64, is taken as the bits written.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class InterfaceIdTransformationAttribute : HexNumberTransformationAttribute
    {
        protected override object FromBits(uint bits) => new InterfaceIdentifier(bits);

        protected override object? Read(EngineIntrinsics engineIntrinsics, object? inputData, object? value)
        {
            switch (value)
            {
                case InterfaceIdentifier _:
                    return value;
                case ulong number:
                    return new InterfaceIdentifier(number);
                case long number when number < 0:
                    return new InterfaceIdentifier(unchecked((ulong)number));
                case byte or sbyte or short or ushort or int or uint or long:
                    long whole = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    if (whole >= 0)
                    {
                        return new InterfaceIdentifier((ulong)whole);
                    }

                    break;
                case string text:
                    try
                    {
                        return InterfaceIdentifier.Parse(text);
                    }
                    catch (MulticastException exception)
                    {
                        throw new ArgumentTransformationMetadataException(ErrorRecords.MessageWithRemedy(exception), exception);
                    }

                default:
                    return inputData;
            }

            throw new ArgumentTransformationMetadataException(
                "'" + value + "' is not a 64-bit interface ID. Write it as four hex groups (a12:34ff:fe56:7890) or a hex number (0x0a1234fffe567890).");
        }
    }
}
