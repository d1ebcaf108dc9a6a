namespace Multicast.Sdp
{
    /// <summary>The identifiers of <see cref="SdpWarning"/>. They do not change between releases.</summary>
    public static class SdpWarningIds
    {
        /// <summary>More warnings than a description keeps (<see cref="SessionDescription.MaxWarnings"/>); its message says how many more.</summary>
        public const string WarningsTruncated = "SdpWarningsTruncated";

        /// <summary>No lines at all.</summary>
        public const string Empty = "SdpEmpty";

        /// <summary>A line that is not "&lt;type&gt;=&lt;value&gt;" (RFC 8866 §5).</summary>
        public const string LineMalformed = "SdpLineMalformed";

        /// <summary>A blank line.</summary>
        public const string EmptyLine = "SdpEmptyLine";

        /// <summary>A type letter RFC 8866 does not define; the RFC has a parser ignore or reject the whole description (§5).</summary>
        public const string UnknownLineType = "SdpUnknownLineType";

        /// <summary>A line out of the fixed order of RFC 8866 §5.</summary>
        public const string LineOutOfOrder = "SdpLineOutOfOrder";

        /// <summary>A second copy of a line that may appear once (v=, o=, s=, i=, u=, a session c=, z=).</summary>
        public const string LineRepeated = "SdpLineRepeated";

        /// <summary>NUL or a lone CR inside a value (RFC 8866 §5, byte-string in §9).</summary>
        public const string InvalidCharacter = "SdpInvalidCharacter";

        /// <summary>Bytes that are not UTF-8, with no a=charset to say otherwise (RFC 8866 §5).</summary>
        public const string InvalidUtf8 = "SdpInvalidUtf8";

        /// <summary>An a=charset other than UTF-8 or ISO-8859-1; the text was read as UTF-8.</summary>
        public const string CharsetUnsupported = "SdpCharsetUnsupported";

        /// <summary>The last line has no line end (RFC 8866 §9 ends every line with CRLF).</summary>
        public const string FinalLineUnterminated = "SdpFinalLineUnterminated";

        public const string VersionMissing = "SdpVersionMissing";

        /// <summary>v= is not 0, the only version (RFC 8866 §5.1).</summary>
        public const string VersionUnsupported = "SdpVersionUnsupported";

        public const string OriginMissing = "SdpOriginMissing";

        /// <summary>o= is not six fields, or its session ID or version is not decimal digits (RFC 8866 §5.2, §9).</summary>
        public const string OriginMalformed = "SdpOriginMalformed";

        public const string SessionNameMissing = "SdpSessionNameMissing";

        /// <summary>s= is empty (RFC 8866 §5.3: "The "s=" line MUST NOT be empty").</summary>
        public const string SessionNameEmpty = "SdpSessionNameEmpty";

        /// <summary>Neither a session c= nor a c= in every media description (RFC 8866 §5.7).</summary>
        public const string ConnectionMissing = "SdpConnectionMissing";

        public const string ConnectionMalformed = "SdpConnectionMalformed";

        /// <summary>An IP4 multicast connection address without a TTL (RFC 8866 §5.7).</summary>
        public const string ConnectionTtlMissing = "SdpConnectionTtlMissing";

        /// <summary>A TTL on an IP6 connection address (RFC 8866 §5.7).</summary>
        public const string ConnectionTtlNotAllowed = "SdpConnectionTtlNotAllowed";

        /// <summary>A TTL over 255 (RFC 8866 §5.7).</summary>
        public const string ConnectionTtlOutOfRange = "SdpConnectionTtlOutOfRange";

        /// <summary>A slash after a unicast connection address (RFC 8866 §5.7).</summary>
        public const string ConnectionSlashOnUnicast = "SdpConnectionSlashOnUnicast";

        /// <summary>A TTL or number of addresses with a leading zero (RFC 8866 §9: ttl = (POS-DIGIT *2DIGIT) / "0", numaddr = POS-DIGIT *DIGIT).</summary>
        public const string ConnectionNumberMalformed = "SdpConnectionNumberMalformed";

        /// <summary>The number of addresses runs past the end of IPv4 multicast, or out of the IPv6 group's flags and scope (ffXY::/16).</summary>
        public const string ConnectionCountPastRange = "SdpConnectionCountPastRange";

        /// <summary>An IPv6 address under IP4 or an IPv4 address under IP6.</summary>
        public const string ConnectionAddressTypeMismatch = "SdpConnectionAddressTypeMismatch";

        /// <summary>More than one address in a session-level c= (RFC 8866 §5.7).</summary>
        public const string SessionConnectionMultipleAddresses = "SdpSessionConnectionMultipleAddresses";

        public const string BandwidthMalformed = "SdpBandwidthMalformed";

        public const string TimeMissing = "SdpTimeMissing";

        public const string TimeMalformed = "SdpTimeMalformed";

        public const string TimeStopBeforeStart = "SdpTimeStopBeforeStart";

        public const string RepeatMalformed = "SdpRepeatMalformed";

        /// <summary>An r= before any t=.</summary>
        public const string RepeatWithoutTime = "SdpRepeatWithoutTime";

        public const string ZoneMalformed = "SdpZoneMalformed";

        /// <summary>A z= that follows no r= of its time description (RFC 8866 §5.11, a change from RFC 4566).</summary>
        public const string ZoneWithoutRepeat = "SdpZoneWithoutRepeat";

        /// <summary>A k= line, obsolete and discarded (RFC 8866 §5.12).</summary>
        public const string KeyObsolete = "SdpKeyObsolete";

        public const string AttributeMalformed = "SdpAttributeMalformed";

        public const string MediaMalformed = "SdpMediaMalformed";
    }
}
