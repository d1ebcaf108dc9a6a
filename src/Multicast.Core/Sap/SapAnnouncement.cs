using System;
using System.Text;
using Multicast.Sdp;

namespace Multicast.Sap
{
    /// <summary>
    /// What an announcer sends: a session description, the originating source, and the message ID hash of
    /// this version (RFC 2974 §6). <see cref="Modify"/> makes the next version, with a new hash.
    /// </summary>
    public sealed class SapAnnouncement
    {
        private readonly byte[] _payload;

        private SapAnnouncement(SessionDescription description, IPAddressValue originatingSource, ushort messageIdHash, bool compress)
        {
            // Written now, strictly: a description the RFC forbids is refused before anything is sent.
            _payload = description.ToBytes();
            Description = description;
            OriginatingSource = originatingSource;
            MessageIdHash = messageIdHash;
            Compress = compress;
        }

        public SessionDescription Description { get; }

        /// <summary>The announcer's address, written in the SAP header (RFC 2974 §6).</summary>
        public IPAddressValue OriginatingSource { get; }

        public ushort MessageIdHash { get; }

        /// <summary>Send the payload zlib-compressed (RFC 2974 §6, the C bit).</summary>
        public bool Compress { get; }

        /// <summary>The length of the announcement packet, the ad_size of RFC 2974 §3.1.</summary>
        public int PacketLength => ToPacket().Encode().Length;

        /// <summary>
        /// The packet is not smaller than 1 KB, the size RFC 2974 §6 recommends to stay under so that it is
        /// not fragmented; compressing it, or a shorter description, helps.
        /// </summary>
        public bool ExceedsRecommendedLength => PacketLength >= SapPacketEncoder.RecommendedMaxLength;

        /// <summary>
        /// A first announcement of a description, with a random message ID hash that is not zero and not in
        /// <paramref name="hashesInUse"/> (the announcer's other sessions; RFC 2974 §6).
        /// </summary>
        public static SapAnnouncement Create(SessionDescription description, IPAddressValue originatingSource, bool compress = false, Random? random = null, System.Collections.Generic.IEnumerable<ushort>? hashesInUse = null)
        {
            if (description is null)
            {
                throw new ArgumentNullException(nameof(description));
            }

            return new SapAnnouncement(description, originatingSource, SapMessageIdHash.Choose(random, null, hashesInUse), compress);
        }

        /// <summary>
        /// The next version of this session: the changed description under a new message ID hash, which
        /// RFC 2974 §6 says "MUST be changed if the session description is modified". The o= line must name
        /// the same session; if its version is not higher, it is set one past the current (RFC 8866 §5.2).
        /// Send <see cref="ToDeletionPacket"/> of this announcement for the old version (RFC 2974 §6: SHOULD).
        /// The new hash also avoids <paramref name="hashesInUse"/>, the announcer's other sessions.
        /// </summary>
        public SapAnnouncement Modify(SessionDescription changed, Random? random = null, System.Collections.Generic.IEnumerable<ushort>? hashesInUse = null)
        {
            if (changed is null)
            {
                throw new ArgumentNullException(nameof(changed));
            }

            SdpOrigin current = Description.Origin!;
            SdpOrigin next = changed.Origin ?? throw new MulticastRuleException("SdpOriginMissing", null, "The changed description has no origin (o=).");
            if (!current.IsSameSession(next))
            {
                throw new MulticastRuleException(
                    "SapSessionIdentityChanged",
                    next.ToString(),
                    "The changed description's origin '" + next + "' names another session than '" + current + "'; all o= fields but the version identify a session (RFC 8866 §5.2). Announce it as a new session.");
            }

            if (SdpOrigin.CompareVersions(next.SessionVersion, current.SessionVersion) <= 0)
            {
                changed.Origin = next.WithVersion(Increment(current.SessionVersion));
            }

            return new SapAnnouncement(changed, OriginatingSource, SapMessageIdHash.Choose(random, MessageIdHash, hashesInUse), Compress);
        }

        /// <summary>The announcement packet: application/sdp, named in the packet as RFC 2974 §6 says it SHOULD be.</summary>
        public SapPacket ToPacket() =>
            new SapPacket(SapMessageType.Announcement, OriginatingSource, MessageIdHash, _payload, SapPacket.SdpPayloadType, null, Compress);

        /// <summary>The deletion packet: "a single SDP line consisting of the origin field of the announcement to be deleted" (RFC 2974 §6).</summary>
        public SapPacket ToDeletionPacket() =>
            new SapPacket(SapMessageType.Deletion, OriginatingSource, MessageIdHash, Encoding.UTF8.GetBytes("o=" + Description.Origin + "\r\n"), SapPacket.SdpPayloadType, null, Compress);

        // Adds one to a decimal string of any length.
        private static string Increment(string version)
        {
            char[] digits = (version.Length == 0 ? "0" : version).ToCharArray();
            for (int i = digits.Length - 1; i >= 0; i--)
            {
                if (digits[i] < '9')
                {
                    digits[i]++;
                    return new string(digits);
                }

                digits[i] = '0';
            }

            return "1" + new string(digits);
        }
    }
}
