using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace Multicast.Madcap
{
    /// <summary>
    /// A MADCAP server as a person writes it: a host name or address, with an optional port (RFC 2730 §2: 2535 when
    /// none is given): "madcap.example.com", "192.0.2.1:2535", "[2001:db8::1]:2535", "2001:db8::1". A multicast address
    /// names a MADCAP Server Multicast Address to find servers on (§2.9, §2.10).
    /// </summary>
    public static class MadcapServerAddress
    {
        /// <summary>Splits <paramref name="text"/> into host and port; false, with the reason, when it is not one.</summary>
        public static bool TryParse(string? text, out string host, out int port, out string? reason)
        {
            host = string.Empty;
            port = MadcapConstants.ServerPort;
            reason = null;
            string value = (text ?? string.Empty).Trim();
            if (value.Length == 0)
            {
                reason = "The server is empty.";
                return false;
            }

            string? portText = null;
            if (value.StartsWith("[", StringComparison.Ordinal))
            {
                int close = value.IndexOf(']');
                if (close < 0 || (close + 1 < value.Length && value[close + 1] != ':'))
                {
                    reason = "'" + value + "' opens a bracket for an IPv6 address but does not close it before a port.";
                    return false;
                }

                host = value.Substring(1, close - 1);
                portText = close + 1 < value.Length ? value.Substring(close + 2) : null;
                if (!IPAddress.TryParse(host, out IPAddress? bracketed) || bracketed.AddressFamily != AddressFamily.InterNetworkV6)
                {
                    reason = "'" + host + "' in brackets is not an IPv6 address.";
                    return false;
                }
            }
            else if (value.Count(c => c == ':') > 1)
            {
                // An IPv6 address without brackets has no port.
                host = value;
            }
            else
            {
                int colon = value.IndexOf(':');
                host = colon < 0 ? value : value.Substring(0, colon);
                portText = colon < 0 ? null : value.Substring(colon + 1);
            }

            if (portText != null && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port < 1 || port > IPEndPoint.MaxPort))
            {
                reason = "'" + portText + "' is not a UDP port (1 to 65535).";
                return false;
            }

            if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || c == '/' || c == '@'))
            {
                reason = "'" + host + "' is not a host name or address.";
                return false;
            }

            return true;
        }

        /// <summary>
        /// The server's address and port: an address as written, or a host name looked up in DNS (its first address of
        /// <paramref name="family"/> when given, else its first IPv4 address, else its first). Throws
        /// <see cref="AddressFormatException"/> (MadcapServerInvalid) for text that is not a server, and
        /// <see cref="MulticastNotFoundException"/> (MadcapServerNotFound) for a name DNS does not know.
        /// </summary>
        public static IPEndPoint Resolve(string text, AddressFamily? family = null)
        {
            if (!TryParse(text, out string host, out int port, out string? reason))
            {
                throw new AddressFormatException("MadcapServerInvalid", text ?? string.Empty, reason! + " A MADCAP server is a host name or address with an optional port, such as 192.0.2.1, madcap.example.com:2535 or [2001:db8::1]:2535.");
            }

            if (IPAddress.TryParse(host, out IPAddress? address))
            {
                return new IPEndPoint(address, port);
            }

            IPAddress[] found;
            try
            {
                found = Dns.GetHostAddresses(host);
            }
            catch (SocketException exception)
            {
                throw new MulticastNotFoundException("MadcapServerNotFound", text, "DNS has no address for the MADCAP server '" + host + "': " + exception.Message + ".");
            }

            IPAddress? chosen = family.HasValue
                ? found.FirstOrDefault(a => a.AddressFamily == family.Value)
                : found.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? found.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetworkV6);
            if (chosen is null)
            {
                throw new MulticastNotFoundException("MadcapServerNotFound", text, "DNS has no " + (family == AddressFamily.InterNetworkV6 ? "IPv6 " : family == AddressFamily.InterNetwork ? "IPv4 " : string.Empty) + "address for the MADCAP server '" + host + "'.");
            }

            return new IPEndPoint(chosen, port);
        }
    }
}
