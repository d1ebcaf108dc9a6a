using System;
using System.Collections;
using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Lets -Scope take any form Core understands: SiteLocal, 'Site-Local scope', site, 5, 0x5 or 'E', and gives
    /// a <see cref="ScopeInput"/>. PowerShell's enum conversion alone would refuse the short and IANA names and hex digits.
    /// A list (for a parameter that takes several scopes) is read element by element into a ScopeInput array.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ScopeTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is IList list && !(value is string))
            {
                var scopes = new ScopeInput[list.Count];
                for (int i = 0; i < scopes.Length; i++)
                {
                    object? item = Transform(engineIntrinsics, list[i]);
                    scopes[i] = item is ScopeInput scope ? scope : throw new ArgumentTransformationMetadataException("'" + list[i] + "' is not an IPv6 multicast scope.");
                }

                return scopes;
            }

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
