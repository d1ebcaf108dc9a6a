namespace Multicast.Tests.Registry
{
    public class NamePatternTests
    {
        [Theory]
        // Plain text: whole words, case-insensitive.
        [InlineData("NTP", "NTP Network Time Protocol", true)]
        [InlineData("ntp", "Network Time Protocol (NTP)", true)]
        [InlineData("NTP", "mcntp-directory", false)]
        [InlineData("mDNS", "mDNSv6", false)]
        [InlineData("mDNS", "mDNS", true)]
        [InlineData("Time Protocol", "Network Time Protocol (NTP)", true)]
        [InlineData("ime Protocol", "Network Time Protocol (NTP)", false)]
        [InlineData("DHCP", "DHCP v4", true)]
        [InlineData("v4", "DHCP v4", true)]
        [InlineData("", "anything", false)]
        [InlineData("   ", "anything", false)]
        // Wildcards: the whole name, as -like.
        [InlineData("*ntp*", "mcntp-directory", true)]
        [InlineData("NTP", "NTP", true)]
        [InlineData("NTP*", "NTP Network Time Protocol", true)]
        [InlineData("NTP*", "Network Time Protocol (NTP)", false)]
        [InlineData("*(NTP)", "Network Time Protocol (NTP)", true)]
        [InlineData("SLPv?", "SLPv2", true)]
        [InlineData("SLPv?", "SLPv2 Discovery", false)]
        [InlineData("SAPv[01]*", "SAPv0 Announcements (deprecated)", true)]
        [InlineData("SAPv[01]*", "SAPv2", false)]
        [InlineData("[a-c]*", "Babel", true)]
        [InlineData("[a-c]*", "mDNS", false)]
        [InlineData("*", "", true)]
        [InlineData("?", "", false)]
        [InlineData("a*b*c", "aXbYbZc", true)]
        [InlineData("a*b*c", "aXbYbZ", false)]
        // Escapes: `* is a literal star, so the completer's escaped names match themselves.
        [InlineData("RFC3692-style Experiment (`*)", "RFC3692-style Experiment (*)", true)]
        [InlineData("RFC3692-style Experiment (`*)", "RFC3692-style Experiment (x)", false)]
        [InlineData("*Experiment (`*)", "RFC3692-style Experiment (*)", true)]
        public void Matches(string pattern, string name, bool expected) =>
            Assert.Equal(expected, NamePattern.Parse(pattern).IsMatch(name));

        [Theory]
        [InlineData("NTP", false)]
        [InlineData("N*", true)]
        [InlineData("N?P", true)]
        [InlineData("[N]TP", true)]
        [InlineData("`*", false)]
        [InlineData("[", false)]
        public void KnowsWildcards(string pattern, bool wildcards) =>
            Assert.Equal(wildcards, NamePattern.Parse(pattern).HasWildcards);
    }
}
