using System;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class LeaseServiceTests
    {
        private readonly TestClock _clock = new TestClock();
        private readonly LeaseService _service;

        public LeaseServiceTests()
        {
            _service = _clock.Service(new MemoryLeaseStore());
            _service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"), defaultDuration: TimeSpan.FromHours(8)));
        }

        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        [Fact]
        public void ALeaseShowsGroupPoolOwnerTimesStateAndMac()
        {
            MulticastAddressLease lease = _service.Request("VIDEO", "app1", A("239.192.10.20")).Leases.Single();
            Assert.Equal("239.192.10.20", lease.Address.ToString());
            Assert.Equal("video", lease.Pool);
            Assert.Equal("app1", lease.Owner);
            Assert.Equal(_clock.UtcNow, lease.Start.ToUniversalTime());
            Assert.Equal(_clock.UtcNow.AddHours(8), lease.End.ToUniversalTime());
            Assert.Equal(DateTimeKind.Local, lease.End.Kind);
            Assert.Equal(LeaseState.Active, lease.StateValue);
            Assert.Equal("01-00-5E-40-0A-14", lease.MacAddress);
            Assert.Equal("239.192.10.20", lease.ToString());
        }

        [Fact]
        public void AnExactGroupIsLeasedOrRefused()
        {
            _service.Request("video", "app1", A("239.192.10.20"));
            var taken = Assert.Throws<LeaseException>(() => _service.Request("video", "app2", A("239.192.10.20")));
            Assert.Equal("LeaseAddressTaken", taken.ErrorId);
            Assert.Equal(MulticastErrorKind.Conflict, taken.Kind);
            Assert.Contains("app1", taken.Message);
            Assert.Equal("LeaseAddressNotInPool", Assert.Throws<MulticastRuleException>(() => _service.Request("video", "app2", A("239.193.0.1"))).ErrorId);
            Assert.Equal("LeaseRelativeAssignment", Assert.Throws<MulticastRuleException>(() => _service.Request("video", "app2", A("239.192.255.255"))).ErrorId);
            Assert.Equal("PoolNotFound", Assert.Throws<MulticastNotFoundException>(() => _service.Request("audio", "app2", A("239.192.1.1"))).ErrorId);
            Assert.Equal("LeaseOwnerInvalid", Assert.Throws<AddressFormatException>(() => _service.Request("video", " ", A("239.192.1.1"))).ErrorId);
            Assert.Equal("LeaseDurationOutOfRange", Assert.Throws<MulticastRuleException>(() => _service.Request("video", "a", TimeSpan.FromTicks(3600))).ErrorId);
            Assert.Single(_service.GetLeases());
        }

        [Fact]
        public void LeasesExpireAndAreReclaimedOnlyWithNotice()
        {
            _service.Request("video", "app1", A("239.192.10.20"), TimeSpan.FromMinutes(30));
            _clock.Advance(TimeSpan.FromMinutes(30));

            // Expired, not yet reclaimed: hidden by default, shown with includeExpired, state Expired.
            Assert.Empty(_service.GetLeases());
            MulticastAddressLease expired = _service.GetLeases(includeExpired: true).Single();
            Assert.Equal(LeaseState.Expired, expired.StateValue);
            Assert.Equal(0, _service.GetPools().Single().ActiveLeases);

            // The next change to the pool reclaims it, and says so.
            LeaseResult result = _service.Request("video", "app2", A("239.192.10.20"));
            MulticastAddressLease reclaimed = result.Reclaimed.Single();
            Assert.Equal(LeaseState.Reclaimed, reclaimed.StateValue);
            Assert.Equal("app1", reclaimed.Owner);
            Assert.Equal("app2", _service.GetLeases(includeExpired: true).Single().Owner);
        }

        [Fact]
        public void ReclaimingFollowsRenewalsAndReleases()
        {
            // The store remembers each pool's earliest end; renewing or releasing the lease that held it must not hide the next one.
            _service.Request("video", "a", A("239.192.1.1"), TimeSpan.FromMinutes(5));
            _service.Request("video", "b", A("239.192.1.2"), TimeSpan.FromMinutes(10));
            _service.Request("video", "c", A("239.192.1.3"), TimeSpan.FromMinutes(15));
            Assert.Empty(_service.Request("video", "x", A("239.192.2.1")).Reclaimed);
            _service.Renew(A("239.192.1.1"), TimeSpan.FromHours(1));
            _clock.Advance(TimeSpan.FromMinutes(11));
            Assert.Equal(new[] { "b" }, _service.Request("video", "x", A("239.192.2.2")).Reclaimed.Select(l => l.Owner));
            _service.Release(A("239.192.1.3"));
            _clock.Advance(TimeSpan.FromMinutes(50));
            Assert.Equal(new[] { "a" }, _service.Request("video", "x", A("239.192.2.3")).Reclaimed.Select(l => l.Owner));
            Assert.Empty(_service.Request("video", "x", A("239.192.2.4")).Reclaimed);
        }

        [Fact]
        public void ALeaseIsActiveUntilItsLastTick()
        {
            _service.Request("video", "app1", A("239.192.10.20"), TimeSpan.FromMinutes(1));
            _clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(1));
            Assert.Equal(LeaseState.Active, _service.GetLeases().Single().StateValue);
            _clock.Advance(TimeSpan.FromTicks(1));
            Assert.Empty(_service.GetLeases());
        }

        [Fact]
        public void RenewalExtendsFromNow()
        {
            _service.Request("video", "app1", A("239.192.10.20"), TimeSpan.FromHours(1));
            _clock.Advance(TimeSpan.FromMinutes(50));
            MulticastAddressLease renewed = _service.Renew(A("239.192.10.20"), TimeSpan.FromHours(2), owner: "APP1").Leases.Single();
            Assert.Equal(_clock.UtcNow.AddHours(2), renewed.End.ToUniversalTime());
            Assert.Equal(_clock.UtcNow.AddMinutes(-50), renewed.Start.ToUniversalTime());
            _clock.Advance(TimeSpan.FromMinutes(90));
            Assert.Equal(LeaseState.Active, _service.GetLeases().Single().StateValue);

            // Without a duration, the pool's default.
            Assert.Equal(_clock.UtcNow.AddHours(8), _service.Renew(A("239.192.10.20")).Leases.Single().End.ToUniversalTime());
        }

        [Fact]
        public void AnExpiredLeaseCannotBeRenewedButCanBeRequestedAgain()
        {
            _service.Request("video", "app1", A("239.192.10.20"), TimeSpan.FromHours(1));
            _clock.Advance(TimeSpan.FromHours(2));
            var error = Assert.Throws<LeaseException>(() => _service.Renew(A("239.192.10.20")));
            Assert.Equal("LeaseExpired", error.ErrorId);
            Assert.Equal(MulticastErrorKind.InvalidState, error.Kind);
            Assert.Equal(RemedyKind.RequestAgain, error.Remedy!.Kind);
            Assert.Equal(A("239.192.10.20"), error.Remedy["Address"]);
            Assert.Equal("video", error.Remedy["Pool"]);
            Assert.Equal("app1", error.Remedy["Owner"]);
            Assert.Equal(LeaseState.Expired, _service.GetLeases(includeExpired: true).Single().StateValue);
            Assert.Equal("app1", _service.Request("video", "app1", A("239.192.10.20")).Reclaimed.Single().Owner);
        }

        [Fact]
        public void OnlyTheOwnersNameOpensALease()
        {
            _service.Request("video", "app1", A("239.192.10.20"));
            Assert.Equal("LeaseOwnerMismatch", Assert.Throws<LeaseException>(() => _service.Renew(A("239.192.10.20"), owner: "app2")).ErrorId);
            Assert.Equal("LeaseOwnerMismatch", Assert.Throws<LeaseException>(() => _service.Release(A("239.192.10.20"), owner: "app2")).ErrorId);
            Assert.Equal("LeaseNotFound", Assert.Throws<MulticastNotFoundException>(() => _service.Release(A("239.192.10.20"), pool: "audio")).ErrorId);
            Assert.Equal("LeaseNotFound", Assert.Throws<MulticastNotFoundException>(() => _service.Release(A("239.192.10.21"))).ErrorId);
            Assert.Single(_service.GetLeases());
        }

        [Fact]
        public void ReleaseFreesTheGroupAndReclaimsTheExpired()
        {
            _service.Request("video", "old", A("239.192.1.1"), TimeSpan.FromMinutes(5));
            _service.Request("video", "app1", A("239.192.10.20"));
            _clock.Advance(TimeSpan.FromMinutes(10));
            LeaseResult result = _service.Release(A("239.192.10.20"), owner: "app1", pool: "video");
            Assert.Equal(LeaseState.Released, result.Leases.Single().StateValue);
            Assert.Equal("239.192.1.1", result.Reclaimed.Single().ToString());
            Assert.Empty(_service.GetLeases(includeExpired: true));
            _service.Request("video", "app2", A("239.192.10.20"));
        }

        [Fact]
        public void GetLeasesFilters()
        {
            _service.Request("video", "app1", A("239.192.10.20"));
            _service.Request("video", "app2", A("239.192.10.3"));
            _service.Request("video", "app1", A("239.192.9.1"));
            Assert.Equal(new[] { "239.192.9.1", "239.192.10.3", "239.192.10.20" }, _service.GetLeases().Select(l => l.ToString()));
            Assert.Equal(new[] { "239.192.9.1", "239.192.10.20" }, _service.GetLeases(l => l.Owner == "app1").Select(l => l.ToString()));
        }

        [Fact]
        public void PoolsMayNotShareANameOrAGroup()
        {
            Assert.Equal("PoolNameTaken", Assert.Throws<LeaseException>(() => _service.CreatePool(MulticastAddressPool.Create("Video", IPPrefix.Parse("239.193.0.0/16")))).ErrorId);
            Assert.Equal("PoolOverlap", Assert.Throws<LeaseException>(() => _service.CreatePool(MulticastAddressPool.Create("inner", IPPrefix.Parse("239.192.4.0/23")))).ErrorId);
            Assert.Equal("PoolOverlap", Assert.Throws<LeaseException>(() => _service.CreatePool(MulticastAddressPool.Create("outer", IPPrefix.Parse("239.0.0.0/8")))).ErrorId);
            _service.CreatePool(MulticastAddressPool.Create("next", IPPrefix.Parse("239.193.0.0/16")));
            Assert.Equal(new[] { "next", "video" }, _service.GetPools().Select(p => p.Name));
        }

        [Fact]
        public void SetPoolChangesSettingsAndNamesLeasesItNowExcludes()
        {
            _service.Request("video", "app1", A("239.192.10.20"));
            PoolChangeResult result = _service.SetPool("video", new[] { IPPrefix.Parse("239.192.10.0/24") }, TimeSpan.FromDays(2), excludeFloodedMac: true);
            Assert.Equal(TimeSpan.FromDays(2), result.Pool.DefaultDurationValue);
            Assert.True(result.Pool.ExcludeFloodedMac);
            Assert.Equal(1, result.Pool.ActiveLeases);
            Assert.Equal("239.192.10.20", result.Leases.Single().ToString());

            // The lease stays until it ends; the group is not leased again.
            Assert.Equal("LeaseExcluded", Assert.Throws<MulticastRuleException>(() => _service.Request("video", "app2", A("239.192.10.21"))).ErrorId);
            Assert.Equal(TimeSpan.FromDays(2), _service.GetPools().Single().DefaultDurationValue);
            Assert.Equal(TimeSpan.FromDays(2), _service.SetPool("video").Pool.DefaultDurationValue);
            Assert.Equal("PoolNotFound", Assert.Throws<MulticastNotFoundException>(() => _service.SetPool("audio")).ErrorId);
        }

        [Fact]
        public void RemovingAPoolWithActiveLeasesNeedsForce()
        {
            _service.Request("video", "app1", A("239.192.10.20"));
            _service.Request("video", "app2", A("239.192.10.21"), TimeSpan.FromMinutes(5));
            _clock.Advance(TimeSpan.FromMinutes(10));
            var error = Assert.Throws<LeaseException>(() => _service.RemovePool("video", force: false));
            Assert.Equal("PoolHasActiveLeases", error.ErrorId);
            Assert.Contains("1 active lease", error.Message);
            Assert.Single(_service.GetPools());

            PoolChangeResult removed = _service.RemovePool("video", force: true);
            Assert.Equal(new[] { LeaseState.Released, LeaseState.Reclaimed }, removed.Leases.Select(l => l.StateValue));
            Assert.Empty(_service.GetPools());
            Assert.Empty(_service.GetLeases(includeExpired: true));
        }

        [Fact]
        public void APoolWithOnlyExpiredLeasesGoesWithoutForce()
        {
            _service.Request("video", "app1", A("239.192.10.20"), TimeSpan.FromMinutes(5));
            _clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(LeaseState.Reclaimed, _service.RemovePool("video", force: false).Leases.Single().StateValue);
        }

        [Fact]
        public void AFailedRequestChangesNothingInAMemoryStore()
        {
            _service.Request("video", "old", A("239.192.1.1"), TimeSpan.FromMinutes(5));
            _clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Throws<LeaseException>(() => _service.Request("video", "app", count: 70000));
            Assert.Equal(LeaseState.Expired, _service.GetLeases(includeExpired: true).Single().StateValue);
        }
    }
}
