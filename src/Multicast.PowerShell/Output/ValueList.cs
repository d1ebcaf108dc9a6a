using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Multicast.PowerShell
{
    /// <summary>
    /// A list of addresses or prefixes as the module shows it in PowerShell: typed items, and ToString joins them
    /// with ", ", so that Export-Csv (which writes a property with ToString) writes the values, not the list's type
    /// name. String expansion ("$list") joins any list with $OFS instead.
    /// </summary>
    public sealed class ValueList<T> : ReadOnlyCollection<T>
    {
        public ValueList(IList<T> items)
            : base(items)
        {
        }

        public override string ToString() => string.Join(", ", this);
    }
}
