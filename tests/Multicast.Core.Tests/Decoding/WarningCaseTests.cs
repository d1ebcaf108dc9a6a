using static Multicast.Tests.Decoding.DecodingAssert;
using Ids = Multicast.MulticastWarningIds;

namespace Multicast.Tests.Decoding
{
    /// <summary>Each case for a warning (issue 3), with an address that warns and one just beside it that does not.</summary>
    public class WarningCaseTests
    {
        // A registry refresh that adds a block must give it a kind the decoder knows (data/iana/ipv4-blocks.csv).
        [Fact]
        public void EveryRegistryBlockHasAKind()
        {
            foreach (MulticastAddressBlock block in IanaRegistry.Blocks)
            {
                Assert.NotEqual(Ipv4BlockKind.Unknown, block.Kind);
            }
        }

        // Good choices stay silent.
        [Theory]
        [InlineData("239.192.0.10")]
        [InlineData("239.255.0.1")]
        [InlineData("233.22.30.7")]
        [InlineData("232.1.2.3")]
        [InlineData("234.20.30.10")]
        [InlineData("ff15::1234")]
        [InlineData("ff18::8000:1")]
        [InlineData("ff3e::8000:1")]
        [InlineData("ff3e:30:2a00:1450:4001::8000:1")]
        [InlineData("ff7e:340:2a00:1450:4001:81b:8000:1")]
        [InlineData("ff32:ff:a12:34ff:fe56:7890:8000:1")]
        public void GoodChoices(string address) => IsGoodChoice(Decode(address));

        [Theory]
        [InlineData("192.0.2.1", null)]
        [InlineData("10.1.2.3", null)]
        [InlineData("2001:db8::1", null)]
        [InlineData("0.0.0.0", null)]
        [InlineData("255.255.255.255", null)]
        [InlineData("::ffff:224.0.0.1", "224.0.0.1")]
        public void NotMulticast(string address, string? mappedGroup)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.False(info.IsMulticast);
            Warns(info, Ids.NotMulticast, "RFC 5771", "RFC 4291 §2.7");
            if (mappedGroup is null)
            {
                Assert.Single(info.Warning);
            }
            else
            {
                // RFC 4291 §2.5.5.2: the IPv4 group the mapped address carries, which was probably meant.
                Assert.Equal(2, info.Warning.Count);
                MulticastWarning mapped = Warns(info, Ids.IPv4MappedGroup, "RFC 4291 §2.5.5.2");
                Assert.EndsWith("did you mean " + mappedGroup + "?", mapped.Message);
            }

            Assert.Null(info.Scope);
            Assert.Null(info.Mechanism);
            Assert.Null(info.MacAddress);
            Assert.Null(info.IanaBlock);
            Assert.Null(info.IsSourceSpecific);
            Assert.Equal(address, info.ToString());
        }

        // 1. The Local Network Control Block is flooded (RFC 4541 §2.1.2).
        [Theory]
        [InlineData("224.0.0.0", true)]
        [InlineData("224.0.0.251", true)]
        [InlineData("224.0.0.255", true)]
        [InlineData("224.0.1.0", false)]
        [InlineData("239.255.0.251", false)]
        public void LocalNetworkControlBlock(string address, bool flooded)
        {
            MulticastAddressInfo info = Decode(address);
            if (flooded)
            {
                Warns(info, Ids.LocalNetworkControlBlock, "RFC 4541 §2.1.2", "RFC 5771 §4");
            }
            else
            {
                DoesNotWarn(info, Ids.LocalNetworkControlBlock);
            }
        }

        // 2. A MAC shared with 224.0.0.x or 224.0.1.x (RFC 1112 §6.4, RFC 4541 §2.1.2).
        [Theory]
        [InlineData("230.0.0.1", "224.0.0.1", Ids.MacAliasesLocalControl)]
        [InlineData("239.128.0.1", "224.0.0.1", Ids.MacAliasesLocalControl)]
        [InlineData("239.0.1.39", "224.0.1.39", Ids.MacAliasesInternetworkControl)]
        [InlineData("225.128.1.255", "224.0.1.255", Ids.MacAliasesInternetworkControl)]
        [InlineData("232.0.0.5", "224.0.0.5", Ids.MacAliasesLocalControl)]
        [InlineData("233.0.0.1", "224.0.0.1", Ids.MacAliasesLocalControl)]
        public void MacAliasesControlBlock(string address, string aliased, string id)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, id, "RFC 1112 §6.4", "RFC 4541 §2.1.2");
            Assert.Equal(Decode(aliased).MacAddress, info.MacAddress);
        }

        [Theory]
        [InlineData("224.0.0.1")]
        [InlineData("224.0.1.1")]
        [InlineData("230.0.2.1")]
        [InlineData("239.129.0.1")]
        [InlineData("239.1.0.1")]
        public void MacDoesNotAliasControlBlock(string address) => DoesNotWarn(Decode(address), Ids.MacAliasesLocalControl, Ids.MacAliasesInternetworkControl);

        // 3. Space IANA assigns: the record says for what, or that there is none.
        [Theory]
        [InlineData("224.0.0.251", "mDNS", "224.0.0.251", "RFC 5771 §4.1")]
        [InlineData("224.0.1.1", "NTP Network Time Protocol", "224.0.1.1", "RFC 5771 §5.1")]
        [InlineData("224.0.255.255", "Intelsat IPTV", "224.0.255.0/24", "RFC 5771 §6.1")]
        [InlineData("233.252.1.5", "Pico", "233.252.1.0/24", "RFC 5771 §6.1, §9.2")]
        [InlineData("224.252.0.1", "DIS Transient Groups", "224.252.0.0/14", "RFC 5771 §3")]
        [InlineData("ff02::fb", "mDNSv6", "ff02::fb", "RFC 4291 §2.7")]
        [InlineData("ff05::101", "Network Time Protocol (NTP)", "ff0x::101", "RFC 4291 §2.7")]
        public void IanaAssignedWithRecord(string address, string name, string range, string rule)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, Ids.IanaAssigned, rule);
            Assert.Equal(name, info.IanaName);
            Assert.True(IanaRegistry.TryFind(AddressParser.Parse(address), out MulticastAssignment record));
            Assert.Equal(range, record.Range);
        }

        [Theory]
        [InlineData("224.0.0.3", "Local Network Control Block", "RFC 5771 §4.1")]
        [InlineData("224.0.1.255", "Internetwork Control Block", "RFC 5771 §5.1")]
        [InlineData("224.0.2.0", "AD-HOC Block I", "RFC 5771 §6.1")]
        [InlineData("224.4.255.255", "AD-HOC Block II", "RFC 5771 §6.1")]
        [InlineData("233.255.255.255", "AD-HOC Block III", "RFC 5771 §6.1, §9.2")]
        public void IanaAssignedWithoutRecord(string address, string block, string rule)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.Equal("Unassigned", info.IanaName);
            Assert.Equal(block, info.IanaBlock);
            Warns(info, Ids.IanaUnassigned, rule);
        }

        [Theory]
        [InlineData("224.0.0.0", "Base Address (Reserved)", "RFC 5771 §4.1")]
        [InlineData("224.0.23.81", "Reserved (Moneyline)", "RFC 5771 §6.1")]
        public void IanaReservedRecord(string address, string name, string rule)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, Ids.IanaReserved, rule);
            Assert.Equal(name, info.IanaName);
        }

        [Theory]
        [InlineData("224.2.0.0")]
        [InlineData("224.2.127.254")]
        [InlineData("224.2.255.255")]
        public void SdpSapBlock(string address) => Warns(Decode(address), Ids.SdpSapBlock, "RFC 5771 §7");

        [Theory]
        [InlineData("233.22.30.7")]
        [InlineData("239.192.0.1")]
        [InlineData("232.1.1.1")]
        public void NotIanaAssigned(string address) =>
            DoesNotWarn(Decode(address), Ids.IanaAssigned, Ids.IanaUnassigned, Ids.IanaReserved, Ids.RelativeOffsetAssigned, Ids.RelativeOffsetReserved);

        // 4. Reserved and unassigned blocks and scopes.
        [Theory]
        [InlineData("224.1.0.0", "224.1.0.0/16")]
        [InlineData("224.5.0.0", "224.5.0.0-224.251.255.255")]
        [InlineData("224.251.255.255", "224.5.0.0-224.251.255.255")]
        [InlineData("225.0.0.0", "225.0.0.0-231.255.255.255")]
        [InlineData("231.255.255.255", "225.0.0.0-231.255.255.255")]
        [InlineData("235.0.0.0", "235.0.0.0-238.255.255.255")]
        [InlineData("238.255.255.255", "235.0.0.0-238.255.255.255")]
        public void ReservedIPv4Blocks(string address, string range)
        {
            Warns(Decode(address), Ids.ReservedBlock, "RFC 5771 §13");
            Assert.True(IanaRegistry.TryGetBlock(AddressParser.Parse(address), out MulticastAddressBlock block));
            Assert.Equal(range, block.Range);
        }

        [Theory]
        [InlineData("224.0.255.255")]
        [InlineData("224.2.0.0")]
        [InlineData("224.4.255.255")]
        [InlineData("224.252.0.0")]
        [InlineData("232.0.0.0")]
        [InlineData("234.255.255.255")]
        [InlineData("239.0.0.0")]
        public void NotReservedIPv4Blocks(string address) => DoesNotWarn(Decode(address), Ids.ReservedBlock);

        [Theory]
        [InlineData("239.0.0.100", Ids.OrganizationLocalScopeExpansion, "RFC 2365 §6.2.1")]
        [InlineData("239.64.1.1", Ids.OrganizationLocalScopeExpansion, "RFC 2365 §6.2.1")]
        [InlineData("239.191.255.255", Ids.OrganizationLocalScopeExpansion, "RFC 2365 §6.2.1")]
        [InlineData("239.196.0.0", Ids.AdminScopedWithoutScope, "RFC 2365 §8")]
        [InlineData("239.252.255.255", Ids.AdminScopedWithoutScope, "RFC 2365 §8")]
        [InlineData("239.253.0.0", Ids.LocalScopeExpansion, "RFC 2365 §6.1.1")]
        [InlineData("239.254.255.255", Ids.LocalScopeExpansion, "RFC 2365 §6.1.1")]
        public void AdminScopedSpaceOutsideTheTwoScopes(string address, string id, string rule) => Warns(Decode(address), id, rule);

        [Theory]
        [InlineData("239.192.0.0")]
        [InlineData("239.195.254.255")]
        [InlineData("239.255.0.0")]
        [InlineData("239.255.254.255")]
        public void AdminScopedSpaceInTheTwoScopes(string address) => IsGoodChoice(Decode(address));

        [Theory]
        [InlineData("ff00::8000:1", Ids.ScopeReservedZero, "RFC 4291 §2.7")]
        [InlineData("ff1f::8000:1", Ids.ScopeReservedF, "RFC 4291 §2.7")]
        [InlineData("ff16::8000:1", Ids.ScopeUnassigned, "RFC 7346 §2")]
        [InlineData("ff17::8000:1", Ids.ScopeUnassigned, "RFC 7346 §2")]
        [InlineData("ff19::8000:1", Ids.ScopeUnassigned, "RFC 7346 §2")]
        [InlineData("ff1d::8000:1", Ids.ScopeUnassigned, "RFC 7346 §2")]
        public void ReservedAndUnassignedScopes(string address, string id, string rule) => Warns(Decode(address), id, rule);

        [Theory]
        [InlineData("ff11::8000:1")]
        [InlineData("ff13::8000:1")]
        [InlineData("ff14::8000:1")]
        [InlineData("ff15::8000:1")]
        [InlineData("ff18::8000:1")]
        [InlineData("ff1e::8000:1")]
        public void AssignedScopes(string address) => IsGoodChoice(Decode(address));

        [Theory]
        [InlineData("ff0e::1234", true)]
        [InlineData("ff05::8000:1", true)]
        [InlineData("ff82::1234", true)]
        [InlineData("ff05::1:3", false)]
        [InlineData("ff1e::1234", false)]
        public void PermanentOutsideTheRegistry(string address, bool warns)
        {
            MulticastAddressInfo info = Decode(address);
            if (warns)
            {
                Assert.Null(info.IanaName);
                Warns(info, Ids.PermanentNotInRegistry, "RFC 4291 §2.7");
            }
            else
            {
                DoesNotWarn(info, Ids.PermanentNotInRegistry);
            }
        }

        // RFC 4291 §2.7.1: pre-defined group IDs at scopes other than theirs, with T = 0.
        [Theory]
        [InlineData("ff05::1", Ids.AllNodesAtOtherScope)]
        [InlineData("ff0e::1", Ids.AllNodesAtOtherScope)]
        [InlineData("ff03::2", Ids.AllRoutersAtOtherScope)]
        [InlineData("ff08::2", Ids.AllRoutersAtOtherScope)]
        [InlineData("ff05::1:ff00:1", Ids.SolicitedNodeAtOtherScope)]
        public void PreDefinedGroupIdsAtOtherScopes(string address, string id) =>
            Warns(Decode(address), id, "RFC 4291 §2.7.1");

        [Theory]
        [InlineData("ff01::1")]
        [InlineData("ff02::1")]
        [InlineData("ff05::2")]
        [InlineData("ff15::1")]
        [InlineData("ff02::1:ff00:1")]
        public void PreDefinedGroupIdsAtTheirScopes(string address) =>
            DoesNotWarn(Decode(address), Ids.AllNodesAtOtherScope, Ids.AllRoutersAtOtherScope, Ids.SolicitedNodeAtOtherScope);

        // 5. The SSM sub-ranges (RFC 4607 §1, §4.3); the rest of 232/8 and FF3x::8000:0/97 is fine.
        [Theory]
        [InlineData("232.0.0.0", Ids.SsmReservedNull, "RFC 4607 §4.3")]
        [InlineData("232.0.0.255", Ids.SsmIanaReserved, "RFC 4607 §4.3")]
        [InlineData("ff35::1", Ids.SsmGroupIdInvalid, "RFC 4607 §1")]
        [InlineData("ff35::4000:0", Ids.SsmReservedNull, "RFC 4607 §4.3")]
        [InlineData("ff35::4000:1", Ids.SsmIanaReserved, "RFC 4607 §4.3")]
        public void SsmSubRanges(string address, string id, string rule) => Warns(Decode(address), id, rule);

        [Theory]
        [InlineData("232.1.0.0")]
        [InlineData("ff35::8000:0")]
        public void SsmHostAllocated(string address) => IsGoodChoice(Decode(address));

        // 6. Documentation blocks used for real.
        [Theory]
        [InlineData("233.252.0.7", Ids.DocumentationMcastTestNet, "RFC 6676 §2")]
        [InlineData("233.251.248.1", Ids.DocumentationGlop, "RFC 6676 §2.2")]
        [InlineData("234.198.51.100", Ids.DocumentationUnicastPrefixIPv4, "RFC 6676 §2.3")]
        [InlineData("239.255.255.245", Ids.DocumentationRelativeOffset, "RFC 6676 §2.1")]
        [InlineData("239.195.255.245", Ids.DocumentationRelativeOffset, "RFC 6676 §2.1")]
        [InlineData("ff02::db8:0:7", Ids.DocumentationIPv6Multicast, "RFC 6676 §3")]
        [InlineData("ff3e:30:2001:db8:1::8000:1", Ids.DocumentationUnicastPrefixIPv6, "RFC 6676 §3.1")]
        [InlineData("ff7e:230:2001:db8:1::8000:1", Ids.DocumentationEmbeddedRp, "RFC 6676 §3.2")]
        public void DocumentationBlocks(string address, string id, string rule) => Warns(Decode(address), id, rule);

        [Theory]
        [InlineData("233.252.1.0")]
        [InlineData("233.251.239.1")]
        [InlineData("234.198.51.101")]
        [InlineData("239.255.255.244")]
        [InlineData("239.194.255.245")]
        [InlineData("ff12::db8:0:7")]
        [InlineData("ff3e:30:2001:db9:1::8000:1")]
        [InlineData("ff3e:10:2001:db8:1::8000:1")]
        [InlineData("ff7e:230:2001:db9:1::8000:1")]
        public void NotDocumentationBlocks(string address) => DoesNotCite(Decode(address), "RFC 6676");

        // 7. Embedded-RP and RFC 3306/4489 fields that break the rules, from the mechanisms' Check.
        [Theory]
        [InlineData("ff7e:41:2a00:1450::8000:1", Ids.PlenTooLong)]
        [InlineData("ff7e:40:2a00:1450:4001:81b:8000:1", Ids.EmbeddedRpRiidZero)]
        [InlineData("ff7e:100:2a00:1450::8000:1", Ids.EmbeddedRpPlenZero)]
        [InlineData("ff7e:120:fe80::8000:1", Ids.EmbeddedRpAddressExcluded)]
        [InlineData("ff5e:340:2a00:1450:4001:81b:8000:1", Ids.EmbeddedRpPrefixFlagClear)]
        [InlineData("ff4e:340:2a00:1450:4001:81b:8000:1", Ids.EmbeddedRpPrefixFlagClear)]
        [InlineData("ff6e:340:2a00:1450:4001:81b:8000:1", Ids.TransientFlagClear)]
        [InlineData("ff2e:30:2a00:1450:4001::8000:1", Ids.TransientFlagClear)]
        [InlineData("ff3e:41:2a00:1450:4001::8000:1", Ids.PlenTooLong)]
        [InlineData("ff3e:130:2a00:1450:4001::8000:1", Ids.ReservedBitsSet)]
        [InlineData("ff3e:1030:2a00:1450:4001::8000:1", Ids.Ff2BitsSet)]
        [InlineData("ff3e:20:2a00:1450:4001::8000:1", Ids.NetworkPrefixBitsAfterPlen)]
        [InlineData("ff3e:40:fe80::8000:1", Ids.ScopeExceedsUnicastPrefix)]
        [InlineData("ff3e:ff:a12:34ff:fe56:7890:8000:1", Ids.LinkScopedScopeTooWide)]
        [InlineData("ff32:ff::8000:1", Ids.LinkScopedInterfaceIdZero)]
        [InlineData("fffe:340:2a00:1450:4001:81b:8000:1", Ids.XFlagSet)]
        [InlineData("ff02:1000::8000:1", Ids.Ff2BitsSet)]
        public void BrokenFields(string address, string id)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, id);
            WarningsNameAddressAndSource(info);
        }

        // With R = 1 and P = 0, RFC 7371 §4.2.3's one rule replaces the RFC 3306 texts for P and T.
        [Theory]
        [InlineData("ff5e:340:2a00:1450:4001:81b:8000:1")]
        [InlineData("ff4e:340:2a00:1450:4001:81b:8000:1")]
        public void EmbeddedRpWithoutPrefixFlagIsOneWarning(string address) =>
            DoesNotWarn(Decode(address), Ids.TransientFlagClear, UnicastPrefixViolationInfo.ErrorId(UnicastPrefixViolation.PFlagClear));

        [Fact]
        public void BrokenFieldsLeaveTheDerivedValuesOut()
        {
            Assert.Null(Decode("ff7e:40:2a00:1450:4001:81b:8000:1").RendezvousPoint);
            Assert.Null(Decode("ff3e:41:2a00:1450:4001::8000:1").NetworkPrefix);
            Assert.Null(Decode("ff3e:ff:a12:34ff:fe56:7890:8000:1").InterfaceId);
            Assert.Equal("2a00:1450:4001:81b::3", Decode("fffe:340:2a00:1450:4001:81b:8000:1").RendezvousPoint!.ToString());
        }

        // RFC 3307 §4 on the group ID of a prefix-based group.
        [Theory]
        [InlineData("ff3e:30:2a00:1450:4001::", Ids.GroupIdZero, "RFC 3307 §4")]
        [InlineData("ff3e:30:2a00:1450:4001::1234", Ids.GroupIdPermanentAddress, "RFC 3307 §4.1")]
        [InlineData("ff3e:30:2a00:1450:4001::3fff:ffff", Ids.GroupIdPermanentAddress, "RFC 3307 §4.1")]
        [InlineData("ff3e:30:2a00:1450:4001::4000:0", Ids.GroupIdPermanentGroupId, "RFC 3307 §4.2")]
        [InlineData("ff7e:340:2a00:1450:4001:81b:7fff:ffff", Ids.GroupIdPermanentGroupId, "RFC 3307 §4.2")]
        public void PrefixBasedGroupIds(string address, string id, string rule) => Warns(Decode(address), id, rule);

        [Theory]
        [InlineData("ff3e:30:2a00:1450:4001::8000:0")]
        [InlineData("ff32:ff:a12:34ff:fe56:7890:0:1234")] // RFC 4489 §3: the RFC 3307 ranges are optional
        [InlineData("ff15::1234")]
        public void GroupIdsOutsideRfc3307Rules(string address) =>
            DoesNotWarn(Decode(address), Ids.GroupIdZero, Ids.GroupIdPermanentAddress, Ids.GroupIdPermanentGroupId);

        // The MAC of all-nodes, which every node listens on (RFC 2464 §7, RFC 4291 §2.8).
        [Theory]
        [InlineData("ff15::1", true)]
        [InlineData("ff3e:30:2a00:1450:4001::1", true)]
        [InlineData("ff32:ff:a12:34ff:fe56:7890:0:1", true)]
        [InlineData("ff05::db8:0:1", true)]
        [InlineData("ff01::1", false)]
        [InlineData("ff02::1", false)]
        [InlineData("ff15::2", false)]
        [InlineData("ff15::1:0:1", true)]
        public void AllNodesMac(string address, bool warns)
        {
            MulticastAddressInfo info = Decode(address);
            if (warns)
            {
                Warns(info, Ids.MacAliasesAllNodes, "RFC 2464 §7");
                Assert.Equal("33-33-00-00-00-01", info.MacAddress);
            }
            else
            {
                DoesNotWarn(info, Ids.MacAliasesAllNodes);
            }
        }

        // RFC 6034 §3: only global unicast prefixes own 234/8 groups.
        [Theory]
        [InlineData("234.10.0.1", "10.0.0.0/8")]
        [InlineData("234.127.0.1", "127.0.0.0/8")]
        [InlineData("234.192.168.1", "192.168.0.0/16")]
        [InlineData("234.224.0.1", "224.0.0.0/4")]
        [InlineData("234.0.0.2", "0.0.0.0/8")]
        public void UnicastPrefixIPv4FromNonGlobalSpace(string address, string block)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, Ids.UnicastPrefixNotGlobal, "RFC 6034 §3");
            Assert.True(UnicastPrefixRules.TryFindNonGlobalIPv4(info.NetworkPrefix!.Value, out IPPrefix nonGlobal, out _));
            Assert.Equal(block, nonGlobal.ToString());
        }

        [Theory]
        [InlineData("234.11.0.1")]
        [InlineData("234.192.169.1")]
        [InlineData("234.223.255.255")]
        public void UnicastPrefixIPv4FromGlobalSpace(string address) => IsGoodChoice(Decode(address));

        // GLOP ranges no network owns.
        [Theory]
        [InlineData("233.0.0.2", Ids.GlopAsZero, "RFC 7607")]
        [InlineData("233.91.160.2", Ids.GlopAsTrans, "RFC 6793")]
        public void GlopWithoutOwner(string address, string id, string rule) => Warns(Decode(address), id, rule);

        [Theory]
        [InlineData("233.0.2.2")]
        [InlineData("233.91.161.2")]
        public void GlopWithOwner(string address) => IsGoodChoice(Decode(address));
    }
}
