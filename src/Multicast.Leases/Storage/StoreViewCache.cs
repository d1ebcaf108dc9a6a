using System;
using System.Collections.Generic;
namespace Multicast.Leases.Storage
{
    /// <summary>
    /// The store views this process keeps between transactions, by store path, the most recently used few.
    /// Each cmdlet opens its own <see cref="FileLeaseStore"/>, so the cache is shared by all of them. A view
    /// is taken out while a transaction uses it and put back only when it is known to match the files.
    /// </summary>
    internal sealed class StoreViewCache
    {
        /// <summary>The process's cache.</summary>
        public static readonly StoreViewCache Shared = new StoreViewCache(4);

        private readonly int _capacity;
        private readonly LinkedList<KeyValuePair<string, StoreView>> _views = new LinkedList<KeyValuePair<string, StoreView>>();

        public StoreViewCache(int capacity) => _capacity = capacity;

        /// <summary>Removes and returns the view of the store at <paramref name="path"/>, if there is one.</summary>
        public StoreView? Take(string path)
        {
            lock (_views)
            {
                return Remove(path);
            }
        }

        /// <summary>Keeps <paramref name="view"/> as the newest, in place of any other view of that store, dropping the oldest beyond the capacity.</summary>
        public void Put(string path, StoreView view)
        {
            lock (_views)
            {
                Remove(path);
                _views.AddFirst(new KeyValuePair<string, StoreView>(path, view));
                while (_views.Count > _capacity)
                {
                    _views.RemoveLast();
                }
            }
        }

        public void Clear()
        {
            lock (_views)
            {
                _views.Clear();
            }
        }

        private StoreView? Remove(string path)
        {
            for (LinkedListNode<KeyValuePair<string, StoreView>>? node = _views.First; node != null; node = node.Next)
            {
                if (string.Equals(node.Value.Key, path, StringComparison.Ordinal))
                {
                    _views.Remove(node);
                    return node.Value.Value;
                }
            }

            return null;
        }
    }
}
