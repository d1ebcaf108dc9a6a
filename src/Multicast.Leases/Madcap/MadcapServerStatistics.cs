using System;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// What a MADCAP server has done since it started: the datagrams it received, what it answered (ACK, OFFER, NAK by
    /// error code, RFC 2730 §3.17), the groups it leased, renewed and released, and every datagram it ignored, by reason.
    /// </summary>
    public sealed class MadcapServerStatistics
    {
        /// <summary>When the server started, local time.</summary>
        public DateTime Started { get; internal set; }

        /// <summary>How long the server has run, as d.hh:mm:ss.fffffff (TimeSpan's "c" format); the module shows it as a TimeSpan.</summary>
        public string Uptime => UptimeValue.ToString("c", System.Globalization.CultureInfo.InvariantCulture);

        internal TimeSpan UptimeValue { get; set; }

        /// <summary>Datagrams received on every socket.</summary>
        public long Received { get; internal set; }

        public long Acks { get; internal set; }

        public long Offers { get; internal set; }

        /// <summary>Every NAK sent.</summary>
        public long Naks => NakValidRequestNotCompleted + NakInvalidRequest + NakClockSkew + NakLeaseNotRecognized + NakFeatureNotSupported;

        /// <summary>NAKs with error 0, Valid Request Could Not Be Completed (§3.17.1): no scope, no room, a limit reached.</summary>
        public long NakValidRequestNotCompleted { get; internal set; }

        /// <summary>NAKs with error 1, Invalid Request (§3.17.2).</summary>
        public long NakInvalidRequest { get; internal set; }

        /// <summary>NAKs with error 2, Excessive Clock Skew (§3.17.3).</summary>
        public long NakClockSkew { get; internal set; }

        /// <summary>NAKs with error 3, Lease Identifier Not Recognized (§3.17.4).</summary>
        public long NakLeaseNotRecognized { get; internal set; }

        /// <summary>NAKs with error 4, Required Feature Not Supported (§3.17.5).</summary>
        public long NakFeatureNotSupported { get; internal set; }

        /// <summary>Retransmitted requests answered from the response cache (§2.1.4): never served twice.</summary>
        public long CacheHits { get; internal set; }

        /// <summary>Groups leased (each a lease of the store).</summary>
        public long LeasesGranted { get; internal set; }

        /// <summary>Groups whose lease was renewed.</summary>
        public long LeasesRenewed { get; internal set; }

        /// <summary>Groups released.</summary>
        public long LeasesReleased { get; internal set; }

        /// <summary>Every datagram that got no answer.</summary>
        public long Ignored => IgnoredNotClientNetwork + IgnoredUnanswerableSource + IgnoredTooShort + IgnoredWrongVersion + IgnoredUnframed
            + IgnoredByRule + IgnoredAnotherServerChosen + IgnoredInProgress + IgnoredCacheFull + IgnoredOverloaded + Errors;

        public long IgnoredNotClientNetwork { get; internal set; }

        public long IgnoredUnanswerableSource { get; internal set; }

        /// <summary>Under 12 octets (§2.1).</summary>
        public long IgnoredTooShort { get; internal set; }

        /// <summary>A version other than 0 (§2.1.1).</summary>
        public long IgnoredWrongVersion { get; internal set; }

        /// <summary>Options that do not frame, no End option among them (§2.1.5).</summary>
        public long IgnoredUnframed { get; internal set; }

        public long IgnoredByRule { get; internal set; }

        public long IgnoredAnotherServerChosen { get; internal set; }

        public long IgnoredInProgress { get; internal set; }

        public long IgnoredCacheFull { get; internal set; }

        public long IgnoredOverloaded { get; internal set; }

        /// <summary>Requests whose serving failed inside the server (each logged as a warning).</summary>
        public long Errors { get; internal set; }

        public override string ToString() =>
            Received + " received, " + Acks + " ACK, " + Offers + " OFFER, " + Naks + " NAK, " + Ignored + " ignored; "
            + LeasesGranted + " leased, " + LeasesRenewed + " renewed, " + LeasesReleased + " released, " + CacheHits + " answered from the cache";
    }
}
