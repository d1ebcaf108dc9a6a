using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The quarantine file beside a store ("leases.json.quarantine"): for people, every journal tail the store
    /// would not trust, appended before anything writes over it. Each entry says when, which record and where,
    /// why (torn write or damaged record), which groups it may hold (when its bytes read as changes) or that
    /// they cannot be read, and every byte of it in base64. Plain UTF-8 text; the store never reads it back.
    /// </summary>
    internal static class LeaseQuarantine
    {
        public const string Suffix = ".quarantine";

        /// <summary>The note a held group carries, naming the entry that explains it.</summary>
        public static string Note(JournalTail tail, DateTime nowUtc) =>
            "journal record " + tail.Sequence.ToString(CultureInfo.InvariantCulture) + " at byte " + tail.Offset.ToString(CultureInfo.InvariantCulture)
            + ", quarantined " + nowUtc.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) + ": " + tail.Reason;

        /// <summary>Appends an entry for <paramref name="tail"/> of the journal of <paramref name="snapshot"/> and flushes it to disk.</summary>
        public static void Append(IStoreFileSystem files, string storePath, SnapshotIdentity snapshot, JournalTail tail, DateTime nowUtc)
        {
            var text = new StringBuilder();
            text.Append("entry ").Append(nowUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("  journal: ").Append(storePath).Append(FileLeaseStore.JournalSuffix).Append(", of the snapshot of ").Append(snapshot).Append('\n');
            text.Append("  record: ").Append(tail.Sequence.ToString(CultureInfo.InvariantCulture)).Append(" at byte ").Append(tail.Offset.ToString(CultureInfo.InvariantCulture))
                .Append(", ").Append(tail.Bytes.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes to the end of the file\n");
            text.Append("  found: ").Append(tail.Kind == JournalTailKind.Torn
                ? "a torn write, never acknowledged: it never happened, and holds nothing"
                : "a damaged record, which may have been acknowledged: its groups are held until the store is repaired").Append('\n');
            text.Append("  why: ").Append(tail.Reason).Append('\n');
            if (tail.Changes is null)
            {
                text.Append("  changes: cannot be read").Append(tail.Kind == JournalTailKind.Damaged ? ", so it may hold any group\n" : "\n");
            }
            else
            {
                foreach (LeaseChange change in tail.Changes)
                {
                    text.Append("  change, as read (unverified): ").Append(Describe(change)).Append('\n');
                }
            }

            text.Append("  bytes: ").Append(Convert.ToBase64String(tail.Bytes)).Append("\n\n");
            byte[] entry = new UTF8Encoding(false).GetBytes(text.ToString());
            using (Stream stream = files.Open(storePath + Suffix, FileMode.Append, FileAccess.Write, FileShare.None))
            {
                stream.Write(entry, 0, entry.Length);
                files.FlushToDisk(stream);
            }
        }

        private static string Describe(LeaseChange change)
        {
            switch (change.Kind)
            {
                case LeaseChangeKind.SavePool:
                    return "save pool '" + change.Pool!.Name + "' (" + change.Pool.PrefixValue + ")";
                case LeaseChangeKind.DeletePool:
                    return "delete pool '" + change.PoolName + "'";
                case LeaseChangeKind.SaveLease:
                    LeaseRecord lease = change.Lease!;
                    return "lease " + lease.Address + " in pool '" + lease.Pool + "' to '" + lease.Owner + "' from "
                        + lease.StartUtc.ToString("u", CultureInfo.InvariantCulture) + " to " + lease.EndUtc.ToString("u", CultureInfo.InvariantCulture)
                        + (lease.ClientId is null ? string.Empty : " for client " + lease.ClientId);
                default:
                    return "release " + change.Address;
            }
        }
    }
}
