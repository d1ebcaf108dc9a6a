using System;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Lets -Scope take any form Core understands: SiteLocal, 'Site-Local scope', site, 5, 0x5 or 'E', and gives
    /// a <see cref="ScopeInput"/>. PowerShell's enum conversion alone would refuse the short and IANA names and hex digits.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ScopeTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case ScopeInput scope:
                    return scope;
                case MulticastScope scope:
                    return ScopeInput.Of(scope);
                case string text:
                    if (MulticastScopeInfo.TryParse(text, out MulticastScope parsed))
                    {
                        return ScopeInput.Of(parsed);
                    }

                    break;
                case byte or sbyte or short or ushort or int or uint or long or ulong:
                    long number = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                    if (number >= 0 && number <= 15)
                    {
                        return ScopeInput.Of((MulticastScope)number);
                    }

                    break;
                default:
                    return inputData;
            }

            throw new ArgumentTransformationMetadataException(
                "'" + value + "' is not an IPv6 multicast scope. Use a name (InterfaceLocal, LinkLocal, RealmLocal, AdminLocal, SiteLocal, OrganizationLocal, Global) or a scop value 0-15.");
        }
    }
}
