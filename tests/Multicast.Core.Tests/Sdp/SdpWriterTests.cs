using System;
using System.Text;
using Multicast.Sdp;
using static Multicast.Tests.Sdp.SdpText;

namespace Multicast.Tests.Sdp
{
    public class SdpWriterTests
    {
        [Fact]
        public void ADescriptionMadeInCodeIsWrittenInRfcOrderWithCrlf()
        {
            // Filled in an order other than RFC 8866 §5's, so that the writer has to put it right.
            var sdp = new SessionDescription { SessionName = "Lecture" };
            sdp.Media.Add(new SdpMediaDescription("video", 51372, "RTP/AVP", "99") { Information = "Camera" });
            sdp.Media[0].Attributes.Add(new SdpAttribute("rtpmap", "99 h263-1998/90000"));
            sdp.Media[0].Bandwidths.Add(new SdpBandwidth("AS", 256));
            sdp.Media[0].Connections.Add(new SdpConnection(AddressParser.Parse("233.252.0.2"), 64));
            sdp.Attributes.Add(new SdpAttribute("recvonly"));
            var time = new SdpTimeDescription(3724394400, 3730536000);
            time.ZoneAdjustmentsValue.Add(new SdpZoneAdjustment(3730928400, new SdpTypedTime(-1, SdpTimeUnit.Hours)));
            time.RepeatsValue.Add(new SdpRepeatTime(new SdpTypedTime(7, SdpTimeUnit.Days), new SdpTypedTime(1, SdpTimeUnit.Hours), new[] { new SdpTypedTime(0) }));
            sdp.Times.Add(time);
            sdp.Bandwidths.Add(new SdpBandwidth("CT", 512));
            sdp.Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"), 127);
            sdp.PhoneNumbers.Add("+1 617 555-6011");
            sdp.EmailAddresses.Add("j.doe@example.com");
            sdp.Uri = "http://www.example.com/";
            sdp.Information = "About";
            sdp.Origin = new SdpOrigin("-", 3724394400, 3724394401, AddressParser.Parse("192.0.2.1"));

            Assert.Equal(
                "v=0\r\no=- 3724394400 3724394401 IN IP4 192.0.2.1\r\ns=Lecture\r\ni=About\r\nu=http://www.example.com/\r\ne=j.doe@example.com\r\n"
                + "p=+1 617 555-6011\r\nc=IN IP4 233.252.0.1/127\r\nb=CT:512\r\nt=3724394400 3730536000\r\nr=7d 1h 0\r\nz=3730928400 -1h\r\n"
                + "a=recvonly\r\nm=video 51372 RTP/AVP 99\r\ni=Camera\r\nc=IN IP4 233.252.0.2/64\r\nb=AS:256\r\na=rtpmap:99 h263-1998/90000\r\n",
                sdp.ToSdp());
            Assert.Equal(Encoding.UTF8.GetBytes(sdp.ToSdp()), sdp.ToBytes());
        }

        [Fact]
        public void IPv6ConnectionsHaveACountAndNoTtl()
        {
            SessionDescription sdp = Valid();
            sdp.Connection = new SdpConnection(AddressParser.Parse("ff15::101"));
            sdp.Media.Add(new SdpMediaDescription("audio", 0, "RTP/AVP", "0"));
            sdp.Media[0].Connections.Add(new SdpConnection(AddressParser.Parse("ff15::201"), addressCount: 3));

            Assert.Contains("c=IN IP6 ff15::101\r\n", sdp.ToSdp());
            Assert.Contains("c=IN IP6 ff15::201/3\r\n", sdp.ToSdp());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(255)]
        public void TtlEnds(int ttl)
        {
            SessionDescription sdp = Valid();
            sdp.Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"), ttl);
            Assert.Contains("c=IN IP4 233.252.0.1/" + ttl + "\r\n", sdp.ToSdp());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(65535)]
        public void PortEnds(int port)
        {
            SessionDescription sdp = Valid();
            sdp.Media.Add(new SdpMediaDescription("audio", port, "RTP/AVP", "0"));
            Assert.Contains("m=audio " + port + " RTP/AVP 0\r\n", sdp.ToSdp());
        }

        [Theory]
        [InlineData("SdpOriginMissing")]
        [InlineData("SdpOriginFieldInvalid")]
        [InlineData("SdpSessionNameEmpty")]
        [InlineData("SdpTimeMissing")]
        [InlineData("SdpConnectionMissing")]
        [InlineData("SdpConnectionTtlRequired")]
        [InlineData("SdpConnectionTtlNotAllowed")]
        [InlineData("SdpConnectionTtlOutOfRange")]
        [InlineData("SdpConnectionCountInvalid")]
        [InlineData("SdpTextInvalid")]
        [InlineData("SdpZoneWithoutRepeat")]
        [InlineData("SdpMediaInvalid")]
        [InlineData("SdpAttributeNameInvalid")]
        [InlineData("SdpVersionUnsupported")]
        [InlineData("SdpTimeInvalid")]
        [InlineData("SdpTimeStopBeforeStart")]
        [InlineData("SdpZoneInvalid")]
        [InlineData("SdpConnectionFieldInvalid")]
        public void WhatTheRfcForbidsIsRefused(string errorId)
        {
            SessionDescription sdp = Valid();
            switch (errorId)
            {
                case "SdpOriginMissing": sdp.Origin = null; break;
                case "SdpOriginFieldInvalid": sdp.Origin = new SdpOrigin("j doe", "1", "1", "IN", "IP4", "192.0.2.1"); break;
                case "SdpSessionNameEmpty": sdp.SessionName = string.Empty; break;
                case "SdpTimeMissing": sdp.Times.Clear(); break;
                case "SdpConnectionMissing": sdp.Connection = null; sdp.Media.Add(new SdpMediaDescription("audio", 1, "RTP/AVP", "0")); break;
                case "SdpConnectionTtlRequired": sdp.Connection = new SdpConnection(AddressParser.Parse("233.252.0.1")); break;
                case "SdpConnectionTtlNotAllowed": sdp.Connection = new SdpConnection(AddressParser.Parse("ff15::1"), 5); break;
                case "SdpConnectionTtlOutOfRange": sdp.Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"), 256); break;
                case "SdpConnectionCountInvalid": sdp.Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"), 1, 2); break;
                case "SdpTextInvalid": sdp.Information = "two\r\nlines"; break;
                case "SdpZoneWithoutRepeat": sdp.Times[0].ZoneAdjustmentsValue.Add(new SdpZoneAdjustment(3730928400, new SdpTypedTime(-1, SdpTimeUnit.Hours))); break;
                case "SdpMediaInvalid": sdp.Media.Add(new SdpMediaDescription("audio", 65536, "RTP/AVP", "0")); break;
                case "SdpAttributeNameInvalid": sdp.Attributes.Add(new SdpAttribute("two words")); break;
                case "SdpVersionUnsupported": sdp.ProtocolVersion = 1; break;
                case "SdpTimeInvalid": sdp.Times[0] = new SdpTimeDescription(123, 0); break;
                case "SdpTimeStopBeforeStart": sdp.Times[0] = new SdpTimeDescription(3724394400, 3724394399); break;
                case "SdpZoneInvalid":
                    sdp.Times[0].RepeatsValue.Add(new SdpRepeatTime(new SdpTypedTime(7, SdpTimeUnit.Days), new SdpTypedTime(1, SdpTimeUnit.Hours), new[] { new SdpTypedTime(0) }));
                    sdp.Times[0].ZoneAdjustmentsValue.Add(new SdpZoneAdjustment(0, new SdpTypedTime(-1, SdpTimeUnit.Hours)));
                    break;
                case "SdpConnectionFieldInvalid": sdp.Connection = new SdpConnection("TN", "RFC2543", "two words"); break;
            }

            var error = Assert.Throws<MulticastRuleException>(() => sdp.ToSdp());
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(MulticastErrorKind.RuleViolation, error.Kind);

            // The lenient text never throws, whatever the description holds.
            Assert.StartsWith("v=", sdp.ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(0UL, 0UL)]
        [InlineData(1_000_000_000UL, 0UL)]
        [InlineData(0UL, 3724394400UL)]
        [InlineData(3724394400UL, 3724394400UL)]
        public void TimesOfTheGrammar(ulong start, ulong stop)
        {
            // RFC 8866 §9: start-time and stop-time are "0" or POS-DIGIT 9*DIGIT; a stop of 0 is unbounded.
            SessionDescription sdp = Valid();
            sdp.Times[0] = new SdpTimeDescription(start, stop);
            Assert.Contains("t=" + start + " " + stop + "\r\n", sdp.ToSdp());
            Assert.Empty(SessionDescription.Parse(sdp.ToSdp()).Warnings);
        }

        [Fact]
        public void OtherNetworkTypesAreWrittenAsGivenWhenEachFieldIsOneWord()
        {
            SessionDescription sdp = Valid();
            sdp.Connection = new SdpConnection("TN", "RFC2543", "+1-617-555-0100");
            Assert.Contains("c=TN RFC2543 +1-617-555-0100\r\n", sdp.ToSdp());
        }

        [Fact]
        public void UnicastMayNotHaveSlashes()
        {
            SessionDescription sdp = Valid();
            sdp.Connection = new SdpConnection(AddressParser.Parse("192.0.2.7"), 10);
            Assert.Equal("SdpConnectionTtlNotAllowed", Assert.Throws<MulticastRuleException>(() => sdp.ToSdp()).ErrorId);
            sdp.Connection = new SdpConnection(AddressParser.Parse("192.0.2.7"));
            Assert.Contains("c=IN IP4 192.0.2.7\r\n", sdp.ToSdp());
        }

        [Fact]
        public void AParsedKeyLineIsNeverWrittenBack()
        {
            SessionDescription sdp = SessionDescription.Parse(Minimal("k=prompt"));
            Assert.Equal(Minimal(), sdp.ToSdp());
        }

        private static SessionDescription Valid()
        {
            var sdp = new SessionDescription
            {
                Origin = new SdpOrigin("-", 1, 1, AddressParser.Parse("192.0.2.1")),
                SessionName = "-",
                Connection = new SdpConnection(AddressParser.Parse("233.252.0.1"), 127),
            };
            sdp.Times.Add(new SdpTimeDescription(0, 0));
            Assert.Equal(Minimal(), sdp.ToSdp());
            return sdp;
        }
    }
}
