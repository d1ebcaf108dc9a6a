namespace Multicast.Madcap
{
    /// <summary>The columns of RFC 2730 Table 5: a message type, and for ACK the request it answers.</summary>
    public enum MadcapExchangeStep
    {
        GetInfo,
        AckToGetInfo,
        Discover,
        Offer,
        Request,
        AckToRequest,
        Renew,
        AckToRenew,
        Release,
        AckToRelease,
        Nak,
    }
}
