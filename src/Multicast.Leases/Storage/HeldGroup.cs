using System;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// A group held in quarantine: a journal record that could not be trusted may have leased it, so nobody
    /// gets it until a person repairs the store (<see cref="FileLeaseStore.Repair"/>). Pool, Owner, Start, End
    /// and ClientId are the lease as the record reads, which may be wrong; all are null when it could not be read.
    /// </summary>
    /// <remarks>
    /// The public properties are what a serializer writes (canonical text); the typed values are the internal
    /// <c>...Value</c> members, which the module shows under the public names (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class HeldGroup
    {
        public HeldGroup(IPAddressValue address, string note, LeaseRecord? asRead)
        {
            AddressValue = address;
            Note = note;
            AsReadValue = asRead;
        }

        public string Address => AddressValue.ToString();

        /// <summary>The pool the record names, if it could be read.</summary>
        public string? Pool => AsReadValue?.Pool;

        /// <summary>The owner the record names, if it could be read.</summary>
        public string? Owner => AsReadValue?.Owner;

        /// <summary>When the lease the record reads as starts, in local time (as a lease's Start).</summary>
        public DateTime? Start => AsReadValue?.StartUtc.ToLocalTime();

        /// <summary>When the lease the record reads as ends, in local time (as a lease's End).</summary>
        public DateTime? End => AsReadValue?.EndUtc.ToLocalTime();

        /// <summary>The client identifier the record names, in hex, if it names one.</summary>
        public string? ClientId => AsReadValue?.ClientId?.ToString();

        /// <summary>Which record, where, and why it was not trusted; the same words are in the quarantine file.</summary>
        public string Note { get; }

        internal IPAddressValue AddressValue { get; }

        /// <summary>The lease the record reads as, which may be wrong: what a repair that restores makes of it.</summary>
        internal LeaseRecord? AsReadValue { get; }

        public override string ToString() => AddressValue.ToString();
    }
}
