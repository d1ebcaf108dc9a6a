using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The store's first snapshot formats, JSON, read and never written (version 3 is binary,
    /// <see cref="LeaseSnapshotFormat"/>): one object, {"format": "multicast-leases", "version": 2,
    /// "generation": 7, "snapshotId": "...", "pools": [...], "leases": [...]}. Version 1 has no generation, no
    /// snapshot ID and no journal beside it. Reading is strict: an unknown or missing property, a bad value, a
    /// lease outside its pool or a group leased twice makes the whole file unreadable rather than half read.
    /// The same pool and lease objects make up version 1 journal records (<see cref="LegacyJournalPayload"/>).
    /// </summary>
    internal static class LeaseFileFormat
    {
        public const string FormatName = "multicast-leases";

        /// <summary>
        /// The last JSON version. A JSON file with a higher number came from a newer module. Version 2 stores
        /// have a journal; a module that reads only version 1 must refuse them, or it would miss the journal's leases.
        /// </summary>
        public const int Version = 2;

        /// <summary>UTC times were written as yyyy-MM-ddTHH:mm:ss.fffffffZ: ISO 8601 to the tick.</summary>
        private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

        private const int TimeLength = 28;

        /// <summary>How a version 2 file began, up to the generation's digits.</summary>
        private static readonly byte[] HeadStart = Encoding.ASCII.GetBytes("{\n  \"format\": \"" + FormatName + "\",\n  \"version\": 2,\n  \"generation\": ");

        private static readonly byte[] HeadIdStart = Encoding.ASCII.GetBytes(",\n  \"snapshotId\": \"");

        private static readonly string[] RootKeysVersion1 = { "format", "version", "pools", "leases" };
        private static readonly string[] RootKeys = { "format", "version", "generation", "snapshotId", "pools", "leases" };
        private static readonly string[] PoolKeys = { "name", "prefix", "exclusions", "defaultLeaseSeconds", "excludeFloodedMac" };
        private static readonly string[] LeaseKeys = { "address", "pool", "owner", "start", "end" };

        /// <summary>How many bytes <see cref="TryReadIdentity"/> needs at most.</summary>
        public static int HeadLength => HeadStart.Length + 19 + HeadIdStart.Length + 33;

        /// <summary>
        /// Reads the generation and snapshot ID from the first bytes of a version 2 file, when they are laid
        /// out exactly as the module that wrote version 2 laid them out; false otherwise (then read the whole file).
        /// </summary>
        public static bool TryReadIdentity(byte[] head, int count, out SnapshotIdentity identity)
        {
            identity = default;
            if (!StartsWith(head, count, 0, HeadStart))
            {
                return false;
            }

            int i = HeadStart.Length;
            long generation = 0;
            while (i < count && head[i] >= (byte)'0' && head[i] <= (byte)'9' && i - HeadStart.Length < 18)
            {
                generation = (generation * 10) + (head[i++] - '0');
            }

            if (i == HeadStart.Length || !StartsWith(head, count, i, HeadIdStart) || i + HeadIdStart.Length + 33 > count || head[i + HeadIdStart.Length + 32] != (byte)'"')
            {
                return false;
            }

            if (!Guid.TryParseExact(Encoding.ASCII.GetString(head, i + HeadIdStart.Length, 32), "N", out Guid id))
            {
                return false;
            }

            identity = new SnapshotIdentity(generation, id);
            return true;
        }

        /// <summary>
        /// Reads a whole file, or throws a <see cref="LeaseStoreException"/> that says what is wrong where.
        /// <paramref name="identity"/> is the file's generation and snapshot ID; a version 1 file has
        /// generation 0 and an empty ID.
        /// </summary>
        public static LeaseBook Read(byte[] bytes, int offset, int count, string path, out SnapshotIdentity identity)
        {
            JsonObject root;
            try
            {
                root = LegacyJson.Parse(bytes, offset, count) as JsonObject ?? throw new FormatException("The file is not a JSON object");
            }
            catch (FormatException exception)
            {
                throw Corrupt(path, exception.Message);
            }

            return Read(root, path, out identity);
        }

        /// <summary>Reads a whole file already parsed into <paramref name="root"/>.</summary>
        internal static LeaseBook Read(JsonObject root, string path, out SnapshotIdentity identity)
        {
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
                throw Newer(path, path, version, Version);
            }

            try
            {
                identity = default;
                if (version == 1)
                {
                    CheckKeys(root, "the file", RootKeysVersion1);
                }
                else
                {
                    CheckKeys(root, "the file", RootKeys);
                    long generation = Get<long>(root, "generation");
                    if (generation < 1 || !Guid.TryParseExact(Get<string>(root, "snapshotId"), "N", out Guid id) || id == Guid.Empty)
                    {
                        throw new FormatException("Its \"generation\" or \"snapshotId\" is not valid.");
                    }

                    identity = new SnapshotIdentity(generation, id);
                }

                List<object?> leases = Get<List<object?>>(root, "leases");
                var book = new LeaseBook();
                foreach (JsonObject pool in Objects(Get<List<object?>>(root, "pools"), "pools"))
                {
                    book.SavePool(ReadPool(pool, book, replacing: false));
                }

                foreach (JsonObject lease in Objects(leases, "leases"))
                {
                    book.SaveLease(ReadLease(lease, book, replacing: false));
                }

                return book;
            }
            catch (Exception exception) when (exception is FormatException || exception is MulticastException)
            {
                throw Corrupt(path, exception.Message);
            }
        }

        /// <summary>
        /// Reads a pool and checks it against the book's other pools: no two share a name or overlap. With
        /// <paramref name="replacing"/>, a pool of the same name is the one it replaces.
        /// </summary>
        internal static MulticastAddressPool ReadPool(JsonObject item, LeaseBook book, bool replacing)
        {
            CheckKeys(item, "a pool", PoolKeys);
            string name = Get<string>(item, "name");
            var exclusions = new List<IPPrefix>();
            foreach (object? exclusion in Get<List<object?>>(item, "exclusions"))
            {
                exclusions.Add(IPPrefix.Parse(exclusion as string ?? throw new FormatException("Pool '" + name + "' has an exclusion that is not a string.")));
            }

            return LeaseChecks.Pool(name, IPPrefix.Parse(Get<string>(item, "prefix")), exclusions, Get<long>(item, "defaultLeaseSeconds"), Get<bool>(item, "excludeFloodedMac"), book, replacing);
        }

        /// <summary>Reads a lease of one of the book's pools. With <paramref name="replacing"/>, it may replace the group's lease (a renewal).</summary>
        internal static LeaseRecord ReadLease(JsonObject item, LeaseBook book, bool replacing)
        {
            CheckKeys(item, "a lease", LeaseKeys);
            IPAddressValue address = AddressParser.Parse(Get<string>(item, "address"));
            string poolName = Get<string>(item, "pool");
            return LeaseChecks.Lease(address, poolName, LeaseRules.CheckOwner(Get<string>(item, "owner")), ReadTime(item, "start"), ReadTime(item, "end"), null, book, replacing);
        }

        private static DateTime ReadTime(JsonObject item, string key)
        {
            string text = Get<string>(item, key);
            return TryParseTime(text, out DateTime value) ? value : throw new FormatException("The time '" + text + "' is not written as " + TimeFormat + ".");
        }

        /// <summary>Reads exactly yyyy-MM-ddTHH:mm:ss.fffffffZ, and only real dates and times.</summary>
        internal static bool TryParseTime(string text, out DateTime utc)
        {
            utc = default;
            if (text.Length != TimeLength || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[27] != 'Z')
            {
                return false;
            }

            int year = Number(text, 0, 4), month = Number(text, 5, 2), day = Number(text, 8, 2);
            int hour = Number(text, 11, 2), minute = Number(text, 14, 2), second = Number(text, 17, 2), fraction = Number(text, 20, 7);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0)
            {
                return false;
            }

            utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction);
            return true;
        }

        /// <summary>The decimal number in <paramref name="count"/> characters, or -1 if any is not a digit.</summary>
        private static int Number(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return -1;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value;
        }

        private static IEnumerable<JsonObject> Objects(List<object?> list, string key)
        {
            foreach (object? item in list)
            {
                yield return item as JsonObject ?? throw new FormatException("\"" + key + "\" holds something that is not an object.");
            }
        }

        private static T Get<T>(JsonObject item, string key) =>
            item.TryGetValue(key, out object? value) && value is T typed ? typed : throw new FormatException("\"" + key + "\" is missing or has the wrong type.");

        private static void CheckKeys(JsonObject item, string what, string[] keys)
        {
            // Unique names, none unknown, as many as expected: then none is missing.
            for (int i = 0; i < item.Count; i++)
            {
                if (Array.IndexOf(keys, item.NameAt(i)) < 0)
                {
                    throw new FormatException(what.Substring(0, 1).ToUpperInvariant() + what.Substring(1) + " has the unknown property \"" + item.NameAt(i) + "\".");
                }
            }

            foreach (string key in keys)
            {
                if (item.Count < keys.Length && !item.Contains(key))
                {
                    throw new FormatException(what.Substring(0, 1).ToUpperInvariant() + what.Substring(1) + " lacks \"" + key + "\".");
                }
            }
        }

        /// <summary>The store cannot be read because of <paramref name="detail"/>; both its files stay as they are.</summary>
        internal static LeaseStoreException Corrupt(string path, string detail) =>
            new LeaseStoreException(
                "LeaseStoreCorrupt",
                MulticastErrorKind.StoreUnreadable,
                path,
                "The lease store " + path + " cannot be read: " + detail.TrimEnd('.') + ". It was left unchanged and nothing will write to it.",
                null,
                Remedy.Of(RemedyKind.RestoreStore, ("Path", path), ("Journal", path + FileLeaseStore.JournalSuffix)));

        /// <summary><paramref name="file"/>, one of the store's files, has a format version newer than <paramref name="known"/>.</summary>
        internal static LeaseStoreException Newer(string path, string file, long version, int known) =>
            new LeaseStoreException(
                "LeaseStoreNewerFormat",
                MulticastErrorKind.StoreUnreadable,
                path,
                (file == path ? "The lease store " + path : "The journal " + file + " of the lease store " + path)
                + " has format version " + version + ", written by a newer Multicast module; this one reads version " + known
                + ". It was left unchanged.",
                null,
                Remedy.Of(RemedyKind.UpdateOrUseAnotherStore));

        /// <summary>True when <paramref name="data"/> holds <paramref name="expected"/> at <paramref name="at"/>, within its first <paramref name="count"/> bytes.</summary>
        internal static bool StartsWith(byte[] data, int count, int at, byte[] expected)
        {
            if (at + expected.Length > count)
            {
                return false;
            }

            for (int i = 0; i < expected.Length; i++)
            {
                if (data[at + i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
