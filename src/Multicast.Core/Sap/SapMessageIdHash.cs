using System;
using System.Collections.Generic;

namespace Multicast.Sap
{
    /// <summary>
    /// Choosing a message ID hash (RFC 2974 §6): any value, but unique among the sessions one announcer
    /// announces, changed whenever the session description changes, and not zero ("SAP announcers SHOULD
    /// NOT set the message identifier hash to zero"). A random choice meets all three.
    /// </summary>
    public static class SapMessageIdHash
    {
        /// <summary>
        /// A random non-zero hash that is not <paramref name="previous"/> (the hash of the version being
        /// replaced) and not one of <paramref name="inUse"/> (the announcer's other sessions).
        /// </summary>
        public static ushort Choose(Random? random = null, ushort? previous = null, IEnumerable<ushort>? inUse = null)
        {
            var taken = new HashSet<ushort> { 0 };
            if (previous.HasValue)
            {
                taken.Add(previous.Value);
            }

            if (inUse != null)
            {
                taken.UnionWith(inUse);
            }

            if (taken.Count > ushort.MaxValue)
            {
                throw new MulticastRuleException(
                    "SapMessageIdHashExhausted",
                    taken.Count - 1,
                    "Every non-zero message ID hash is in use; one announcer can announce at most 65535 sessions (RFC 2974 §6).");
            }

            Random draw = random ?? new CryptoRandom();
            while (true)
            {
                var hash = (ushort)draw.Next(1, 65536);
                if (!taken.Contains(hash))
                {
                    return hash;
                }
            }
        }
    }
}
