namespace Multicast.Leases.Storage
{
    /// <summary>How a <see cref="FileLeaseStore"/> treats a path where no store is yet.</summary>
    public enum StoreOpenMode
    {
        /// <summary>Reads find an empty store; the first change creates it (and its folder). For making pools.</summary>
        OpenOrCreate,

        /// <summary>The store must be there: reading or changing one that is not fails with <see cref="MulticastErrorKind.NotFound"/> (LeaseStoreNotFound).</summary>
        MustExist,
    }
}
