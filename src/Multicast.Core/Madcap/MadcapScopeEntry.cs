using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// One tuple of a Multicast Scope List (RFC 2730 §3.10): the scope's first address (Scope ID), its last
    /// address, the TTL or hop count to use for it, and its zone names (up to 255).
    /// </summary>
    public sealed class MadcapScopeEntry
    {
        public MadcapScopeEntry(IPAddress scopeId, IPAddress lastAddress, byte ttl, IEnumerable<MadcapZoneName>? names = null)
        {
            ScopeId = scopeId ?? throw new ArgumentNullException(nameof(scopeId));
            LastAddress = lastAddress ?? throw new ArgumentNullException(nameof(lastAddress));
            Ttl = ttl;
            Names = (names ?? Enumerable.Empty<MadcapZoneName>()).ToList().AsReadOnly();
            if (scopeId.AddressFamily != lastAddress.AddressFamily)
            {
                throw new MulticastRuleException("MadcapScopeFamilies", scopeId + "-" + lastAddress, "A scope's first and last addresses are of one family (RFC 2730 §3.10); " + scopeId + " and " + lastAddress + " are not.");
            }

            if (MadcapWire.Compare(scopeId, lastAddress) > 0)
            {
                throw new MulticastRuleException("MadcapScopeOrder", scopeId + "-" + lastAddress, "A scope runs from its Scope ID up to its last address (RFC 2730 §3.10); " + lastAddress + " is below " + scopeId + ".");
            }

            if (Names.Count > byte.MaxValue)
            {
                throw new MulticastRuleException("MadcapScopeNameCount", Names.Count, "A scope carries at most 255 zone names (RFC 2730 §3.10: a one-octet count); this one has " + Names.Count + ".");
            }
        }

        /// <summary>The first address of the scope: how DISCOVER and REQUEST name it (§1.2, §3.5).</summary>
        public IPAddress ScopeId { get; }

        public IPAddress LastAddress { get; }

        /// <summary>The largest TTL (IPv4) or hop count (IPv6) a sender to these addresses may use (§2.8).</summary>
        public byte Ttl { get; }

        public IReadOnlyList<MadcapZoneName> Names { get; }

        /// <summary>True when <paramref name="address"/> lies in the scope.</summary>
        public bool Contains(IPAddress address) =>
            address.AddressFamily == ScopeId.AddressFamily && MadcapWire.Compare(address, ScopeId) >= 0 && MadcapWire.Compare(address, LastAddress) <= 0;

        public override string ToString() => ScopeId + "-" + LastAddress + " TTL " + Ttl + (Names.Count > 0 ? " " + Names[0].Name : string.Empty);
    }
}
