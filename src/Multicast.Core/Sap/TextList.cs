using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Multicast.Sap
{
    /// <summary>
    /// A result's list of objects (a session's groups, times, warnings) whose ToString joins the items' text, so that
    /// a tool that writes a property as text (a CSV export) writes the items, not the list's type name.
    /// </summary>
    public sealed class TextList<T> : ReadOnlyCollection<T>
    {
        private readonly string _separator;

        internal TextList(IEnumerable<T> items, string separator)
            : base(items.ToArray())
        {
            _separator = separator;
        }

        public override string ToString() => string.Join(_separator, this);
    }
}
