using System;
using System.Collections.Generic;

namespace Multicast.Leases.Storage
{
    /// <summary>A JSON object: its properties in file order. Lease files have objects of a handful of properties, so a list beats a hash table.</summary>
    internal sealed class JsonObject
    {
        private readonly List<KeyValuePair<string, object?>> _properties = new List<KeyValuePair<string, object?>>(6);

        public int Count => _properties.Count;

        public IEnumerable<string> Names
        {
            get
            {
                foreach (KeyValuePair<string, object?> property in _properties)
                {
                    yield return property.Key;
                }
            }
        }

        public string NameAt(int index) => _properties[index].Key;

        public bool TryGetValue(string name, out object? value)
        {
            foreach (KeyValuePair<string, object?> property in _properties)
            {
                if (string.Equals(property.Key, name, StringComparison.Ordinal))
                {
                    value = property.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        public bool Contains(string name) => TryGetValue(name, out _);

        /// <summary>Adds a property; false when the object already has one of that name.</summary>
        public bool TryAdd(string name, object? value)
        {
            if (Contains(name))
            {
                return false;
            }

            _properties.Add(new KeyValuePair<string, object?>(name, value));
            return true;
        }
    }
}
