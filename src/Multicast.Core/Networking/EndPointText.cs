using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Multicast
{
    /// <summary>An address and port as text a person and a parser both read: 192.0.2.1:2535, [2001:db8::1]:2535.</summary>
    public static class EndPointText
    {
        /// <summary>The canonical address (RFC 5952 for IPv6, in brackets, RFC 5952 §6) and the port.</summary>
        public static string Format(IPEndPoint endPoint)
        {
            string address = IPAddressValue.FromIPAddress(endPoint.Address).ToString();
            if (endPoint.AddressFamily == AddressFamily.InterNetworkV6 && endPoint.Address.ScopeId != 0)
            {
                // A link-local server is reached only through its zone (RFC 4007 §11).
                address += "%" + endPoint.Address.ScopeId.ToString(CultureInfo.InvariantCulture);
            }

            string port = endPoint.Port.ToString(CultureInfo.InvariantCulture);
            return endPoint.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + address + "]:" + port : address + ":" + port;
        }
    }
}
