namespace Multicast.Leases.Storage
{
    /// <summary>
    /// A group held in quarantine: a journal record that could not be trusted may have leased it, so nobody
    /// gets it until a person repairs the store (<see cref="FileLeaseStore.Repair"/>).
    /// </summary>
    public sealed class HeldGroup
    {
        public HeldGroup(IPAddressValue address, string note, LeaseRecord? asRead)
        {
            Address = address;
            Note = note;
            AsRead = asRead;
        }

        public IPAddressValue Address { get; }

        /// <summary>Which record, where, and why it was not trusted; the same words are in the quarantine file.</summary>
        public string Note { get; }

        /// <summary>The lease the record reads as, which may be wrong: what a repair that restores makes of it.</summary>
        public LeaseRecord? AsRead { get; }

        /// <summary>The pool the record names, if it could be read.</summary>
        public string? Pool => AsRead?.Pool;

        /// <summary>The owner the record names, if it could be read.</summary>
        public string? Owner => AsRead?.Owner;

        public override string ToString() => Address.ToString();
    }
}
