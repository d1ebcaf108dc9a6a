using System;
using System.Collections.Generic;
namespace Multicast.Leases.Storage
{
    /// <summary>A store that lives in this process only: for tests, benchmarks and embedding. Thread-safe.</summary>
    public sealed class MemoryLeaseStore : ILeaseStore
    {
        private readonly LeaseBook _book = new LeaseBook();
        private readonly object _gate = new object();

        public string Location => "memory";

        public T Read<T>(Func<ILeaseTransaction, T> read)
        {
            lock (_gate)
            {
                _book.ReadOnly = true;
                try
                {
                    return read(_book);
                }
                finally
                {
                    _book.ReadOnly = false;
                }
            }
        }

        public T Update<T>(Func<ILeaseTransaction, T> change)
        {
            lock (_gate)
            {
                _book.BeginTransaction();
                try
                {
                    T result = change(_book);
                    _book.EndTransaction();
                    return result;
                }
                catch
                {
                    _book.Rollback();
                    throw;
                }
            }
        }

        public IReadOnlyList<TransactionOutcome<T>> UpdateEach<T>(IReadOnlyList<Func<ILeaseTransaction, T>> changes)
        {
            var outcomes = new List<TransactionOutcome<T>>(changes.Count);
            foreach (Func<ILeaseTransaction, T> change in changes)
            {
                try
                {
                    outcomes.Add(new TransactionOutcome<T>(Update(change), null));
                }
                catch (Exception exception)
                {
                    outcomes.Add(new TransactionOutcome<T>(default!, exception));
                }
            }

            return outcomes;
        }
    }
}
