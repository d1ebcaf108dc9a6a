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
            ServerValue = server.Server;
            ServerIdentifierValue = server.ServerIdentifier;
            ScopeIdValue = IPAddressValue.FromIPAddress(scope.ScopeId);
            LastAddressValue = IPAddressValue.FromIPAddress(scope.LastAddress);
            Ttl = scope.Ttl;
            NamesValue = scope.Names;
            MadcapZoneName? name = (language is null ? null : scope.Names.FirstOrDefault(n => string.Equals(n.LanguageTag, language, StringComparison.OrdinalIgnoreCase)))
                ?? scope.Names.FirstOrDefault(n => n.IsFallback)
                ?? scope.Names.FirstOrDefault();
            Name = name?.Name;
            Language = name?.LanguageTag;
            PrefixValue = PrefixOf(ScopeIdValue, LastAddressValue);
            NestsInValue = nestsIn.Select(IPAddressValue.FromIPAddress).ToList().AsReadOnly();
        }

        // The public properties are what a serializer writes (canonical text); the typed values are the internal
        // ...Value members, which the module shows under the public names (Multicast.Types.ps1xml).

        /// <summary>The address and port of the server that listed the scope, such as 192.0.2.1:2535 or [2001:db8::1]:2535.</summary>
        public string Server => EndPointText.Format(ServerValue);

        /// <summary>The server's Server Identifier option (RFC 2730 §3.8): its address.</summary>
        public string ServerIdentifier => ServerIdentifierValue.ToString();

        /// <summary>The zone's name, in the language asked for when the server has it (§3.10); null when the server sent none.</summary>
        public string? Name { get; }

        /// <summary>The language tag of <see cref="Name"/>.</summary>
        public string? Language { get; }

        /// <summary>The first address of the scope, which names it in a request (§1.2, §3.5).</summary>
        public string ScopeId => ScopeIdValue.ToString();

        public string LastAddress => LastAddressValue.ToString();

        /// <summary>The scope as a prefix, when its addresses are exactly one; otherwise null.</summary>
        public string? Prefix => PrefixValue?.ToString();

        /// <summary>The scope's addresses: its prefix when they are exactly one, otherwise its first and last address.</summary>
        public string Range => Prefix ?? ScopeId + "-" + LastAddress;

        /// <summary>The largest TTL (IPv4) or hop count (IPv6) for packets to the scope's addresses (§2.8).</summary>
        public int Ttl { get; }

        /// <summary>Every zone name the server sent, as "name (language)".</summary>
        public string[] Names => NamesValue.Select(n => n.ToString()).ToArray();

        /// <summary>The Scope IDs of the server's scopes this one nests inside (RFC 2907), empty when the server did not say.</summary>
        public string[] NestsIn => NestsInValue.Select(a => a.ToString()).ToArray();

        internal IPEndPoint ServerValue { get; }

        internal MadcapServerIdentifier ServerIdentifierValue { get; }

        internal IPAddressValue ScopeIdValue { get; }

        internal IPAddressValue LastAddressValue { get; }

        internal IPPrefix? PrefixValue { get; }

        internal IReadOnlyList<MadcapZoneName> NamesValue { get; }

        internal IReadOnlyList<IPAddressValue> NestsInValue { get; }

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
        public bool Contains(IPAddress address)
        {
            IPAddressValue value = IPAddressValue.FromIPAddress(address);
            return value.IsIPv6 == ScopeIdValue.IsIPv6 && value.CompareTo(ScopeIdValue) >= 0 && value.CompareTo(LastAddressValue) <= 0;
        }

        private static IPPrefix? PrefixOf(IPAddressValue start, IPAddressValue end)
        {
            for (int length = 0; length <= start.BitLength; length++)
            {
                if (AddressMath.Network(start, length) == start && AddressMath.Broadcast(start, length) == end)
                {
                    return new IPPrefix(start, length);
                }
            }

            return null;
        }

        public override string ToString() => (Name ?? ScopeId) + " " + Range;
    }
}
