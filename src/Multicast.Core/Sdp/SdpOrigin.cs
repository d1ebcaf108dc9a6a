using System;
using System.Globalization;

namespace Multicast.Sdp
{
    /// <summary>
    /// The o= line (RFC 8866 §5.2): who made the session and from where, a session ID and a version. All
    /// fields but the version, together, identify the session however it is changed.
    /// </summary>
    public sealed class SdpOrigin
    {
        public SdpOrigin(string username, string sessionId, string sessionVersion, string networkType, string addressType, string unicastAddress)
        {
            Username = username ?? throw new ArgumentNullException(nameof(username));
            SessionId = sessionId ?? throw new ArgumentNullException(nameof(sessionId));
            SessionVersion = sessionVersion ?? throw new ArgumentNullException(nameof(sessionVersion));
            NetworkType = networkType ?? throw new ArgumentNullException(nameof(networkType));
            AddressType = addressType ?? throw new ArgumentNullException(nameof(addressType));
            UnicastAddress = unicastAddress ?? throw new ArgumentNullException(nameof(unicastAddress));
        }

        /// <summary>An Internet origin ("IN", with "IP4" or "IP6" by the address's family).</summary>
        public SdpOrigin(string username, ulong sessionId, ulong sessionVersion, IPAddressValue address)
            : this(
                username,
                sessionId.ToString(CultureInfo.InvariantCulture),
                sessionVersion.ToString(CultureInfo.InvariantCulture),
                SdpConnection.InternetNetworkType,
                address.IsIPv6 ? SdpConnection.IPv6AddressType : SdpConnection.IPv4AddressType,
                address.ToString())
        {
        }

        /// <summary>The user's login on the originating host, or "-" (RFC 8866 §5.2). No spaces.</summary>
        public string Username { get; }

        /// <summary>A numeric string; a timestamp in seconds since 1900 is recommended (RFC 8866 §5.2).</summary>
        public string SessionId { get; }

        /// <summary>A numeric string, increased when the session description changes (RFC 8866 §5.2).</summary>
        public string SessionVersion { get; }

        /// <summary>"IN" for the Internet.</summary>
        public string NetworkType { get; }

        /// <summary>"IP4" or "IP6".</summary>
        public string AddressType { get; }

        /// <summary>A fully qualified domain name or an address of the originating host, as written.</summary>
        public string UnicastAddress { get; }

        /// <summary>The originating host's address in canonical text, or null when <see cref="UnicastAddress"/> is a name.</summary>
        public string? Address => AddressValue?.ToString();

        /// <summary>The originating host's address (the module shows it as Address), or null for a name.</summary>
        internal IPAddressValue? AddressValue => AddressParser.TryParse(UnicastAddress, out IPAddressValue value) ? value : (IPAddressValue?)null;

        /// <summary>
        /// RFC 8866 §5.2: "the subfields excepting the version, taken together identify the session
        /// irrespective of any modifications". Compared exactly, as the RFC compares no field loosely.
        /// </summary>
        public bool IsSameSession(SdpOrigin other) =>
            other != null
            && Username == other.Username
            && SessionId == other.SessionId
            && NetworkType == other.NetworkType
            && AddressType == other.AddressType
            && UnicastAddress == other.UnicastAddress;

        /// <summary>A string that is equal for two origins exactly when <see cref="IsSameSession"/> holds.</summary>
        public string SessionKey => Username + " " + SessionId + " " + NetworkType + " " + AddressType + " " + UnicastAddress;

        /// <summary>Compares two decimal version strings by value, so "10" is after "9"; -1, 0 or 1.</summary>
        public static int CompareVersions(string left, string right)
        {
            string a = (left ?? string.Empty).TrimStart('0');
            string b = (right ?? string.Empty).TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : Math.Sign(string.CompareOrdinal(a, b));
        }

        /// <summary>
        /// Reads an o= value (without "o="): six fields one space apart (RFC 8866 §5.2). False when there
        /// are not six non-empty fields; the digits of the ID and version are not checked here.
        /// </summary>
        public static bool TryParse(string? value, out SdpOrigin? origin)
        {
            origin = null;
            string[] fields = (value ?? string.Empty).Split(' ');
            if (fields.Length != 6 || Array.IndexOf(fields, string.Empty) >= 0)
            {
                return false;
            }

            origin = new SdpOrigin(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
            return true;
        }

        /// <summary>The same origin with another version.</summary>
        public SdpOrigin WithVersion(string sessionVersion) => new SdpOrigin(Username, SessionId, sessionVersion, NetworkType, AddressType, UnicastAddress);

        /// <summary>The o= value: "username sess-id sess-version nettype addrtype unicast-address".</summary>
        public override string ToString() => Username + " " + SessionId + " " + SessionVersion + " " + NetworkType + " " + AddressType + " " + UnicastAddress;
    }
}
