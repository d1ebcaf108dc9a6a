using System;

namespace Multicast.Leases.Storage
{
    /// <summary>A transaction waiting in a <see cref="FileLeaseStore"/>'s commit queue, and then how it ended.</summary>
    internal sealed class PendingChange
    {
        public PendingChange(Func<ILeaseTransaction, object?> change) => Change = change;

        public Func<ILeaseTransaction, object?> Change { get; }

        /// <summary>True once the batch that held it was committed or failed.</summary>
        public bool Done { get; set; }

        public object? Result { get; set; }

        public Exception? Error { get; set; }
    }
}
