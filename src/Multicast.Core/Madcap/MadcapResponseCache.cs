using System;
using System.Collections.Generic;

namespace Multicast.Madcap
{
    /// <summary>
    /// The server's memory of recent requests and what it answered (RFC 2730 §2.1.4): "If a server receives a
    /// message with the same xid, msgtype, and Lease Identifier as one received within [RESPONSE-CACHE-INTERVAL],
    /// it MUST treat this message as a retransmission ... and retransmit the response, if any", so that a
    /// retransmitted REQUEST never yields a second lease. Entries expire after the interval (0 to 300 seconds;
    /// 60 by default) and the cache holds at most <see cref="Capacity"/> of them.
    /// When it is full of entries that have not expired, it admits nothing more and the server must ignore the
    /// new request: evicting a live entry could let a retransmission allocate twice, whereas an ignored client
    /// simply retransmits (§2.3). That choice protects the pool.
    /// Use: <see cref="TryGetResponse"/>; if absent, <see cref="HasRoom"/> before acting; then <see cref="TryAdd"/>.
    /// Not thread-safe.
    /// </summary>
    public sealed class MadcapResponseCache
    {
        private readonly Func<DateTime> _utcNow;
        private readonly Dictionary<MadcapCacheKey, Entry> _entries = new Dictionary<MadcapCacheKey, Entry>();
        private readonly Queue<(MadcapCacheKey Key, long Sequence)> _order = new Queue<(MadcapCacheKey, long)>();
        private long _sequence;

        public MadcapResponseCache(Func<DateTime>? utcNow = null, TimeSpan? interval = null, int capacity = 4096)
        {
            TimeSpan chosen = interval ?? MadcapConstants.ResponseCacheInterval;
            if (chosen < TimeSpan.Zero || chosen > MadcapConstants.MaximumResponseCacheInterval)
            {
                throw new MulticastRuleException("MadcapCacheInterval", chosen, "[RESPONSE-CACHE-INTERVAL] is 0 to 300 seconds (RFC 2730 §2.1.4); " + chosen + " is outside that.");
            }

            if (capacity < 1)
            {
                throw new MulticastRuleException("MadcapCacheCapacity", capacity, "A response cache holds at least one entry; got " + capacity + ".");
            }

            _utcNow = utcNow ?? (() => DateTime.UtcNow);
            Interval = chosen;
            Capacity = capacity;
        }

        public TimeSpan Interval { get; }

        public int Capacity { get; }

        /// <summary>The entries that have not expired.</summary>
        public int Count
        {
            get
            {
                Purge(_utcNow());
                return _entries.Count;
            }
        }

        /// <summary>
        /// True when <paramref name="key"/> was seen within the interval; <paramref name="response"/> is then what was
        /// sent (the array itself: do not change it), or null when the request was ignored.
        /// </summary>
        public bool TryGetResponse(MadcapCacheKey key, out byte[]? response)
        {
            Purge(_utcNow());
            if (_entries.TryGetValue(key, out Entry entry))
            {
                response = entry.Response;
                return true;
            }

            response = null;
            return false;
        }

        /// <summary>True when a new entry would be admitted now.</summary>
        public bool HasRoom()
        {
            Purge(_utcNow());
            return _entries.Count < Capacity;
        }

        /// <summary>
        /// Remembers the answer to <paramref name="key"/> (null: the request was ignored). False when the key is
        /// already remembered (the first answer stands) or when there is no room.
        /// </summary>
        public bool TryAdd(MadcapCacheKey key, byte[]? response)
        {
            DateTime now = _utcNow();
            Purge(now);
            if (_entries.ContainsKey(key) || _entries.Count >= Capacity)
            {
                return false;
            }

            long sequence = ++_sequence;
            _entries.Add(key, new Entry(response, now + Interval, sequence));
            _order.Enqueue((key, sequence));
            return true;
        }

        private void Purge(DateTime now)
        {
            while (_order.Count > 0)
            {
                (MadcapCacheKey key, long sequence) = _order.Peek();
                if (!_entries.TryGetValue(key, out Entry entry) || entry.Sequence != sequence)
                {
                    _order.Dequeue();
                    continue;
                }

                if (entry.Expires > now)
                {
                    // Entries expire in the order they came, since every one lives for the same interval.
                    return;
                }

                _order.Dequeue();
                _entries.Remove(key);
            }
        }

        private readonly struct Entry
        {
            public Entry(byte[]? response, DateTime expires, long sequence)
            {
                Response = response;
                Expires = expires;
                Sequence = sequence;
            }

            public byte[]? Response { get; }

            public DateTime Expires { get; }

            public long Sequence { get; }
        }
    }
}
