using System;
using System.Net;
using Multicast.Madcap;
using Multicast.Tests.Networking;

namespace Multicast.Tests.Madcap
{
    /// <summary>
    /// RFC 2730 §2.11: "the client MUST NOT send a MADCAP message to the MADCAP Server Multicast Address associated with
    /// the global scope". Refused before anything is sent: every IPv4 group outside 239.0.0.0/8 (224.0.1.68
    /// "mdhcpdiscover" among them) and every IPv6 group of global or reserved scope.
    /// </summary>
    public class MadcapGlobalScopeTests
    {
        private readonly MemoryNetwork _network = new MemoryNetwork();

        [Theory]
        [InlineData("238.255.255.254")]
        [InlineData("224.0.1.68")]
        [InlineData("233.252.0.1")]
        public void AnIPv4GroupOutsideTheAdminScopes_IsRefused(string group)
        {
            var client = new MadcapClient(_network.Bind("127.0.0.1"), utcNow: _network.Clock, random: new Random(1));
            var server = new IPEndPoint(IPAddress.Parse(group), MadcapConstants.ServerPort);

            Assert.Equal("MadcapGlobalScopeServerAddress", Assert.Throws<MulticastRuleException>(() => client.GetInfo(server)).ErrorId);
            Assert.Equal("MadcapGlobalScopeServerAddress", Assert.Throws<MulticastRuleException>(() => client.RequestLease(new MadcapLeaseRequest(IPAddress.Parse("239.192.0.0")), server)).ErrorId);
            Assert.Empty(_network.Sent);
        }

        [Theory]
        [InlineData("ff0e::1:2")]
        [InlineData("ff1e::1:2")]
        [InlineData("ff0f::1:2")]
        [InlineData("ff00::1:2")]
        public void AnIPv6GroupOfGlobalOrReservedScope_IsRefused(string group)
        {
            var client = new MadcapClient(_network.Bind("::1"), utcNow: _network.Clock, random: new Random(1));
            var server = new IPEndPoint(IPAddress.Parse(group), MadcapConstants.ServerPort);

            Assert.Equal("MadcapGlobalScopeServerAddress", Assert.Throws<MulticastRuleException>(() => client.GetInfo(server)).ErrorId);
            Assert.Empty(_network.Sent);
        }

        [Fact]
        public void AConfiguredDiscoveryGroupOfGlobalScope_IsRefusedWhenTheClientIsMade()
        {
            var options = new MadcapClientOptions { DiscoveryGroup = IPAddress.Parse("224.0.1.68") };
            var error = Assert.Throws<MulticastRuleException>(() => new MadcapClient(_network.Bind("127.0.0.1"), options, _network.Clock, new Random(1)));
            Assert.Equal("MadcapGlobalScopeServerAddress", error.ErrorId);
            Assert.Contains("RFC 2730 §2.11", error.Message);
        }

        [Theory]
        [InlineData("239.255.255.254")]
        [InlineData("239.195.255.254")]
        [InlineData("ff15::1:2")]
        [InlineData("ff18::1:2")]
        [InlineData("ff02::1:2")]
        public void ScopedGroups_AreAllowed(string group)
        {
            MadcapServerMulticastAddress.CheckClientDestination(IPAddress.Parse(group));
        }
    }
}
