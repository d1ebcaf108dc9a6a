using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>What follows a journal's last sound record: a torn write, or a damaged record (<see cref="LeaseJournalFormat"/>).</summary>
    internal sealed class JournalTail
    {
        public JournalTail(JournalTailKind kind, long sequence, long offset, byte[] bytes, string reason, IReadOnlyList<LeaseChange>? changes)
        {
            Kind = kind;
            Sequence = sequence;
            Offset = offset;
            Bytes = bytes;
            Reason = reason;
            Changes = changes;
        }

        public JournalTailKind Kind { get; }

        /// <summary>The sequence number the record would have.</summary>
        public long Sequence { get; }

        /// <summary>Where it starts in the journal.</summary>
        public long Offset { get; }

        /// <summary>Every byte from <see cref="Offset"/> to the end of the journal.</summary>
        public byte[] Bytes { get; }

        public string Reason { get; }

        /// <summary>The changes its payload reads as, for a record whose checksum fails; null when they cannot be read.</summary>
        public IReadOnlyList<LeaseChange>? Changes { get; }

        /// <summary>
        /// The groups it may lease: those its changes save a lease on. Null when that cannot be told: its changes
        /// cannot be read, or it changes pools.
        /// </summary>
        public IReadOnlyList<IPAddressValue>? Groups
        {
            get
            {
                if (Changes is null)
                {
                    return null;
                }

                var groups = new List<IPAddressValue>();
                foreach (LeaseChange change in Changes)
                {
                    if (change.Kind == LeaseChangeKind.SavePool || change.Kind == LeaseChangeKind.DeletePool)
                    {
                        return null;
                    }

                    if (change.Kind == LeaseChangeKind.SaveLease)
                    {
                        groups.Add(change.Lease!.Address);
                    }
                }

                return groups;
            }
        }
    }

    internal enum JournalTailKind
    {
        /// <summary>A write that never finished, so was never acknowledged: it never happened.</summary>
        Torn,

        /// <summary>A record that may have been acknowledged but cannot be trusted.</summary>
        Damaged,
    }
}
