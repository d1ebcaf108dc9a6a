using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Multicast
{
    /// <summary>
    /// The lease file: one JSON object, {"format": "multicast-leases", "version": 1, "pools": [...], "leases": [...]}.
    /// Reading is strict: an unknown or missing property, a bad value, a lease outside its pool or a group
    /// leased twice makes the whole file unreadable rather than half read.
    /// </summary>
    internal static class LeaseFileFormat
    {
        public const string FormatName = "multicast-leases";

        /// <summary>The format this code writes and reads. A file with a higher number came from a newer module.</summary>
        public const int Version = 1;

        private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

        public static string Write(LeaseBook book)
        {
            var text = new StringBuilder(256 + (book.LeaseCount * 150));
            text.Append("{\n  \"format\": \"").Append(FormatName).Append("\",\n  \"version\": ").Append(Version).Append(",\n  \"pools\": [");
            bool first = true;
            foreach (MulticastAddressPool pool in book.Pools)
            {
                text.Append(first ? "\n    {\"name\": " : ",\n    {\"name\": ");
                first = false;
                Json.WriteString(text, pool.Name);
                text.Append(", \"prefix\": \"").Append(pool.Prefix.ToString()).Append("\", \"exclusions\": [");
                text.Append(string.Join(", ", pool.Exclusions.Select(e => "\"" + e + "\"")));
                text.Append("], \"defaultLeaseSeconds\": ").Append(((long)pool.DefaultDuration.TotalSeconds).ToString(CultureInfo.InvariantCulture));
                text.Append(", \"excludeFloodedMac\": ").Append(pool.ExcludeFloodedMac ? "true" : "false").Append('}');
            }

            text.Append(first ? "],\n  \"leases\": [" : "\n  ],\n  \"leases\": [");
            first = true;
            foreach (LeaseRecord lease in book.Leases)
            {
                text.Append(first ? "\n    {\"address\": \"" : ",\n    {\"address\": \"");
                first = false;
                text.Append(lease.Address.ToString()).Append("\", \"pool\": ");
                Json.WriteString(text, lease.Pool);
                text.Append(", \"owner\": ");
                Json.WriteString(text, lease.Owner);
                text.Append(", \"start\": \"").Append(lease.StartUtc.ToString(TimeFormat, CultureInfo.InvariantCulture));
                text.Append("\", \"end\": \"").Append(lease.EndUtc.ToString(TimeFormat, CultureInfo.InvariantCulture)).Append("\"}");
            }

            text.Append(first ? "]\n}\n" : "\n  ]\n}\n");
            return text.ToString();
        }

        /// <summary>Reads a whole file, or throws a <see cref="LeaseStoreException"/> that says what is wrong where.</summary>
        public static LeaseBook Read(string text, string path)
        {
            Dictionary<string, object?> root;
            try
            {
                root = Json.Parse(text) as Dictionary<string, object?> ?? throw new FormatException("The file is not a JSON object.");
            }
            catch (FormatException exception)
            {
                throw Corrupt(path, exception.Message);
            }

            // The version first: a newer file may differ in everything else.
            if (!root.TryGetValue("format", out object? format) || !FormatName.Equals(format))
            {
                throw Corrupt(path, "it is not a Multicast lease store (its \"format\" is not \"" + FormatName + "\")");
            }

            if (!root.TryGetValue("version", out object? versionValue) || !(versionValue is long version) || version < 1)
            {
                throw Corrupt(path, "it has no valid \"version\"");
            }

            if (version > Version)
            {
                throw new LeaseStoreException(
                    "LeaseStoreNewerFormat",
                    MulticastErrorKind.StoreUnreadable,
                    path,
                    "The lease store " + path + " has format version " + version + ", written by a newer Multicast module; this one reads version " + Version
                    + ". It was left unchanged. Update the Multicast module on this machine, or point -StorePath at another store.");
            }

            try
            {
                CheckKeys(root, "the file", "format", "version", "pools", "leases");
                var book = new LeaseBook();
                foreach (Dictionary<string, object?> pool in Objects(root["pools"], "pools"))
                {
                    book.SavePool(ReadPool(pool, book));
                }

                foreach (Dictionary<string, object?> lease in Objects(root["leases"], "leases"))
                {
                    book.SaveLease(ReadLease(lease, book));
                }

                return book;
            }
            catch (Exception exception) when (exception is FormatException || exception is MulticastException)
            {
                throw Corrupt(path, exception.Message);
            }
        }

        private static MulticastAddressPool ReadPool(Dictionary<string, object?> item, LeaseBook book)
        {
            CheckKeys(item, "a pool", "name", "prefix", "exclusions", "defaultLeaseSeconds", "excludeFloodedMac");
            string name = Get<string>(item, "name");
            var exclusions = new List<IPPrefix>();
            foreach (object? exclusion in Get<List<object?>>(item, "exclusions"))
            {
                exclusions.Add(IPPrefix.Parse(exclusion as string ?? throw new FormatException("Pool '" + name + "' has an exclusion that is not a string.")));
            }

            long seconds = Get<long>(item, "defaultLeaseSeconds");
            if (seconds <= 0 || seconds > (long)LeaseRules.MaximumDuration.TotalSeconds)
            {
                throw new FormatException("Pool '" + name + "' has a defaultLeaseSeconds out of range.");
            }

            MulticastAddressPool pool = MulticastAddressPool.Create(name, IPPrefix.Parse(Get<string>(item, "prefix")), exclusions, TimeSpan.FromSeconds(seconds), Get<bool>(item, "excludeFloodedMac"));
            foreach (MulticastAddressPool other in book.Pools)
            {
                if (string.Equals(other.Name, pool.Name, StringComparison.OrdinalIgnoreCase) || other.Prefix.Contains(pool.Prefix) || pool.Prefix.Contains(other.Prefix))
                {
                    throw new FormatException("Pool '" + pool.Name + "' has the name or overlaps the prefix of pool '" + other.Name + "'.");
                }
            }

            return pool;
        }

        private static LeaseRecord ReadLease(Dictionary<string, object?> item, LeaseBook book)
        {
            CheckKeys(item, "a lease", "address", "pool", "owner", "start", "end");
            IPAddressValue address = AddressParser.Parse(Get<string>(item, "address"));
            string poolName = Get<string>(item, "pool");
            MulticastAddressPool pool = book.FindPool(poolName) ?? throw new FormatException("The lease on " + address + " names pool '" + poolName + "', which the file does not hold.");
            if (!pool.Prefix.Contains(address) || book.FindLease(address) != null)
            {
                throw new FormatException("The lease on " + address + " is outside pool '" + pool.Name + "' (" + pool.Prefix + ") or appears twice.");
            }

            DateTime start = ReadTime(item, "start"), end = ReadTime(item, "end");
            if (end <= start)
            {
                throw new FormatException("The lease on " + address + " ends before it starts.");
            }

            return new LeaseRecord(address, pool.Name, LeaseRules.CheckOwner(Get<string>(item, "owner")), start, end);
        }

        private static DateTime ReadTime(Dictionary<string, object?> item, string key)
        {
            string text = Get<string>(item, key);
            if (!DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime value))
            {
                throw new FormatException("The time '" + text + "' is not written as " + TimeFormat + ".");
            }

            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        private static IEnumerable<Dictionary<string, object?>> Objects(object? value, string key)
        {
            if (!(value is List<object?> list))
            {
                throw new FormatException("\"" + key + "\" is not an array.");
            }

            foreach (object? item in list)
            {
                yield return item as Dictionary<string, object?> ?? throw new FormatException("\"" + key + "\" holds something that is not an object.");
            }
        }

        private static T Get<T>(Dictionary<string, object?> item, string key) =>
            item.TryGetValue(key, out object? value) && value is T typed ? typed : throw new FormatException("\"" + key + "\" is missing or has the wrong type.");

        private static void CheckKeys(Dictionary<string, object?> item, string what, params string[] keys)
        {
            foreach (string key in item.Keys)
            {
                if (Array.IndexOf(keys, key) < 0)
                {
                    throw new FormatException(what.Substring(0, 1).ToUpperInvariant() + what.Substring(1) + " has the unknown property \"" + key + "\".");
                }
            }

            foreach (string key in keys)
            {
                if (!item.ContainsKey(key))
                {
                    throw new FormatException(what.Substring(0, 1).ToUpperInvariant() + what.Substring(1) + " lacks \"" + key + "\".");
                }
            }
        }

        private static LeaseStoreException Corrupt(string path, string detail) =>
            new LeaseStoreException(
                "LeaseStoreCorrupt",
                MulticastErrorKind.StoreUnreadable,
                path,
                "The lease store " + path + " cannot be read: " + detail.TrimEnd('.') + ". It was left unchanged and nothing will write to it. "
                + "Restore it from a backup, or move it aside to start an empty store.");
    }
}
