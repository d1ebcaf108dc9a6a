using System;
using System.IO;
using System.Text;

namespace Multicast.Sap
{
    /// <summary>Writes SAP packets (RFC 2974 §6). Its exceptions are for a packet that no listener could read.</summary>
    public static class SapPacketEncoder
    {
        /// <summary>RFC 2974 §6: "It is RECOMMENDED that SAP packets are smaller than 1kByte in length".</summary>
        public const int RecommendedMaxLength = 1024;

        /// <summary>RFC 2974 §6: the authentication length is an 8-bit count of 32-bit words.</summary>
        public const int MaxAuthenticationLength = 255 * 4;

        public static byte[] Encode(SapPacket packet)
        {
            if (packet is null)
            {
                throw new ArgumentNullException(nameof(packet));
            }

            byte[] authentication = packet.AuthenticationBytes;
            if (authentication.Length % 4 != 0 || authentication.Length > MaxAuthenticationLength)
            {
                throw new MulticastRuleException(
                    "SapAuthenticationLengthInvalid",
                    authentication.Length,
                    "SAP authentication data is " + authentication.Length + " bytes; it must be a whole number of 32-bit words, at most 255 of them (1020 bytes), "
                    + "padded as RFC 2974 §8 describes.");
            }

            byte[] body = Body(packet);
            var output = new MemoryStream(4 + 16 + authentication.Length + body.Length);

            // Figure 1: V = 1, A, R = 0 ("SAP announcers MUST set this to 0"), T, E, C.
            int flags = SapPacket.CurrentVersion << 5;
            flags |= packet.IsIPv6 ? 0x10 : 0;
            flags |= packet.MessageType == SapMessageType.Deletion ? 0x04 : 0;
            flags |= packet.IsEncrypted ? 0x02 : 0;
            flags |= packet.IsCompressed ? 0x01 : 0;
            output.WriteByte((byte)flags);
            output.WriteByte((byte)(authentication.Length / 4));
            output.WriteByte((byte)(packet.MessageIdHash >> 8));
            output.WriteByte((byte)packet.MessageIdHash);

            IPAddressValue source = packet.OriginatingSource;
            for (int i = 0; i < (source.IsIPv6 ? 16 : 4); i++)
            {
                output.WriteByte(source.GetByte(i));
            }

            output.Write(authentication, 0, authentication.Length);
            output.Write(body, 0, body.Length);
            return output.ToArray();
        }

        // What follows the authentication data: the payload type, its NUL and the payload, compressed together
        // when C is set (RFC 2974 §6). An encrypted payload already holds all of that and goes as it is.
        private static byte[] Body(SapPacket packet)
        {
            byte[] payload = packet.PayloadBytes;
            if (packet.IsEncrypted)
            {
                return payload;
            }

            string? type = packet.PayloadType;
            if (type is null && !packet.IsSdp)
            {
                throw new MulticastRuleException("SapPayloadTypeRequired", null, "Only an application/sdp payload may leave out its payload type (RFC 2974 §6).");
            }

            byte[] plain;
            if (type is null)
            {
                plain = payload;
            }
            else
            {
                CheckPayloadType(type);
                plain = new byte[type.Length + 1 + payload.Length];
                Encoding.ASCII.GetBytes(type, 0, type.Length, plain, 0);
                Buffer.BlockCopy(payload, 0, plain, type.Length + 1, payload.Length);
            }

            return packet.IsCompressed ? Zlib.Compress(plain, 0, plain.Length) : plain;
        }

        private static void CheckPayloadType(string type)
        {
            bool printable = type.Length > 0;
            foreach (char c in type)
            {
                printable &= c >= 0x20 && c <= 0x7E;
            }

            if (!printable || type.IndexOf('=') == 1)
            {
                throw new MulticastRuleException(
                    "SapPayloadTypeInvalid",
                    type,
                    "'" + type + "' is not a payload type: RFC 2974 §6 wants a MIME content type in printable ASCII, such as application/sdp.");
            }
        }
    }
}
