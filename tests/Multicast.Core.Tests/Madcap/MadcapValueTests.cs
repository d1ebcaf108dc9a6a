using System;
using System.Net;
using Multicast.Madcap;

namespace Multicast.Tests.Madcap
{
    /// <summary>The times, Lease Identifiers and Server Identifiers the messages carry.</summary>
    public class MadcapValueTests
    {
        [Fact]
        public void Time_IsSecondsSince1970_InUnsigned32Bits()
        {
            // RFC 2730 §3.7: seconds since 00:00 UTC, 1st January 1970; "will not wrap until the year 2106".
            Assert.Equal(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc), MadcapTime.ToDateTime(0));
            Assert.Equal(new DateTime(2106, 2, 7, 6, 28, 15, DateTimeKind.Utc), MadcapTime.ToDateTime(uint.MaxValue));
            Assert.Equal(2208988800u, MadcapTime.NtpOffset);
            Assert.Equal(0u, MadcapTime.FromDateTime(MadcapTime.Epoch));
            Assert.Equal(uint.MaxValue, MadcapTime.FromDateTime(MadcapTime.Latest));
            Assert.Equal(1u, MadcapTime.FromDateTime(MadcapTime.Epoch.AddSeconds(1.999)));
        }

        [Fact]
        public void Time_OnePastEitherEnd_DoesNotFit()
        {
            Assert.False(MadcapTime.TryFromDateTime(MadcapTime.Epoch.AddTicks(-1), out _));
            Assert.False(MadcapTime.TryFromDateTime(MadcapTime.Latest.AddSeconds(1), out _));
            Assert.True(MadcapTime.TryFromDateTime(MadcapTime.Latest.AddSeconds(0.5), out uint latest));
            Assert.Equal(uint.MaxValue, latest);
            Assert.Equal("MadcapTimeOutOfRange", Assert.Throws<MulticastRuleException>(() => MadcapTime.FromDateTime(DateTime.MinValue)).ErrorId);
            Assert.Equal("MadcapTimeOutOfRange", Assert.Throws<MulticastRuleException>(() => MadcapTime.FromDateTime(DateTime.MaxValue)).ErrorId);
        }

        [Fact]
        public void Time_OfALocalDateTime_IsItsUtcInstant()
        {
            // §3.7, §3.12: seconds since 00:00 UTC. 07:00 in New York on 2025-03-01 (EST, UTC-5) is 12:00 UTC.
            TimeZoneInfo newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
            var local = new DateTime(2025, 3, 1, 7, 0, 0, DateTimeKind.Local);
            uint noonUtc = MadcapTime.FromDateTime(new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc));
            Assert.True(MadcapTime.TryFromDateTime(local, newYork, out uint seconds));
            Assert.Equal(noonUtc, seconds);

            // Summer time (EDT, UTC-4), and a local time the clock change skips (02:30 on 2025-03-09), which takes the standard offset.
            Assert.True(MadcapTime.TryFromDateTime(new DateTime(2025, 7, 1, 8, 0, 0, DateTimeKind.Local), newYork, out seconds));
            Assert.Equal(MadcapTime.FromDateTime(new DateTime(2025, 7, 1, 12, 0, 0, DateTimeKind.Utc)), seconds);
            Assert.True(MadcapTime.TryFromDateTime(new DateTime(2025, 3, 9, 2, 30, 0, DateTimeKind.Local), newYork, out seconds));
            Assert.Equal(MadcapTime.FromDateTime(new DateTime(2025, 3, 9, 7, 30, 0, DateTimeKind.Utc)), seconds);

            // This machine's own zone: a local time and its UTC instant are the same MADCAP time.
            DateTime now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
            Assert.Equal(MadcapTime.FromDateTime(now), MadcapTime.FromDateTime(now.ToLocalTime()));

            // Unspecified is read as UTC.
            Assert.Equal(noonUtc, MadcapTime.FromDateTime(new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Unspecified)));
        }

        [Fact]
        public void RandomLeaseIdentifier_IsType0And16RandomOctets()
        {
            // §2.4.1: type 0, then "a long random number (at least 16 octets)".
            MadcapLeaseIdentifier id = MadcapLeaseIdentifier.CreateRandom(new Random(1));
            Assert.Equal(MadcapLeaseIdentifierType.Random, id.Type);
            Assert.Equal(17, id.Length);
            Assert.True(id.IsLongEnoughToShare);
            Assert.NotEqual(id, MadcapLeaseIdentifier.CreateRandom(new Random(2)));
            Assert.Equal(id, MadcapLeaseIdentifier.CreateRandom(new Random(1)));
        }

        [Theory]
        [InlineData(7, false)]
        [InlineData(8, true)]
        public void SharedLeaseIdentifiers_NeedEightRandomOctets(int octets, bool enough)
        {
            // §2.4: "a long cryptographically random number (at least eight octets in length)".
            Assert.Equal(enough, MadcapLeaseIdentifier.CreateRandom(new Random(1), octets).IsLongEnoughToShare);
        }

        [Fact]
        public void AddressSpecificLeaseIdentifiers_CannotBeShared()
        {
            MadcapLeaseIdentifier id = MadcapLeaseIdentifier.CreateAddressSpecific(IPAddress.Parse("2001:db8::1"), new byte[20]);
            Assert.False(id.IsLongEnoughToShare);
            Assert.True(id.TryGetAddressSpecific(out IPAddress? address, out byte[]? clientSpecific));
            Assert.Equal(IPAddress.Parse("2001:db8::1"), address);
            Assert.Equal(20, clientSpecific!.Length);
        }

        [Theory]
        [InlineData("00 0001 C0000201")]
        [InlineData("01 0001 C00002")]
        [InlineData("01 0003 C0000201")]
        [InlineData("01 00")]
        public void AddressSpecificParts_OnlyFromAWellFormedType1(string octets)
        {
            Assert.False(new MadcapLeaseIdentifier(Hex.Parse(octets)).TryGetAddressSpecific(out _, out _));
        }

        [Fact]
        public void LeaseIdentifiers_AreComparedOctetByOctet()
        {
            var a = new MadcapLeaseIdentifier(Hex.Parse("00 01 02"));
            Assert.Equal(a, new MadcapLeaseIdentifier(Hex.Parse("00 01 02")));
            Assert.Equal(a.GetHashCode(), new MadcapLeaseIdentifier(Hex.Parse("00 01 02")).GetHashCode());
            Assert.NotEqual(a, new MadcapLeaseIdentifier(Hex.Parse("00 01 03")));
            Assert.NotEqual(a, new MadcapLeaseIdentifier(Hex.Parse("00 01 02 00")));
            Assert.Equal("000102", a.ToString());
        }

        [Fact]
        public void LeaseIdentifier_CopiesWhatItIsGiven()
        {
            byte[] octets = { 0, 1 };
            var id = new MadcapLeaseIdentifier(octets);
            octets[1] = 9;
            Assert.Equal(new byte[] { 0, 1 }, id.ToArray());
        }

        [Fact]
        public void ServerIdentifier_IdentifiesItsAddressOnly()
        {
            var id = new MadcapServerIdentifier(IPAddress.Parse("192.0.2.1"));
            Assert.True(id.Identifies(IPAddress.Parse("192.0.2.1")));
            Assert.False(id.Identifies(IPAddress.Parse("192.0.2.2")));
            Assert.False(id.Identifies(IPAddress.Parse("::ffff:192.0.2.1")));
        }

        [Fact]
        public void ErrorText_NamesTheCodeAndItsExtraData()
        {
            Assert.Equal("Valid Request Could Not Be Completed (error 0), caused by the Minimum Lease Time option (14)", MadcapErrorOption.ValidRequestCouldNotBeCompleted(14).ToString());
            Assert.Equal("Invalid Request (error 1), not caused by a specific option", MadcapErrorOption.InvalidRequest().ToString());
            Assert.Equal("Excessive Clock Skew (error 2), the server's clock reading 2025-01-01T00:00:00Z", MadcapErrorOption.ExcessiveClockSkew(1735689600).ToString());
            Assert.Equal("Lease Identifier Not Recognized (error 3)", MadcapErrorOption.LeaseIdentifierNotRecognized().ToString());
            Assert.Equal("Required Feature Not Supported (error 4), unsupported features ServerMobility (0), 99", MadcapErrorOption.RequiredFeatureNotSupported(new ushort[] { 0, 99 }).ToString());
            Assert.Equal("experimental error (error 1500)", new MadcapErrorOption(1500).ToString());
            Assert.Equal("unknown error (error 9)", new MadcapErrorOption(9).ToString());
        }
    }
}
