using System;
using System.Collections.Generic;
using System.IO;

namespace Multicast.Sap
{
    /// <summary>
    /// Reads the UDP datagrams to one port (9875, SAP's, by default) out of a pcap or pcapng capture. A
    /// damaged capture gives what could be read, and counts what could not: damaged content never throws;
    /// only the stream itself failing (an I/O error) does. IP fragments are skipped and counted, not reassembled.
    /// </summary>
    public sealed class CaptureReader
    {
        private readonly Stream _stream;
        private readonly int? _port;
        private bool _started;

        /// <summary>A reader of <paramref name="stream"/> for UDP datagrams to <paramref name="port"/> (null: any port).</summary>
        public CaptureReader(Stream stream, int? port = SapAddresses.Port)
        {
            _stream = stream ?? throw new ArgumentNullException(nameof(stream));
            if (port < 0 || port > 65535)
            {
                throw new MulticastRuleException("CapturePortInvalid", port, "The UDP port " + port + " is outside 0-65535.");
            }

            _port = port;
        }

        /// <summary>The format found at the start of the stream; <see cref="CaptureFormat.Unknown"/> until read, or when it is neither.</summary>
        public CaptureFormat Format { get; private set; }

        /// <summary>Packet records (pcap) or packet blocks (pcapng) read whole.</summary>
        public long Records { get; private set; }

        /// <summary>UDP datagrams to the port, returned.</summary>
        public long Datagrams { get; private set; }

        /// <summary>Packets read whole that are other traffic: another protocol, another port.</summary>
        public long OtherPackets { get; private set; }

        /// <summary>IP fragments, skipped: they are not reassembled.</summary>
        public long Fragments { get; private set; }

        /// <summary>Records, blocks or packets that could not be read: cut short, or with lengths that contradict each other.</summary>
        public long DamagedRecords { get; private set; }

        /// <summary>Packets on a link type this reader does not decode.</summary>
        public long UnsupportedLinkTypeRecords { get; private set; }

        /// <summary>Reading stopped before the end of the stream: a record was cut short, or the file's structure could not be followed.</summary>
        public bool StoppedEarly { get; private set; }

        /// <summary>Reads the stream once, yielding each datagram as it is found. The counters are final when it ends.</summary>
        public IEnumerable<CapturedDatagram> ReadDatagrams()
        {
            if (_started)
            {
                throw new InvalidOperationException("A capture stream is read once; make a new reader to read it again.");
            }

            _started = true;
            return Read();
        }

        internal void CountDamaged() => DamagedRecords++;

        internal void Stop()
        {
            StoppedEarly = true;
        }

        private IEnumerable<CapturedDatagram> Read()
        {
            var magic = new byte[4];
            if (ByteOrder.ReadFully(_stream, magic, 0, 4) < 4)
            {
                yield break;
            }

            IEnumerable<CapturedFrame> frames;
            if (PcapFileReader.IsMagic(magic))
            {
                Format = CaptureFormat.Pcap;
                frames = PcapFileReader.Read(_stream, magic, this);
            }
            else if (PcapNgFileReader.IsMagic(magic))
            {
                Format = CaptureFormat.PcapNg;
                frames = PcapNgFileReader.Read(_stream, magic, this);
            }
            else
            {
                yield break;
            }

            foreach (CapturedFrame frame in frames)
            {
                Records++;
                switch (FrameDecoder.Decode(frame, _port, out CapturedDatagram? datagram))
                {
                    case FrameOutcome.Datagram:
                        Datagrams++;
                        yield return datagram!;
                        break;
                    case FrameOutcome.OtherTraffic:
                        OtherPackets++;
                        break;
                    case FrameOutcome.Fragment:
                        Fragments++;
                        break;
                    case FrameOutcome.UnsupportedLinkType:
                        UnsupportedLinkTypeRecords++;
                        break;
                    default:
                        DamagedRecords++;
                        break;
                }
            }
        }
    }
}
