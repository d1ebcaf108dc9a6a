namespace Multicast.Sdp
{
    /// <summary>The compact unit letters of r= and z= times (RFC 8866 §5.10, Table 1). They are case-sensitive.</summary>
    public enum SdpTimeUnit
    {
        /// <summary>No letter: seconds.</summary>
        None,

        /// <summary>d: 86400 seconds.</summary>
        Days,

        /// <summary>h: 3600 seconds.</summary>
        Hours,

        /// <summary>m: 60 seconds.</summary>
        Minutes,

        /// <summary>s: seconds, "allowed for completeness".</summary>
        Seconds,
    }
}
