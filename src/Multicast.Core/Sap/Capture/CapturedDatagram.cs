using System;
using System.Net;

namespace Multicast.Sap
{
    /// <summary>A UDP datagram found in a capture file: when it was captured, its endpoints and its payload.</summary>
    public sealed class CapturedDatagram
    {
        internal CapturedDatagram(long record, DateTime? timestamp, IPEndPoint source, IPEndPoint destination, byte[] data)
        {
            Record = record;
            Timestamp = timestamp;
            Source = source;
            Destination = destination;
            Data = data;
        }

        /// <summary>The 1-based number of the packet record (pcap) or packet block (pcapng) it came from.</summary>
        public long Record { get; }

        /// <summary>The capture time, UTC; null for a pcapng Simple Packet Block, which has none, and for a time no DateTime holds.</summary>
        public DateTime? Timestamp { get; }

        public IPEndPoint Source { get; }

        public IPEndPoint Destination { get; }

        /// <summary>The UDP payload.</summary>
        public byte[] Data { get; }

        /// <summary>The datagram as the SAP engines take it from a socket.</summary>
        public Networking.ReceivedDatagram ToReceivedDatagram() => new Networking.ReceivedDatagram(Data, Source, Destination.Address);

        public override string ToString() => Timestamp?.ToString("o", System.Globalization.CultureInfo.InvariantCulture) + " " + Source + " > " + Destination + " " + Data.Length + " bytes";
    }
}
