using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using Multicast.Sdp;

namespace Multicast.Sap
{
    /// <summary>
    /// A SAP listener's session cache (RFC 2974 §4, §5), pure and driven by an injected clock: feed it
    /// packets with <see cref="Process"/>, and ask <see cref="Expire"/> for the sessions that timed out.
    /// Not thread-safe.
    /// </summary>
    /// <remarks>
    /// A session is identified by its SDP origin less the version (RFC 8866 §5.2), together with the
    /// packet's originating source and whether it was authenticated: RFC 2974 §5 lets only the same host
    /// modify an unauthenticated announcement, and has one with an authentication header where the cached
    /// one had none "treated as a new and different announcement". Signatures are not verified, so two
    /// authenticated announcements from one source are taken as signed by the same key. A payload that is
    /// not SDP (or is encrypted) is identified by its message ID hash and originating source (§3.1).
    /// </remarks>
    public sealed class SapDirectory
    {
        /// <summary>The most sessions kept by default, so that a flood of announcements cannot use up memory.</summary>
        public const int DefaultMaxSessions = 10_000;

        /// <summary>
        /// The most bytes the cached sessions may hold by default (see <see cref="SapSession.RetainedBytes"/>):
        /// 32 MiB, room for 10,000 sessions of 1 KB each, which RFC 2974 §6 recommends, several times over.
        /// </summary>
        public const long DefaultMaxRetainedBytes = 32L * 1024 * 1024;

        private readonly Func<DateTime> _utcNow;
        private readonly Dictionary<string, SapSession> _sessions = new Dictionary<string, SapSession>(StringComparer.Ordinal);

        // The message ID hash and originating source of each cached announcement (RFC 2974 §3.1), to its session.
        private readonly Dictionary<string, string> _announcements = new Dictionary<string, string>(StringComparer.Ordinal);

        public SapDirectory(Func<DateTime>? utcNow = null, int bandwidthLimit = SapTiming.DefaultBandwidthLimit, int maxSessions = DefaultMaxSessions, long maxRetainedBytes = DefaultMaxRetainedBytes)
        {
            SapTiming.CheckLimit(bandwidthLimit);
            if (maxSessions < 1)
            {
                throw new MulticastRuleException("SapMaxSessionsInvalid", maxSessions, "A SAP directory must be able to hold at least one session.");
            }

            if (maxRetainedBytes < 1)
            {
                throw new MulticastRuleException("SapMaxRetainedBytesInvalid", maxRetainedBytes, "A SAP directory must be able to keep at least one byte.");
            }

            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            BandwidthLimit = bandwidthLimit;
            MaxSessions = maxSessions;
            MaxRetainedBytes = maxRetainedBytes;
        }

        /// <summary>The bandwidth limit (bits per second) from which announcement intervals are predicted (RFC 2974 §3.1, §4).</summary>
        public int BandwidthLimit { get; }

        public int MaxSessions { get; }

        /// <summary>The most bytes the cached sessions may hold, as <see cref="SapSession.RetainedBytes"/> estimates them.</summary>
        public long MaxRetainedBytes { get; }

        /// <summary>The bytes the cached sessions hold now, as <see cref="SapSession.RetainedBytes"/> estimates them.</summary>
        public long RetainedBytes { get; private set; }

        /// <summary>The sessions now cached.</summary>
        public IReadOnlyCollection<SapSession> Sessions => _sessions.Values.ToList();

        public int Count => _sessions.Count;

        /// <summary>Announcements older than the cached version of their session (a lower o= version), ignored.</summary>
        public int StaleAnnouncements { get; private set; }

        /// <summary>Deletions that matched no cached session, or lacked the authentication the session had (RFC 2974 §4), ignored.</summary>
        public int IgnoredDeletions { get; private set; }

        /// <summary>
        /// Deletions of a version other than the cached one (RFC 2974 §6: the old version's deletion, sent after a
        /// modification), ignored: their o= version is lower than the cached one's, or differs under another hash.
        /// </summary>
        public int StaleDeletions { get; private set; }

        /// <summary>New sessions, and new versions, dropped because the directory held <see cref="MaxSessions"/> or <see cref="MaxRetainedBytes"/>.</summary>
        public int DroppedSessions { get; private set; }

        /// <summary>
        /// Takes in one packet: a new session, a changed one, a deletion, or only a refresh of the time it was
        /// last heard (no event). <paramref name="source"/> is where the datagram came from and
        /// <paramref name="sapGroup"/> the group it was sent to, when known.
        /// </summary>
        public IReadOnlyList<SapSessionEvent> Process(SapPacket packet, IPEndPoint? source = null, IPAddressValue? sapGroup = null)
        {
            if (packet is null)
            {
                throw new ArgumentNullException(nameof(packet));
            }

            DateTime now = _utcNow();
            return packet.MessageType == SapMessageType.Deletion ? Delete(packet, now) : Announce(packet, source, sapGroup, now);
        }

        /// <summary>
        /// Removes the sessions whose last stop time has passed (RFC 2974 §4, explicit timeout) and those not
        /// heard for <see cref="GetTimeout"/> (implicit timeout), and reports them.
        /// </summary>
        public IReadOnlyList<SapSessionEvent> Expire()
        {
            DateTime now = _utcNow();
            Dictionary<string, int> perGroup = CountPerGroup();
            var events = new List<SapSessionEvent>();
            foreach (SapSession session in _sessions.Values.ToList())
            {
                if (session.Ends is DateTime ends && ends < now)
                {
                    events.Add(new SapSessionEvent(SapSessionEventKind.Ended, session, now));
                }
                else if (now >= Later(session.LastHeard, Timeout(session, perGroup)))
                {
                    events.Add(new SapSessionEvent(SapSessionEventKind.TimedOut, session, now));
                }
            }

            foreach (SapSessionEvent removed in events)
            {
                Remove(removed.Session);
            }

            return events;
        }

        /// <summary>The earliest time at which <see cref="Expire"/> will remove a session, or null when none is cached.</summary>
        public DateTime? NextExpiry
        {
            get
            {
                Dictionary<string, int> perGroup = CountPerGroup();
                DateTime? next = null;
                foreach (SapSession session in _sessions.Values)
                {
                    DateTime expiry = Later(session.LastHeard, Timeout(session, perGroup));
                    if (session.Ends is DateTime ends && ends < expiry)
                    {
                        // Ended sessions go at the first check after their stop time.
                        expiry = Later(ends, TimeSpan.FromTicks(1));
                    }

                    next = next is null || expiry < next ? expiry : next;
                }

                return next;
            }
        }

        /// <summary>
        /// RFC 2974 §4: how long a session may go unheard, "ten times the announcement period, or one hour,
        /// whichever is the greater", the period predicted from the sessions heard on its SAP group (§3.1).
        /// </summary>
        public TimeSpan GetTimeout(SapSession session) => Timeout(session, CountPerGroup());

        /// <summary>
        /// The number of announcements cached for a SAP group (all groups when null), the no_of_ads of
        /// RFC 2974 §3.1, leaving out the one with <paramref name="exceptHash"/> from <paramref name="exceptSource"/>.
        /// </summary>
        public int CountAnnouncements(IPAddressValue? sapGroup, ushort? exceptHash = null, IPAddressValue? exceptSource = null)
        {
            int count = 0;
            foreach (SapSession session in _sessions.Values)
            {
                bool sameGroup = sapGroup is null || Nullable.Equals(session.SapGroup, sapGroup);
                bool excepted = exceptHash == session.MessageIdHash && Nullable.Equals(exceptSource, session.OriginatingSource);
                if (sameGroup && !excepted)
                {
                    count++;
                }
            }

            return count;
        }

        private IReadOnlyList<SapSessionEvent> Announce(SapPacket packet, IPEndPoint? source, IPAddressValue? sapGroup, DateTime now)
        {
            // RFC 2974 §10: a listener that trusted the hash and source alone, without the payload, could be
            // misled; a repeat is a refresh only when its payload is the one cached.
            string announcement = AnnouncementKey(packet);
            if (packet.HashIdentifies
                && _announcements.TryGetValue(announcement, out string? known)
                && _sessions.TryGetValue(known, out SapSession? cached)
                && cached.IsAuthenticated == packet.IsAuthenticated
                && cached.PayloadBytes.SequenceEqual(packet.PayloadBytes))
            {
                Refresh(cached, now);
                return new SapSessionEvent[0];
            }

            SessionDescription? description = packet.IsSdp ? SessionDescription.Parse(packet.PayloadBytes, 0, packet.PayloadBytes.Length) : null;
            // RFC 8866 §5: a description with an unknown line type is ignored, its origin with it.
            string key = SessionKey(packet, description is null || description.HasUnknownLineType ? null : description.Origin);
            var session = new SapSession(key, packet, description, source, sapGroup, now);
            if (session.Ends is DateTime ends && ends < now)
            {
                // RFC 2974 §4: a session whose end time has passed is not kept.
                return _sessions.TryGetValue(key, out SapSession? over) ? Removed(SapSessionEventKind.Ended, over, now) : new SapSessionEvent[0];
            }

            if (!_sessions.TryGetValue(key, out SapSession? previous))
            {
                if (_sessions.Count >= MaxSessions || RetainedBytes + session.RetainedBytes > MaxRetainedBytes)
                {
                    DroppedSessions++;
                    return new SapSessionEvent[0];
                }

                Store(session);
                return new[] { new SapSessionEvent(SapSessionEventKind.New, session, now) };
            }

            // RFC 8866 §5.2: the version increases when the description changes, so a lower one is an old copy.
            if (previous.Origin != null && session.Origin != null && SdpOrigin.CompareVersions(session.Origin.SessionVersion, previous.Origin.SessionVersion) < 0)
            {
                StaleAnnouncements++;
                return new SapSessionEvent[0];
            }

            if (RetainedBytes - previous.RetainedBytes + session.RetainedBytes > MaxRetainedBytes)
            {
                // The new version does not fit: the cached one stays, as if this copy had been lost.
                DroppedSessions++;
                return new SapSessionEvent[0];
            }

            if (previous.PayloadBytes.SequenceEqual(session.PayloadBytes))
            {
                // The same description under a new hash (an announcer restarted, say): only the hash is new.
                Replace(previous, session, now);
                session.TimesHeard = previous.TimesHeard + 1;
                return new SapSessionEvent[0];
            }

            Replace(previous, session, now);
            return new[] { new SapSessionEvent(SapSessionEventKind.Changed, session, now, previous) };
        }

        // RFC 2974 §6: an SDP deletion message is the o= line of the announcement to delete. §4: a deletion
        // without the authentication of the announcements it deletes SHOULD be ignored; the key carries it.
        private IReadOnlyList<SapSessionEvent> Delete(SapPacket packet, DateTime now)
        {
            SapSession? target = null;
            SdpOrigin? origin = packet.IsSdp ? ReadOrigin(packet.PayloadBytes) : null;
            if (origin != null && _sessions.TryGetValue(SessionKey(packet, origin), out target) && target.Origin != null)
            {
                // RFC 2974 §6: a modified session's old version SHOULD be deleted; that must not delete the new one.
                int version = SdpOrigin.CompareVersions(origin.SessionVersion, target.Origin.SessionVersion);
                if (version < 0 || (version != 0 && packet.MessageIdHash != target.MessageIdHash))
                {
                    StaleDeletions++;
                    return new SapSessionEvent[0];
                }
            }

            if (target is null && _announcements.TryGetValue(AnnouncementKey(packet), out string? key))
            {
                _sessions.TryGetValue(key, out target);
                if (target != null && target.IsAuthenticated != packet.IsAuthenticated)
                {
                    target = null;
                }
            }

            if (target is null)
            {
                IgnoredDeletions++;
                return new SapSessionEvent[0];
            }

            return Removed(SapSessionEventKind.Deleted, target, now);
        }

        private static SdpOrigin? ReadOrigin(byte[] payload)
        {
            string text = Encoding.UTF8.GetString(payload);
            foreach (string line in text.Split('\n'))
            {
                string trimmed = line.TrimEnd('\r');
                if (trimmed.StartsWith("o=", StringComparison.Ordinal) && SdpOrigin.TryParse(trimmed.Substring(2), out SdpOrigin? origin))
                {
                    return origin;
                }
            }

            return null;
        }

        private static string SessionKey(SapPacket packet, SdpOrigin? origin)
        {
            string authenticated = packet.IsAuthenticated ? "authenticated" : "plain";
            if (origin != null)
            {
                return "sdp|" + origin.SessionKey + "|" + packet.OriginatingSource + "|" + authenticated;
            }

            // RFC 2974 §3.1: a zero hash (SAPv0) says nothing; then the whole message decides uniqueness.
            string payload = packet.HashIdentifies ? string.Empty : "|" + Convert.ToBase64String(packet.PayloadBytes);
            return "sap|" + AnnouncementKey(packet) + "|" + authenticated + payload;
        }

        private static string AnnouncementKey(SapPacket packet) => packet.MessageIdHash + "|" + packet.OriginatingSource;

        private static string AnnouncementKey(SapSession session) => session.MessageIdHash + "|" + session.OriginatingSource;

        private static string GroupKey(IPAddressValue? sapGroup) => sapGroup?.ToString() ?? string.Empty;

        private void Refresh(SapSession session, DateTime now)
        {
            session.LastHeard = now;
            session.TimesHeard++;
        }

        private void Store(SapSession session)
        {
            _sessions[session.Key] = session;
            RetainedBytes += session.RetainedBytes;
            _announcements[AnnouncementKey(session)] = session.Key;
        }

        private void Replace(SapSession previous, SapSession session, DateTime now)
        {
            Remove(previous);
            Store(session);
            session.FirstHeard = previous.FirstHeard;
            session.LastHeard = now;
        }

        private void Remove(SapSession session)
        {
            if (_sessions.Remove(session.Key))
            {
                RetainedBytes -= session.RetainedBytes;
            }

            string announcement = AnnouncementKey(session);
            if (_announcements.TryGetValue(announcement, out string? key) && key == session.Key)
            {
                _announcements.Remove(announcement);
            }
        }

        private IReadOnlyList<SapSessionEvent> Removed(SapSessionEventKind kind, SapSession session, DateTime now)
        {
            Remove(session);
            return new[] { new SapSessionEvent(kind, session, now) };
        }

        private Dictionary<string, int> CountPerGroup()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (SapSession session in _sessions.Values)
            {
                string group = GroupKey(session.SapGroup);
                counts[group] = counts.TryGetValue(group, out int count) ? count + 1 : 1;
            }

            return counts;
        }

        // A time plus a span, held at DateTime.MaxValue: a capture may be stamped in the last hour of the year 9999.
        private static DateTime Later(DateTime time, TimeSpan span) =>
            span.Ticks > DateTime.MaxValue.Ticks - time.Ticks ? DateTime.MaxValue : time + span;

        private TimeSpan Timeout(SapSession session, Dictionary<string, int> perGroup)
        {
            perGroup.TryGetValue(GroupKey(session.SapGroup), out int count);
            return SapTiming.Timeout(SapTiming.BaseInterval(session.AnnouncementLength, Math.Max(1, count), BandwidthLimit));
        }
    }
}
