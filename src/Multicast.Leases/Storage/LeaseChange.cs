namespace Multicast.Leases.Storage
{
    /// <summary>One change a transaction made to a <see cref="LeaseBook"/>, in the order made: what a journal record holds.</summary>
    internal sealed class LeaseChange
    {
        private LeaseChange(LeaseChangeKind kind, MulticastAddressPool? pool, string? poolName, LeaseRecord? lease, IPAddressValue address)
        {
            Kind = kind;
            Pool = pool;
            PoolName = poolName;
            Lease = lease;
            Address = address;
        }

        public LeaseChangeKind Kind { get; }

        /// <summary>The pool saved (<see cref="LeaseChangeKind.SavePool"/>).</summary>
        public MulticastAddressPool? Pool { get; }

        /// <summary>The pool deleted (<see cref="LeaseChangeKind.DeletePool"/>).</summary>
        public string? PoolName { get; }

        /// <summary>The lease saved (<see cref="LeaseChangeKind.SaveLease"/>).</summary>
        public LeaseRecord? Lease { get; }

        /// <summary>The group whose lease was deleted (<see cref="LeaseChangeKind.DeleteLease"/>).</summary>
        public IPAddressValue Address { get; }

        public static LeaseChange SavePool(MulticastAddressPool pool) => new LeaseChange(LeaseChangeKind.SavePool, pool, null, null, default);

        public static LeaseChange DeletePool(string name) => new LeaseChange(LeaseChangeKind.DeletePool, null, name, null, default);

        public static LeaseChange SaveLease(LeaseRecord lease) => new LeaseChange(LeaseChangeKind.SaveLease, null, null, lease, default);

        public static LeaseChange DeleteLease(IPAddressValue address) => new LeaseChange(LeaseChangeKind.DeleteLease, null, null, null, address);
    }

    internal enum LeaseChangeKind
    {
        SavePool,
        DeletePool,
        SaveLease,
        DeleteLease,
    }
}
