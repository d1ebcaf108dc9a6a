using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// The pools of a store as a MADCAP server's scopes. Each pool is one scope zone (RFC 2730 §1.2): its Scope ID is the
    /// pool prefix's first address, its last address the prefix's last (§3.10), its TTL 255 ("In an environment where
    /// administrative scoping is in use, the maximum TTLs in the scope list SHOULD be 255", §2.8), and its one zone name
    /// the pool's name, flagged as the name to use in any language. Scopes are listed "from smallest (topologically
    /// speaking) to largest" (§3.10): the IPv4 Local Scope first, then the other administrative scopes, then global ones;
    /// IPv6 by scope value. Which scopes nest in which (RFC 2907) is what <see cref="MadcapScopeNesting"/> can tell.
    /// A scope list holds at most 255 scopes (a one-octet count): pools past that in a family are not listed, but served.
    /// </summary>
    internal sealed class MadcapScopeCatalog
    {
        private const byte Ttl = 255;
        private readonly Dictionary<IPAddress, MulticastAddressPool> _byScopeId;
        private readonly Dictionary<MadcapAddressFamily, IReadOnlyList<MadcapScopeEntry>> _lists;
        private readonly Dictionary<MadcapAddressFamily, MadcapNestingState> _nesting;

        private MadcapScopeCatalog(IReadOnlyList<MulticastAddressPool> pools, string language)
        {
            Pools = pools;
            _byScopeId = pools.ToDictionary(p => p.PrefixValue.Network.ToIPAddress());
            _lists = new Dictionary<MadcapAddressFamily, IReadOnlyList<MadcapScopeEntry>>();
            _nesting = new Dictionary<MadcapAddressFamily, MadcapNestingState>();
            foreach (MadcapAddressFamily family in new[] { MadcapAddressFamily.IPv4, MadcapAddressFamily.IPv6 })
            {
                List<MadcapScopeEntry> scopes = pools
                    .Where(p => p.PrefixValue.Network.IsIPv6 == (family == MadcapAddressFamily.IPv6))
                    .Select(p => Entry(p, language))
                    .OrderBy(s => Size(s.ScopeId))
                    .ThenBy(s => IPAddressValue.FromIPAddress(s.ScopeId))
                    .Take(byte.MaxValue)
                    .ToList();
                _lists[family] = scopes.AsReadOnly();
                var pairs = new List<(int, int)>();
                for (int inner = 0; inner < scopes.Count; inner++)
                {
                    for (int outer = 0; outer < scopes.Count; outer++)
                    {
                        if (inner != outer && MadcapScopeNesting.Encloses(scopes[outer].ScopeId, scopes[inner].ScopeId))
                        {
                            pairs.Add((inner, outer));
                        }
                    }
                }

                _nesting[family] = MadcapNestingState.FromPairs(scopes.Count, pairs);
            }

            var groups = new List<IPAddress> { MadcapServerMulticastAddress.IPv4LocalScope };
            foreach (MadcapScopeEntry scope in _lists[MadcapAddressFamily.IPv4])
            {
                if (MadcapServerMulticastAddress.TryForScope(scope.ScopeId, scope.LastAddress, out IPAddress? group, out _) && !groups.Contains(group!))
                {
                    groups.Add(group!);
                }
            }

            Groups = groups.AsReadOnly();
            Served = _lists.Values.SelectMany(l => l).ToList().AsReadOnly();
        }

        public IReadOnlyList<MulticastAddressPool> Pools { get; }

        /// <summary>Every scope listed, both families.</summary>
        public IReadOnlyList<MadcapScopeEntry> Served { get; }

        /// <summary>
        /// The groups to listen on: the MADCAP Server Multicast Address of every IPv4 administrative scope (relative address
        /// 1, §2.10) and the IPv4 Local Scope's, 239.255.255.254, where clients look first (§2.10, §2.11). IANA assigns none
        /// for IPv6 (the relative-address registry is IPv4 only), and global scopes have none a client may use (§2.11).
        /// </summary>
        public IReadOnlyList<IPAddress> Groups { get; }

        public static MadcapScopeCatalog Build(IEnumerable<MulticastAddressPool> pools, string language) =>
            new MadcapScopeCatalog(pools.ToList().AsReadOnly(), language);

        /// <summary>The scope list for a GETINFO of <paramref name="family"/>, smallest scope first.</summary>
        public IReadOnlyList<MadcapScopeEntry> ScopesOf(MadcapAddressFamily family) =>
            _lists.TryGetValue(family, out IReadOnlyList<MadcapScopeEntry>? scopes) ? scopes : new MadcapScopeEntry[0];

        /// <summary>The Nesting State option (RFC 2907 §5) for the scope list of <paramref name="family"/>.</summary>
        public MadcapNestingState NestingOf(MadcapAddressFamily family) => _nesting[family];

        /// <summary>The pool whose scope has the Scope ID <paramref name="scopeId"/>, or null.</summary>
        public MulticastAddressPool? PoolFor(IPAddress scopeId) => _byScopeId.TryGetValue(scopeId, out MulticastAddressPool? pool) ? pool : null;

        /// <summary>The pool's scope: its Scope ID is the prefix's first address.</summary>
        public static IPAddress ScopeIdOf(MulticastAddressPool pool) => pool.PrefixValue.Network.ToIPAddress();

        private static MadcapScopeEntry Entry(MulticastAddressPool pool, string language) =>
            new MadcapScopeEntry(ScopeIdOf(pool), pool.PrefixValue.LastAddress.ToIPAddress(), Ttl, new[] { new MadcapZoneName(language, pool.Name, isFallback: true) });

        /// <summary>An order of scopes from smallest to largest: IPv4 Local, other admin, global; IPv6 by its scope value.</summary>
        private static int Size(IPAddress scopeId)
        {
            IPAddressValue value = IPAddressValue.FromIPAddress(scopeId);
            if (value.IsIPv6)
            {
                return value.GetByte(1) & 0x0F;
            }

            return value.GetByte(0) != 239 ? 2 : value.GetByte(1) == 255 ? 0 : 1;
        }
    }
}
