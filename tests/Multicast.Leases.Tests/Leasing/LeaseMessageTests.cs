using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>
    /// Lease and store errors state facts and name no cmdlet or parameter; what the caller can do instead is a
    /// <see cref="Remedy"/>, with the values its kind documents, for each host to phrase.
    /// </summary>
    public sealed class LeaseMessageTests : IDisposable
    {
        private static readonly Regex CommandOrParameter = new Regex(@"\b[A-Z][a-z]+-Multicast[A-Za-z]*\b|(^|[\s(])-[A-Z][A-Za-z]+\b|\$env:");
        private readonly TestClock _clock = new TestClock();
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-messages-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        public static IEnumerable<object[]> Errors()
        {
            yield return new object[] { "PoolNameTaken", RemedyKind.ChooseAnotherPoolName, "Pool=video" };
            yield return new object[] { "PoolHasActiveLeases", RemedyKind.ReleaseLeasesOrForce, "Pool=video" };
            yield return new object[] { "LeaseAddressTaken", RemedyKind.RequestAnotherGroup, "Owner=app1" };
            yield return new object[] { "LeaseExpired", RemedyKind.RequestAgain, "Pool=video" };
            yield return new object[] { "PoolNotFound", RemedyKind.ListOrCreatePool, null! };
            yield return new object[] { "LeaseNotFound", RemedyKind.ListLeases, null! };
            yield return new object[] { "LeaseOwnerMismatch", RemedyKind.GiveOwner, "Owner=app1" };
            yield return new object[] { "PoolExhausted", RemedyKind.ReleaseLeasesOrWait, null! };
            yield return new object[] { "LeaseDurationOutOfRange", RemedyKind.GiveDurationInRange, "Minimum=00:01:00" };
            yield return new object[] { "PoolAdminScopeTooSmall", RemedyKind.ExcludeFromZonePool, "Zone=239.1.2.0/23" };
            yield return new object[] { "LeaseStoreCorrupt", RemedyKind.RestoreStore, null! };
            yield return new object[] { "LeaseStoreNewerFormat", RemedyKind.UpdateOrUseAnotherStore, null! };
            yield return new object[] { "LeaseStoreUnavailable", RemedyKind.CheckStorePath, null! };
            yield return new object[] { "LeaseStorePathUnknown", RemedyKind.GiveStorePath, "Variable=MULTICAST_STORE_PATH" };
        }

        [Theory]
        [MemberData(nameof(Errors))]
        public void AnErrorStatesFactsAndCarriesItsRemedy(string errorId, RemedyKind remedy, string? value)
        {
            MulticastException error = Assert.IsAssignableFrom<MulticastException>(Record.Exception(() => Cause(errorId)));
            Assert.Equal(errorId, error.ErrorId);
            Assert.DoesNotMatch(CommandOrParameter, error.Message);
            Assert.Equal(remedy, error.Remedy!.Kind);
            if (value != null)
            {
                string[] pair = value.Split('=');
                Assert.Equal(pair[1], Convert.ToString(error.Remedy[pair[0]], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void TheCheckCatchesACommandOrAParameter()
        {
            Assert.Matches(CommandOrParameter, "Release them with Remove-MulticastAddressLease.");
            Assert.Matches(CommandOrParameter, "or give -Force to remove it");
            Assert.Matches(CommandOrParameter, "for example -Duration (New-TimeSpan -Hours 8)");
            Assert.Matches(CommandOrParameter, "set $env:MULTICAST_STORE_PATH");
            Assert.DoesNotMatch(CommandOrParameter, "239.192.0.0/16 is in 239/8 (RFC 2365 §6.2), with 232.0.0.1-232.0.0.255 and IPv4-only pools.");
        }

        private void Cause(string errorId)
        {
            string store = Path.Combine(_folder, "leases.json");
            LeaseService service = _clock.Service(new MemoryLeaseStore());
            service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            IPAddressValue group = AddressParser.Parse("239.192.10.20");
            switch (errorId)
            {
                case "PoolNameTaken":
                    service.CreatePool(MulticastAddressPool.Create("VIDEO", IPPrefix.Parse("239.193.0.0/16")));
                    break;
                case "PoolHasActiveLeases":
                    service.Request("video", "app1");
                    service.RemovePool("video", force: false);
                    break;
                case "LeaseAddressTaken":
                    service.Request("video", "app1", group);
                    service.Request("video", "app2", group);
                    break;
                case "LeaseExpired":
                    service.Request("video", "app1", group, TimeSpan.FromHours(1));
                    _clock.Advance(TimeSpan.FromHours(2));
                    service.Renew(group);
                    break;
                case "PoolNotFound":
                    service.Request("audio", "app1");
                    break;
                case "LeaseNotFound":
                    service.Release(group);
                    break;
                case "LeaseOwnerMismatch":
                    service.Request("video", "app1", group);
                    service.Release(group, owner: "app2");
                    break;
                case "PoolExhausted":
                    service.CreatePool(MulticastAddressPool.Create("glop", IPPrefix.Parse("233.22.30.0/28")));
                    service.Request("glop", "app1", count: 17);
                    break;
                case "LeaseDurationOutOfRange":
                    service.Request("video", "app1", TimeSpan.FromSeconds(59));
                    break;
                case "PoolAdminScopeTooSmall":
                    MulticastAddressPool.Create("zone", IPPrefix.Parse("239.1.3.0/24"));
                    break;
                case "LeaseStoreCorrupt":
                    Directory.CreateDirectory(_folder);
                    File.WriteAllText(store, "{");
                    new LeaseService(new FileLeaseStore(store)).GetPools();
                    break;
                case "LeaseStoreNewerFormat":
                    Directory.CreateDirectory(_folder);
                    File.WriteAllText(store, "{\"format\": \"multicast-leases\", \"version\": 99}");
                    new LeaseService(new FileLeaseStore(store)).GetPools();
                    break;
                case "LeaseStoreUnavailable":
                    Directory.CreateDirectory(_folder);
                    File.WriteAllText(Path.Combine(_folder, "file"), "a file where a folder should be");
                    new LeaseService(new FileLeaseStore(Path.Combine(_folder, "file", "leases.json"))).CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
                    break;
                case "LeaseStorePathUnknown":
                    LeaseStorePath.Resolve(null, _ => null, false, () => string.Empty, () => string.Empty, out _);
                    break;
            }
        }
    }
}
