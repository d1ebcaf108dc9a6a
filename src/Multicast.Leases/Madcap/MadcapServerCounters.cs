using System;
using System.Threading;
using Multicast.Madcap;

namespace Multicast.Leases.Madcap
{
    /// <summary>A running MADCAP server's counters, safe to bump from any thread; <see cref="Snapshot"/> reads them at once.</summary>
    internal sealed class MadcapServerCounters
    {
        private readonly long[] _ignored = new long[Enum.GetValues(typeof(MadcapIgnoreReason)).Length];
        private readonly long[] _naks = new long[5];
        private long _received;
        private long _acks;
        private long _offers;
        private long _otherNaks;
        private long _cacheHits;
        private long _granted;
        private long _renewed;
        private long _released;

        public void Received() => Interlocked.Increment(ref _received);

        public void Ignored(MadcapIgnoreReason reason) => Interlocked.Increment(ref _ignored[(int)reason]);

        public void Answered(MadcapMessage answer)
        {
            switch (answer.Type)
            {
                case MadcapMessageType.Ack:
                    Interlocked.Increment(ref _acks);
                    break;
                case MadcapMessageType.Offer:
                    Interlocked.Increment(ref _offers);
                    break;
                case MadcapMessageType.Nak:
                    int code = (int)(answer.Error?.Code ?? (MadcapErrorCode)ushort.MaxValue);
                    if (code >= 0 && code < _naks.Length)
                    {
                        Interlocked.Increment(ref _naks[code]);
                    }
                    else
                    {
                        Interlocked.Increment(ref _otherNaks);
                    }

                    break;
            }
        }

        public void CacheHit() => Interlocked.Increment(ref _cacheHits);

        public void Granted(int groups) => Interlocked.Add(ref _granted, groups);

        public void Renewed(int groups) => Interlocked.Add(ref _renewed, groups);

        public void Released(int groups) => Interlocked.Add(ref _released, groups);

        public MadcapServerStatistics Snapshot(DateTime startedUtc, DateTime nowUtc)
        {
            long Read(ref long field) => Interlocked.Read(ref field);
            long Ignored(MadcapIgnoreReason reason) => Interlocked.Read(ref _ignored[(int)reason]);
            return new MadcapServerStatistics
            {
                Started = startedUtc.ToLocalTime(),
                UptimeValue = nowUtc - startedUtc,
                Received = Read(ref _received),
                Acks = Read(ref _acks),
                Offers = Read(ref _offers),
                NakValidRequestNotCompleted = Interlocked.Read(ref _naks[0]),
                NakInvalidRequest = Interlocked.Read(ref _naks[1]),
                NakClockSkew = Interlocked.Read(ref _naks[2]),
                NakLeaseNotRecognized = Interlocked.Read(ref _naks[3]),
                NakFeatureNotSupported = Interlocked.Read(ref _naks[4]) + Read(ref _otherNaks),
                CacheHits = Read(ref _cacheHits),
                LeasesGranted = Read(ref _granted),
                LeasesRenewed = Read(ref _renewed),
                LeasesReleased = Read(ref _released),
                IgnoredNotClientNetwork = Ignored(MadcapIgnoreReason.NotClientNetwork),
                IgnoredUnanswerableSource = Ignored(MadcapIgnoreReason.UnanswerableSource),
                IgnoredTooShort = Ignored(MadcapIgnoreReason.TooShort),
                IgnoredWrongVersion = Ignored(MadcapIgnoreReason.WrongVersion),
                IgnoredUnframed = Ignored(MadcapIgnoreReason.Unframed),
                IgnoredByRule = Ignored(MadcapIgnoreReason.ByRule),
                IgnoredAnotherServerChosen = Ignored(MadcapIgnoreReason.AnotherServerChosen),
                IgnoredInProgress = Ignored(MadcapIgnoreReason.InProgress),
                IgnoredCacheFull = Ignored(MadcapIgnoreReason.CacheFull),
                IgnoredOverloaded = Ignored(MadcapIgnoreReason.Overloaded),
                Errors = Ignored(MadcapIgnoreReason.Error),
            };
        }
    }
}
