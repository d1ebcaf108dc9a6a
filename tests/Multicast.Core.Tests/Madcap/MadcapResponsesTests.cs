using System.Linq;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    public class MadcapResponsesTests
    {
        private static readonly MadcapLeaseIdentifier Lease = new MadcapLeaseIdentifier(new byte[] { 0, 5 });
        private readonly MadcapServerPolicy _policy = new MadcapServerPolicy(new MadcapServerIdentifier(IPAddress.Parse("192.0.2.1"))) { SupportedFeatures = new ushort[] { 0, 2 } };

        [Fact]
        public void Answers_EchoXidFamilyAndLeaseIdentifier_AndNameTheServer()
        {
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv6, 0xCAFEBABE) { LeaseIdentifier = Lease };
            foreach (MadcapMessage answer in new[] { MadcapResponses.Ack(request, _policy), MadcapResponses.Offer(request, _policy), MadcapResponses.Nak(request, _policy, MadcapErrorOption.LeaseIdentifierNotRecognized()) })
            {
                Assert.Equal(0xCAFEBABEu, answer.TransactionId);
                Assert.Equal(MadcapAddressFamily.IPv6, answer.AddressFamily);
                Assert.Equal(Lease, answer.LeaseIdentifier);
                Assert.Equal(_policy.ServerIdentifier, answer.ServerIdentifier);
                Assert.Null(answer.FeatureList);
            }

            Assert.Equal(MadcapErrorCode.LeaseIdentifierNotRecognized, MadcapResponses.Nak(request, _policy, MadcapErrorOption.LeaseIdentifierNotRecognized()).Error!.Code);
        }

        [Fact]
        public void ARequestWithAFeatureList_GetsOneBack()
        {
            // §3.13: supported = the server's, required = implemented, requested empty.
            var request = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease, FeatureList = new MadcapFeatureList(requested: new ushort[] { 2 }) };
            MadcapMessage ack = MadcapResponses.Ack(request, _policy, new ushort[] { 2 });
            Assert.Equal(new ushort[] { 0, 2 }, ack.FeatureList!.Supported);
            Assert.Empty(ack.FeatureList.Requested);
            Assert.Equal(new ushort[] { 2 }, ack.FeatureList.Required);
            Assert.Empty(MadcapResponses.Nak(request, _policy, MadcapErrorOption.InvalidRequest()).FeatureList!.Required);
        }

        [Fact]
        public void AFeatureTheClientDidNotList_MayNotBeUsed()
        {
            var bare = new MadcapMessage(MadcapMessageType.Request, MadcapAddressFamily.IPv4, 1) { LeaseIdentifier = Lease };
            Assert.Equal("MadcapFeatureNotOffered", Assert.Throws<MulticastRuleException>(() => MadcapResponses.Ack(bare, _policy, new ushort[] { 0 })).ErrorId);
            bare.FeatureList = new MadcapFeatureList(supported: new ushort[] { 2 });
            Assert.Equal("MadcapFeatureNotOffered", Assert.Throws<MulticastRuleException>(() => MadcapResponses.Ack(bare, _policy, new ushort[] { 0 })).ErrorId);
        }

        [Fact]
        public void ZoneNames_AllWithoutALanguage_OtherwiseOnePerZone()
        {
            // §3.10: a match by case-insensitive ASCII comparison, else the fallback-flagged name, else any.
            var scopes = new[]
            {
                new MadcapScopeEntry(IPAddress.Parse("239.192.0.0"), IPAddress.Parse("239.195.255.255"), 10, new[] { new MadcapZoneName("fr", "Intérieur"), new MadcapZoneName("EN", "Inside"), new MadcapZoneName("de", "Drinnen", isFallback: true) }),
                new MadcapScopeEntry(IPAddress.Parse("239.255.0.0"), IPAddress.Parse("239.255.255.255"), 16, new[] { new MadcapZoneName("fr", "Local"), new MadcapZoneName("de", "Lokal", isFallback: true) }),
                new MadcapScopeEntry(IPAddress.Parse("239.254.0.0"), IPAddress.Parse("239.254.255.255"), 16, new[] { new MadcapZoneName("fr", "Autre") }),
                new MadcapScopeEntry(IPAddress.Parse("239.253.0.0"), IPAddress.Parse("239.253.255.255"), 16),
            };

            Assert.Equal(3, MadcapZoneNameChoice.ForLanguage(scopes, null)[0].Names.Count);
            var english = MadcapZoneNameChoice.ForLanguage(scopes, "en");
            Assert.Equal(new[] { "Inside", "Lokal", "Autre" }, english.Take(3).Select(s => s.Names.Single().Name));
            Assert.Empty(english[3].Names);
            Assert.Equal(scopes.Select(s => s.ScopeId), english.Select(s => s.ScopeId));
        }
    }
}
