using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Multicast
{
    /// <summary>
    /// The warnings of one address, in the order the decoder found them. ToString joins the messages with
    /// "; ", so a tool that writes a property as text (a CSV export) writes the reasons, not the type's name.
    /// </summary>
    public sealed class MulticastWarningList : ReadOnlyCollection<MulticastWarning>
    {
        /// <summary>The list of a good choice, shared: no warning allocates nothing.</summary>
        public static readonly MulticastWarningList Empty = new MulticastWarningList(new MulticastWarning[0]);

        internal MulticastWarningList(IList<MulticastWarning> warnings)
            : base(warnings)
        {
        }

        public override string ToString()
        {
            switch (Count)
            {
                case 0:
                    return string.Empty;
                case 1:
                    return this[0].Message;
                default:
                    var messages = new string[Count];
                    for (int i = 0; i < messages.Length; i++)
                    {
                        messages[i] = this[i].Message;
                    }

                    return string.Join("; ", messages);
            }
        }
    }
}
