using System;
using System.IO;
using System.Text;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// Where the journal's acknowledged records end, kept in the store's lock file: every commit writes it after
    /// its flush (unflushed: a hint, at no cost). A journal found shorter than its mark lost records the store had
    /// acknowledged (cut off or restored from a copy), which its bytes alone could not tell from a torn write.
    /// Lost with the power, the mark is only older, and the journal's own rules stand.
    /// <code>"MCMARK01", snapshot generation (u64), snapshot ID (16 bytes), journal end (u64), CRC-32 of the 40 bytes before</code>
    /// </summary>
    internal static class CommitMark
    {
        public const int Length = 44;

        private static readonly byte[] Magic = Encoding.ASCII.GetBytes("MCMARK01");

        public static void Write(Stream lockFile, SnapshotIdentity snapshot, long journalEnd)
        {
            var mark = new byte[Length];
            Array.Copy(Magic, mark, Magic.Length);
            LeaseJournalFormat.PutUInt64(mark, 8, (ulong)snapshot.Generation);
            Array.Copy(snapshot.Id.ToByteArray(), 0, mark, 16, 16);
            LeaseJournalFormat.PutUInt64(mark, 32, (ulong)journalEnd);
            LeaseJournalFormat.PutUInt32(mark, 40, Crc32.Compute(mark, 0, 40));
            lockFile.Position = 0;
            lockFile.Write(mark, 0, mark.Length);
        }

        /// <summary>The end the mark gives for the journal of <paramref name="snapshot"/>, or 0 when it has none for it.</summary>
        public static long Read(Stream lockFile, SnapshotIdentity snapshot)
        {
            var mark = new byte[Length];
            lockFile.Position = 0;
            int count = 0, read;
            while (count < Length && (read = lockFile.Read(mark, count, Length - count)) > 0)
            {
                count += read;
            }

            if (count < Length || !LeaseFileFormat.StartsWith(mark, count, 0, Magic) || LeaseJournalFormat.GetUInt32(mark, 40) != Crc32.Compute(mark, 0, 40))
            {
                return 0;
            }

            var id = new byte[16];
            Array.Copy(mark, 16, id, 0, 16);
            bool same = (long)LeaseJournalFormat.GetUInt64(mark, 8) == snapshot.Generation && new Guid(id) == snapshot.Id;
            ulong end = LeaseJournalFormat.GetUInt64(mark, 32);
            return same && end <= long.MaxValue ? (long)end : 0;
        }
    }
}
