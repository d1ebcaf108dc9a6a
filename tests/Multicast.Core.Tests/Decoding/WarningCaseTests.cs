using static Multicast.Tests.Decoding.DecodingAssert;

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
        [InlineData("::ffff:224.0.0.1", "did you mean 224.0.0.1?")]
        public void NotMulticast(string address, string? hint)
        {
            MulticastAddressInfo info = Decode(address);
            Assert.False(info.IsMulticast);
            Warns(info, "is not a multicast address", "RFC 5771", "RFC 4291 §2.7");
            Assert.Single(info.Warning);
            if (hint != null)
            {
                Assert.Contains(hint, info.Warning[0]);
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
                Warns(info, "Local Network Control Block", "RFC 4541 §2.1.2", "RFC 5771 §4");
            }
            else
            {
                DoesNotWarn(info, "Local Network Control Block");
            }
        }

        // 2. A MAC shared with 224.0.0.x or 224.0.1.x (RFC 1112 §6.4, RFC 4541 §2.1.2).
        [Theory]
        [InlineData("230.0.0.1", "224.0.0.1")]
        [InlineData("239.128.0.1", "224.0.0.1")]
        [InlineData("239.0.1.39", "224.0.1.39")]
        [InlineData("225.128.1.255", "224.0.1.255")]
        [InlineData("232.0.0.5", "224.0.0.5")]
        [InlineData("233.0.0.1", "224.0.0.1")]
        public void MacAliasesControlBlock(string address, string aliased)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, "the same as " + aliased + " ", "RFC 1112 §6.4", "RFC 4541 §2.1.2", "second octet is 0 or 128");
        }

        [Theory]
        [InlineData("224.0.0.1")]
        [InlineData("224.0.1.1")]
        [InlineData("230.0.2.1")]
        [InlineData("239.129.0.1")]
        [InlineData("239.1.0.1")]
        public void MacDoesNotAliasControlBlock(string address) => DoesNotWarn(Decode(address), "RFC 1112 §6.4");

        // 3. Space IANA assigns: the record says for what, or that there is none.
        [Theory]
        [InlineData("224.0.0.251", "\"mDNS\" [RFC6762]", "RFC 5771 §4.1")]
        [InlineData("224.0.1.1", "\"NTP Network Time Protocol\"", "RFC 5771 §5.1")]
        [InlineData("224.0.255.255", "\"Intelsat IPTV\" (224.0.255.0/24)", "RFC 5771 §6.1")]
        [InlineData("233.252.1.5", "\"Pico\" (233.252.1.0/24)", "RFC 5771 §6.1, §9.2")]
        [InlineData("224.252.0.1", "\"DIS Transient Groups\" (224.252.0.0/14)", "RFC 5771 §3")]
        [InlineData("ff02::fb", "\"mDNSv6\" [RFC6762]", "RFC 4291 §2.7")]
        [InlineData("ff05::101", "\"Network Time Protocol (NTP)\" (ff0x::101, at every scope)", "RFC 4291 §2.7")]
        public void IanaAssignedWithRecord(string address, string record, string rule)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, "is assigned by IANA to " + record, "use it only for that protocol", rule);
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
            Warns(info, "is unassigned space in the " + block, "collides", rule, "239.0.0.0/8");
        }

        [Theory]
        [InlineData("224.0.0.0", "Base Address (Reserved)")]
        [InlineData("224.0.23.81", "Reserved (Moneyline)")]
        public void IanaReservedRecord(string address, string name) => Warns(Decode(address), "is listed by IANA as \"" + name + "\"", "not for use");

        [Theory]
        [InlineData("224.2.0.0")]
        [InlineData("224.2.127.254")]
        [InlineData("224.2.255.255")]
        public void SdpSapBlock(string address) => Warns(Decode(address), "SDP/SAP Block", "MUST NOT be used for other purposes", "RFC 5771 §7");

        [Theory]
        [InlineData("233.22.30.7")]
        [InlineData("239.192.0.1")]
        [InlineData("232.1.1.1")]
        public void NotIanaAssigned(string address) => DoesNotWarn(Decode(address), "IANA");

        // 4. Reserved and unassigned blocks and scopes.
        [Theory]
        [InlineData("224.1.0.0", "224.1.0.0/16")]
        [InlineData("224.5.0.0", "224.5.0.0-224.251.255.255")]
        [InlineData("224.251.255.255", "224.5.0.0-224.251.255.255")]
        [InlineData("225.0.0.0", "225.0.0.0-231.255.255.255")]
        [InlineData("231.255.255.255", "225.0.0.0-231.255.255.255")]
        [InlineData("235.0.0.0", "235.0.0.0-238.255.255.255")]
        [InlineData("238.255.255.255", "235.0.0.0-238.255.255.255")]
        public void ReservedIPv4Blocks(string address, string range) =>
            Warns(Decode(address), "is in " + range + ", which IANA keeps RESERVED", "RFC 5771 §13");

        [Theory]
        [InlineData("224.0.255.255")]
        [InlineData("224.2.0.0")]
        [InlineData("224.4.255.255")]
        [InlineData("224.252.0.0")]
        [InlineData("232.0.0.0")]
        [InlineData("234.255.255.255")]
        [InlineData("239.0.0.0")]
        public void NotReservedIPv4Blocks(string address) => DoesNotWarn(Decode(address), "which IANA keeps RESERVED");

        [Theory]
        [InlineData("239.0.0.100", "239.0.0.0/10", "RFC 2365 §6.2.1")]
        [InlineData("239.64.1.1", "239.64.0.0/10", "RFC 2365 §6.2.1")]
        [InlineData("239.191.255.255", "239.128.0.0/10", "RFC 2365 §6.2.1")]
        [InlineData("239.196.0.0", "239.196.0.0-239.252.255.255", "RFC 2365 gives no scope")]
        [InlineData("239.252.255.255", "239.196.0.0-239.252.255.255", "RFC 2365 gives no scope")]
        [InlineData("239.253.0.0", "239.253.0.0-239.254.255.255", "RFC 2365 §6.1.1")]
        [InlineData("239.254.255.255", "239.253.0.0-239.254.255.255", "RFC 2365 §6.1.1")]
        public void AdminScopedSpaceOutsideTheTwoScopes(string address, string range, string rule) =>
            Warns(Decode(address), "is in " + range, rule);

        [Theory]
        [InlineData("239.192.0.0")]
        [InlineData("239.195.254.255")]
        [InlineData("239.255.0.0")]
        [InlineData("239.255.254.255")]
        public void AdminScopedSpaceInTheTwoScopes(string address) => IsGoodChoice(Decode(address));

        [Theory]
        [InlineData("ff00::8000:1", "scope 0", "must not send")]
        [InlineData("ff1f::8000:1", "scope F", "should not send")]
        [InlineData("ff16::8000:1", "scope 6", "unassigned (RFC 7346 §2)")]
        [InlineData("ff17::8000:1", "scope 7", "unassigned (RFC 7346 §2)")]
        [InlineData("ff19::8000:1", "scope 9", "unassigned (RFC 7346 §2)")]
        [InlineData("ff1d::8000:1", "scope D", "unassigned (RFC 7346 §2)")]
        public void ReservedAndUnassignedScopes(string address, string scope, string why) => Warns(Decode(address), "has " + scope, why);

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
                Warns(info, "is a permanent address (T = 0)", "partial", "RFC 4291 §2.7");
            }
            else
            {
                DoesNotWarn(info, "permanent address");
            }
        }

        // RFC 4291 §2.7.1: pre-defined group IDs at scopes other than theirs, with T = 0.
        [Theory]
        [InlineData("ff05::1", "all-nodes")]
        [InlineData("ff0e::1", "all-nodes")]
        [InlineData("ff03::2", "all-routers")]
        [InlineData("ff08::2", "all-routers")]
        [InlineData("ff05::1:ff00:1", "solicited-node")]
        public void PreDefinedGroupIdsAtOtherScopes(string address, string group) =>
            Warns(Decode(address), " uses ", group + " group ID", "RFC 4291 §2.7.1");

        [Theory]
        [InlineData("ff01::1")]
        [InlineData("ff02::1")]
        [InlineData("ff05::2")]
        [InlineData("ff15::1")]
        [InlineData("ff02::1:ff00:1")]
        public void PreDefinedGroupIdsAtTheirScopes(string address) => DoesNotWarn(Decode(address), "RFC 4291 §2.7.1 defines");

        // 5. The SSM sub-ranges (RFC 4607 §1, §4.3); the rest of 232/8 and FF3x::8000:0/97 is fine.
        [Theory]
        [InlineData("232.0.0.0", "null value")]
        [InlineData("232.0.0.255", "reserved for IANA allocation")]
        [InlineData("ff35::1", "invalid")]
        [InlineData("ff35::4000:0", "null value")]
        [InlineData("ff35::4000:1", "reserved for IANA allocation")]
        public void SsmSubRanges(string address, string why) => Warns(Decode(address), why, "RFC 4607");

        [Theory]
        [InlineData("232.1.0.0")]
        [InlineData("ff35::8000:0")]
        public void SsmHostAllocated(string address) => IsGoodChoice(Decode(address));

        // 6. Documentation blocks used for real.
        [Theory]
        [InlineData("233.252.0.7", "RFC 6676 §2")]
        [InlineData("233.251.248.1", "RFC 6676 §2.2")]
        [InlineData("234.198.51.100", "RFC 6676 §2.3")]
        [InlineData("239.255.255.245", "RFC 6676 §2.1")]
        [InlineData("239.195.255.245", "RFC 6676 §2.1")]
        [InlineData("ff02::db8:0:7", "RFC 6676 §3")]
        [InlineData("ff3e:30:2001:db8:1::8000:1", "RFC 6676 §3.1")]
        [InlineData("ff7e:230:2001:db8:1::8000:1", "RFC 6676 §3.2")]
        public void DocumentationBlocks(string address, string rule) => Warns(Decode(address), rule);

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
        public void NotDocumentationBlocks(string address) => DoesNotWarn(Decode(address), "RFC 6676");

        // 7. Embedded-RP and RFC 3306/4489 fields that break the rules, from the mechanisms' Check.
        [Theory]
        [InlineData("ff7e:41:2a00:1450::8000:1", "plen greater than 64")]
        [InlineData("ff7e:40:2a00:1450:4001:81b:8000:1", "RIID 0")]
        [InlineData("ff7e:100:2a00:1450::8000:1", "plen 0")]
        [InlineData("ff7e:120:fe80::8000:1", "fe80::/10, ::/16 or ff00::/8")]
        [InlineData("ff5e:340:2a00:1450:4001:81b:8000:1", "R = 1 but P = 0")]
        [InlineData("ff4e:340:2a00:1450:4001:81b:8000:1", "R = 1 but P = 0 and T = 0")]
        [InlineData("ff6e:340:2a00:1450:4001:81b:8000:1", "P = 1 but T = 0")]
        [InlineData("ff2e:30:2a00:1450:4001::8000:1", "P = 1 but T = 0")]
        [InlineData("ff3e:41:2a00:1450:4001::8000:1", "plen greater than 64")]
        [InlineData("ff3e:130:2a00:1450:4001::8000:1", "RIID field")]
        [InlineData("ff3e:1030:2a00:1450:4001::8000:1", "ff2 (bits 17-20)")]
        [InlineData("ff3e:20:2a00:1450:4001::8000:1", "after plen")]
        [InlineData("ff3e:40:fe80::8000:1", "link-local prefix")]
        [InlineData("ff3e:ff:a12:34ff:fe56:7890:8000:1", "scope wider than link-local")]
        [InlineData("ff32:ff::8000:1", "interface ID 0")]
        [InlineData("fffe:340:2a00:1450:4001:81b:8000:1", "X flag")]
        [InlineData("ff02:1000::8000:1", "ff2 (bits 17-20)")]
        public void BrokenFields(string address, string what)
        {
            MulticastAddressInfo info = Decode(address);
            Warns(info, what);
            WarningsNameAddressAndSource(info);
        }

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
        [InlineData("ff3e:30:2a00:1450:4001::", "group ID 0")]
        [InlineData("ff3e:30:2a00:1450:4001::1234", "RFC 3307 §4.1")]
        [InlineData("ff3e:30:2a00:1450:4001::3fff:ffff", "RFC 3307 §4.1")]
        [InlineData("ff3e:30:2a00:1450:4001::4000:0", "RFC 3307 §4.2")]
        [InlineData("ff7e:340:2a00:1450:4001:81b:7fff:ffff", "RFC 3307 §4.2")]
        public void PrefixBasedGroupIds(string address, string rule) => Warns(Decode(address), rule);

        [Theory]
        [InlineData("ff3e:30:2a00:1450:4001::8000:0")]
        [InlineData("ff32:ff:a12:34ff:fe56:7890:0:1234")] // RFC 4489 §3: the RFC 3307 ranges are optional
        [InlineData("ff15::1234")]
        public void GroupIdsOutsideRfc3307Rules(string address) => DoesNotWarn(Decode(address), "RFC 3307 §4.");

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
                Warns(info, "33-33-00-00-00-01", "RFC 2464 §7");
            }
            else
            {
                DoesNotWarn(info, "33-33-00-00-00-01");
            }
        }

        // RFC 6034 §3: only global unicast prefixes own 234/8 groups.
        [Theory]
        [InlineData("234.10.0.1", "10.0.0.0/8")]
        [InlineData("234.127.0.1", "127.0.0.0/8")]
        [InlineData("234.192.168.1", "192.168.0.0/16")]
        [InlineData("234.224.0.1", "224.0.0.0/4")]
        [InlineData("234.0.0.2", "0.0.0.0/8")]
        public void UnicastPrefixIPv4FromNonGlobalSpace(string address, string block) =>
            Warns(Decode(address), "which is in " + block, "RFC 6034 §3");

        [Theory]
        [InlineData("234.11.0.1")]
        [InlineData("234.192.169.1")]
        [InlineData("234.223.255.255")]
        public void UnicastPrefixIPv4FromGlobalSpace(string address) => IsGoodChoice(Decode(address));

        // GLOP ranges no network owns.
        [Theory]
        [InlineData("233.0.0.2", "AS 0")]
        [InlineData("233.91.160.2", "AS_TRANS")]
        public void GlopWithoutOwner(string address, string what) => Warns(Decode(address), what, "no network owns this range");

        [Theory]
        [InlineData("233.0.2.2")]
        [InlineData("233.91.161.2")]
        public void GlopWithOwner(string address) => IsGoodChoice(Decode(address));
    }
}
