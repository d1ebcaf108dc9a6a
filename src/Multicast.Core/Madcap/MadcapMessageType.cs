namespace Multicast.Madcap
{
    /// <summary>The msgtype field of a MADCAP message (RFC 2730 §2.2, Table 2).</summary>
    public enum MadcapMessageType : byte
    {
        /// <summary>Client, multicast: which servers can probably satisfy a REQUEST (§2.2.2).</summary>
        Discover = 1,

        /// <summary>Server, unicast: the answer to a DISCOVER (§2.2.3).</summary>
        Offer = 2,

        /// <summary>Client: allocate addresses (§2.2.4).</summary>
        Request = 3,

        /// <summary>Client, unicast: change the lease time or start time of a lease (§2.2.7).</summary>
        Renew = 4,

        /// <summary>Server: the affirmative answer to GETINFO, REQUEST, RENEW or RELEASE (§2.2.5).</summary>
        Ack = 5,

        /// <summary>Server: the negative answer, with an Error option (§2.2.6).</summary>
        Nak = 6,

        /// <summary>Client, unicast: give a lease back before it expires (§2.2.8).</summary>
        Release = 7,

        /// <summary>Client: ask for configuration, above all the scope list (§2.2.1).</summary>
        GetInfo = 8,
    }
}
