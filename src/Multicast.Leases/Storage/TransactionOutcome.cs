using System;
using System.Runtime.ExceptionServices;

namespace Multicast.Leases.Storage
{
    /// <summary>How one transaction of a batch (<see cref="ILeaseStore.UpdateEach{T}"/>) ended: its value once committed, or why it was not.</summary>
    public sealed class TransactionOutcome<T>
    {
        private readonly T _value;

        internal TransactionOutcome(T value, Exception? error)
        {
            _value = value;
            Error = error;
        }

        /// <summary>True when the transaction's change is committed (durable, for a file store).</summary>
        public bool Succeeded => Error is null;

        /// <summary>Why the transaction was rolled back: what it threw, or the store's failure to commit the batch.</summary>
        public Exception? Error { get; }

        /// <summary>The transaction's value, or its error rethrown.</summary>
        public T Value
        {
            get
            {
                if (Error != null)
                {
                    ExceptionDispatchInfo.Capture(Error).Throw();
                }

                return _value;
            }
        }
    }
}
