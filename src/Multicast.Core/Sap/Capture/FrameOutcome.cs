namespace Multicast.Sap
{
    /// <summary>What <see cref="FrameDecoder"/> made of a frame.</summary>
    internal enum FrameOutcome
    {
        /// <summary>A UDP datagram to the port asked for.</summary>
        Datagram,

        /// <summary>A well-formed packet that is not one: another protocol or port, ARP, ESP...</summary>
        OtherTraffic,

        /// <summary>An IP fragment; fragments are not reassembled.</summary>
        Fragment,

        /// <summary>Headers that contradict themselves or the frame's length.</summary>
        Damaged,

        /// <summary>A link type this reader does not decode.</summary>
        UnsupportedLinkType,
    }
}
