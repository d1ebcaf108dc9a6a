using System;
namespace Multicast.Leases.Storage
{
    /// <summary>
    /// Which snapshot of a file store this is: its generation, one more at every compaction, and a random ID
    /// drawn by the compaction that wrote it. A journal names the snapshot it continues; a first-format
    /// (version 1) file, or no file, is generation 0 with an empty ID.
    /// </summary>
    internal readonly struct SnapshotIdentity : IEquatable<SnapshotIdentity>
    {
        public SnapshotIdentity(long generation, Guid id)
        {
            Generation = generation;
            Id = id;
        }

        public long Generation { get; }

        public Guid Id { get; }

        /// <summary>The identity of the snapshot a compaction writes after this one.</summary>
        public SnapshotIdentity Next() => new SnapshotIdentity(Generation + 1, Guid.NewGuid());

        public bool Equals(SnapshotIdentity other) => Generation == other.Generation && Id == other.Id;

        public override bool Equals(object? obj) => obj is SnapshotIdentity other && Equals(other);

        public override int GetHashCode() => Id.GetHashCode() ^ Generation.GetHashCode();

        public override string ToString() => "generation " + Generation + " (" + Id.ToString("N") + ")";
    }
}
