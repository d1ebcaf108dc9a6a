using System;
using System.IO;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    /// <summary>A store that must exist, a folder in the store's place, and a store that is made where it is missing.</summary>
    public sealed class StoreOpenModeTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-open-" + Guid.NewGuid().ToString("N"));

        private string StorePath => Path.Combine(_folder, "leases.json");

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Fact]
        public void AStoreThatMustExistAndDoesNotIsNotFoundAndNothingIsMade()
        {
            var service = new LeaseService(new FileLeaseStore(StorePath, StoreOpenMode.MustExist));
            foreach (Action attempt in new Action[] { () => service.GetPools(), () => service.GetLeases(), () => service.Request("video", "a"), () => service.RemovePool("video", force: true) })
            {
                LeaseStoreException error = Assert.Throws<LeaseStoreException>(attempt);
                Assert.Equal("LeaseStoreNotFound", error.ErrorId);
                Assert.Equal(MulticastErrorKind.NotFound, error.Kind);
                Assert.Contains(StorePath, error.Message);
            }

            Assert.False(Directory.Exists(_folder));
        }

        [Fact]
        public void MakingAPoolMakesTheStoreWhichThenExists()
        {
            new LeaseService(new FileLeaseStore(StorePath, StoreOpenMode.OpenOrCreate)).CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16")));
            Assert.Single(new LeaseService(new FileLeaseStore(StorePath, StoreOpenMode.MustExist)).GetPools());
        }

        [Fact]
        public void AFolderGivenAsTheStoreIsNamedAsSuch()
        {
            Directory.CreateDirectory(StorePath);
            foreach (StoreOpenMode mode in new[] { StoreOpenMode.OpenOrCreate, StoreOpenMode.MustExist })
            {
                var service = new LeaseService(new FileLeaseStore(StorePath, mode));
                foreach (Action attempt in new Action[] { () => service.GetPools(), () => service.CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/16"))) })
                {
                    LeaseStoreException error = Assert.Throws<LeaseStoreException>(attempt);
                    Assert.Equal("LeaseStoreIsFolder", error.ErrorId);
                    Assert.Equal(MulticastErrorKind.StoreUnavailable, error.Kind);
                    Assert.Contains("is a folder", error.Message);
                }
            }
        }
    }
}
