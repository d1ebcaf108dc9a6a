using System.Text;
using Multicast.Sap;

namespace Multicast.Tests.Sap
{
    /// <summary>Announcements and deletions for directory and engine tests.</summary>
    internal static class SapTestPackets
    {
        public static readonly IPAddressValue Announcer = AddressParser.Parse("192.0.2.1");

        public static string Description(string name = "Seminar", string version = "1", string group = "233.252.0.1/127", string time = "t=0 0", string sessionId = "3724394400", string origin = "192.0.2.1") =>
            "v=0\r\no=- " + sessionId + " " + version + " IN IP4 " + origin + "\r\ns=" + name + "\r\nc=IN IP4 " + group + "\r\n" + time + "\r\nm=audio 49170 RTP/AVP 0\r\n";

        public static SapPacket Announcement(string sdp, ushort hash = 0x1234, IPAddressValue? source = null, byte[]? authentication = null) =>
            new SapPacket(SapMessageType.Announcement, source ?? Announcer, hash, Encoding.UTF8.GetBytes(sdp), authenticationData: authentication);

        public static SapPacket Deletion(string originLine = "o=- 3724394400 1 IN IP4 192.0.2.1", ushort hash = 0x1234, IPAddressValue? source = null, byte[]? authentication = null) =>
            new SapPacket(SapMessageType.Deletion, source ?? Announcer, hash, Encoding.UTF8.GetBytes(originLine + "\r\n"), authenticationData: authentication);
    }
}
