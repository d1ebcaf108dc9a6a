namespace Multicast.Madcap
{
    /// <summary>
    /// Why <see cref="MadcapMessage.TryDecode(byte[], int, int, out MadcapMessage?, out MadcapDecodeError)"/>
    /// refused a datagram, where, and as much of the message as could be read: a server needs the header and
    /// the Lease Identifier to answer a readable but invalid request with a NAK (RFC 2730 §2.1.5, §2.6).
    /// </summary>
    public readonly struct MadcapDecodeError
    {
        internal MadcapDecodeError(
            MadcapDecodeFailure failure,
            int optionCode,
            int offset,
            bool headerRead,
            MadcapMessageType messageType,
            MadcapAddressFamily addressFamily,
            uint transactionId,
            MadcapLeaseIdentifier? leaseIdentifier)
        {
            Failure = failure;
            OptionCode = optionCode;
            Offset = offset;
            HeaderRead = headerRead;
            MessageType = messageType;
            AddressFamily = addressFamily;
            TransactionId = transactionId;
            LeaseIdentifier = leaseIdentifier;
        }

        public MadcapDecodeFailure Failure { get; }

        /// <summary>The code of the option at fault, or -1 when the fault is not in one option.</summary>
        public int OptionCode { get; }

        /// <summary>Where in the datagram the fault was found, counted from its first octet.</summary>
        public int Offset { get; }

        /// <summary>True when the datagram had 12 or more octets and version 0, so the header fields below hold what it said (even if its options are garbled).</summary>
        public bool HeaderRead { get; }

        public MadcapMessageType MessageType { get; }

        public MadcapAddressFamily AddressFamily { get; }

        public uint TransactionId { get; }

        /// <summary>The Lease Identifier option, when the options could be framed and it was well-formed.</summary>
        public MadcapLeaseIdentifier? LeaseIdentifier { get; }

        /// <summary>
        /// True when the datagram cannot be trusted to be what its header says (§2.6: "the message is garbled or
        /// has an incorrect version number"): too short, wrong version, or options that do not frame. The RFC
        /// requires such datagrams to be ignored by clients and servers alike.
        /// </summary>
        public bool IsGarbled => Failure == MadcapDecodeFailure.TooShort
            || Failure == MadcapDecodeFailure.UnsupportedVersion
            || Failure == MadcapDecodeFailure.TruncatedOption
            || Failure == MadcapDecodeFailure.MissingEnd
            || Failure == MadcapDecodeFailure.EndNotLast
            || Failure == MadcapDecodeFailure.EndLengthNotZero;

        public override string ToString()
        {
            string where = OptionCode >= 0 ? " in option " + OptionCode : string.Empty;
            return Failure + where + " at octet " + Offset;
        }
    }
}
