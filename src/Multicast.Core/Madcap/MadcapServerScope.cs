using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// One scope of a MADCAP server's Multicast Scope List (RFC 2730 §3.10), with the server that listed it: the range of
    /// addresses, the largest TTL or hop count to send to them with (§2.8), the zone's name in the language asked for
    /// (or its fallback name), every name sent, and which of the server's other scopes it nests in (RFC 2907).
    /// </summary>
    public sealed class MadcapServerScope
    {
        private MadcapServerScope(MadcapServerInfo server, MadcapScopeEntry scope, string? language, IReadOnlyList<IPAddress> nestsIn)
        {
            Server = server.Server;
            ServerIdentifier = server.ServerIdentifier;
            ScopeId = scope.ScopeId;
            LastAddress = scope.LastAddress;
            Ttl = scope.Ttl;
            Names = scope.Names;
            MadcapZoneName? name = (language is null ? null : scope.Names.FirstOrDefault(n => string.Equals(n.LanguageTag, language, StringComparison.OrdinalIgnoreCase)))
                ?? scope.Names.FirstOrDefault(n => n.IsFallback)
                ?? scope.Names.FirstOrDefault();
            Name = name?.Name;
            Language = name?.LanguageTag;
            Prefix = PrefixOf(scope.ScopeId, scope.LastAddress);
            NestsIn = nestsIn;
        }

        /// <summary>The address and port of the server that listed the scope.</summary>
        public IPEndPoint Server { get; }

        public MadcapServerIdentifier ServerIdentifier { get; }

        /// <summary>The zone's name, in the language asked for when the server has it (§3.10); null when the server sent none.</summary>
        public string? Name { get; }

        /// <summary>The language tag of <see cref="Name"/>.</summary>
        public string? Language { get; }

        /// <summary>The first address of the scope, which names it in a request (§1.2, §3.5).</summary>
        public IPAddress ScopeId { get; }

        public IPAddress LastAddress { get; }

        /// <summary>The scope as a prefix, when its addresses are exactly one; otherwise null.</summary>
        public IPPrefix? Prefix { get; }

        /// <summary>The scope's addresses: its prefix when they are exactly one, otherwise its first and last address.</summary>
        public string Range => Prefix?.ToString() ?? ScopeId + "-" + LastAddress;

        /// <summary>The largest TTL (IPv4) or hop count (IPv6) for packets to the scope's addresses (§2.8).</summary>
        public byte Ttl { get; }

        /// <summary>Every zone name the server sent.</summary>
        public IReadOnlyList<MadcapZoneName> Names { get; }

        /// <summary>The Scope IDs of the server's scopes this one nests inside (RFC 2907), empty when the server did not say.</summary>
        public IReadOnlyList<IPAddress> NestsIn { get; }

        /// <summary>The scopes of every answer, in the order each server listed them (smallest first, §3.10).</summary>
        public static IReadOnlyList<MadcapServerScope> From(IEnumerable<MadcapServerInfo> servers, string? language = null)
        {
            var scopes = new List<MadcapServerScope>();
            foreach (MadcapServerInfo server in servers ?? throw new ArgumentNullException(nameof(servers)))
            {
                for (int i = 0; i < server.Scopes.Count; i++)
                {
                    var outer = new List<IPAddress>();
                    for (int j = 0; j < server.Scopes.Count && server.NestingState != null; j++)
                    {
                        if (server.NestingState.Nests(i, j))
                        {
                            outer.Add(server.Scopes[j].ScopeId);
                        }
                    }

                    scopes.Add(new MadcapServerScope(server, server.Scopes[i], language, outer.AsReadOnly()));
                }
            }

            return scopes.AsReadOnly();
        }

        /// <summary>True when <paramref name="address"/> lies in the scope.</summary>
        public bool Contains(IPAddress address) =>
            address.AddressFamily == ScopeId.AddressFamily && MadcapWire.Compare(address, ScopeId) >= 0 && MadcapWire.Compare(address, LastAddress) <= 0;

        private static IPPrefix? PrefixOf(IPAddress first, IPAddress last)
        {
            IPAddressValue start = IPAddressValue.FromIPAddress(first);
            IPAddressValue end = IPAddressValue.FromIPAddress(last);
            for (int length = 0; length <= start.BitLength; length++)
            {
                if (AddressMath.Network(start, length) == start && AddressMath.Broadcast(start, length) == end)
                {
                    return new IPPrefix(start, length);
                }
            }

            return null;
        }

        public override string ToString() => (Name ?? ScopeId.ToString()) + " " + Range;
    }
}
