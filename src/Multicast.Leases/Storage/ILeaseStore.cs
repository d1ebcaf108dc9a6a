using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>
    /// Where pools and leases live. Every call is one transaction, serialized against every other process
    /// that uses the same store: it sees the store as the last commit left it, and a change is committed
    /// whole or not at all. The transaction object is valid only during the call (a store may keep it for
    /// the next one): return copies, not lazy queries over it. <see cref="FileLeaseStore"/> is the embedded default; a database store can
    /// implement the same methods. Stores are thread-safe: transactions from many threads run one at a time.
    /// </summary>
    public interface ILeaseStore
    {
        /// <summary>Where the store is, for messages (a file path, a connection's name).</summary>
        string Location { get; }

        /// <summary>Runs <paramref name="read"/> on a consistent view; any change it tries throws.</summary>
        T Read<T>(Func<ILeaseTransaction, T> read);

        /// <summary>
        /// Runs <paramref name="change"/> under the store's exclusive lock and commits what it changed. If it
        /// throws, nothing is committed.
        /// </summary>
        T Update<T>(Func<ILeaseTransaction, T> change);

        /// <summary>
        /// Runs each change as its own transaction, in order, and commits those that did not throw together, as
        /// one (for a file store: one journal append and one flush). A change that throws is rolled back alone;
        /// the method returns once every change is committed or refused.
        /// </summary>
        IReadOnlyList<TransactionOutcome<T>> UpdateEach<T>(IReadOnlyList<Func<ILeaseTransaction, T>> changes);
    }
}
