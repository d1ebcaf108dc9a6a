using System;
using System.Text;

namespace Multicast.Sap
{
    /// <summary>
    /// Reads SAP packets (RFC 2974 §6). Input is whatever the network delivered: decoding never throws for
    /// it, and returns a <see cref="SapDecodeStatus"/> instead.
    /// </summary>
    public static class SapPacketDecoder
    {
        /// <summary>
        /// The largest payload a compressed packet may inflate to by default: the largest UDP payload over
        /// IPv4 (65,535 bytes less the 20-byte IP and 8-byte UDP headers), as much as an uncompressed packet
        /// could carry. RFC 2974 §6 recommends packets under 1 KB, so no real announcement comes near it.
        /// </summary>
        public const int DefaultMaxPayloadLength = 65_507;

        // Figure 1: V (3 bits), A, R, T, E, C (1 bit each) in the first byte.
        private const int VersionShift = 5;
        private const int AddressTypeBit = 0x10;
        private const int ReservedBit = 0x08;
        private const int MessageTypeBit = 0x04;
        private const int EncryptedBit = 0x02;
        private const int CompressedBit = 0x01;

        // Figure 1: the first 32-bit word holds the flags, the authentication length and the message ID hash.
        private const int FixedHeaderLength = 4;

        public static SapDecodeResult Decode(byte[] datagram) =>
            Decode(datagram, 0, datagram?.Length ?? 0);

        /// <summary>
        /// Reads <paramref name="count"/> bytes from <paramref name="offset"/>. A compressed payload may inflate
        /// to at most <paramref name="maxPayloadLength"/> bytes.
        /// </summary>
        public static SapDecodeResult Decode(byte[]? datagram, int offset, int count, int maxPayloadLength = DefaultMaxPayloadLength)
        {
            if (datagram is null || offset < 0 || count < 0 || offset > datagram.Length - count)
            {
                // A caller's mistake, not the network's; still no exception, since nothing can be read.
                return new SapDecodeResult(SapDecodeStatus.TooShort, null);
            }

            if (count < FixedHeaderLength)
            {
                return Fail(SapDecodeStatus.TooShort);
            }

            // RFC 2974 §6: V MUST be 1; §3.1 expects SAPv0 (V = 0, the same fields, the hash zero) to arrive still.
            int flags = datagram[offset];
            int version = flags >> VersionShift;
            if (version != SapPacket.CurrentVersion && version != 0)
            {
                return Fail(SapDecodeStatus.UnsupportedVersion);
            }

            // RFC 2974 §6: A = 0 means a 32-bit IPv4 originating source, A = 1 a 128-bit IPv6 one.
            bool ipv6 = (flags & AddressTypeBit) != 0;
            int sourceLength = ipv6 ? 16 : 4;
            if (count < FixedHeaderLength + sourceLength)
            {
                return Fail(SapDecodeStatus.TooShort);
            }

            // RFC 2974 §6: the authentication length counts 32-bit words of authentication data.
            int authenticationLength = datagram[offset + 1] * 4;
            ushort hash = (ushort)((datagram[offset + 2] << 8) | datagram[offset + 3]);
            IPAddressValue source = ReadAddress(datagram, offset + FixedHeaderLength, ipv6);
            int position = offset + FixedHeaderLength + sourceLength;
            int end = offset + count;
            if (end - position < authenticationLength)
            {
                return Fail(SapDecodeStatus.AuthenticationTruncated);
            }

            var authentication = new byte[authenticationLength];
            Buffer.BlockCopy(datagram, position, authentication, 0, authenticationLength);
            position += authenticationLength;

            var messageType = (flags & MessageTypeBit) != 0 ? SapMessageType.Deletion : SapMessageType.Announcement;
            bool encrypted = (flags & EncryptedBit) != 0;
            bool compressed = (flags & CompressedBit) != 0;
            bool reserved = (flags & ReservedBit) != 0;
            if (position == end)
            {
                return Fail(SapDecodeStatus.PayloadMissing);
            }

            // RFC 2974 §6: with E set, the payload type and payload are encrypted (and compressed first, if C
            // is set too). SAP does not say how to decrypt (§7), so the packet is reported with its ciphertext.
            if (encrypted)
            {
                var ciphertext = new byte[end - position];
                Buffer.BlockCopy(datagram, position, ciphertext, 0, ciphertext.Length);
                return Ok(new SapPacket(messageType, source, hash, ciphertext, null, authentication, compressed, isEncrypted: true, reserved, count, version));
            }

            byte[] body = datagram;
            int bodyStart = position;
            int bodyEnd = end;
            if (compressed)
            {
                // RFC 2974 §6: with C set, the payload type and payload are compressed together with zlib.
                SapDecodeStatus inflated = Zlib.TryDecompress(datagram, position, end - position, maxPayloadLength, out body);
                if (inflated != SapDecodeStatus.Ok)
                {
                    return Fail(inflated);
                }

                bodyStart = 0;
                bodyEnd = body.Length;
                if (bodyEnd == 0)
                {
                    return Fail(SapDecodeStatus.PayloadMissing);
                }
            }

            SapDecodeStatus typed = ReadPayloadType(body, bodyStart, bodyEnd, out string? payloadType, out int payloadStart);
            if (typed != SapDecodeStatus.Ok)
            {
                return Fail(typed);
            }

            var payload = new byte[bodyEnd - payloadStart];
            Buffer.BlockCopy(body, payloadStart, payload, 0, payload.Length);
            return Ok(new SapPacket(messageType, source, hash, payload, payloadType, authentication, compressed, isEncrypted: false, reserved, count, version));
        }

        /// <summary>
        /// RFC 2974 §6: the payload type is ASCII text ended by a NUL, and may be left out for application/sdp.
        /// Its absence shows because the payload then starts with an SDP line ("v=0", or "o=" in a deletion):
        /// "=" is a MIME tspecial (RFC 2045 §5.1), so no content type starts with a letter and "=".
        /// </summary>
        private static SapDecodeStatus ReadPayloadType(byte[] body, int start, int end, out string? payloadType, out int payloadStart)
        {
            payloadType = null;
            payloadStart = start;
            if (end - start >= 2 && IsAsciiLetter(body[start]) && body[start + 1] == (byte)'=')
            {
                return SapDecodeStatus.Ok;
            }

            int nul = Array.IndexOf(body, (byte)0, start, end - start);
            if (nul < 0)
            {
                return SapDecodeStatus.PayloadTypeUnterminated;
            }

            if (nul == start)
            {
                return SapDecodeStatus.PayloadTypeInvalid;
            }

            for (int i = start; i < nul; i++)
            {
                if (body[i] < 0x20 || body[i] > 0x7E)
                {
                    return SapDecodeStatus.PayloadTypeInvalid;
                }
            }

            payloadType = Encoding.ASCII.GetString(body, start, nul - start);
            payloadStart = nul + 1;
            return SapDecodeStatus.Ok;
        }

        private static bool IsAsciiLetter(byte value) => (value >= (byte)'a' && value <= (byte)'z') || (value >= (byte)'A' && value <= (byte)'Z');

        // RFC 2974 §6: "The address is stored in network byte order."
        private static IPAddressValue ReadAddress(byte[] data, int offset, bool ipv6)
        {
            if (!ipv6)
            {
                return IPAddressValue.FromIPv4(((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3]);
            }

            ulong high = 0, low = 0;
            for (int i = 0; i < 8; i++)
            {
                high = (high << 8) | data[offset + i];
                low = (low << 8) | data[offset + 8 + i];
            }

            return IPAddressValue.FromIPv6(high, low);
        }

        private static SapDecodeResult Ok(SapPacket packet) => new SapDecodeResult(SapDecodeStatus.Ok, packet);

        private static SapDecodeResult Fail(SapDecodeStatus status) => new SapDecodeResult(status, null);
    }
}
