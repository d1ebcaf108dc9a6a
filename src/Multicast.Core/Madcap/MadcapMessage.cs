using System;
using System.Collections.Generic;
using System.Net;

namespace Multicast.Madcap
{
    /// <summary>
    /// A MADCAP message (RFC 2730 §2.1): the fixed header (version 0, msgtype, addrfamily, xid) and the options
    /// of §3 and RFC 2907, each at most once (§2.1.5). A null option is absent. Options this code does not
    /// know are kept in <see cref="UnknownOptions"/>.
    /// Decoding never throws on peer input: TryDecode returns a reason instead. Encoding writes the
    /// known options in code order, then the unknown ones, then End; it throws only for a message this process
    /// built wrongly.
    /// </summary>
    public sealed class MadcapMessage
    {
        /// <summary>§2.1.1: "The version field must always be zero for this version of the protocol."</summary>
        public const byte Version = 0;

        /// <summary>§2.1: version (1), msgtype (1), addrfamily (2), xid (4).</summary>
        public const int HeaderLength = 8;

        /// <summary>§2.1: "Any message whose UDP data is too short to hold this format (at least 12 bytes) MUST be ignored": the header and an End option.</summary>
        public const int MinimumLength = 12;

        /// <summary>The most a UDP datagram over IPv4 carries (65,535 less the 20-octet IP and 8-octet UDP headers): MADCAP messages are UDP datagrams (§1.5).</summary>
        public const int MaximumLength = 65507;

        public MadcapMessage(MadcapMessageType type, MadcapAddressFamily addressFamily, uint transactionId)
        {
            Type = type;
            AddressFamily = addressFamily;
            TransactionId = transactionId;
        }

        public MadcapMessageType Type { get; set; }

        /// <summary>The family of the addresses in the message unless an option says otherwise (§2.1.3).</summary>
        public MadcapAddressFamily AddressFamily { get; set; }

        /// <summary>The xid (§2.1.4).</summary>
        public uint TransactionId { get; set; }

        /// <summary>Option 1, seconds (§3.2).</summary>
        public uint? LeaseTime { get; set; }

        /// <summary>Option 2 (§3.3).</summary>
        public MadcapServerIdentifier? ServerIdentifier { get; set; }

        /// <summary>Option 3 (§3.4); every message must carry one (§2.5).</summary>
        public MadcapLeaseIdentifier? LeaseIdentifier { get; set; }

        /// <summary>Option 4: the Scope ID, in <see cref="AddressFamily"/> (§3.5).</summary>
        public IPAddress? MulticastScope { get; set; }

        /// <summary>Option 5: the option codes a GETINFO asks for (§3.6).</summary>
        public IReadOnlyList<ushort>? OptionRequestList { get; set; }

        /// <summary>Option 6, seconds since 1970 (§3.7); see <see cref="MadcapTime"/>.</summary>
        public uint? StartTime { get; set; }

        /// <summary>Option 7 (§3.8).</summary>
        public MadcapAddressCount? NumberOfAddressesRequested { get; set; }

        /// <summary>Option 8: an RFC 1766 language tag (§3.9), printable ASCII.</summary>
        public string? RequestedLanguage { get; set; }

        /// <summary>Option 9 (§3.10), at most 255 scopes.</summary>
        public IReadOnlyList<MadcapScopeEntry>? MulticastScopeList { get; set; }

        /// <summary>Option 10 (§3.11); may be present and empty (§2.13.2).</summary>
        public IReadOnlyList<MadcapAddressRange>? AddressRanges { get; set; }

        /// <summary>Option 11, the sender's clock in seconds since 1970 (§3.12).</summary>
        public uint? CurrentTime { get; set; }

        /// <summary>Option 12 (§3.13).</summary>
        public MadcapFeatureList? FeatureList { get; set; }

        /// <summary>Option 13, seconds since 1970 (§3.14).</summary>
        public uint? RetryTime { get; set; }

        /// <summary>Option 14, seconds (§3.15).</summary>
        public uint? MinimumLeaseTime { get; set; }

        /// <summary>Option 15, seconds since 1970 (§3.16).</summary>
        public uint? MaximumStartTime { get; set; }

        /// <summary>Option 16 (§3.17).</summary>
        public MadcapErrorOption? Error { get; set; }

        /// <summary>Option 17 (RFC 2907 §5).</summary>
        public MadcapNestingState? NestingState { get; set; }

        /// <summary>Options of codes this code does not know, in the order they came; never codes 0-17.</summary>
        public IList<MadcapRawOption> UnknownOptions { get; } = new List<MadcapRawOption>();

        /// <summary>True when the message carries an option of <paramref name="code"/>.</summary>
        public bool Has(MadcapOptionCode code) => code switch
        {
            MadcapOptionCode.End => true,
            MadcapOptionCode.LeaseTime => LeaseTime.HasValue,
            MadcapOptionCode.ServerIdentifier => ServerIdentifier != null,
            MadcapOptionCode.LeaseIdentifier => LeaseIdentifier != null,
            MadcapOptionCode.MulticastScope => MulticastScope != null,
            MadcapOptionCode.OptionRequestList => OptionRequestList != null,
            MadcapOptionCode.StartTime => StartTime.HasValue,
            MadcapOptionCode.NumberOfAddressesRequested => NumberOfAddressesRequested.HasValue,
            MadcapOptionCode.RequestedLanguage => RequestedLanguage != null,
            MadcapOptionCode.MulticastScopeList => MulticastScopeList != null,
            MadcapOptionCode.ListOfAddressRanges => AddressRanges != null,
            MadcapOptionCode.CurrentTime => CurrentTime.HasValue,
            MadcapOptionCode.FeatureList => FeatureList != null,
            MadcapOptionCode.RetryTime => RetryTime.HasValue,
            MadcapOptionCode.MinimumLeaseTime => MinimumLeaseTime.HasValue,
            MadcapOptionCode.MaximumStartTime => MaximumStartTime.HasValue,
            MadcapOptionCode.Error => Error != null,
            MadcapOptionCode.MulticastNestingState => NestingState != null,
            _ => FindUnknown((ushort)code) != null,
        };

        /// <summary>The unknown option of <paramref name="code"/>, or null.</summary>
        public MadcapRawOption? FindUnknown(ushort code)
        {
            foreach (MadcapRawOption option in UnknownOptions)
            {
                if (option.Code == code)
                {
                    return option;
                }
            }

            return null;
        }

        /// <summary>
        /// Reads a message from <paramref name="count"/> octets of <paramref name="data"/> at <paramref name="offset"/>.
        /// Returns false, with the reason in <paramref name="error"/>, for every datagram RFC 2730 says to ignore
        /// and every one that is malformed; never throws for any content. Throws only when the arguments do not
        /// describe a part of the array.
        /// </summary>
        public static bool TryDecode(byte[] data, int offset, int count, out MadcapMessage? message, out MadcapDecodeError error) =>
            MadcapDecoder.TryDecode(data, offset, count, out message, out error);

        /// <summary>As <see cref="TryDecode(byte[], int, int, out MadcapMessage?, out MadcapDecodeError)"/> for a whole array.</summary>
        public static bool TryDecode(byte[] data, out MadcapMessage? message, out MadcapDecodeError error) =>
            MadcapDecoder.TryDecode(data ?? throw new ArgumentNullException(nameof(data)), 0, data.Length, out message, out error);

        /// <summary>The message in the layout of RFC 2730 §2.1 and §3.</summary>
        public byte[] Encode() => MadcapEncoder.Encode(this);

        public override string ToString() =>
            Type + " xid " + TransactionId.ToString("x8") + (LeaseIdentifier != null ? " lease " + LeaseIdentifier : string.Empty);
    }
}
