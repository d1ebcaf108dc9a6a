namespace Multicast.Madcap
{
    /// <summary>One cell of RFC 2730 Table 5.</summary>
    public enum MadcapOptionUse
    {
        MustNot,
        May,
        Must,
    }
}
