using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Multicast.Sdp
{
    /// <summary>
    /// Reads SDP leniently (RFC 8866): CRLF or LF line ends (§5: parsers "SHOULD be tolerant"), lines out of
    /// order, repeated or malformed. Whatever breaks the RFC becomes an <see cref="SdpWarning"/>; nothing
    /// the text holds makes it throw.
    /// </summary>
    internal sealed class SdpParser
    {
        // RFC 8866 §5: the order of the session-level lines. The time lines (t=, r=, z=) share one rank and
        // are ordered among themselves by their time description.
        private const int VersionRank = 0, OriginRank = 1, NameRank = 2, InformationRank = 3, UriRank = 4, EmailRank = 5, PhoneRank = 6;
        private const int ConnectionRank = 7, BandwidthRank = 8, TimeRank = 9, KeyRank = 10, AttributeRank = 11;

        // RFC 8866 §5: the order of the lines of a media description, after its m= line.
        private const int MediaInformationRank = 1, MediaConnectionRank = 2, MediaBandwidthRank = 3, MediaKeyRank = 4, MediaAttributeRank = 5;

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly SessionDescription _description = new SessionDescription();
        private readonly List<SdpWarning> _warnings = new List<SdpWarning>();
        private readonly List<int> _mediaLines = new List<int>();
        private int _line;
        private int _warningsLeftOut;
        private int _sessionRank = -1;
        private int _mediaRank;
        private SdpMediaDescription? _media;
        private SdpTimeDescription? _time;
        private bool _hasVersion, _hasOrigin, _hasName, _hasInformation, _hasUri, _hasSessionConnection, _hasZone, _hasMediaInformation;

        public static SessionDescription Parse(string text)
        {
            var parser = new SdpParser();
            parser.ParseText(text ?? string.Empty);
            return parser.Finish();
        }

        public static SessionDescription Parse(byte[] data, int offset, int count)
        {
            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "The range is outside the array.");
            }

            var parser = new SdpParser();
            string text;
            bool invalidUtf8 = false;
            try
            {
                text = StrictUtf8.GetString(data, offset, count);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.UTF8.GetString(data, offset, count);
                invalidUtf8 = true;
            }

            // RFC 8866 §6.10: a session-level a=charset names the character set of the text fields.
            string? charset = FindCharset(text);
            if (charset != null && !string.Equals(charset, "UTF-8", StringComparison.OrdinalIgnoreCase))
            {
                if (string.Equals(charset, "ISO-8859-1", StringComparison.OrdinalIgnoreCase))
                {
                    text = Encoding.GetEncoding(28591).GetString(data, offset, count);
                    invalidUtf8 = false;
                }
                else
                {
                    parser.Warn(SdpWarningIds.CharsetUnsupported, "The description says a=charset:" + charset + "; only UTF-8 and ISO-8859-1 are read, so it was read as UTF-8.", 0);
                }
            }

            if (invalidUtf8)
            {
                parser.Warn(SdpWarningIds.InvalidUtf8, "The description is not valid UTF-8 and has no a=charset to name another character set (RFC 8866 §5); bad bytes were replaced.", 0);
            }

            parser.ParseText(text);
            return parser.Finish();
        }

        // The value of the first a=charset line before the first m= line (a session-level attribute), or null.
        private static string? FindCharset(string text)
        {
            const string prefix = "a=charset:";
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.StartsWith("m=", StringComparison.Ordinal))
                {
                    return null;
                }

                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line.Substring(prefix.Length);
                }
            }

            return null;
        }

        private void ParseText(string text)
        {
            if (text.Length == 0)
            {
                Warn(SdpWarningIds.Empty, "The session description is empty.", 0);
                return;
            }

            int start = 0;
            while (start < text.Length)
            {
                _line++;
                int newline = text.IndexOf('\n', start);
                int end = newline < 0 ? text.Length : newline;
                if (end > start && text[end - 1] == '\r')
                {
                    end--;
                }

                ParseLine(text.Substring(start, end - start));
                if (newline < 0)
                {
                    Warn(SdpWarningIds.FinalLineUnterminated, "The last line has no line end; RFC 8866 §9 ends every line with CRLF.", _line);
                    break;
                }

                start = newline + 1;
            }
        }

        private void ParseLine(string line)
        {
            if (line.Length == 0)
            {
                Warn(SdpWarningIds.EmptyLine, "A blank line; every SDP line is <type>=<value> (RFC 8866 §5).", _line);
                return;
            }

            // RFC 8866 §5: "<type> is exactly one case-significant character", and no whitespace around "=".
            if (line.Length < 2 || line[1] != '=')
            {
                Warn(SdpWarningIds.LineMalformed, "'" + Shorten(line) + "' is not <type>=<value>: one letter, then '=' with no space around it (RFC 8866 §5).", _line);
                return;
            }

            char type = line[0];
            string value = line.Substring(2);
            if (value.IndexOf('\0') >= 0 || value.IndexOf('\r') >= 0)
            {
                Warn(SdpWarningIds.InvalidCharacter, "The " + type + "= line holds a NUL or a lone CR, which no SDP value may (RFC 8866 §9, byte-string).", _line);
            }

            if (_media != null && IsSessionOnly(type))
            {
                Warn(SdpWarningIds.LineOutOfOrder, "The " + type + "= line belongs to the session, before the first m= line (RFC 8866 §5); it was read as session-level.", _line);
            }

            switch (type)
            {
                case 'v':
                    ParseVersion(value);
                    break;
                case 'o':
                    ParseOrigin(value);
                    break;
                case 's':
                    ParseSessionName(value);
                    break;
                case 'i':
                    ParseInformation(value);
                    break;
                case 'u':
                    SessionOrder(UriRank, type);
                    _hasUri = Single(_hasUri, type) || SetUri(value);
                    break;
                case 'e':
                    SessionOrder(EmailRank, type);
                    _description.EmailAddresses.Add(value);
                    break;
                case 'p':
                    SessionOrder(PhoneRank, type);
                    _description.PhoneNumbers.Add(value);
                    break;
                case 'c':
                    ParseConnectionLine(value);
                    break;
                case 'b':
                    ParseBandwidth(value);
                    break;
                case 't':
                    ParseTime(value);
                    break;
                case 'r':
                    ParseRepeat(value);
                    break;
                case 'z':
                    ParseZone(value);
                    break;
                case 'k':
                    // RFC 8866 §5.12: k= "is obsolete and MUST NOT be used ... MUST discard it if it is received".
                    // Its value is not repeated here: it may be a key.
                    Order(KeyRank, MediaKeyRank, type);
                    Warn(SdpWarningIds.KeyObsolete, "A k= line was discarded: RFC 8866 §5.12 made it obsolete.", _line);
                    break;
                case 'a':
                    ParseAttribute(value);
                    break;
                case 'm':
                    ParseMedia(value);
                    break;
                default:
                    _description.HasUnknownLineType = true;
                    Warn(
                        SdpWarningIds.UnknownLineType,
                        "'" + type + "=' is not an SDP line type. RFC 8866 §5 has a parser completely ignore or reject a description with a type it does not understand.",
                        _line);
                    break;
            }
        }

        private static bool IsSessionOnly(char type) => "vosueptrz".IndexOf(type) >= 0;

        private void ParseVersion(string value)
        {
            SessionOrder(VersionRank, 'v');
            if (Single(_hasVersion, 'v'))
            {
                return;
            }

            _hasVersion = true;
            if (value != "0")
            {
                Warn(SdpWarningIds.VersionUnsupported, "v=" + Shorten(value) + " is not v=0, the only SDP version (RFC 8866 §5.1).", _line);
                if (IsDigits(value) && value.Length < 9)
                {
                    _description.ProtocolVersion = int.Parse(value, CultureInfo.InvariantCulture);
                }
            }
        }

        private void ParseOrigin(string value)
        {
            SessionOrder(OriginRank, 'o');
            if (Single(_hasOrigin, 'o'))
            {
                return;
            }

            _hasOrigin = true;
            if (!SdpOrigin.TryParse(value, out SdpOrigin? origin))
            {
                Warn(SdpWarningIds.OriginMalformed, "o= needs six non-empty fields, one space apart: username, session ID, version, network type, address type, address (RFC 8866 §5.2).", _line);
                return;
            }

            if (!IsDigits(origin!.SessionId) || !IsDigits(origin.SessionVersion))
            {
                Warn(SdpWarningIds.OriginMalformed, "The o= session ID and version must be decimal digits (RFC 8866 §9: 1*DIGIT); they are '" + Shorten(origin.SessionId) + "' and '" + Shorten(origin.SessionVersion) + "'.", _line);
            }

            _description.Origin = origin;
        }

        private void ParseSessionName(string value)
        {
            SessionOrder(NameRank, 's');
            if (Single(_hasName, 's'))
            {
                return;
            }

            _hasName = true;
            if (value.Length == 0)
            {
                Warn(SdpWarningIds.SessionNameEmpty, "s= is empty; RFC 8866 §5.3 says it MUST NOT be, and recommends \"s= \" or \"s=-\" for a session with no name.", _line);
            }

            _description.SessionName = value;
        }

        private void ParseInformation(string value)
        {
            if (_media is null)
            {
                SessionOrder(InformationRank, 'i');
                _hasInformation = Single(_hasInformation, 'i') || SetInformation(value);
                return;
            }

            MediaOrder(MediaInformationRank, 'i');
            if (!Single(_hasMediaInformation, 'i'))
            {
                _hasMediaInformation = true;
                _media.Information = value;
            }
        }

        private bool SetInformation(string value)
        {
            _description.Information = value;
            return true;
        }

        private bool SetUri(string value)
        {
            _description.Uri = value;
            return true;
        }

        private void ParseConnectionLine(string value)
        {
            Order(ConnectionRank, MediaConnectionRank, 'c');
            bool sessionLevel = _media is null;
            if (sessionLevel && Single(_hasSessionConnection, 'c'))
            {
                return;
            }

            SdpConnection? connection = ParseConnection(value, sessionLevel);
            if (connection is null)
            {
                return;
            }

            if (sessionLevel)
            {
                _hasSessionConnection = true;
                _description.Connection = connection;
            }
            else
            {
                _media!.Connections.Add(connection);
            }
        }

        // RFC 8866 §5.7 and §9: IP4 multicast is address/ttl[/count], IP6 multicast address[/count], unicast
        // has no slash. Other network and address types are kept as written.
        private SdpConnection? ParseConnection(string value, bool sessionLevel)
        {
            string[] fields = value.Split(' ');
            if (fields.Length != 3 || Array.IndexOf(fields, string.Empty) >= 0)
            {
                Warn(SdpWarningIds.ConnectionMalformed, "c= needs three fields, one space apart: network type, address type, connection address (RFC 8866 §5.7).", _line);
                return null;
            }

            string networkType = fields[0], addressType = fields[1];
            bool ip4 = addressType == SdpConnection.IPv4AddressType;
            if (networkType != SdpConnection.InternetNetworkType || (!ip4 && addressType != SdpConnection.IPv6AddressType))
            {
                return new SdpConnection(networkType, addressType, fields[2]);
            }

            string[] parts = fields[2].Split('/');
            var numbers = new List<int>();
            for (int i = 1; i < parts.Length; i++)
            {
                if (parts.Length > 3 || !IsDigits(parts[i]) || parts[i].Length > 9)
                {
                    Warn(SdpWarningIds.ConnectionMalformed, "'" + Shorten(fields[2]) + "' is not address[/ttl][/number of addresses] with decimal numbers (RFC 8866 §5.7).", _line);
                    return null;
                }

                numbers.Add(int.Parse(parts[i], CultureInfo.InvariantCulture));
                if (parts[i].Length > 1 && parts[i][0] == '0')
                {
                    Warn(SdpWarningIds.ConnectionNumberMalformed, "'" + Shorten(fields[2]) + "' writes a number with a leading zero; RFC 8866 §9 writes a TTL as (POS-DIGIT *2DIGIT) / \"0\" and a number of addresses as POS-DIGIT *DIGIT. It was read as " + numbers[numbers.Count - 1] + ".", _line);
                }
            }

            string address = parts[0];
            bool parsed = AddressParser.TryParse(address, out IPAddressValue group);
            if (parsed && group.IsIPv6 == ip4)
            {
                Warn(SdpWarningIds.ConnectionAddressTypeMismatch, address + " is an " + (group.IsIPv6 ? "IPv6" : "IPv4") + " address under the address type " + addressType + ".", _line);
            }

            // A domain name may stand for a multicast group (RFC 8866 §9, multicast-address), so a slash after one is read as such.
            bool multicast = parsed ? group.IsMulticast : numbers.Count > 0;
            if (!multicast && numbers.Count > 0)
            {
                Warn(SdpWarningIds.ConnectionSlashOnUnicast, address + " is a unicast address: the slash notation MUST NOT be used for it (RFC 8866 §5.7).", _line);
            }

            int? ttl = null;
            int count = 1;
            if (ip4)
            {
                ttl = numbers.Count > 0 ? numbers[0] : (int?)null;
                count = numbers.Count > 1 ? numbers[1] : 1;
                if (multicast && ttl is null)
                {
                    Warn(SdpWarningIds.ConnectionTtlMissing, "The IP4 multicast address " + address + " has no TTL; RFC 8866 §5.7 says one MUST be present, as in " + address + "/127.", _line);
                }
            }
            else if (numbers.Count == 2)
            {
                Warn(SdpWarningIds.ConnectionTtlNotAllowed, "'" + fields[2] + "' has a TTL; IP6 multicast does not use TTL scoping and the TTL MUST NOT be present (RFC 8866 §5.7).", _line);
                ttl = numbers[0];
                count = numbers[1];
            }
            else if (numbers.Count == 1)
            {
                count = numbers[0];
            }

            if (ttl > 255)
            {
                Warn(SdpWarningIds.ConnectionTtlOutOfRange, "The TTL " + ttl + " is over 255 (RFC 8866 §5.7: TTL values MUST be in the range 0-255).", _line);
            }

            if (count == 0)
            {
                Warn(SdpWarningIds.ConnectionMalformed, "The number of addresses in '" + fields[2] + "' is 0; it is a positive integer (RFC 8866 §9, numaddr).", _line);
                return null;
            }

            if (parsed && multicast && count > 1 && !StaysInGroupRange(group, count))
            {
                Warn(
                    SdpWarningIds.ConnectionCountPastRange,
                    "The " + count + " addresses from " + address + " run past " + (group.IsIPv6 ? "the group's flags and scope (" + AddressMath.Network(group, 16) + "/16)" : "239.255.255.255, the end of IPv4 multicast (RFC 5771)") + "; RFC 8866 §5.7 allocates them contiguously above the base address.",
                    _line);
            }

            if (sessionLevel && count > 1)
            {
                Warn(SdpWarningIds.SessionConnectionMultipleAddresses, "The session-level c= gives " + count + " addresses; multiple addresses MUST NOT be specified at session level (RFC 8866 §5.7).", _line);
            }

            return new SdpConnection(networkType, addressType, address, ttl, count);
        }

        // The last of count addresses from a multicast group is still in 224.0.0.0/4, or in the group's ffXY::/16.
        private static bool StaysInGroupRange(IPAddressValue group, int count)
        {
            IPAddressValue last = AddressMath.Add(group, (ulong)(count - 1));
            int length = group.IsIPv6 ? 16 : 4;
            return last.CompareTo(group) > 0 && AddressMath.Contains(AddressMath.Network(group, length), length, last);
        }

        private void ParseBandwidth(string value)
        {
            Order(BandwidthRank, MediaBandwidthRank, 'b');
            int colon = value.IndexOf(':');
            if (colon <= 0 || !IsToken(value.Substring(0, colon)) || !TryParseUInt64(value.Substring(colon + 1), out ulong bandwidth))
            {
                Warn(SdpWarningIds.BandwidthMalformed, "'b=" + Shorten(value) + "' is not <bwtype>:<bandwidth>, a token and a decimal number (RFC 8866 §5.8).", _line);
                return;
            }

            var line = new SdpBandwidth(value.Substring(0, colon), bandwidth);
            (_media is null ? _description.Bandwidths : _media.Bandwidths).Add(line);
        }

        private void ParseTime(string value)
        {
            SessionOrder(TimeRank, 't');
            string[] fields = value.Split(' ');
            if (fields.Length != 2 || !TryParseUInt64(fields[0], out ulong start) || !TryParseUInt64(fields[1], out ulong stop))
            {
                Warn(SdpWarningIds.TimeMalformed, "'t=" + Shorten(value) + "' is not two decimal times, start and stop (RFC 8866 §5.9).", _line);
                return;
            }

            if (!IsTime(fields[0]) || !IsTime(fields[1]))
            {
                Warn(SdpWarningIds.TimeMalformed, "An SDP time is 0 or at least ten digits without a leading zero (RFC 8866 §9); 't=" + value + "' has another.", _line);
            }

            if (stop != 0 && stop < start)
            {
                Warn(SdpWarningIds.TimeStopBeforeStart, "The stop time " + stop + " is before the start time " + start + ".", _line);
            }

            _time = new SdpTimeDescription(start, stop);
            _hasZone = false;
            _description.Times.Add(_time);
        }

        private void ParseRepeat(string value)
        {
            SessionOrder(TimeRank, 'r');
            if (_time is null)
            {
                Warn(SdpWarningIds.RepeatWithoutTime, "An r= line before any t= line; repeat times follow the t= line they repeat (RFC 8866 §5.10).", _line);
                return;
            }

            if (_hasZone)
            {
                Warn(SdpWarningIds.LineOutOfOrder, "An r= line after the z= line of its time description; z= follows the r= lines it modifies (RFC 8866 §5.11).", _line);
            }

            string[] fields = value.Split(' ');
            var offsets = new List<SdpTypedTime>();
            bool valid = fields.Length >= 3 && fields[0].Length > 0 && fields[0][0] >= '1' && fields[0][0] <= '9';
            valid &= SdpTypedTime.TryParse(fields[0], false, out SdpTypedTime interval);
            SdpTypedTime duration = default;
            valid = valid && SdpTypedTime.TryParse(fields[1], false, out duration);
            for (int i = 2; valid && i < fields.Length; i++)
            {
                valid = SdpTypedTime.TryParse(fields[i], false, out SdpTypedTime offset);
                offsets.Add(offset);
            }

            if (!valid)
            {
                Warn(SdpWarningIds.RepeatMalformed, "'r=" + Shorten(value) + "' is not a repeat interval, an active duration and offsets, each a number with an optional d, h, m or s (RFC 8866 §5.10).", _line);
                return;
            }

            _time.RepeatsValue.Add(new SdpRepeatTime(interval, duration, offsets));
        }

        private void ParseZone(string value)
        {
            SessionOrder(TimeRank, 'z');
            if (_time is null || _hasZone)
            {
                Warn(
                    _time is null ? SdpWarningIds.ZoneWithoutRepeat : SdpWarningIds.LineRepeated,
                    _time is null ? "A z= line before any t= line; it modifies the r= lines it follows (RFC 8866 §5.11)." : "A second z= line in one time description; the first is kept.",
                    _line);
                return;
            }

            string[] fields = value.Split(' ');
            var adjustments = new List<SdpZoneAdjustment>();
            bool valid = fields.Length >= 2 && fields.Length % 2 == 0;
            for (int i = 0; valid && i < fields.Length; i += 2)
            {
                SdpTypedTime offset = default;
                ulong time = 0;
                valid = IsTime(fields[i]) && fields[i] != "0" && TryParseUInt64(fields[i], out time) && SdpTypedTime.TryParse(fields[i + 1], true, out offset);
                if (valid)
                {
                    adjustments.Add(new SdpZoneAdjustment(time, offset));
                }
            }

            if (!valid)
            {
                Warn(SdpWarningIds.ZoneMalformed, "'z=" + Shorten(value) + "' is not pairs of an adjustment time (ten digits or more) and an offset such as -1h (RFC 8866 §5.11, §9).", _line);
                return;
            }

            // RFC 8866 §5.11 and §10: z= only modifies the r= lines just before it; without them it is a syntax error.
            if (_time.RepeatsValue.Count == 0)
            {
                Warn(SdpWarningIds.ZoneWithoutRepeat, "A z= line with no r= line before it in its time description: RFC 8866 §5.11 ties z= to the repeat times it follows (RFC 4566 did not).", _line);
            }

            _hasZone = true;
            _time.ZoneAdjustmentsValue.AddRange(adjustments);
        }

        private void ParseAttribute(string value)
        {
            Order(AttributeRank, MediaAttributeRank, 'a');
            int colon = value.IndexOf(':');
            string name = colon < 0 ? value : value.Substring(0, colon);
            string? attributeValue = colon < 0 ? null : value.Substring(colon + 1);
            if (!IsToken(name))
            {
                Warn(SdpWarningIds.AttributeMalformed, "'" + Shorten(name) + "' is not an attribute name: RFC 8866 §9 makes it a token of US-ASCII letters, digits and !#$%&'*+-.^_`{|}~.", _line);
                if (name.Length == 0)
                {
                    return;
                }
            }

            (_media is null ? _description.Attributes : _media.Attributes).Add(new SdpAttribute(name, attributeValue));
        }

        private void ParseMedia(string value)
        {
            _mediaRank = 0;
            _hasMediaInformation = false;
            _mediaLines.Add(_line);
            string[] fields = value.Split(' ');
            string[] port = fields.Length > 1 ? fields[1].Split('/') : new string[0];
            int portNumber = 0, portCount = 0;
            bool valid = fields.Length >= 4 && Array.IndexOf(fields, string.Empty) < 0 && IsToken(fields[0]) && IsProtocol(fields[2]);
            valid &= port.Length >= 1 && port.Length <= 2 && TryParsePort(port[0], out portNumber);
            valid &= port.Length != 2 || (TryParsePort(port[1], out portCount) && portCount > 0);
            if (!valid)
            {
                Warn(SdpWarningIds.MediaMalformed, "'m=" + Shorten(value) + "' is not <media> <port>[/<number of ports>] <proto> <fmt> ... (RFC 8866 §5.14).", _line);
            }

            var formats = new List<string>();
            for (int i = 3; i < fields.Length; i++)
            {
                formats.Add(fields[i]);
            }

            _media = new SdpMediaDescription(
                fields[0],
                portNumber,
                fields.Length > 2 ? fields[2] : string.Empty,
                formats,
                valid && port.Length == 2 ? portCount : (int?)null);
            _description.Media.Add(_media);
        }

        private SessionDescription Finish()
        {
            if (!_hasVersion)
            {
                Warn(SdpWarningIds.VersionMissing, "There is no v= line; a description starts with v=0 (RFC 8866 §5.1).", 0);
            }

            if (!_hasOrigin)
            {
                Warn(SdpWarningIds.OriginMissing, "There is no o= line (RFC 8866 §5.2).", 0);
            }

            if (!_hasName)
            {
                Warn(SdpWarningIds.SessionNameMissing, "There is no s= line; there MUST be one (RFC 8866 §5.3).", 0);
            }

            if (_description.Times.Count == 0)
            {
                Warn(SdpWarningIds.TimeMissing, "There is no t= line; a description has one or more time descriptions (RFC 8866 §5.9).", 0);
            }

            if (_description.Connection is null)
            {
                for (int i = 0; i < _description.Media.Count; i++)
                {
                    if (_description.Media[i].Connections.Count == 0)
                    {
                        Warn(
                            SdpWarningIds.ConnectionMissing,
                            "This media description has no c= line and the session has none: RFC 8866 §5.7 needs one in every media description or one at session level.",
                            _mediaLines[i]);
                    }
                }
            }

            if (_warningsLeftOut > 0)
            {
                _warnings.Add(new SdpWarning(
                    SdpWarningIds.WarningsTruncated,
                    _warningsLeftOut.ToString(CultureInfo.InvariantCulture) + " more warnings were found and not kept; a description keeps its first " + SessionDescription.MaxWarnings + ".",
                    0));
            }

            _description.Warnings = _warnings.ToArray();
            return _description;
        }

        private void SessionOrder(int rank, char type)
        {
            if (_media != null)
            {
                return;
            }

            if (rank < _sessionRank)
            {
                Warn(SdpWarningIds.LineOutOfOrder, "The " + type + "= line comes after lines that RFC 8866 §5 puts after it (v, o, s, i, u, e, p, c, b, t/r/z, k, a, then m).", _line);
            }
            else
            {
                _sessionRank = rank;
            }
        }

        private void MediaOrder(int rank, char type)
        {
            if (rank < _mediaRank)
            {
                Warn(SdpWarningIds.LineOutOfOrder, "In this media description the " + type + "= line comes after lines that RFC 8866 §5 puts after it (m, i, c, b, k, a).", _line);
            }
            else
            {
                _mediaRank = rank;
            }
        }

        private void Order(int sessionRank, int mediaRank, char type)
        {
            if (_media is null)
            {
                SessionOrder(sessionRank, type);
            }
            else
            {
                MediaOrder(mediaRank, type);
            }
        }

        // True (and a warning) when a line that may appear once was already seen.
        private bool Single(bool seen, char type)
        {
            if (seen)
            {
                Warn(SdpWarningIds.LineRepeated, "A second " + type + "= line where RFC 8866 §5 allows one; the first is kept.", _line);
            }

            return seen;
        }

        // Past SessionDescription.MaxWarnings, warnings are only counted (Finish says how many).
        private void Warn(string id, string message, int line)
        {
            if (_warnings.Count < SessionDescription.MaxWarnings)
            {
                _warnings.Add(new SdpWarning(id, message, line));
            }
            else
            {
                _warningsLeftOut++;
            }
        }

        /// <summary>One or more decimal digits (RFC 8866 §9, 1*DIGIT).</summary>
        internal static bool IsDigits(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // RFC 8866 §9: start-time and stop-time = time / "0", where time = POS-DIGIT 9*DIGIT.
        internal static bool IsTime(string text) => text == "0" || (text.Length >= 10 && text[0] != '0');

        private static bool TryParseUInt64(string text, out ulong value)
        {
            value = 0;
            if (!IsDigits(text) || text.Length > 20)
            {
                return false;
            }

            foreach (char c in text)
            {
                ulong next = (value * 10) + (ulong)(c - '0');
                if (value > ulong.MaxValue / 10 || next < value * 10)
                {
                    return false;
                }

                value = next;
            }

            return true;
        }

        private static bool TryParsePort(string text, out int port)
        {
            port = 0;
            if (!IsDigits(text) || text.Length > 5)
            {
                return false;
            }

            port = int.Parse(text, CultureInfo.InvariantCulture);
            return port <= 65535;
        }

        // RFC 8866 §9: token-char = ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "{" / "|" / "}" / "~".
        internal static bool IsToken(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (char c in text)
            {
                bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (!alphanumeric && "!#$%&'*+-.^_`{|}~".IndexOf(c) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        // RFC 8866 §9: proto = token *("/" token).
        internal static bool IsProtocol(string text)
        {
            foreach (string part in text.Split('/'))
            {
                if (!IsToken(part))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
