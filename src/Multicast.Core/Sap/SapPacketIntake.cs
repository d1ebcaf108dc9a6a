using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Sap
{
    /// <summary>
    /// Takes datagrams in for a <see cref="SapDirectory"/>: decodes each, counts and drops those that are
    /// not SAP packets, and hands the rest on. The listener and the capture replay share it.
    /// </summary>
    public sealed class SapPacketIntake
    {
        private readonly Dictionary<SapDecodeStatus, int> _malformed = new Dictionary<SapDecodeStatus, int>();
        private readonly int _maxPayloadLength;

        public SapPacketIntake(SapDirectory directory, int maxPayloadLength = SapPacketDecoder.DefaultMaxPayloadLength)
        {
            Directory = directory ?? throw new ArgumentNullException(nameof(directory));
            _maxPayloadLength = maxPayloadLength;
        }

        public SapDirectory Directory { get; }

        public int DatagramsReceived { get; private set; }

        /// <summary>Datagrams that were not SAP packets, dropped.</summary>
        public int MalformedDatagrams { get; private set; }

        /// <summary>The dropped datagrams by why they could not be read.</summary>
        public IReadOnlyDictionary<SapDecodeStatus, int> MalformedByStatus => new Dictionary<SapDecodeStatus, int>(_malformed);

        /// <summary>Packets with encrypted payloads (RFC 2974 §7): kept by hash and source, unread.</summary>
        public int EncryptedPackets { get; private set; }

        /// <summary>One datagram's payload, where it came from and where it was sent (each when known).</summary>
        public IReadOnlyList<SapSessionEvent> Take(byte[] data, IPEndPoint? source, IPAddress? destination)
        {
            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            DatagramsReceived++;
            SapDecodeResult result = SapPacketDecoder.Decode(data, 0, data.Length, _maxPayloadLength);
            if (result.Packet is null)
            {
                MalformedDatagrams++;
                _malformed[result.Status] = _malformed.TryGetValue(result.Status, out int count) ? count + 1 : 1;
                return new SapSessionEvent[0];
            }

            if (result.Packet.IsEncrypted)
            {
                EncryptedPackets++;
            }

            IPAddressValue? group = destination is null ? (IPAddressValue?)null : IPAddressValue.FromIPAddress(destination);
            return Directory.Process(result.Packet, source, group);
        }
    }
}
