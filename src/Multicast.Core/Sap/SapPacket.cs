using System;

namespace Multicast.Sap
{
    /// <summary>
    /// One SAP packet (RFC 2974 §6), as read off the wire or to be written. The payload is held
    /// uncompressed; an encrypted payload is held as it came, since SAP does not say how to decrypt it (§7).
    /// </summary>
    public sealed class SapPacket
    {
        /// <summary>RFC 2974 §6: the payload type that may be left out, and that every implementation must read.</summary>
        public const string SdpPayloadType = "application/sdp";

        /// <summary>RFC 2974 §6: "The version number field MUST be set to 1".</summary>
        public const int CurrentVersion = 1;

        private readonly byte[] _payload;
        private readonly byte[] _authenticationData;

        /// <summary>A packet to encode. The payload is the uncompressed session description (or deletion line).</summary>
        /// <param name="messageType">Announcement or deletion (the T bit).</param>
        /// <param name="originatingSource">The announcer's address; its family sets the A bit.</param>
        /// <param name="messageIdHash">Identifies this version of the announcement together with the source (RFC 2974 §6).</param>
        /// <param name="payload">The session description, or for an encrypted packet the ciphertext.</param>
        /// <param name="payloadType">The MIME type written before the payload, or null to leave it out (allowed only for application/sdp).</param>
        /// <param name="authenticationData">Authentication data, a whole number of 32-bit words (RFC 2974 §8); null for none.</param>
        /// <param name="isCompressed">Compress the payload type and payload with zlib (the C bit).</param>
        /// <param name="isEncrypted">The payload is already encrypted (the E bit); it is written as it is.</param>
        public SapPacket(
            SapMessageType messageType,
            IPAddressValue originatingSource,
            ushort messageIdHash,
            byte[] payload,
            string? payloadType = SdpPayloadType,
            byte[]? authenticationData = null,
            bool isCompressed = false,
            bool isEncrypted = false)
            : this(messageType, originatingSource, messageIdHash, payload, payloadType, authenticationData, isCompressed, isEncrypted, reservedBit: false, wireLength: 0, version: CurrentVersion)
        {
        }

        internal SapPacket(
            SapMessageType messageType,
            IPAddressValue originatingSource,
            ushort messageIdHash,
            byte[] payload,
            string? payloadType,
            byte[]? authenticationData,
            bool isCompressed,
            bool isEncrypted,
            bool reservedBit,
            int wireLength,
            int version)
        {
            _payload = payload ?? throw new ArgumentNullException(nameof(payload));
            _authenticationData = authenticationData ?? new byte[0];
            MessageType = messageType;
            OriginatingSource = originatingSource;
            MessageIdHash = messageIdHash;
            PayloadType = payloadType;
            IsCompressed = isCompressed;
            IsEncrypted = isEncrypted;
            ReservedBit = reservedBit;
            WireLength = wireLength;
            Version = version;
        }

        public SapMessageType MessageType { get; }

        /// <summary>
        /// V: 1, or 0 for a SAPv0 packet as received (RFC 2974 §3.1 expects them), whose message ID hash says
        /// nothing. A packet made here is version 1 ("The version number field MUST be set to 1", §6), and
        /// <see cref="Encode"/> always writes 1.
        /// </summary>
        public int Version { get; }

        /// <summary>
        /// The message ID hash and originating source identify this version of the announcement (RFC 2974 §3.1):
        /// false for a zero hash or a SAPv0 packet, whose whole message must be compared instead.
        /// </summary>
        public bool HashIdentifies => Version != 0 && MessageIdHash != 0;

        /// <summary>The A bit: the originating source is an IPv6 address.</summary>
        public bool IsIPv6 => OriginatingSource.IsIPv6;

        /// <summary>The R bit as received. Announcers set it to 0 and listeners ignore it (RFC 2974 §6).</summary>
        public bool ReservedBit { get; }

        /// <summary>The E bit: the payload type and payload are encrypted, and are held here as received.</summary>
        public bool IsEncrypted { get; }

        /// <summary>The C bit: the payload type and payload travel zlib-compressed. <see cref="Payload"/> is uncompressed.</summary>
        public bool IsCompressed { get; }

        /// <summary>Together with <see cref="OriginatingSource"/>, identifies this version of an announcement (RFC 2974 §6).</summary>
        public ushort MessageIdHash { get; }

        /// <summary>The address of the original source of the message (RFC 2974 §6).</summary>
        public IPAddressValue OriginatingSource { get; }

        /// <summary>The payload type as written, or null when it was left out (the payload is then SDP) or is encrypted.</summary>
        public string? PayloadType { get; }

        /// <summary>What the payload is: the written type, application/sdp when it was left out (RFC 2974 §6), null when encrypted.</summary>
        public string? EffectivePayloadType => PayloadType ?? (IsEncrypted ? null : SdpPayloadType);

        /// <summary>True when the payload is a session description this module can read: SDP, not encrypted.</summary>
        public bool IsSdp => !IsEncrypted && string.Equals(EffectivePayloadType, SdpPayloadType, StringComparison.OrdinalIgnoreCase);

        /// <summary>The authentication data (RFC 2974 §8), empty when the authentication length is 0. Not verified here.</summary>
        public byte[] AuthenticationData => (byte[])_authenticationData.Clone();

        public int AuthenticationLength => _authenticationData.Length;

        public bool IsAuthenticated => _authenticationData.Length > 0;

        /// <summary>The payload: uncompressed, without the payload type; ciphertext when <see cref="IsEncrypted"/>.</summary>
        public byte[] Payload => (byte[])_payload.Clone();

        public int PayloadLength => _payload.Length;

        /// <summary>The length of the datagram this packet was read from; 0 for a packet made to be sent.</summary>
        public int WireLength { get; }

        internal byte[] PayloadBytes => _payload;

        internal byte[] AuthenticationBytes => _authenticationData;

        /// <summary>Reads a datagram (see <see cref="SapPacketDecoder"/>). Never throws for what the network sends.</summary>
        public static SapDecodeResult Decode(byte[] datagram) => SapPacketDecoder.Decode(datagram, 0, datagram?.Length ?? 0);

        /// <summary>The bytes to send (see <see cref="SapPacketEncoder"/>).</summary>
        public byte[] Encode() => SapPacketEncoder.Encode(this);

        public override string ToString() =>
            "SAP " + MessageType + " from " + OriginatingSource + " hash 0x" + MessageIdHash.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            + (IsEncrypted ? " (encrypted)" : ", " + EffectivePayloadType + ", " + _payload.Length + " bytes");
    }
}
