using System.Collections.Generic;
using System.IO;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class LeaseStorePathTests
    {
        private static string Resolve(string? path, Dictionary<string, string> environment, bool windows, out StorePathSource source) =>
            LeaseStorePath.Resolve(
                path,
                name => environment.TryGetValue(name, out string? value) ? value : null,
                windows,
                () => "/appdata/local",
                () => "/home/ops",
                out source);

        [Fact]
        public void TheParameterWins()
        {
            var environment = new Dictionary<string, string> { [LeaseStorePath.EnvironmentVariable] = "/shared/leases.json" };
            Assert.Equal(Path.GetFullPath("/srv/store.json"), Resolve("/srv/store.json", environment, false, out StorePathSource source));
            Assert.Equal(StorePathSource.Given, source);
        }

        [Fact]
        public void ThenTheEnvironmentVariable()
        {
            var environment = new Dictionary<string, string> { [LeaseStorePath.EnvironmentVariable] = "/shared/leases.json" };
            Assert.Equal(Path.GetFullPath("/shared/leases.json"), Resolve(null, environment, false, out StorePathSource source));
            Assert.Equal(StorePathSource.EnvironmentVariable, source);
            Assert.Equal(Path.GetFullPath("/shared/leases.json"), Resolve("  ", environment, true, out _));
        }

        [Fact]
        public void ThenTheUsersDataFolder()
        {
            var none = new Dictionary<string, string>();
            Assert.Equal(Path.Combine("/appdata/local", "Multicast", "leases.json"), Resolve(null, none, true, out StorePathSource source));
            Assert.Equal(StorePathSource.UserDefault, source);
            Assert.Equal(Path.Combine("/home/ops", ".local", "share", "multicast", "leases.json"), Resolve(null, none, false, out _));
            var xdg = new Dictionary<string, string> { ["XDG_DATA_HOME"] = "/data" };
            Assert.Equal(Path.Combine("/data", "multicast", "leases.json"), Resolve(null, xdg, false, out _));
            var relative = new Dictionary<string, string> { ["XDG_DATA_HOME"] = "data" };
            Assert.Equal(Path.Combine("/home/ops", ".local", "share", "multicast", "leases.json"), Resolve(null, relative, false, out _));
        }

        [Fact]
        public void NoHomeIsAClearError()
        {
            var error = Assert.Throws<LeaseStoreException>(() =>
                LeaseStorePath.Resolve(null, _ => null, false, () => string.Empty, () => string.Empty, out _));
            Assert.Equal("LeaseStorePathUnknown", error.ErrorId);
        }
    }
}
