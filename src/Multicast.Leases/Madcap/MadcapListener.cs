using System;
using System.Collections.Generic;
using System.Net;
using Multicast.Networking;

namespace Multicast.Leases.Madcap
{
    /// <summary>
    /// One socket a MADCAP server listens on, and how it joins a group (null when it cannot: a socket bound to one unicast
    /// address receives no multicast). Disposing it closes the socket.
    /// </summary>
    public sealed class MadcapListener : IDisposable
    {
        private readonly Action<IPAddress>? _joinGroup;
        private readonly HashSet<IPAddress> _joined = new HashSet<IPAddress>();

        public MadcapListener(IDatagramTransport transport, Action<IPAddress>? joinGroup = null)
        {
            Transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _joinGroup = joinGroup;
        }

        public IDatagramTransport Transport { get; }

        public IPEndPoint LocalEndPoint => Transport.LocalEndPoint;

        /// <summary>True when the socket can receive datagrams sent to groups.</summary>
        public bool CanJoinGroups => _joinGroup != null;

        /// <summary>The groups joined so far.</summary>
        public IReadOnlyCollection<IPAddress> Joined => _joined;

        /// <summary>Joins <paramref name="group"/> when the socket can and has not yet, and the group is of the socket's family; true when it joined now.</summary>
        public bool Join(IPAddress group)
        {
            if (_joinGroup is null || group.AddressFamily != LocalEndPoint.AddressFamily || _joined.Contains(group))
            {
                return false;
            }

            _joinGroup(group);
            _joined.Add(group);
            return true;
        }

        public void Dispose() => Transport.Dispose();

        public override string ToString() => LocalEndPoint.ToString();
    }
}
