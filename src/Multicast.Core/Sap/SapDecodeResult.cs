namespace Multicast.Sap
{
    /// <summary>What <see cref="SapPacketDecoder"/> made of a datagram: a packet, or the reason there is none.</summary>
    public sealed class SapDecodeResult
    {
        internal SapDecodeResult(SapDecodeStatus status, SapPacket? packet)
        {
            Status = status;
            Packet = packet;
        }

        public SapDecodeStatus Status { get; }

        /// <summary>The packet when <see cref="Status"/> is <see cref="SapDecodeStatus.Ok"/>; otherwise null.</summary>
        public SapPacket? Packet { get; }

        public bool IsValid => Status == SapDecodeStatus.Ok;

        /// <summary>One sentence on why the datagram could not be read, or null for a packet.</summary>
        public string? Reason => Describe(Status);

        /// <summary>The sentence for a status: what was wrong, with the rule that says so.</summary>
        public static string? Describe(SapDecodeStatus status)
        {
            switch (status)
            {
                case SapDecodeStatus.Ok:
                    return null;
                case SapDecodeStatus.TooShort:
                    return "The datagram is shorter than a SAP header: 4 bytes and a 4- or 16-byte originating source (RFC 2974 §6).";
                case SapDecodeStatus.UnsupportedVersion:
                    return "The SAP version is neither 1 (RFC 2974 §6) nor 0 (SAPv0, §3.1).";
                case SapDecodeStatus.AuthenticationTruncated:
                    return "The authentication length claims more 32-bit words than the datagram holds (RFC 2974 §6).";
                case SapDecodeStatus.PayloadMissing:
                    return "The packet has no payload after its header.";
                case SapDecodeStatus.PayloadTypeUnterminated:
                    return "The payload neither starts with an SDP line nor has the NUL byte that ends a payload type (RFC 2974 §6).";
                case SapDecodeStatus.PayloadTypeInvalid:
                    return "The payload type is empty or not printable ASCII; it should be a MIME type such as application/sdp (RFC 2974 §6).";
                case SapDecodeStatus.ZlibTruncated:
                    return "The compressed payload is too short for a zlib stream (RFC 1950 §2.2).";
                case SapDecodeStatus.ZlibHeaderInvalid:
                    return "The compressed payload does not start with a valid zlib deflate header (RFC 1950 §2.2).";
                case SapDecodeStatus.ZlibDictionaryUnsupported:
                    return "The compressed payload needs a preset zlib dictionary, which SAP cannot supply (RFC 1950 §2.2).";
                case SapDecodeStatus.ZlibDataInvalid:
                    return "The compressed payload's deflate data is damaged (RFC 1951).";
                case SapDecodeStatus.ZlibTrailingData:
                    return "The compressed payload has bytes between its deflate data and its Adler-32, which follows the data directly (RFC 1950 §2.2).";
                case SapDecodeStatus.ZlibChecksumMismatch:
                    return "The compressed payload's Adler-32 does not match its content (RFC 1950 §2.2).";
                case SapDecodeStatus.PayloadTooLarge:
                    return "The compressed payload inflates past the largest payload allowed.";
                default:
                    return status.ToString();
            }
        }
    }
}
