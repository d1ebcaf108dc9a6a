using System;
using System.Collections.Generic;

namespace Multicast.Madcap
{
    /// <summary>
    /// When a client sends and resends one message (RFC 2730 §2.3): "a 4 second delay before the first
    /// retransmission and ... double this delay for each successive retransmission, with a maximum delay of 16
    /// seconds and a maximum of three retransmissions", giving up at t+60: transmissions at t, t+4, t+12, t+28.
    /// The RFC sets no random jitter, so none is added: the xid and Lease Identifier already differ between
    /// clients, and a fixed schedule keeps tests exact.
    /// </summary>
    public sealed class MadcapRetransmissionSchedule
    {
        /// <summary>§2.3's recommended schedule: 4 s, doubling, at most 16 s, three retransmissions, give up after 60 s.</summary>
        public static readonly MadcapRetransmissionSchedule Recommended =
            new MadcapRetransmissionSchedule(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(16), 3, TimeSpan.FromSeconds(60));

        /// <summary>The shortest first delay: retransmitting sooner would flood a server that is merely slow (§2.3: time "for replies from the server to be delivered").</summary>
        public static readonly TimeSpan MinimumInitialDelay = TimeSpan.FromMilliseconds(100);

        /// <summary>
        /// A schedule of <paramref name="maximumRetransmissions"/> retransmissions, the first after <paramref name="initialDelay"/>,
        /// each delay doubling up to <paramref name="maximumDelay"/>. §2.3: the strategy "MUST ... incorporate[] an exponential
        /// backoff", so with two retransmissions or more the maximum delay is at least twice the first (the delay doubles at
        /// least once); the first delay is at least <see cref="MinimumInitialDelay"/>.
        /// </summary>
        public MadcapRetransmissionSchedule(TimeSpan initialDelay, TimeSpan maximumDelay, int maximumRetransmissions, TimeSpan giveUpAfter)
        {
            if (initialDelay < MinimumInitialDelay || maximumDelay < initialDelay)
            {
                throw new MulticastRuleException("MadcapScheduleDelay", initialDelay, "A retransmission schedule needs a first delay of at least " + MinimumInitialDelay.TotalMilliseconds + " ms, no longer than its maximum delay (RFC 2730 §2.3); got " + initialDelay + " and " + maximumDelay + ".");
            }

            if (maximumRetransmissions >= 2 && maximumDelay.Ticks < 2 * initialDelay.Ticks)
            {
                throw new MulticastRuleException("MadcapScheduleNotExponential", maximumDelay, "A retransmission schedule MUST back off exponentially (RFC 2730 §2.3): with " + maximumRetransmissions + " retransmissions the delay must be able to double, so the maximum delay is at least twice the first; got " + initialDelay + " and " + maximumDelay + ".");
            }

            if (maximumRetransmissions < 0 || maximumRetransmissions > 16)
            {
                throw new MulticastRuleException("MadcapScheduleRetransmissions", maximumRetransmissions, "A retransmission schedule allows 0 to 16 retransmissions; got " + maximumRetransmissions + ".");
            }

            InitialDelay = initialDelay;
            MaximumDelay = maximumDelay;
            MaximumRetransmissions = maximumRetransmissions;
            var times = new List<TimeSpan> { TimeSpan.Zero };
            TimeSpan at = TimeSpan.Zero;
            for (int n = 1; n <= maximumRetransmissions; n++)
            {
                at += DelayBefore(n);
                times.Add(at);
            }

            if (giveUpAfter <= at)
            {
                throw new MulticastRuleException("MadcapScheduleGiveUp", giveUpAfter, "A client gives up after its last retransmission has had time for an answer (RFC 2730 §2.3); " + giveUpAfter + " is not after " + at + ".");
            }

            TransmissionTimes = times.AsReadOnly();
            GiveUpAfter = giveUpAfter;
        }

        public TimeSpan InitialDelay { get; }

        public TimeSpan MaximumDelay { get; }

        public int MaximumRetransmissions { get; }

        /// <summary>When, after the first transmission, the client stops waiting for an answer.</summary>
        public TimeSpan GiveUpAfter { get; }

        /// <summary>The times of every transmission, from the first (zero).</summary>
        public IReadOnlyList<TimeSpan> TransmissionTimes { get; }

        /// <summary>The delay before retransmission <paramref name="retransmission"/> (1 for the first): the initial delay doubled each time, capped.</summary>
        public TimeSpan DelayBefore(int retransmission)
        {
            if (retransmission < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(retransmission), retransmission, "Retransmissions are counted from 1.");
            }

            TimeSpan delay = InitialDelay;
            for (int i = 1; i < retransmission && delay < MaximumDelay; i++)
            {
                delay += delay;
            }

            return delay < MaximumDelay ? delay : MaximumDelay;
        }

        /// <summary>
        /// How long to listen after transmission <paramref name="transmission"/> (0 for the first): until the next
        /// transmission, or after the last one until <see cref="GiveUpAfter"/>.
        /// </summary>
        public TimeSpan WaitAfter(int transmission)
        {
            if (transmission < 0 || transmission >= TransmissionTimes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(transmission), transmission, "There are " + TransmissionTimes.Count + " transmissions.");
            }

            TimeSpan next = transmission + 1 < TransmissionTimes.Count ? TransmissionTimes[transmission + 1] : GiveUpAfter;
            return next - TransmissionTimes[transmission];
        }

        /// <summary>
        /// The retransmit timer running after transmission <paramref name="transmission"/>: the delay before the next
        /// retransmission would be, doubled and capped as §2.3 has it (4, 8, 16, 16 s for the recommended schedule). §2.2.2
        /// recommends it as [DISCOVER-DELAY], how long a client keeps collecting OFFERs after the first. After the last
        /// transmission it is the capped delay, not the (longer) wait until giving up.
        /// </summary>
        public TimeSpan CurrentTimer(int transmission)
        {
            if (transmission < 0 || transmission >= TransmissionTimes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(transmission), transmission, "There are " + TransmissionTimes.Count + " transmissions.");
            }

            return DelayBefore(transmission + 1);
        }
    }
}
