namespace Multicast.Tests.Sdp
{
    internal static class SdpText
    {
        /// <summary>The lines, each ended by CRLF.</summary>
        public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

        /// <summary>The lines of a minimal valid description around the ones given.</summary>
        public static string Minimal(params string[] extra)
        {
            var lines = new System.Collections.Generic.List<string> { "v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/127", "t=0 0" };
            lines.AddRange(extra);
            return Lines(lines.ToArray());
        }
    }
}
