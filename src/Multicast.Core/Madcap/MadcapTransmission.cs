using System.Net;

namespace Multicast.Madcap
{
    /// <summary>One transmission of a client's message (RFC 2730 §2.3: "The client MAY provide an indication of retransmission attempts to the user").</summary>
    public sealed class MadcapTransmission
    {
        internal MadcapTransmission(MadcapMessageType type, uint transactionId, IPEndPoint destination, int number, int of)
        {
            Type = type;
            TransactionId = transactionId;
            Destination = destination;
            Number = number;
            Of = of;
        }

        public MadcapMessageType Type { get; }

        public uint TransactionId { get; }

        public IPEndPoint Destination { get; }

        /// <summary>1 for the first transmission, 2 for the first retransmission...</summary>
        public int Number { get; }

        /// <summary>How many transmissions the schedule allows.</summary>
        public int Of { get; }

        public override string ToString() =>
            "Sent " + Type.ToString().ToUpperInvariant() + " xid " + TransactionId.ToString("x8") + " to " + Destination + " (transmission " + Number + " of " + Of + ")";
    }
}
