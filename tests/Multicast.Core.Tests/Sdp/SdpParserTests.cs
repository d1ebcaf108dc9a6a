using System.Linq;
using System.Text;
using Multicast.Sdp;
using static Multicast.Tests.Sdp.SdpText;

namespace Multicast.Tests.Sdp
{
    public class SdpParserTests
    {
        [Fact]
        public void TheRfc4566ExampleHasNoWarnings()
        {
            // RFC 4566 §5, the example description.
            SessionDescription sdp = SessionDescription.Parse(Lines(
                "v=0",
                "o=jdoe 2890844526 2890842807 IN IP4 10.47.16.5",
                "s=SDP Seminar",
                "i=A Seminar on the session description protocol",
                "u=http://www.example.com/seminars/sdp.pdf",
                "e=j.doe@example.com (Jane Doe)",
                "c=IN IP4 224.2.17.12/127",
                "t=2873397496 2873404696",
                "a=recvonly",
                "m=audio 49170 RTP/AVP 0",
                "m=video 51372 RTP/AVP 99",
                "a=rtpmap:99 h263-1998/90000"));

            Assert.Empty(sdp.Warnings);
            Assert.Equal(0, sdp.ProtocolVersion);
            Assert.Equal("jdoe", sdp.Origin!.Username);
            Assert.Equal("2890844526", sdp.Origin.SessionId);
            Assert.Equal("2890842807", sdp.Origin.SessionVersion);
            Assert.Equal(AddressParser.Parse("10.47.16.5"), sdp.Origin.AddressValue);
            Assert.Equal("10.47.16.5", sdp.Origin.Address);
            Assert.Equal("SDP Seminar", sdp.SessionName);
            Assert.Equal("A Seminar on the session description protocol", sdp.Information);
            Assert.Equal("http://www.example.com/seminars/sdp.pdf", sdp.Uri);
            Assert.Equal(new[] { "j.doe@example.com (Jane Doe)" }, sdp.EmailAddresses);
            Assert.Equal(AddressParser.Parse("224.2.17.12"), sdp.Connection!.Group);
            Assert.Equal(127, sdp.Connection.Ttl);
            Assert.Equal(1, sdp.Connection.AddressCount);
            Assert.Equal(2873397496UL, sdp.Times.Single().StartTime);
            Assert.Equal(2873404696UL, sdp.Times.Single().StopTime);
            Assert.Equal("recvonly", sdp.Attributes.Single().Name);
            Assert.Null(sdp.Attributes.Single().Value);
            Assert.Equal(2, sdp.Media.Count);
            Assert.Equal("video", sdp.Media[1].Media);
            Assert.Equal(51372, sdp.Media[1].Port);
            Assert.Equal("RTP/AVP", sdp.Media[1].Protocol);
            Assert.Equal(new[] { "99" }, sdp.Media[1].Formats);
            Assert.Equal("rtpmap", sdp.Media[1].Attributes.Single().Name);
            Assert.Equal("99 h263-1998/90000", sdp.Media[1].Attributes.Single().Value);
        }

        [Fact]
        public void LineFeedsAloneAreAccepted()
        {
            SessionDescription sdp = SessionDescription.Parse("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=x\nc=IN IP4 233.252.0.1/1\nt=0 0\n");
            Assert.Empty(sdp.Warnings);
            Assert.Equal("x", sdp.SessionName);
        }

        [Fact]
        public void EveryFieldRoundTrips()
        {
            string text = Lines(
                "v=0",
                "o=jdoe 3724394400 3724394405 IN IP6 2001:db8::1",
                "s=Caf\u00e9 seminar",
                "i=Session information",
                "u=http://www.example.com/seminar",
                "e=j.doe@example.com (Jane Doe)",
                "e=Jane Doe <jane@example.com>",
                "p=+1 617 555-6011",
                "c=IN IP6 ff0e::db8:0:101",
                "b=CT:128",
                "b=X-YZ:0",
                "t=3724394400 3730536000",
                "r=7d 1h 0 25h",
                "r=604800 3600 0 90000",
                "z=3730928400 -1h 3749680800 0",
                "t=0 0",
                "a=recvonly",
                "a=tool:test 1.0",
                "m=video 49170/2 RTP/AVP 31 32",
                "i=Slides",
                "c=IN IP6 ff0e::db8:0:101/2",
                "c=IN IP6 ff0e::db8:0:201",
                "b=AS:64",
                "a=rtpmap:31 H261/90000",
                "m=audio 0 RTP/AVP 0");

            SessionDescription sdp = SessionDescription.Parse(text);

            Assert.Empty(sdp.Warnings);
            Assert.Equal(text, sdp.ToSdp());
        }

        [Fact]
        public void CompactTimeUnits()
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal("r=7d 1h 0 25h", "z=2882844526 -1h 2898848070 0"));

            SdpRepeatTime repeat = sdp.Times.Single().RepeatsValue.Single();
            Assert.Equal(604800, repeat.Interval.TotalSeconds);
            Assert.Equal(SdpTimeUnit.Days, repeat.Interval.Unit);
            Assert.Equal(3600, repeat.ActiveDuration.TotalSeconds);
            Assert.Equal(new long[] { 0, 90000 }, repeat.Offsets.Select(o => o.TotalSeconds));
            SdpZoneAdjustment shift = sdp.Times.Single().ZoneAdjustmentsValue[0];
            Assert.Equal(2882844526UL, shift.Time);
            Assert.Equal(-3600, shift.Offset.TotalSeconds);
            Assert.Empty(sdp.Warnings);
        }

        [Theory]
        [InlineData("r=7D 1h 0")]     // units are case-sensitive
        [InlineData("r=1.5h 1h 0")]   // no fractions
        [InlineData("r=0 1h 0")]      // the interval starts with 1-9
        [InlineData("r=7d 1h")]       // at least one offset
        [InlineData("r=7d 1w 0")]     // d, h, m, s only
        public void MalformedRepeatTimes(string line) =>
            Assert.Contains(SessionDescription.Parse(Minimal(line)).Warnings, w => w.Id == SdpWarningIds.RepeatMalformed && w.Line == 6);

        [Fact]
        public void AZoneLineWithoutRepeatTimesIsAWarningSinceRfc8866()
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal("z=2882844526 -1h"));
            Assert.Equal(SdpWarningIds.ZoneWithoutRepeat, sdp.Warnings.Single().Id);
            Assert.Single(sdp.Times.Single().ZoneAdjustmentsValue);
        }

        [Theory]
        [InlineData("z=2882844526")]
        [InlineData("z=2882844526 -1h 2898848070")]
        [InlineData("z=2882844526 +1h")]
        [InlineData("z=x -1h")]
        public void MalformedZoneLines(string line) =>
            Assert.Contains(SessionDescription.Parse(Minimal("r=7d 1h 0", line)).Warnings, w => w.Id == SdpWarningIds.ZoneMalformed);

        [Fact]
        public void ARepeatAfterTheZoneLineIsOutOfOrder() =>
            Assert.Contains(SessionDescription.Parse(Minimal("r=7d 1h 0", "z=2882844526 -1h", "r=1d 1h 0")).Warnings, w => w.Id == SdpWarningIds.LineOutOfOrder && w.Line == 8);

        [Fact]
        public void KeyLinesAreDiscardedAsRfc8866Says()
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal("k=clear:secret", "m=audio 1 RTP/AVP 0", "k=prompt"));

            Assert.Equal(new[] { 6, 8 }, sdp.Warnings.Where(w => w.Id == SdpWarningIds.KeyObsolete).Select(w => w.Line));
            Assert.DoesNotContain("secret", string.Join(" ", sdp.Warnings.Select(w => w.Message)));
            Assert.DoesNotContain("k=", sdp.ToSdp());
        }

        [Theory]
        [InlineData("c=IN IP4 233.252.0.1/0", 0, 1)]
        [InlineData("c=IN IP4 233.252.0.1/255", 255, 1)]
        [InlineData("c=IN IP4 224.2.1.1/127/3", 127, 3)]
        public void IPv4ConnectionTtlAndCount(string line, int ttl, int count)
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "t=0 0", "m=audio 1 RTP/AVP 0", line));
            SdpConnection connection = sdp.Media[0].Connections.Single();
            Assert.Empty(sdp.Warnings);
            Assert.Equal(ttl, connection.Ttl);
            Assert.Equal(count, connection.AddressCount);
        }

        [Fact]
        public void ThreeAddressesAreContiguous()
        {
            var connection = new SdpConnection(AddressParser.Parse("224.2.1.1"), 127, 3);
            Assert.Equal(new[] { "224.2.1.1", "224.2.1.2", "224.2.1.3" }, connection.Addresses.Select(a => a.ToString()));
        }

        [Fact]
        public void IPv6ConnectionCountWithoutTtl()
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP6 ::1", "s=-", "t=0 0", "m=audio 1 RTP/AVP 0", "c=IN IP6 FF15::101/3"));
            SdpConnection connection = sdp.Media[0].Connections.Single();
            Assert.Empty(sdp.Warnings);
            Assert.Null(connection.Ttl);
            Assert.Equal(3, connection.AddressCount);
            Assert.Equal(new[] { "ff15::101", "ff15::102", "ff15::103" }, connection.Addresses.Select(a => a.ToString()));
        }

        [Theory]
        [InlineData("c=IN IP4 233.252.0.1", SdpWarningIds.ConnectionTtlMissing)]
        [InlineData("c=IN IP4 233.252.0.1/256", SdpWarningIds.ConnectionTtlOutOfRange)]
        [InlineData("c=IN IP6 ff15::101/127/3", SdpWarningIds.ConnectionTtlNotAllowed)]
        [InlineData("c=IN IP4 192.0.2.1/127", SdpWarningIds.ConnectionSlashOnUnicast)]
        [InlineData("c=IN IP6 2001:db8::1/2", SdpWarningIds.ConnectionSlashOnUnicast)]
        [InlineData("c=IN IP4 ff15::101", SdpWarningIds.ConnectionAddressTypeMismatch)]
        [InlineData("c=IN IP4 233.252.0.1/127/0", SdpWarningIds.ConnectionMalformed)]
        [InlineData("c=IN IP4 233.252.0.1/x", SdpWarningIds.ConnectionMalformed)]
        [InlineData("c=IN IP4 233.252.0.1/1/2/3", SdpWarningIds.ConnectionMalformed)]
        [InlineData("c=IN IP4", SdpWarningIds.ConnectionMalformed)]
        [InlineData("c=IN  IP4 233.252.0.1/1", SdpWarningIds.ConnectionMalformed)]
        public void ConnectionWarnings(string line, string id)
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "t=0 0", "m=audio 1 RTP/AVP 0", line));
            Assert.Contains(sdp.Warnings, w => w.Id == id && w.Line == 6);
        }

        [Fact]
        public void ASessionLevelConnectionWithManyAddresses() =>
            Assert.Equal(SdpWarningIds.SessionConnectionMultipleAddresses, SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/1/2", "t=0 0")).Warnings.Single().Id);

        [Fact]
        public void ADomainNameConnectionIsKept()
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 host.example.com", "s=-", "c=IN IP4 group.example.com/16", "t=0 0"));
            Assert.Empty(sdp.Warnings);
            Assert.Null(sdp.Connection!.Group);
            Assert.Null(sdp.Origin!.Address);
            Assert.Equal(16, sdp.Connection.Ttl);
        }

        [Fact]
        public void AnotherNetworkTypeIsKeptAsWritten()
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=ATM NSAP 47.0091.8100.0000.0060.3e64.fd01.0060.3e64.fd01.00", "t=0 0"));
            Assert.Empty(sdp.Warnings);
            Assert.Equal("ATM", sdp.Connection!.NetworkType);
            Assert.Null(sdp.Connection.Ttl);
        }

        [Fact]
        public void AMediaDescriptionWithoutAnyConnection()
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "t=0 0", "m=audio 1 RTP/AVP 0", "c=IN IP4 233.252.0.1/1", "m=video 2 RTP/AVP 31"));
            SdpWarning warning = sdp.Warnings.Single();
            Assert.Equal(SdpWarningIds.ConnectionMissing, warning.Id);
            Assert.Equal(7, warning.Line);
        }

        [Theory]
        [InlineData(new[] { "v=0", "s=-", "o=- 1 1 IN IP4 192.0.2.1", "c=IN IP4 233.252.0.1/1", "t=0 0" }, 3)]
        [InlineData(new[] { "v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/1", "t=0 0", "a=x", "b=AS:1" }, 7)]
        [InlineData(new[] { "v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/1", "t=0 0", "m=audio 1 RTP/AVP 0", "a=x", "c=IN IP4 233.252.0.2/1" }, 8)]
        [InlineData(new[] { "v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/1", "t=0 0", "m=audio 1 RTP/AVP 0", "e=x@example.com" }, 7)]
        [InlineData(new[] { "o=- 1 1 IN IP4 192.0.2.1", "v=0", "s=-", "c=IN IP4 233.252.0.1/1", "t=0 0" }, 2)]
        public void LinesOutOfOrder(string[] lines, int line)
        {
            SessionDescription sdp = SessionDescription.Parse(Lines(lines));
            SdpWarning warning = sdp.Warnings.Single();
            Assert.Equal(SdpWarningIds.LineOutOfOrder, warning.Id);
            Assert.Equal(line, warning.Line);
        }

        [Fact]
        public void ASessionLineInAMediaDescriptionIsReadAsSessionLevel()
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal("m=audio 1 RTP/AVP 0", "e=x@example.com"));
            Assert.Equal(new[] { "x@example.com" }, sdp.EmailAddresses);
        }

        [Theory]
        [InlineData("v=0")]
        [InlineData("o=- 2 2 IN IP4 192.0.2.2")]
        [InlineData("s=again")]
        [InlineData("c=IN IP4 233.252.0.2/1")]
        public void ARepeatedSingleLineKeepsTheFirst(string repeat)
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/1", repeat, "t=0 0"));
            Assert.Contains(sdp.Warnings, w => w.Id == SdpWarningIds.LineRepeated && w.Line == 5);
            Assert.Equal("-", sdp.SessionName);
            Assert.Equal("1", sdp.Origin!.SessionId);
            Assert.Equal("233.252.0.1", sdp.Connection!.Address);
        }

        [Theory]
        [InlineData("z=0 -1h")]
        [InlineData("z=123456789 -1h")]
        [InlineData("z=3730928400 -1h 0999999999 0")]
        public void AZoneAdjustmentTimeIsTenDigitsOrMore(string zone)
        {
            // RFC 8866 §9: zone-adjustments = %x7a "=" time SP ["-"] typed-time ..., time = POS-DIGIT 9*DIGIT.
            SessionDescription sdp = SessionDescription.Parse(Minimal("r=7d 1h 0", zone));
            Assert.Equal(SdpWarningIds.ZoneMalformed, sdp.Warnings.Single().Id);
            Assert.Equal(7, sdp.Warnings.Single().Line);
        }

        [Theory]
        [InlineData("c=IN IP4 239.255.255.255/127/3", SdpWarningIds.ConnectionCountPastRange)]  // 240.0.0.0 and 240.0.0.1 are not multicast
        [InlineData("c=IN IP4 239.255.255.254/127/2", null)]                                    // ends at 239.255.255.255
        [InlineData("c=IN IP6 ff05::ffff:ffff:ffff:ffff/2", null)]                             // the second is ff05:0:0:1::, still ff05
        [InlineData("c=IN IP6 ff05:ffff:ffff:ffff:ffff:ffff:ffff:ffff/2", SdpWarningIds.ConnectionCountPastRange)] // the second is ff06::
        [InlineData("c=IN IP6 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/2", SdpWarningIds.ConnectionCountPastRange)] // the second wraps to ::
        [InlineData("c=IN IP4 233.252.0.1/0127", SdpWarningIds.ConnectionNumberMalformed)]      // ttl = (POS-DIGIT *2DIGIT) / "0"
        [InlineData("c=IN IP4 233.252.0.1/127/02", SdpWarningIds.ConnectionNumberMalformed)]    // numaddr = POS-DIGIT *DIGIT
        [InlineData("c=IN IP6 ff05::1/02", SdpWarningIds.ConnectionNumberMalformed)]
        [InlineData("c=IN IP4 233.252.0.1/0", null)]
        public void ConnectionNumbersAndRanges(string line, string? id)
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "t=0 0", "m=audio 1 RTP/AVP 0", line));
            Assert.Equal(id is null ? new string[0] : new[] { id }, sdp.Warnings.Select(w => w.Id));
            Assert.All(sdp.Warnings, w => Assert.Equal(6, w.Line));
            Assert.Single(sdp.Media.Single().Connections);
        }

        [Fact]
        public void ALineTypeRfc8866DoesNotDefineMarksTheWholeDescription()
        {
            // RFC 8866 §5: "An SDP parser MUST completely ignore or reject any session description that contains
            // a type letter that it does not understand." The parser says so; the reader of the description decides.
            Assert.True(SessionDescription.Parse(Minimal("x=1")).HasUnknownLineType);
            Assert.True(SessionDescription.Parse(Minimal("m=audio 1 RTP/AVP 0", "y=media level")).HasUnknownLineType);
            Assert.False(SessionDescription.Parse(Minimal("a=x-unknown:attribute")).HasUnknownLineType);
            Assert.False(SessionDescription.Parse(Minimal("k=clear:obsolete")).HasUnknownLineType);
            Assert.False(SessionDescription.Parse(Minimal("v =0")).HasUnknownLineType);
        }

        [Fact]
        public void ARepeatedMediaTitle() =>
            Assert.Equal(SdpWarningIds.LineRepeated, SessionDescription.Parse(Minimal("m=audio 1 RTP/AVP 0", "i=one", "i=two")).Warnings.Single().Id);

        [Theory]
        [InlineData("x=1", SdpWarningIds.UnknownLineType)]
        [InlineData("v =0", SdpWarningIds.LineMalformed)]
        [InlineData("=0", SdpWarningIds.LineMalformed)]
        [InlineData("a", SdpWarningIds.LineMalformed)]
        [InlineData("", SdpWarningIds.EmptyLine)]
        [InlineData("a=na\0me", SdpWarningIds.InvalidCharacter)]
        [InlineData("a=bad name", SdpWarningIds.AttributeMalformed)]
        [InlineData("a=:value", SdpWarningIds.AttributeMalformed)]
        [InlineData("b=AS", SdpWarningIds.BandwidthMalformed)]
        [InlineData("b=AS:x", SdpWarningIds.BandwidthMalformed)]
        [InlineData("b=AS:99999999999999999999", SdpWarningIds.BandwidthMalformed)]
        [InlineData("t=1", SdpWarningIds.TimeMalformed)]
        [InlineData("t=123 0", SdpWarningIds.TimeMalformed)]
        [InlineData("t=3724394400 3724394399", SdpWarningIds.TimeStopBeforeStart)]
        [InlineData("m=audio 65536 RTP/AVP 0", SdpWarningIds.MediaMalformed)]
        [InlineData("m=audio 1/0 RTP/AVP 0", SdpWarningIds.MediaMalformed)]
        [InlineData("m=audio 1 RTP/AVP", SdpWarningIds.MediaMalformed)]
        [InlineData("m=audio x RTP/AVP 0", SdpWarningIds.MediaMalformed)]
        public void OneLineWarnings(string line, string id)
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal(line));
            Assert.Contains(sdp.Warnings, w => w.Id == id && w.Line == 6);
        }

        [Fact]
        public void TheHighestPortAndBandwidth()
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal("m=audio 65535/1 RTP/AVP 0", "b=AS:18446744073709551615"));
            Assert.Empty(sdp.Warnings);
            Assert.Equal(65535, sdp.Media[0].Port);
            Assert.Equal(1, sdp.Media[0].PortCount);
            Assert.Equal(ulong.MaxValue, sdp.Media[0].Bandwidths[0].Value);
        }

        [Theory]
        [InlineData("v=1", SdpWarningIds.VersionUnsupported)]
        [InlineData("v=x", SdpWarningIds.VersionUnsupported)]
        public void UnsupportedVersions(string line, string id) =>
            Assert.Equal(id, SessionDescription.Parse(Lines(line, "o=- 1 1 IN IP4 192.0.2.1", "s=-", "c=IN IP4 233.252.0.1/1", "t=0 0")).Warnings.Single().Id);

        [Theory]
        [InlineData("o=- 1 1 IN IP4")]
        [InlineData("o=- 1 1 IN IP4 192.0.2.1 extra")]
        [InlineData("o=-  1 1 IN IP4 192.0.2.1")]
        [InlineData("o=- x 1 IN IP4 192.0.2.1")]
        public void MalformedOrigins(string line) =>
            Assert.Equal(SdpWarningIds.OriginMalformed, SessionDescription.Parse(Lines("v=0", line, "s=-", "c=IN IP4 233.252.0.1/1", "t=0 0")).Warnings.Single().Id);

        [Fact]
        public void AnEmptyNameIsAWarningButASpaceIsNot()
        {
            Assert.Equal(SdpWarningIds.SessionNameEmpty, SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=", "c=IN IP4 233.252.0.1/1", "t=0 0")).Warnings.Single().Id);
            SessionDescription space = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s= ", "c=IN IP4 233.252.0.1/1", "t=0 0"));
            Assert.Empty(space.Warnings);
            Assert.Equal(" ", space.SessionName);
        }

        [Fact]
        public void MissingRequiredLines()
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("a=x"));
            Assert.Equal(
                new[] { SdpWarningIds.VersionMissing, SdpWarningIds.OriginMissing, SdpWarningIds.SessionNameMissing, SdpWarningIds.TimeMissing },
                sdp.Warnings.Select(w => w.Id));
            Assert.All(sdp.Warnings, w => Assert.Equal(0, w.Line));
        }

        [Fact]
        public void RepeatAndZoneBeforeAnyTime()
        {
            SessionDescription sdp = SessionDescription.Parse(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=-", "r=7d 1h 0", "z=2882844526 -1h", "t=0 0"));
            Assert.Contains(sdp.Warnings, w => w.Id == SdpWarningIds.RepeatWithoutTime && w.Line == 4);
            Assert.Contains(sdp.Warnings, w => w.Id == SdpWarningIds.ZoneWithoutRepeat && w.Line == 5);
        }

        [Fact]
        public void EmptyTextAndAnUnterminatedLine()
        {
            Assert.Contains(SessionDescription.Parse(string.Empty).Warnings, w => w.Id == SdpWarningIds.Empty);
            SessionDescription sdp = SessionDescription.Parse("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 233.252.0.1/1\r\nt=0 0");
            SdpWarning warning = sdp.Warnings.Single();
            Assert.Equal(SdpWarningIds.FinalLineUnterminated, warning.Id);
            Assert.Equal(5, warning.Line);
            Assert.Single(sdp.Times);
        }

        [Fact]
        public void BytesThatAreNotUtf8()
        {
            byte[] bytes = Encoding.ASCII.GetBytes(Minimal("a=x:yy"));
            bytes[bytes.Length - 3] = 0xFF;
            SessionDescription sdp = SessionDescription.Parse(bytes, 0, bytes.Length);
            Assert.Equal(SdpWarningIds.InvalidUtf8, sdp.Warnings.Single().Id);
        }

        [Fact]
        public void Iso88591WhenTheCharsetSaysSo()
        {
            byte[] bytes = Encoding.Latin1.GetBytes(Lines("v=0", "o=- 1 1 IN IP4 192.0.2.1", "s=Caf\u00e9", "c=IN IP4 233.252.0.1/1", "t=0 0", "a=charset:ISO-8859-1"));
            SessionDescription sdp = SessionDescription.Parse(bytes, 0, bytes.Length);
            Assert.Empty(sdp.Warnings);
            Assert.Equal("Caf\u00e9", sdp.SessionName);
        }

        [Fact]
        public void AnotherCharsetIsReadAsUtf8()
        {
            byte[] bytes = Encoding.UTF8.GetBytes(Minimal("a=charset:KOI8-R"));
            Assert.Equal(SdpWarningIds.CharsetUnsupported, SessionDescription.Parse(bytes, 0, bytes.Length).Warnings.Single().Id);
        }

        [Fact]
        public void TimesConvertFrom1900()
        {
            Assert.Null(SdpTime.ToDateTime(0));
            Assert.Equal(new System.DateTime(1970, 1, 1, 0, 0, 0, System.DateTimeKind.Utc), SdpTime.ToDateTime(2208988800));
            Assert.Equal(3724394400UL, SdpTime.FromDateTime(new System.DateTime(2018, 1, 8, 10, 0, 0, System.DateTimeKind.Utc)));
            Assert.Null(SdpTime.ToDateTime(ulong.MaxValue));
        }

        [Theory]
        [InlineData("9", "10", -1)]
        [InlineData("10", "9", 1)]
        [InlineData("007", "7", 0)]
        [InlineData("3724394405", "3724394400", 1)]
        public void VersionsCompareAsNumbers(string left, string right, int expected) =>
            Assert.Equal(expected, SdpOrigin.CompareVersions(left, right));
    }
}
