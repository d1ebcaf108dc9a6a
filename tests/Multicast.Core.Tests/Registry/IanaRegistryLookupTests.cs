using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;

namespace Multicast.Tests.Registry
{
    public class IanaRegistryLookupTests
    {
        private static IPAddressValue A(string text) => AddressParser.Parse(text);

        private static MulticastAssignment Find(string address)
        {
            Assert.True(IanaRegistry.TryFind(A(address), out MulticastAssignment row), "No row for " + address);
            return row;
        }

        [Fact]
        public void Finds224Dot0Dot0Dot251MulticastDns()
        {
            MulticastAssignment row = Find("224.0.0.251");
            Assert.Equal("mDNS", row.Name);
            Assert.Equal("[RFC6762]", row.Reference);
            Assert.Equal("2000-04-01", row.Date);
            Assert.Equal("Local Network Control Block", row.Block);
            Assert.Equal("224.0.0.251", row.Range);
            Assert.Equal("224.0.0.251", row.Address!.ToString());
            Assert.Equal(AssignmentKind.Fixed, row.KindValue);
            Assert.False(row.IsScopeRelative);
            Assert.Equal(AddressFamily.InterNetwork, row.AddressFamilyValue);
        }

        [Fact]
        public void Finds224Dot0Dot1Dot1Ntp()
        {
            MulticastAssignment row = Find("224.0.1.1");
            Assert.Equal("NTP Network Time Protocol", row.Name);
            Assert.Equal("[RFC1119][RFC5905][David_Mills]", row.Reference);
            Assert.Equal("Internetwork Control Block", row.Block);
            Assert.Null(row.Date);
        }

        [Fact]
        public void Ssdp239Dot255Dot255Dot250IsRelativeOffset5NotAnIPv4Row()
        {
            // The IPv4 registry has no 239.255.255.250 row; it is offset 5 of the Local Scope (RFC 2365 §9).
            Assert.DoesNotContain(IanaRegistry.Assignments, r => r.KindValue == AssignmentKind.Fixed && r.Range == "239.255.255.250");
            MulticastAssignment row = Find("239.255.255.250");
            Assert.Equal(AssignmentKind.RelativeOffset, row.KindValue);
            Assert.Equal(5, row.Offset);
            Assert.Equal("SSDP", row.Name);
            Assert.Equal("offset 5", row.Range);
            Assert.Equal("Relative Addresses used with Scoped Multicast Addresses", row.Block);
            Assert.Null(row.Address);
        }

        [Fact]
        public void FindAllGivesTheRelativeOffsetThenTheAdminScopedRow()
        {
            var rows = IanaRegistry.FindAll(A("239.255.255.250"));
            Assert.Equal(new[] { "offset 5", "239.0.0.0/8" }, rows.Select(r => r.Range));
            Assert.Equal("Administratively Scoped Block", rows[1].Block);
            Assert.Equal("Organization-Local Scope", rows[1].Name);
            Assert.Contains("RFC 2365 §6.2", rows[1].Note);
        }

        [Fact]
        public void FindsFf02FbLinkLocalBeforeTheVariableScopeRow()
        {
            MulticastAssignment row = Find("ff02::fb");
            Assert.Equal("mDNSv6", row.Name);
            Assert.Equal("Link-Local Scope Multicast Addresses", row.Block);
            Assert.Equal(AddressFamily.InterNetworkV6, row.AddressFamilyValue);
            Assert.Equal(new[] { "ff02::fb", "ff0x::fb" }, IanaRegistry.FindAll(A("ff02::fb")).Select(r => r.Range));
        }

        [Theory]
        // RFC 4291 §2.7: "FF01:0:0:0:0:0:0:101 means all NTP servers on the same interface ..." and so on.
        [InlineData("ff01::101")]
        [InlineData("ff02::101")]
        [InlineData("ff05::101")]
        [InlineData("ff0e::101")]
        public void FindsFf0XDot101NtpAtTheRfc4291Scopes(string address)
        {
            MulticastAssignment row = Find(address);
            Assert.Equal("Network Time Protocol (NTP)", row.Name);
            Assert.Equal("ff0x::101", row.Range);
            Assert.Equal(AssignmentKind.VariableScope, row.KindValue);
            Assert.True(row.IsScopeRelative);
            Assert.Null(row.FirstAddress);
        }

        [Fact]
        public void VariableScopeRowsMatchEveryUsableScopeAndNoOther()
        {
            for (int scop = 0; scop <= 0xF; scop++)
            {
                IPAddressValue address = IPAddressValue.FromIPv6((0xFF00UL | (uint)scop) << 48, 0x101);
                bool usable = scop != 0 && scop != 0xF; // RFC 4291 §2.7: scop 0 must not be sent to, F is reserved
                Assert.Equal(usable, IanaRegistry.TryFindVariableScope(address, out _));
            }
        }

        [Theory]
        // RFC 4291 §2.7: a transient group "bears no relationship" to the permanent one; FF0X has flags 0.
        [InlineData("ff15::101")]
        [InlineData("ff35::101")]
        [InlineData("ff75::101")]
        [InlineData("fe05::101")]
        public void TransientOrNonMulticastAddressesAreNotVariableScope(string address) =>
            Assert.False(IanaRegistry.TryFindVariableScope(A(address), out _));

        [Theory]
        // RFC 6676 §3: FF0X::DB8:0:0/96, both ends and one past each end, at site scope.
        [InlineData("ff05::db8:0:0", true)]
        [InlineData("ff05::db8:ffff:ffff", true)]
        [InlineData("ff05::db7:ffff:ffff", false)]
        [InlineData("ff05::db9:0:0", false)]
        public void FindsTheDocumentationPrefixFf0XDb8(string address, bool documentation)
        {
            bool found = IanaRegistry.TryFind(A(address), out MulticastAssignment row);
            Assert.Equal(documentation, found && row.Name == "Documentation Addresses");
            if (documentation)
            {
                Assert.Equal("ff0x::db8:0:0/96", row.Range);
                Assert.Equal("[RFC6676]", row.Reference);
            }
        }

        [Theory]
        // The Local Scope's relative range, both ends and one past each end (RFC 2365 §9).
        [InlineData("239.255.255.255", "offset 0")]
        [InlineData("239.255.255.0", "offset 255")]
        [InlineData("239.255.254.255", "239.0.0.0/8")]
        // The Organization Local Scope's relative range.
        [InlineData("239.195.255.253", "offset 2")]
        [InlineData("239.195.255.0", "offset 255")]
        [InlineData("239.195.254.255", "239.0.0.0/8")]
        [InlineData("239.196.0.0", "239.0.0.0/8")]
        [InlineData("239.195.255.200", "offset 11-252")]
        public void ReadsRelativeOffsetsOnlyInTheTwoRfc2365Scopes(string address, string range) =>
            Assert.Equal(range, Find(address).Range);

        [Theory]
        [InlineData("224.0.0.0", "224.0.0.0")]
        [InlineData("239.255.255.255", "offset 0")]
        [InlineData("233.252.0.1", "233.252.0.0/24")]
        [InlineData("224.1.0.37", "224.1.0.0-224.1.0.37")]
        [InlineData("224.1.0.38", "224.1.0.38")]
        public void EveryIPv4MulticastAddressHasARow(string address, string range) => Assert.Equal(range, Find(address).Range);

        [Theory]
        [InlineData("223.255.255.255")]
        [InlineData("240.0.0.0")]
        [InlineData("192.0.2.1")]
        [InlineData("2001:db8::1")]
        [InlineData("ff05::1234")]
        public void AddressesWithoutARowFindNothing(string address)
        {
            Assert.False(IanaRegistry.TryFind(A(address), out _));
            Assert.Empty(IanaRegistry.FindAll(A(address)));
        }

        [Fact]
        public void ExplainsWhyNothingWasFound()
        {
            MulticastException unicast = IanaRegistry.ExplainNotFound(A("192.0.2.1"));
            Assert.Equal("AddressNotMulticast", unicast.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, unicast.Kind);
            MulticastException missing = IanaRegistry.ExplainNotFound(A("ff05::1234"));
            Assert.Equal("AssignmentNotFound", missing.ErrorId);
            Assert.Equal(MulticastErrorKind.NotFound, missing.Kind);
            Assert.Contains("partial", missing.Message);
            Assert.Equal("AddressNotMulticast", IanaRegistry.ExplainNotFound(IPPrefix.Parse("10.0.0.0/8")).ErrorId);
            Assert.Equal("AssignmentNotFound", IanaRegistry.ExplainNotFound(IPPrefix.Parse("ff05::1200/120")).ErrorId);
            Assert.Equal("AssignmentNotFound", IanaRegistry.ExplainNotFound(IPPrefix.Parse("::/0")).ErrorId);
            Assert.Equal("AssignmentNameNotFound", IanaRegistry.ExplainNameNotFound("Foo").ErrorId);
        }

        [Fact]
        public void LooksUpByAddressAndBlockWithoutAllocating()
        {
            IPAddressValue[] addresses =
            {
                A("224.0.0.251"), A("239.255.255.250"), A("239.195.255.253"), A("239.1.2.3"), A("233.252.0.1"),
                A("ff05::101"), A("ff02::fb"), A("ff05::1234"), A("192.0.2.1"),
            };
            IanaRegistry.TryFind(addresses[0], out _); // loads the data once
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            int found = 0;
            for (int i = 0; i < 1000; i++)
            {
                foreach (IPAddressValue address in addresses)
                {
                    found += IanaRegistry.TryFind(address, out _) ? 1 : 0;
                    found += IanaRegistry.TryGetBlock(address, out _) ? 1 : 0;
                }
            }

            Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(1000 * (7 + 5), found);
        }

        [Fact]
        public void MatchesNamesWithoutAllocating()
        {
            NamePattern words = NamePattern.Parse("NTP"), wildcards = NamePattern.Parse("*time*");
            words.IsMatch("warm-up");
            wildcards.IsMatch("warm-up");
            IReadOnlyList<MulticastAssignment> rows = IanaRegistry.Assignments;
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            int matches = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                matches += (words.IsMatch(rows[i].Name) ? 1 : 0) + (wildcards.IsMatch(rows[i].Name) ? 1 : 0);
            }

            Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.True(matches >= 4);
        }

        [Fact]
        public void ListsAreReadOnly()
        {
            Assert.False(IanaRegistry.Assignments is MulticastAssignment[]);
            Assert.False(IanaRegistry.Blocks is MulticastAddressBlock[]);
            Assert.Equal(703, IanaRegistry.Assignments.Count);
        }

        [Fact]
        public void WhereIsNtp()
        {
            // The example: 224.0.1.1 and FF0X::101.
            Assert.Equal(new[] { "224.0.1.1", "ff0x::101" }, IanaRegistry.FindByName("NTP").Select(r => r.Range));
        }

        [Fact]
        public void WhereIsSsdpGivesTheRelativeOffsetAndTheIPv6Rows() =>
            Assert.Equal(new[] { "offset 5", "ff02::c", "ff0x::c" }, IanaRegistry.FindByName("ssdp").Select(r => r.Range));

        [Fact]
        public void WildcardsMatchTheWholeName() =>
            Assert.Equal(new[] { "224.0.0.251", "ff01::fb", "ff02::fb", "ff0x::fb" }, IanaRegistry.FindByName("mDNS*").Select(r => r.Range));

        [Fact]
        public void FindsRowsOverlappingAPrefix()
        {
            Assert.Equal(
                new[] { "224.0.0.153-224.0.0.250", "224.0.0.251", "224.0.0.252", "224.0.0.253", "224.0.0.254", "224.0.0.255" },
                IanaRegistry.FindInRange(IPPrefix.Parse("224.0.0.248/29")).Select(r => r.Range));
            Assert.Equal(
                new[] { "224.0.0.0", "224.0.0.1" },
                IanaRegistry.FindInRange(IPPrefix.Parse("224.0.0.0/31")).Select(r => r.Range));
            Assert.Equal(new[] { "239.0.0.0/8", "offset 5" }, IanaRegistry.FindInRange(IPPrefix.Parse("239.255.255.250/32")).Select(r => r.Range));
            Assert.Equal(16, IanaRegistry.FindInRange(IPPrefix.Parse("239.255.255.0/24")).Count); // 239/8, then the 15 offset rows
            Assert.Equal(547, IanaRegistry.FindInRange(IPPrefix.Parse("224.0.0.0/4")).Count(r => r.KindValue == AssignmentKind.Fixed));
            Assert.Empty(IanaRegistry.FindInRange(IPPrefix.Parse("10.0.0.0/8")));
        }

        [Fact]
        public void FindsVariableScopeRowsInAPrefixAtAnyScope()
        {
            Assert.Equal(
                new[] { "ff0x::100", "ff0x::101", "ff0x::102", "ff0x::103" },
                IanaRegistry.FindInRange(IPPrefix.Parse("ff05::100/126")).Select(r => r.Range));
            var site = IanaRegistry.FindInRange(IPPrefix.Parse("ff05::/16"));
            Assert.Equal(4 + 100, site.Count); // the 4 site-local rows and every variable-scope row
            Assert.DoesNotContain(IanaRegistry.FindInRange(IPPrefix.Parse("ff00::/16")), r => r.IsScopeRelative); // scop 0
            Assert.Empty(IanaRegistry.FindInRange(IPPrefix.Parse("ff15::/16")));                             // transient
        }

        [Fact]
        public void GetsEveryRelativeOffset()
        {
            Assert.Equal("SAP Session Announcement Protocol", IanaRegistry.GetRelativeOffset(0).Name);
            Assert.Equal("MCAST-TEST-NET-2", IanaRegistry.GetRelativeOffset(10).Name);
            Assert.Equal("Unassigned", IanaRegistry.GetRelativeOffset(11).Name);
            Assert.Equal("Unassigned", IanaRegistry.GetRelativeOffset(252).Name);
            Assert.Equal("Reserved", IanaRegistry.GetRelativeOffset(253).Name);
            Assert.Equal("RFC3692-style Experiment (*)", IanaRegistry.GetRelativeOffset(254).Name);
            Assert.Equal("Unassigned", IanaRegistry.GetRelativeOffset(255).Name);
            Assert.Throws<System.ArgumentOutOfRangeException>(() => IanaRegistry.GetRelativeOffset(-1));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => IanaRegistry.GetRelativeOffset(256));
        }

        [Fact]
        public void FixedIPv4RowsAgreeWithTheFlattenedCsv()
        {
            // ipv4-multicast-registry.csv is an independent flattening of the same XML: one row per record.
            var csv = RegistryGenerator.CsvReader.ReadFile(RepositoryData.IanaFile("ipv4-multicast-registry.csv"));
            var rows = IanaRegistry.Assignments.Where(r => r.KindValue == AssignmentKind.Fixed && r.AddressFamilyValue == AddressFamily.InterNetwork).ToList();
            Assert.Equal(csv.Count, rows.Count);
            foreach (Dictionary<string, string> record in csv)
            {
                string[] ends = record["addr"].Split('-');
                IPAddressValue first = A(ends[0]);
                Assert.True(IanaRegistry.TryFindFixed(first, out MulticastAssignment row));
                Assert.Equal(ends[^1], row.LastAddress!.ToString());
                Assert.Equal(record["description"], row.Name);
                Assert.Equal(record["date"], row.Date ?? string.Empty);
                Assert.Equal(record["updated"], row.Updated ?? string.Empty);
            }
        }

        [Fact]
        public void RelativeRowsAgreeWithTheRelativeOffsetCsv()
        {
            var csv = RegistryGenerator.CsvReader.ReadFile(RepositoryData.IanaFile("ipv4-relative-offsets.csv"));
            Assert.Equal(csv.Select(r => r["relative"].Replace("-", " ")), IanaRegistry.Assignments.Where(r => r.KindValue == AssignmentKind.RelativeOffset).Select(r => r.Offset == r.LastOffset ? r.Offset + string.Empty : r.Offset + " " + r.LastOffset));
            Assert.Equal(csv.Select(r => r["description"]), IanaRegistry.Assignments.Where(r => r.KindValue == AssignmentKind.RelativeOffset).Select(r => r.Name));
        }

        [Fact]
        public void IPv6ScopeNamesOfTheDataAreTheScopeNamesOfCore()
        {
            var scopes = RegistryGenerator.CsvReader.ReadFile(RepositoryData.IanaFile("ipv6-multicast-registry-partial.csv")).Where(r => r["subregistry"] == "scopes");
            int checkedScopes = 0;
            foreach (Dictionary<string, string> row in scopes)
            {
                string[] range = row["address"].Split('-');
                for (int scop = System.Convert.ToInt32(range[0], 16); scop <= System.Convert.ToInt32(range[^1], 16); scop++)
                {
                    Assert.Equal(row["description"], MulticastScopeInfo.GetIanaName((MulticastScope)scop));
                    checkedScopes++;
                }
            }

            Assert.Equal(16, checkedScopes);
        }

        [Fact]
        public void IPv6RowsCarryTheirPartialSource()
        {
            Assert.Contains("RFC 2375", Find("ff05::1:3").Source);
            Assert.Contains("nmap", Find("ff02::fb").Source);
            Assert.Contains("2024-02-02", Find("224.0.0.251").Source);
            Assert.Contains("partial", IanaRegistry.IPv6Coverage);
        }

        [Fact]
        public void FormatsRangesCanonically()
        {
            Assert.Equal("ff02::1:ff00:0/104", Find("ff02::1:ff12:3456").Range);
            Assert.Equal("ff0x::140/124", Find("ff0e::145").Range);     // IANA writes FF0X::140-FF0X::14F: a /124
            Assert.Equal("ff0x::2:0-ff0x::2:7ffd", Find("ff0e::2:1").Range);
            Assert.Equal("ff0x::1:1000/118", Find("ff08::1:13ff").Range);
            Assert.Equal("ff05::1:1000/118", Find("ff05::1:1000").Range);  // RFC 2375 §2.3 writes 1000-13FF: a /118
        }
    }
}
