using System.Globalization;
using System.Text;

namespace Multicast.Sdp
{
    /// <summary>
    /// Writes SDP in the fixed order of RFC 8866 §5, each line ended by CRLF (§9). Strict writing refuses,
    /// with a <see cref="MulticastRuleException"/>, a description that breaks the RFC's syntax or a MUST; it
    /// never writes k=, which RFC 8866 §5.12 made obsolete.
    /// </summary>
    internal static class SdpWriter
    {
        private const string LineEnd = "\r\n";

        public static string Write(SessionDescription description, bool strict)
        {
            var writer = new Lines(strict);
            if (strict)
            {
                CheckSession(description);
            }

            writer.Add('v', description.ProtocolVersion.ToString(CultureInfo.InvariantCulture));
            if (description.Origin != null)
            {
                writer.Add('o', description.Origin.ToString());
            }

            writer.Add('s', description.SessionName ?? string.Empty);
            writer.AddOptional('i', description.Information);
            writer.AddOptional('u', description.Uri);
            foreach (string email in description.EmailAddresses)
            {
                writer.Add('e', email);
            }

            foreach (string phone in description.PhoneNumbers)
            {
                writer.Add('p', phone);
            }

            if (description.Connection != null)
            {
                writer.Add('c', Connection(description.Connection, strict, sessionLevel: true));
            }

            foreach (SdpBandwidth bandwidth in description.Bandwidths)
            {
                writer.Add('b', Bandwidth(bandwidth, strict));
            }

            foreach (SdpTimeDescription time in description.Times)
            {
                if (strict)
                {
                    CheckTime(time);
                }

                writer.Add('t', time.ToString());
                foreach (SdpRepeatTime repeat in time.RepeatsValue)
                {
                    writer.Add('r', Repeat(repeat, strict));
                }

                // RFC 8866 §5.11: z= modifies the r= lines it immediately follows.
                if (time.ZoneAdjustmentsValue.Count > 0)
                {
                    if (strict && time.RepeatsValue.Count == 0)
                    {
                        throw Invalid("SdpZoneWithoutRepeat", time.ToString(), "A time description has z= adjustments but no r= line: RFC 8866 §5.11 lets z= modify only the repeat times it follows.");
                    }

                    if (strict)
                    {
                        CheckZone(time);
                    }

                    writer.Add('z', string.Join(" ", time.ZoneAdjustmentsValue));
                }
            }

            foreach (SdpAttribute attribute in description.Attributes)
            {
                writer.Add('a', Attribute(attribute, strict));
            }

            foreach (SdpMediaDescription media in description.Media)
            {
                writer.Add('m', Media(media, strict));
                writer.AddOptional('i', media.Information);
                foreach (SdpConnection connection in media.Connections)
                {
                    writer.Add('c', Connection(connection, strict, sessionLevel: false));
                }

                foreach (SdpBandwidth bandwidth in media.Bandwidths)
                {
                    writer.Add('b', Bandwidth(bandwidth, strict));
                }

                foreach (SdpAttribute attribute in media.Attributes)
                {
                    writer.Add('a', Attribute(attribute, strict));
                }
            }

            return writer.ToString();
        }

        private static void CheckSession(SessionDescription description)
        {
            if (description.ProtocolVersion != 0)
            {
                throw Invalid("SdpVersionUnsupported", description.ProtocolVersion, "The SDP version is " + description.ProtocolVersion + "; RFC 8866 §5.1 defines only version 0.");
            }

            SdpOrigin origin = description.Origin ?? throw Invalid("SdpOriginMissing", null, "The session description has no origin (o=), which RFC 8866 §5.2 requires.");
            foreach (string field in new[] { origin.Username, origin.NetworkType, origin.AddressType, origin.UnicastAddress })
            {
                if (field.Length == 0 || field.IndexOf(' ') >= 0 || !IsVisible(field))
                {
                    throw Invalid("SdpOriginFieldInvalid", field, "The origin field '" + field + "' is empty or holds spaces or control characters; each o= field is one visible word (RFC 8866 §5.2, §9).");
                }
            }

            foreach (string number in new[] { origin.SessionId, origin.SessionVersion })
            {
                if (!SdpParser.IsDigits(number))
                {
                    throw Invalid("SdpOriginFieldInvalid", number, "The origin's session ID and version are decimal digits (RFC 8866 §9: 1*DIGIT); '" + number + "' is not.");
                }
            }

            if (string.IsNullOrEmpty(description.SessionName))
            {
                throw Invalid("SdpSessionNameEmpty", description.SessionName, "The session name (s=) MUST NOT be empty (RFC 8866 §5.3); use \"-\" for a session with no name.");
            }

            if (description.Times.Count == 0)
            {
                throw Invalid("SdpTimeMissing", null, "The session description has no time description (t=); RFC 8866 §5.9 needs at least one, \"t=0 0\" for a permanent session.");
            }

            if (description.Connection is null)
            {
                foreach (SdpMediaDescription media in description.Media)
                {
                    if (media.Connections.Count == 0)
                    {
                        throw Invalid(
                            "SdpConnectionMissing",
                            media.ToString(),
                            "The media '" + media + "' has no connection (c=) and the session has none: RFC 8866 §5.7 needs one in every media description or one at session level.");
                    }
                }
            }
        }

        // RFC 8866 §9: start-time and stop-time are "0" or ten digits or more; a stop of 0 is unbounded.
        private static void CheckTime(SdpTimeDescription time)
        {
            foreach (ulong value in new[] { time.StartTime, time.StopTime })
            {
                if (!SdpParser.IsTime(value.ToString(CultureInfo.InvariantCulture)))
                {
                    throw Invalid("SdpTimeInvalid", time.ToString(), "The time " + value + " is neither 0 nor ten digits or more, as RFC 8866 §9 writes an SDP time (seconds since 1900).");
                }
            }

            if (time.StopTime != 0 && time.StopTime < time.StartTime)
            {
                throw Invalid("SdpTimeStopBeforeStart", time.ToString(), "The stop time " + time.StopTime + " is before the start time " + time.StartTime + " (RFC 8866 §5.9).");
            }
        }

        // RFC 8866 §9: each adjustment time is POS-DIGIT 9*DIGIT (never 0); the offsets are typed times, either sign.
        private static void CheckZone(SdpTimeDescription time)
        {
            foreach (SdpZoneAdjustment adjustment in time.ZoneAdjustmentsValue)
            {
                if (adjustment.Time == 0 || !SdpParser.IsTime(adjustment.Time.ToString(CultureInfo.InvariantCulture)))
                {
                    throw Invalid("SdpZoneInvalid", adjustment.ToString(), "The adjustment time " + adjustment.Time + " is not ten digits or more; RFC 8866 §5.11 and §9 write it as an SDP time.");
                }
            }
        }

        private static string Connection(SdpConnection connection, bool strict, bool sessionLevel)
        {
            if (!strict)
            {
                return connection.ToString();
            }

            // RFC 8866 §9: nettype, addrtype and the address are each one word; a space would make more fields.
            foreach (string field in new[] { connection.NetworkType, connection.AddressType, connection.Address })
            {
                if (field.Length == 0 || !IsVisible(field))
                {
                    throw Invalid("SdpConnectionFieldInvalid", field, "The connection field '" + field + "' is empty or holds spaces or control characters; each c= field is one visible word (RFC 8866 §5.7, §9).");
                }
            }

            if (connection.NetworkType != SdpConnection.InternetNetworkType)
            {
                return connection.ToString();
            }

            bool ip4 = connection.AddressType == SdpConnection.IPv4AddressType;
            IPAddressValue? group = connection.Group;
            bool multicast = group.HasValue ? group.Value.IsMulticast : connection.Ttl.HasValue || connection.AddressCount != 1;
            string text = connection.ToString();
            if (ip4 && multicast && connection.Ttl is null)
            {
                throw Invalid("SdpConnectionTtlRequired", text, "The IP4 multicast connection " + connection.Address + " needs a TTL (RFC 8866 §5.7), such as " + connection.Address + "/127.");
            }

            if (!ip4 && connection.Ttl.HasValue)
            {
                throw Invalid("SdpConnectionTtlNotAllowed", text, "The IP6 connection " + connection.Address + " has a TTL; RFC 8866 §5.7 says it MUST NOT: IPv6 scopes a group by its address.");
            }

            if (connection.Ttl < 0 || connection.Ttl > 255)
            {
                throw Invalid("SdpConnectionTtlOutOfRange", connection.Ttl, "The TTL " + connection.Ttl + " is outside 0-255 (RFC 8866 §5.7).");
            }

            if (connection.AddressCount < 1 || (!multicast && connection.AddressCount != 1))
            {
                throw Invalid("SdpConnectionCountInvalid", connection.AddressCount, "The number of addresses is " + connection.AddressCount + "; it is at least 1, and more than 1 only for multicast (RFC 8866 §5.7).");
            }

            if (!multicast && connection.Ttl.HasValue)
            {
                throw Invalid("SdpConnectionTtlNotAllowed", text, connection.Address + " is a unicast address; the slash notation MUST NOT be used for it (RFC 8866 §5.7).");
            }

            if (sessionLevel && connection.AddressCount > 1)
            {
                throw Invalid("SdpConnectionCountInvalid", connection.AddressCount, "A session-level connection has " + connection.AddressCount + " addresses; multiple addresses MUST NOT be specified at session level (RFC 8866 §5.7).");
            }

            if (group.HasValue && group.Value.IsIPv6 == ip4)
            {
                throw Invalid("SdpConnectionAddressTypeMismatch", text, connection.Address + " does not match the address type " + connection.AddressType + ".");
            }

            return text;
        }

        private static string Bandwidth(SdpBandwidth bandwidth, bool strict)
        {
            if (strict && !SdpParser.IsToken(bandwidth.Type))
            {
                throw Invalid("SdpBandwidthTypeInvalid", bandwidth.Type, "'" + bandwidth.Type + "' is not a bandwidth type: a token such as CT or AS (RFC 8866 §5.8).");
            }

            return bandwidth.ToString();
        }

        private static string Repeat(SdpRepeatTime repeat, bool strict)
        {
            if (strict && (repeat.Interval.Value <= 0 || repeat.ActiveDuration.Value < 0 || repeat.Offsets.Count == 0 || HasNegative(repeat)))
            {
                throw Invalid("SdpRepeatInvalid", repeat.ToString(), "A repeat time needs a positive interval, a duration and at least one offset, none negative (RFC 8866 §5.10, §9).");
            }

            return repeat.ToString();
        }

        private static bool HasNegative(SdpRepeatTime repeat)
        {
            foreach (SdpTypedTime offset in repeat.Offsets)
            {
                if (offset.Value < 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Attribute(SdpAttribute attribute, bool strict)
        {
            if (strict && !SdpParser.IsToken(attribute.Name))
            {
                throw Invalid("SdpAttributeNameInvalid", attribute.Name, "'" + attribute.Name + "' is not an attribute name: a token of US-ASCII letters, digits and !#$%&'*+-.^_`{|}~ (RFC 8866 §9).");
            }

            return attribute.ToString();
        }

        private static string Media(SdpMediaDescription media, bool strict)
        {
            if (strict)
            {
                bool valid = SdpParser.IsToken(media.Media) && SdpParser.IsProtocol(media.Protocol) && media.Formats.Count > 0
                    && media.Port >= 0 && media.Port <= 65535 && (media.PortCount is null || media.PortCount > 0);
                foreach (string format in media.Formats)
                {
                    valid &= SdpParser.IsToken(format);
                }

                if (!valid)
                {
                    throw Invalid("SdpMediaInvalid", media.ToString(), "'" + media + "' is not <media> <port>[/<number of ports>] <proto> <fmt> ...: tokens, a port 0-65535 and at least one format (RFC 8866 §5.14).");
                }
            }

            return media.ToString();
        }

        private static bool IsVisible(string text)
        {
            foreach (char c in text)
            {
                if (c <= ' ' || c == '\u007F')
                {
                    return false;
                }
            }

            return true;
        }

        private static MulticastRuleException Invalid(string errorId, object? input, string message) => new MulticastRuleException(errorId, input, message);

        private sealed class Lines
        {
            private readonly StringBuilder _text = new StringBuilder();
            private readonly bool _strict;

            public Lines(bool strict) => _strict = strict;

            public void Add(char type, string value)
            {
                // RFC 8866 §5 and §9 (byte-string): a value is at least one byte, and none is NUL, CR or LF,
                // which would end or break the line.
                if (_strict && (value.Length == 0 || value.IndexOf('\0') >= 0 || value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0))
                {
                    throw Invalid("SdpTextInvalid", value, "The " + type + "= value is empty or holds a NUL, CR or LF; an SDP value is one or more other characters (RFC 8866 §5, §9).");
                }

                _text.Append(type).Append('=').Append(value).Append(LineEnd);
            }

            public void AddOptional(char type, string? value)
            {
                if (value != null)
                {
                    Add(type, value);
                }
            }

            public override string ToString() => _text.ToString();
        }
    }
}
