using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The checks every store format makes of what it reads, so that a file is read whole or not at all:
    /// pools valid by their RFC rules, none sharing a name or overlapping; leases of a pool, inside it, one a
    /// group, ending after they start. A failed check throws a FormatException that says what is wrong.
    /// </summary>
    internal static class LeaseChecks
    {
        /// <summary>A pool as read; with <paramref name="replacing"/>, a pool of the same name (and prefix) is the one it replaces.</summary>
        public static MulticastAddressPool Pool(string name, IPPrefix prefix, List<IPPrefix> exclusions, long defaultSeconds, bool excludeFloodedMac, LeaseBook book, bool replacing)
        {
            if (defaultSeconds <= 0 || defaultSeconds > (long)LeaseRules.MaximumDuration.TotalSeconds)
            {
                throw new FormatException("Pool '" + name + "' has a default lease length out of range.");
            }

            MulticastAddressPool pool = MulticastAddressPool.Create(name, prefix, exclusions, TimeSpan.FromSeconds(defaultSeconds), excludeFloodedMac);
            foreach (MulticastAddressPool other in book.Pools)
            {
                bool sameName = string.Equals(other.Name, pool.Name, StringComparison.OrdinalIgnoreCase);
                if (sameName && replacing)
                {
                    if (other.PrefixValue != pool.PrefixValue)
                    {
                        throw new FormatException("Pool '" + pool.Name + "' changes its prefix from " + other.PrefixValue + " to " + pool.PrefixValue + ".");
                    }

                    continue;
                }

                if (sameName || other.PrefixValue.Contains(pool.PrefixValue) || pool.PrefixValue.Contains(other.PrefixValue))
                {
                    throw new FormatException("Pool '" + pool.Name + "' has the name or overlaps the prefix of pool '" + other.Name + "'.");
                }
            }

            return pool;
        }

        /// <summary>
        /// A lease as read, of one of the book's pools; with <paramref name="replacing"/>, it may replace the group's
        /// lease (a renewal). <paramref name="owner"/> must have been checked with <see cref="LeaseRules.CheckOwner"/>.
        /// </summary>
        public static LeaseRecord Lease(IPAddressValue address, string poolName, string owner, DateTime start, DateTime end, ClientIdentifier? clientId, LeaseBook book, bool replacing)
        {
            MulticastAddressPool pool = book.FindPool(poolName) ?? throw new FormatException("The lease on " + address + " names pool '" + poolName + "', which the store does not hold.");
            if (!pool.PrefixValue.Contains(address) || (!replacing && book.FindLease(address) != null))
            {
                throw new FormatException("The lease on " + address + " is outside pool '" + pool.Name + "' (" + pool.PrefixValue + ") or appears twice.");
            }

            if (end <= start)
            {
                throw new FormatException("The lease on " + address + " ends before it starts.");
            }

            return new LeaseRecord(address, pool.Name, owner, start, end, clientId);
        }

        /// <summary>UTC ticks as read, within DateTime's range.</summary>
        public static DateTime Time(long ticks) =>
            ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : throw new FormatException("A time is out of range.");
    }
}
