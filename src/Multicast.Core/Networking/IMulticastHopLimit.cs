namespace Multicast.Networking
{
    /// <summary>
    /// A transport that can set the IP time-to-live (IPv4) or hop limit (IPv6) of the multicast datagrams it
    /// sends, as a SAP announcer should (RFC 2974 §3: "SHOULD be sent with an IP time-to-live of 255").
    /// </summary>
    public interface IMulticastHopLimit
    {
        /// <summary>The TTL or hop limit multicast datagrams go out with now.</summary>
        int MulticastHops { get; }

        /// <summary>Sets the TTL (IPv4) or hop limit (IPv6) of the multicast datagrams sent from now on.</summary>
        void SetMulticastHops(int hops);
    }
}
