using System;

namespace Multicast.Sap
{
    /// <summary>One captured packet as the file holds it: a link-layer frame with its link type and time.</summary>
    internal readonly struct CapturedFrame
    {
        public CapturedFrame(long record, DateTime? timestamp, int linkType, byte[] data, int offset, int length)
        {
            Record = record;
            Timestamp = timestamp;
            LinkType = linkType;
            Data = data;
            Offset = offset;
            Length = length;
        }

        public long Record { get; }

        public DateTime? Timestamp { get; }

        public int LinkType { get; }

        public byte[] Data { get; }

        public int Offset { get; }

        public int Length { get; }
    }
}
