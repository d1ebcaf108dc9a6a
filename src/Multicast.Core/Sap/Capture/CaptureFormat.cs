namespace Multicast.Sap
{
    /// <summary>The file format a <see cref="CaptureReader"/> found.</summary>
    public enum CaptureFormat
    {
        /// <summary>Neither format's magic number: not a capture file, or damaged at its start.</summary>
        Unknown,

        /// <summary>The classic libpcap format (draft-gharris-opsawg-pcap), either byte order, microseconds or nanoseconds.</summary>
        Pcap,

        /// <summary>pcapng (draft-tuexen-opsawg-pcapng): sections of blocks.</summary>
        PcapNg,
    }
}
