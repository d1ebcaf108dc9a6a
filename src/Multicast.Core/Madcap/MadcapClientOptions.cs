using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>How a <see cref="MadcapClient"/> talks to servers.</summary>
    public sealed class MadcapClientOptions
    {
        /// <summary>When to resend and when to give up (RFC 2730 §2.3).</summary>
        public MadcapRetransmissionSchedule Schedule { get; set; } = MadcapRetransmissionSchedule.Recommended;

        /// <summary>The port servers listen on (§2: 2535).</summary>
        public int ServerPort { get; set; } = MadcapConstants.ServerPort;

        /// <summary>
        /// Where to multicast GETINFO and DISCOVER when no server is named. Null: for an IPv4 transport, the IPv4 Local
        /// Scope's MADCAP Server Multicast Address 239.255.255.254 (§2.10); an IPv6 transport has no default, since no
        /// IPv6 address is assigned (see <see cref="MadcapServerMulticastAddress"/>), and must be given one.
        /// </summary>
        public IPAddress? DiscoveryGroup { get; set; }

        /// <summary>The TTL or hop count for multicast requests on a real socket: 16, as §2.10 recommends without configuration.</summary>
        public int DiscoveryHops { get; set; } = MadcapConstants.DefaultDiscoveryTtl;

        /// <summary>The language for zone names in a GETINFO (§3.9), or null for all names.</summary>
        public string? RequestedLanguage { get; set; }

        /// <summary>The option codes a GETINFO asks for (§3.6): the Multicast Scope List and the Nesting State (RFC 2907 §3.3) unless changed.</summary>
        public IReadOnlyList<ushort> InfoOptions { get; set; } = new ushort[] { (ushort)MadcapOptionCode.MulticastScopeList, (ushort)MadcapOptionCode.MulticastNestingState };

        /// <summary>Told of every transmission and retransmission, in the caller's thread (§2.3: an "indication of retransmission attempts").</summary>
        public Action<MadcapTransmission>? Transmitted { get; set; }
    }
}
