namespace Multicast.Sap
{
    /// <summary>Why a datagram is not a SAP packet that can be read. Decoding never throws; it returns one of these.</summary>
    public enum SapDecodeStatus
    {
        /// <summary>A SAP packet. An encrypted one is read as far as its header (see <see cref="SapPacket.IsEncrypted"/>).</summary>
        Ok,

        /// <summary>Shorter than the fixed header and the originating source its A bit asks for.</summary>
        TooShort,

        /// <summary>V is neither 1 (RFC 2974 §6: "The version number field MUST be set to 1") nor 0 (SAPv0, which §3.1 expects to arrive).</summary>
        UnsupportedVersion,

        /// <summary>The authentication length claims more 32-bit words than the packet holds.</summary>
        AuthenticationTruncated,

        /// <summary>Nothing follows the header and authentication data.</summary>
        PayloadMissing,

        /// <summary>The payload neither starts with an SDP line nor holds the NUL that ends a payload type.</summary>
        PayloadTypeUnterminated,

        /// <summary>The payload type is empty or not printable ASCII.</summary>
        PayloadTypeInvalid,

        /// <summary>The compressed payload is too short to be a zlib stream (2-byte header, 4-byte Adler-32).</summary>
        ZlibTruncated,

        /// <summary>The zlib header fails its check bits, or names a method other than deflate or a window over 32K (RFC 1950 §2.2).</summary>
        ZlibHeaderInvalid,

        /// <summary>The zlib header asks for a preset dictionary, which SAP has no way to supply.</summary>
        ZlibDictionaryUnsupported,

        /// <summary>The deflate data is damaged (RFC 1951).</summary>
        ZlibDataInvalid,

        /// <summary>Bytes between the end of the deflate data and the Adler-32, which follows it directly (RFC 1950 §2.2).</summary>
        ZlibTrailingData,

        /// <summary>The Adler-32 after the deflate data does not match what it inflated to (RFC 1950 §2.2).</summary>
        ZlibChecksumMismatch,

        /// <summary>The payload inflates past the size the decoder allows.</summary>
        PayloadTooLarge,
    }
}
