using System.Net;

namespace Multicast.Sap
{
    /// <summary>An endpoint as text: "192.0.2.10:9875", or "[2001:db8::30]:9875" for IPv6, the address canonical (RFC 5952).</summary>
    internal static class EndPointText
    {
        public static string? Of(IPEndPoint? endPoint)
        {
            if (endPoint is null)
            {
                return null;
            }

            // The module's own text for the address; .NET's would keep an IPv6 scope ID and differs between runtimes.
            string address = IPAddressValue.FromIPAddress(endPoint.Address).ToString();
            string port = endPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return endPoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + address + "]:" + port : address + ":" + port;
        }
    }
}
