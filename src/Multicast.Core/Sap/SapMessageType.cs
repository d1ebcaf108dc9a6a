namespace Multicast.Sap
{
    /// <summary>The T bit of the SAP header (RFC 2974 §6).</summary>
    public enum SapMessageType
    {
        /// <summary>T = 0: the payload is a session description.</summary>
        Announcement = 0,

        /// <summary>T = 1: the payload names the session to delete (for SDP, its o= line).</summary>
        Deletion = 1,
    }
}
