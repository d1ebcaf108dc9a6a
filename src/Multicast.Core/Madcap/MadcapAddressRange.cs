using System;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// One entry of a List of Address Ranges option (RFC 2730 §3.11): a start address in the header's family
    /// and a 16-bit block size, the number of consecutive addresses from the start.
    /// </summary>
    public sealed class MadcapAddressRange : IEquatable<MadcapAddressRange>
    {
        public MadcapAddressRange(IPAddress start, ushort blockSize)
        {
            Start = start ?? throw new ArgumentNullException(nameof(start));
            BlockSize = blockSize;
        }

        public IPAddress Start { get; }

        public ushort BlockSize { get; }

        /// <summary>The last address of the block, or null when the block is empty or runs past the end of the family.</summary>
        public IPAddress? Last => BlockSize > 0 && MadcapWire.TryAdd(Start, BlockSize - 1, out IPAddress last) ? last : null;

        public bool Equals(MadcapAddressRange? other) => other != null && other.BlockSize == BlockSize && other.Start.Equals(Start);

        public override bool Equals(object? obj) => Equals(obj as MadcapAddressRange);

        public override int GetHashCode() => Start.GetHashCode() ^ BlockSize;

        public override string ToString() => BlockSize == 1 ? Start.ToString() : Start + " (" + BlockSize + " addresses)";
    }
}
