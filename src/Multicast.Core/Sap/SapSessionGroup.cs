using System;
using System.Collections.Generic;
using System.Globalization;
using Multicast.Sdp;

namespace Multicast.Sap
{
    /// <summary>
    /// One connection group of an announced session: a c= address with its TTL (IPv4) or scope, its number of
    /// addresses (RFC 8866 §5.7), and the m= line that uses it (port and media, §5.14). Its addresses are
    /// <see cref="IPAddressValue"/>s, ready for the module's address decoder.
    /// </summary>
    /// <remarks>
    /// Its public properties are what a serializer writes, and none is a list or an object: a session's groups sit
    /// at the last level ConvertTo-Json writes by default. The typed values are the internal <c>...Value</c> members,
    /// which the module shows under the public names (Multicast.Types.ps1xml).
    /// </remarks>
    public sealed class SapSessionGroup
    {
        internal SapSessionGroup(IPAddressValue address, SdpConnection connection, SdpMediaDescription? media)
        {
            AddressValue = address;
            AddressCount = connection.AddressCount;
            Ttl = connection.Ttl;
            Port = media?.Port;
            PortCount = media?.PortCount;
            Media = media?.Media;
            Protocol = media?.Protocol;
            FormatsValue = media is null ? (IReadOnlyList<string>)new string[0] : media.Formats.ToArray();
        }

        /// <summary>The first (or only) address of the group.</summary>
        public string Address => AddressValue.ToString();

        /// <summary>How many contiguous addresses from <see cref="Address"/> up (RFC 8866 §5.7).</summary>
        public int AddressCount { get; }

        /// <summary>The TTL of an IPv4 multicast group; null for IPv6, which is scoped by its address.</summary>
        public int? Ttl { get; }

        /// <summary>The scope of the address (RFC 4291 §2.7, RFC 2365 §8), or null where none can be told.</summary>
        public string? Scope => ScopeValue?.ToString();

        public bool IsMulticast => AddressValue.IsMulticast;

        /// <summary>The m= port, or null for a session-level connection with no media description.</summary>
        public int? Port { get; }

        /// <summary>The m= number of ports, when written.</summary>
        public int? PortCount { get; }

        /// <summary>The m= media ("audio", "video", ...), or null.</summary>
        public string? Media { get; }

        /// <summary>The m= transport protocol ("RTP/AVP", "udp", ...), or null.</summary>
        public string? Protocol { get; }

        /// <summary>The m= formats, separated by commas (<see cref="FormatsValue"/> is the list).</summary>
        public string Formats => string.Join(", ", FormatsValue);

        /// <summary>The group's addresses as a range: one address, or first-last.</summary>
        public string Range => RangeValue.ToString();

        internal IPAddressValue AddressValue { get; }

        internal MulticastScope? ScopeValue => ScopeClassifier.GetScope(AddressValue);

        internal IReadOnlyList<string> FormatsValue { get; }

        /// <summary>The group's addresses as a range, from <see cref="Address"/> up, cut off at the end of the address family.</summary>
        internal AddressRange RangeValue => AddressRange.FromCount(AddressValue, (ulong)Math.Max(1, AddressCount));

        /// <summary>Every address of the group, from <see cref="Address"/> up: not a property, as a serializer would write them all.</summary>
        public IEnumerable<IPAddressValue> GetAddresses()
        {
            for (int i = 0; i < AddressCount; i++)
            {
                yield return AddressMath.Add(AddressValue, (ulong)i);
            }
        }

        /// <summary>The groups of a description: each media description's c= lines, or the session's c= (RFC 8866 §5.7).</summary>
        public static IReadOnlyList<SapSessionGroup> From(SessionDescription description)
        {
            var groups = new List<SapSessionGroup>();
            foreach (SdpMediaDescription media in description.Media)
            {
                if (media.Connections.Count > 0)
                {
                    foreach (SdpConnection connection in media.Connections)
                    {
                        Add(groups, connection, media);
                    }
                }
                else if (description.Connection != null)
                {
                    Add(groups, description.Connection, media);
                }
            }

            if (description.Media.Count == 0 && description.Connection != null)
            {
                Add(groups, description.Connection, null);
            }

            return groups;
        }

        /// <summary>The addresses of groups, for a table: each group's range (one address, or first-last), separated by commas.</summary>
        public static string JoinAddresses(IReadOnlyList<SapSessionGroup> groups)
        {
            var text = new System.Text.StringBuilder();
            foreach (SapSessionGroup group in groups)
            {
                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(group.Range);
            }

            return text.ToString();
        }

        public override string ToString()
        {
            string text = Address;
            if (Ttl.HasValue)
            {
                text += "/" + Ttl.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (AddressCount != 1)
            {
                text += "/" + AddressCount.ToString(CultureInfo.InvariantCulture);
            }

            return Media is null ? text : text + " " + Media + " " + Port.GetValueOrDefault().ToString(CultureInfo.InvariantCulture) + " " + Protocol;
        }

        // Only Internet addresses make groups: a domain name or another network type is not an address here.
        private static void Add(List<SapSessionGroup> groups, SdpConnection connection, SdpMediaDescription? media)
        {
            if (connection.NetworkType == SdpConnection.InternetNetworkType && connection.Group is IPAddressValue address)
            {
                groups.Add(new SapSessionGroup(address, connection, media));
            }
        }
    }
}
