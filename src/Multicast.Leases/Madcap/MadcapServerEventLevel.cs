namespace Multicast.Leases.Madcap
{
    /// <summary>How much a server event matters to the person running it.</summary>
    public enum MadcapServerEventLevel
    {
        /// <summary>One exchange: a request and what the server did with it.</summary>
        Detail,

        /// <summary>The server's life: started, listening, scopes changed, statistics, stopped.</summary>
        Information,

        /// <summary>Something to look at: the store failed, a socket failed, a request could not be served.</summary>
        Warning,
    }
}
