using System;
using System.Globalization;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Lets a 32-bit -GroupId be typed the way group IDs are written: 0x80000001, 2147483649 or
    /// '0x80000001'. Numbers outside 0-0xFFFFFFFF are refused here; text that is no number is left to PowerShell.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class GroupIdTransformationAttribute : HexNumberTransformationAttribute
    {
        protected override object FromBits(uint bits) => bits;

        protected override object? Read(EngineIntrinsics engineIntrinsics, object? inputData, object? value)
        {
            switch (value)
            {
                case uint groupId:
                    return groupId;
                case byte or sbyte or short or ushort or int or long or ulong:
                    decimal whole = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                    if (whole >= 0 && whole <= uint.MaxValue)
                    {
                        return (uint)whole;
                    }

                    break;
                case string text:
                    string trimmed = text.Trim();
                    bool hex = trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
                    if (hex
                        ? uint.TryParse(trimmed.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint parsed)
                        : uint.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out parsed))
                    {
                        return parsed;
                    }

                    // -5L or -1 typed in command mode arrives as text: a negative number is refused below. Text
                    // that is no number is left to PowerShell's conversion, so that binding a piped string can go
                    // on to try the other parameters instead of stopping here.
                    if (NumberLiteral.TryParse(trimmed, out object? literal) && literal != null)
                    {
                        if (Convert.ToDecimal(literal, CultureInfo.InvariantCulture) >= 0)
                        {
                            return Transform(engineIntrinsics, literal);
                        }

                        break;
                    }

                    return inputData;
                case object[] list when list.Length == 1:
                    return Transform(engineIntrinsics, list[0]);
                case object[] list:
                    // Most often a comma after a positional argument, which PowerShell then hands to -GroupId.
                    throw new ArgumentTransformationMetadataException(
                        "-GroupId takes one group ID, and was given a list of " + list.Length.ToString(CultureInfo.InvariantCulture)
                        + " values. To make a group for each of several prefixes, RPs or group IDs, pipe them in: the cmdlet makes one group for each piped value.");
                default:
                    return inputData;
            }

            throw new ArgumentTransformationMetadataException(
                "'" + value + "' is not a 32-bit group ID. Give 0 to 4294967295, in decimal or hex (0x80000001); RFC 3307 §4.3 keeps 0x80000000-0xFFFFFFFF for dynamic allocation.");
        }
    }
}
