using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using static Multicast.Tests.Decoding.DecodingAssert;
using Ids = Multicast.MulticastWarningIds;

namespace Multicast.Tests.Decoding
{
    /// <summary>
    /// The warning identifiers are distinct and stable, each is what some address draws, and every warning
    /// the decoder makes carries one of them (DecoderTotalityTests checks that for 600,000 addresses more).
    /// </summary>
    public class WarningIdTests
    {
        // One address for each rule; the key is the Id it must draw.
        private static readonly Dictionary<string, string> Examples = new Dictionary<string, string>
        {
            [Ids.NotMulticast] = "192.0.2.1",
            [Ids.IPv4MappedGroup] = "::ffff:224.0.0.1",
            [Ids.LocalNetworkControlBlock] = "224.0.0.251",
            [Ids.IanaAssigned] = "224.0.1.1",
            [Ids.IanaUnassigned] = "224.0.1.255",
            [Ids.IanaReserved] = "224.0.23.81",
            [Ids.SdpSapBlock] = "224.2.1.1",
            [Ids.ReservedBlock] = "230.1.2.3",
            [Ids.MacAliasesLocalControl] = "230.0.0.1",
            [Ids.MacAliasesInternetworkControl] = "239.0.1.39",
            [Ids.SsmGroupIdInvalid] = "ff3e::5",
            [Ids.SsmReservedNull] = "232.0.0.0",
            [Ids.SsmIanaReserved] = "232.0.0.5",
            [Ids.OutsideSsmRange] = "ff3e:100::8000:1",
            [Ids.GlopAsZero] = "233.0.0.2",
            [Ids.GlopAsTrans] = "233.91.160.2",
            [Ids.UnicastPrefixNotGlobal] = "234.10.0.1",
            [Ids.LocalScopeExpansion] = "239.253.1.1",
            [Ids.OrganizationLocalScopeExpansion] = "239.64.1.1",
            [Ids.AdminScopedWithoutScope] = "239.200.1.1",
            [Ids.RelativeOffsetReserved] = "239.255.255.0",
            [Ids.RelativeOffsetAssigned] = "239.255.255.250",
            [Ids.DocumentationMcastTestNet] = "233.252.0.7",
            [Ids.DocumentationRelativeOffset] = "239.255.255.245",
            [Ids.DocumentationGlop] = "233.251.248.1",
            [Ids.DocumentationUnicastPrefixIPv4] = "234.192.0.2",
            [Ids.DocumentationIPv6Multicast] = "ff0e::db8:0:1",
            [Ids.DocumentationUnicastPrefixIPv6] = "ff3e:30:2001:db8:1::8000:1",
            [Ids.DocumentationEmbeddedRp] = "ff7e:230:2001:db8:1::8000:1",
            [Ids.ScopeReservedZero] = "ff00::8000:1",
            [Ids.ScopeReservedF] = "ff1f::8000:1",
            [Ids.ScopeUnassigned] = "ff16::8000:1",
            [Ids.XFlagSet] = "fffe:340:2a00:1450:4001:81b:8000:1",
            [Ids.Ff2BitsSet] = "ff02:1000::8000:1",
            [Ids.EmbeddedRpPrefixFlagClear] = "ff5e:340:2a00:1450:4001:81b:8000:1",
            [Ids.LinkScopedInterfaceIdZero] = "ff32:ff::8000:1",
            [Ids.TransientFlagClear] = "ff2e:30:2a00:1450:4001::8000:1",
            [Ids.EmbeddedRpPlenZero] = "ff7e:100:2a00:1450::8000:1",
            [Ids.PlenTooLong] = "ff3e:41:2a00:1450:4001::8000:1",
            [Ids.EmbeddedRpRiidZero] = "ff7e:40:2a00:1450:4001:81b:8000:1",
            [Ids.EmbeddedRpAddressExcluded] = "ff7e:120:fe80::8000:1",
            [Ids.LinkScopedScopeTooWide] = "ff3e:ff:a12:34ff:fe56:7890:8000:1",
            [Ids.ReservedBitsSet] = "ff3e:130:2a00:1450:4001::8000:1",
            [Ids.NetworkPrefixBitsAfterPlen] = "ff3e:20:2a00:1450:4001::8000:1",
            [Ids.SsmNetworkPrefixNotZero] = "ff3e:0:1::8000:1",
            [Ids.ScopeExceedsUnicastPrefix] = "ff3e:40:fe80::8000:1",
            [Ids.GroupIdZero] = "ff3e:30:2a00:1450:4001::",
            [Ids.GroupIdPermanentAddress] = "ff3e:30:2a00:1450:4001::1234",
            [Ids.GroupIdPermanentGroupId] = "ff3e:30:2a00:1450:4001::4000:0",
            [Ids.SixBonePrefix] = "ff3e:30:3ffe:ffff:1::8000:1",
            [Ids.ReservedMulticastAddress] = "ff02::",
            [Ids.AllNodesAtOtherScope] = "ff05::1",
            [Ids.AllRoutersAtOtherScope] = "ff08::2",
            [Ids.SolicitedNodeAtOtherScope] = "ff05::1:ff00:1",
            [Ids.PermanentNotInRegistry] = "ff0e::1234",
            [Ids.MacAliasesAllNodes] = "ff15::1",
        };

        [Fact]
        public void EachIdIsItsNameAndDistinct()
        {
            FieldInfo[] fields = typeof(MulticastWarningIds).GetFields(BindingFlags.Public | BindingFlags.Static);
            Assert.All(fields, field => Assert.Equal(field.Name, (string)field.GetValue(null)!));
            Assert.Equal(WarningIds.Count, WarningIds.Distinct().Count());
        }

        [Fact]
        public void EveryIdHasAnExample() => Assert.Equal(WarningIds.OrderBy(id => id), Examples.Keys.OrderBy(id => id));

        public static TheoryData<string, string> ExampleData()
        {
            var data = new TheoryData<string, string>();
            foreach (KeyValuePair<string, string> example in Examples)
            {
                data.Add(example.Key, example.Value);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ExampleData))]
        public void EachExampleDrawsItsId(string id, string address)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, id);
            WarningsNameAddressAndSource(info);
        }

        // The violations a warning reports keep the ErrorId the builders' exceptions use.
        [Fact]
        public void ViolationWarningsUseTheErrorIds()
        {
            foreach (string id in new[] { Ids.TransientFlagClear, Ids.EmbeddedRpPlenZero, Ids.PlenTooLong, Ids.EmbeddedRpRiidZero, Ids.EmbeddedRpAddressExcluded,
                Ids.LinkScopedScopeTooWide, Ids.ReservedBitsSet, Ids.NetworkPrefixBitsAfterPlen, Ids.SsmNetworkPrefixNotZero, Ids.ScopeExceedsUnicastPrefix,
                Ids.SsmGroupIdInvalid, Ids.Ff2BitsSet })
            {
                Assert.Contains(id, Enumerable.Range(0, 18).Select(bit => UnicastPrefixViolationInfo.ErrorId((UnicastPrefixViolation)(1 << bit))));
            }
        }

        [Fact]
        public void TheListReadsAsTextAndAGoodChoiceSharesTheEmptyOne()
        {
            MulticastWarningList warnings = Decode("230.0.0.1").Warning;
            Assert.Equal(2, warnings.Count);
            Assert.Equal(warnings[0].Message + "; " + warnings[1].Message, warnings.ToString());
            Assert.Equal(warnings[0].Message, warnings[0].ToString());
            Assert.Equal(string.Empty, Decode("239.192.0.10").Warning.ToString());
            Assert.Same(MulticastWarningList.Empty, Decode("239.192.0.10").Warning);

            // Made once, on first read.
            MulticastAddressInfo info = Decode("230.0.0.1");
            Assert.Same(info.Warning, info.Warning);
        }
    }
}
