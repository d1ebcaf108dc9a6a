using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// A lease a server acknowledged (RFC 2730 §2.2.5): its addresses, when it runs, and what a RENEW or RELEASE needs
    /// to name it (the server it came from and its Lease Identifier, §2.2.7, §2.2.8).
    /// </summary>
    public sealed class MadcapLease
    {
        internal MadcapLease(
            IPEndPoint server,
            MadcapServerIdentifier serverIdentifier,
            MadcapLeaseIdentifier leaseIdentifier,
            IPAddress scope,
            IPAddress? scopeLastAddress,
            IReadOnlyList<MadcapAddressRange> addresses,
            MadcapLeaseWindow window,
            uint leaseTimeSeconds,
            MadcapFeatureList? features)
        {
            Server = server;
            ServerIdentifier = serverIdentifier;
            LeaseIdentifier = leaseIdentifier;
            Scope = scope;
            ScopeLastAddress = scopeLastAddress;
            Addresses = addresses;
            Start = window.Start;
            End = window.End;
            LeaseTime = TimeSpan.FromSeconds(leaseTimeSeconds);
            Features = features;
        }

        /// <summary>The server's address and MADCAP port, to which RENEW and RELEASE are unicast.</summary>
        public IPEndPoint Server { get; }

        public MadcapServerIdentifier ServerIdentifier { get; }

        public MadcapLeaseIdentifier LeaseIdentifier { get; }

        /// <summary>The Scope ID of the scope the addresses come from.</summary>
        public IPAddress Scope { get; }

        /// <summary>The scope's last address when the request knew it; a renewal granting addresses beyond it is refused.</summary>
        public IPAddress? ScopeLastAddress { get; }

        public IReadOnlyList<MadcapAddressRange> Addresses { get; }

        /// <summary>UTC; the ACK's Start Time, or the moment the ACK arrived when it had none (§2.2.5).</summary>
        public DateTime Start { get; }

        /// <summary>UTC: <see cref="Start"/> plus the lease time.</summary>
        public DateTime End { get; }

        public TimeSpan LeaseTime { get; }

        /// <summary>The server's Feature List, when the request carried one (§3.13): "required" lists the features it implemented.</summary>
        public MadcapFeatureList? Features { get; }

        public MadcapAddressFamily AddressFamily => MadcapWire.FamilyOf(Scope);

        /// <summary>Every leased address, range by range.</summary>
        public IEnumerable<IPAddress> EnumerateAddresses()
        {
            foreach (MadcapAddressRange range in Addresses)
            {
                for (int i = 0; i < range.BlockSize; i++)
                {
                    if (MadcapWire.TryAdd(range.Start, i, out IPAddress address))
                    {
                        yield return address;
                    }
                }
            }
        }

        public override string ToString() => string.Join(", ", Addresses) + " from " + Server + " until " + End.ToString("yyyy-MM-ddTHH:mm:ssZ");
    }
}
