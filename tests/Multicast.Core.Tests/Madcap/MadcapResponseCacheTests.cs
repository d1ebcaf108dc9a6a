using System;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    public class MadcapResponseCacheTests
    {
        private static readonly MadcapLeaseIdentifier Lease = new MadcapLeaseIdentifier(new byte[] { 0, 1, 2 });
        private DateTime _now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void ARetransmission_GetsTheSameAnswer()
        {
            // RFC 2730 §2.1.4: "it MUST treat this message as a retransmission ... and retransmit the response".
            var cache = new MadcapResponseCache(() => _now);
            MadcapCacheKey key = Key(MadcapMessageType.Request, 7);
            Assert.False(cache.TryGetResponse(key, out _));
            byte[] answer = { 1, 2, 3 };
            Assert.True(cache.TryAdd(key, answer));
            _now += TimeSpan.FromSeconds(59);
            Assert.True(cache.TryGetResponse(Key(MadcapMessageType.Request, 7), out byte[]? again));
            Assert.Same(answer, again);
        }

        [Fact]
        public void AnIgnoredRequest_IsRememberedAsNoAnswer()
        {
            var cache = new MadcapResponseCache(() => _now);
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Discover, 1), null));
            Assert.True(cache.TryGetResponse(Key(MadcapMessageType.Discover, 1), out byte[]? answer));
            Assert.Null(answer);
        }

        [Fact]
        public void EntriesExpire_AfterTheInterval()
        {
            var cache = new MadcapResponseCache(() => _now);
            cache.TryAdd(Key(MadcapMessageType.Request, 7), new byte[1]);
            _now += TimeSpan.FromSeconds(60) - TimeSpan.FromTicks(1);
            Assert.True(cache.TryGetResponse(Key(MadcapMessageType.Request, 7), out _));
            _now += TimeSpan.FromTicks(1);
            Assert.False(cache.TryGetResponse(Key(MadcapMessageType.Request, 7), out _));
            Assert.Equal(0, cache.Count);
        }

        [Theory]
        [InlineData(MadcapMessageType.Renew, 7, "00 01 02")]
        [InlineData(MadcapMessageType.Request, 8, "00 01 02")]
        [InlineData(MadcapMessageType.Request, 7, "00 01 03")]
        public void AnyPartOfTheTripleDiffering_IsAnotherRequest(MadcapMessageType type, uint xid, string lease)
        {
            var cache = new MadcapResponseCache(() => _now);
            cache.TryAdd(Key(MadcapMessageType.Request, 7), new byte[1]);
            var other = new MadcapCacheKey(type, xid, new MadcapLeaseIdentifier(Hex.Parse(lease)));
            Assert.False(cache.TryGetResponse(other, out _));
        }

        [Fact]
        public void TheFirstAnswerStands()
        {
            var cache = new MadcapResponseCache(() => _now);
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Request, 7), new byte[] { 1 }));
            Assert.False(cache.TryAdd(Key(MadcapMessageType.Request, 7), new byte[] { 2 }));
            cache.TryGetResponse(Key(MadcapMessageType.Request, 7), out byte[]? answer);
            Assert.Equal(new byte[] { 1 }, answer);
        }

        [Fact]
        public void AFullCache_AdmitsNothingUntilAnEntryExpires()
        {
            // Evicting a live entry could let a retransmitted REQUEST allocate twice; the new client retransmits instead.
            var cache = new MadcapResponseCache(() => _now, capacity: 2);
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Request, 1), new byte[1]));
            _now += TimeSpan.FromSeconds(10);
            Assert.True(cache.HasRoom());
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Request, 2), new byte[1]));
            Assert.False(cache.HasRoom());
            Assert.False(cache.TryAdd(Key(MadcapMessageType.Request, 3), new byte[1]));
            Assert.True(cache.TryGetResponse(Key(MadcapMessageType.Request, 1), out _));
            _now += TimeSpan.FromSeconds(50);
            Assert.True(cache.HasRoom());
            Assert.False(cache.TryGetResponse(Key(MadcapMessageType.Request, 1), out _));
            Assert.True(cache.TryGetResponse(Key(MadcapMessageType.Request, 2), out _));
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Request, 3), new byte[1]));
            Assert.Equal(2, cache.Count);
        }

        [Fact]
        public void AKeyAddedAgainAfterExpiry_LivesItsOwnInterval()
        {
            var cache = new MadcapResponseCache(() => _now, capacity: 4);
            cache.TryAdd(Key(MadcapMessageType.Request, 1), new byte[] { 1 });
            _now += TimeSpan.FromSeconds(61);
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Request, 1), new byte[] { 2 }));
            _now += TimeSpan.FromSeconds(30);
            Assert.True(cache.TryGetResponse(Key(MadcapMessageType.Request, 1), out byte[]? answer));
            Assert.Equal(new byte[] { 2 }, answer);
        }

        [Fact]
        public void TheInterval_Is0To300Seconds()
        {
            // §2.1.4: "it may have any value from zero seconds to 300 seconds".
            Assert.Equal(TimeSpan.FromSeconds(60), new MadcapResponseCache().Interval);
            Assert.NotNull(new MadcapResponseCache(interval: TimeSpan.Zero));
            Assert.NotNull(new MadcapResponseCache(interval: TimeSpan.FromSeconds(300)));
            Assert.Throws<MulticastRuleException>(() => new MadcapResponseCache(interval: TimeSpan.FromSeconds(300) + TimeSpan.FromTicks(1)));
            Assert.Throws<MulticastRuleException>(() => new MadcapResponseCache(interval: TimeSpan.FromTicks(-1)));
            Assert.Throws<MulticastRuleException>(() => new MadcapResponseCache(capacity: 0));
        }

        [Fact]
        public void AZeroInterval_RemembersNothing()
        {
            var cache = new MadcapResponseCache(() => _now, TimeSpan.Zero);
            Assert.True(cache.TryAdd(Key(MadcapMessageType.Request, 1), new byte[1]));
            Assert.False(cache.TryGetResponse(Key(MadcapMessageType.Request, 1), out _));
        }

        [Fact]
        public void ARequestWithoutLeaseIdentifier_HasNoKey()
        {
            Assert.False(MadcapCacheKey.TryCreate(new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1), out _));
            Assert.True(MadcapCacheKey.TryCreate(new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease }, out MadcapCacheKey key));
            Assert.Equal(Key(MadcapMessageType.Request, 1), key);
        }

        private static MadcapCacheKey Key(MadcapMessageType type, uint xid) => new MadcapCacheKey(type, xid, Lease);
    }
}
