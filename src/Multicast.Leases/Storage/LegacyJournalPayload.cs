using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The payload of a version 1 journal record: a JSON array of changes, each {"savePool": pool},
    /// {"deletePool": name}, {"saveLease": lease} or {"deleteLease": address}, with the pool and lease objects of
    /// the JSON snapshot (<see cref="LeaseFileFormat"/>). Read only: a store that changes compacts to version 3.
    /// </summary>
    internal static class LegacyJournalPayload
    {
        /// <summary>Makes the changes of one record, checking each as strictly as the snapshot reader checks the file.</summary>
        public static void Apply(string payload, LeaseBook book)
        {
            var changes = LegacyJson.Parse(payload) as List<object?> ?? throw new FormatException("It is not a JSON array");
            foreach (object? item in changes)
            {
                if (!(item is JsonObject change) || change.Count != 1)
                {
                    throw new FormatException("A change is not an object of one property");
                }

                string kind = change.NameAt(0);
                change.TryGetValue(kind, out object? value);
                switch (kind)
                {
                    case "savePool":
                        book.SavePool(LeaseFileFormat.ReadPool(value as JsonObject ?? throw new FormatException("\"savePool\" is not an object"), book, replacing: true));
                        break;
                    case "deletePool":
                        string name = value as string ?? throw new FormatException("\"deletePool\" is not a string");
                        if (book.FindPool(name) is null || LeaseCount(book, name) > 0)
                        {
                            throw new FormatException("It deletes pool '" + name + "', which the store does not hold or which still has leases");
                        }

                        book.DeletePool(name);
                        break;
                    case "saveLease":
                        book.SaveLease(LeaseFileFormat.ReadLease(value as JsonObject ?? throw new FormatException("\"saveLease\" is not an object"), book, replacing: true));
                        break;
                    case "deleteLease":
                        IPAddressValue address = AddressParser.Parse(value as string ?? throw new FormatException("\"deleteLease\" is not a string"));
                        if (!book.DeleteLease(address))
                        {
                            throw new FormatException("It releases " + address + ", which has no lease");
                        }

                        break;
                    default:
                        throw new FormatException("It has the unknown change \"" + kind + "\"");
                }
            }
        }

        private static int LeaseCount(LeaseBook book, string pool)
        {
            int count = 0;
            foreach (LeaseRecord unused in book.LeasesInPool(pool))
            {
                count++;
            }

            return count;
        }
    }
}
