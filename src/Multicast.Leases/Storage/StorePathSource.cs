namespace Multicast.Leases.Storage
{
    /// <summary>Where <see cref="LeaseStorePath.Resolve(string?, out StorePathSource)"/> found the store's path; each host names it in its own terms.</summary>
    public enum StorePathSource
    {
        /// <summary>The caller named the store.</summary>
        Given,

        /// <summary>The environment variable <see cref="LeaseStorePath.EnvironmentVariable"/>.</summary>
        EnvironmentVariable,

        /// <summary>The per-user data folder.</summary>
        UserDefault,
    }
}
