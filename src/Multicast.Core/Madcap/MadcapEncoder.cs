using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace Multicast.Madcap
{
    /// <summary>
    /// <see cref="MadcapMessage"/> to octets in the layout of RFC 2730 §2.1 and §3: header, the known options in
    /// code order, the unknown options in list order, End. A message that cannot be encoded as the RFC lays it
    /// out (an address of the wrong family, a list too long for its count field...) is this process's mistake,
    /// and throws <see cref="MulticastRuleException"/> naming the option.
    /// </summary>
    internal static class MadcapEncoder
    {
        private const int KnownCodes = (int)MadcapOptionCode.MulticastNestingState + 1;

        public static byte[] Encode(MadcapMessage message)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            var lengths = new int[KnownCodes];
            int total = MadcapMessage.HeaderLength;
            for (int code = 1; code < KnownCodes; code++)
            {
                lengths[code] = ValueLength(message, (MadcapOptionCode)code);
                if (lengths[code] >= 0)
                {
                    CheckLength((MadcapOptionCode)code, lengths[code]);
                    total += 4 + lengths[code];
                }
            }

            var unknownCodes = new HashSet<ushort>();
            foreach (MadcapRawOption option in message.UnknownOptions)
            {
                if (option.Code < KnownCodes)
                {
                    throw new MulticastRuleException("MadcapUnknownOptionCode", option.Code, "Option " + option.Code + " is defined by RFC 2730 or RFC 2907; set it through its own property rather than as an unknown option.");
                }

                if (!unknownCodes.Add(option.Code))
                {
                    throw new MulticastRuleException("MadcapDuplicateOption", option.Code, "A message carries each option at most once (RFC 2730 §2.1.5); option " + option.Code + " is there twice.");
                }

                total += 4 + option.Length;
            }

            total += 4;
            if (total > MadcapMessage.MaximumLength)
            {
                throw new MulticastRuleException(
                    "MadcapMessageTooLong",
                    total,
                    "A MADCAP message is one UDP datagram (RFC 2730 §1.5), of at most " + MadcapMessage.MaximumLength + " octets; this " + message.Type.ToString().ToUpperInvariant() + " needs " + total + ".");
            }

            var data = new byte[total];
            data[0] = MadcapMessage.Version;
            data[1] = (byte)message.Type;
            MadcapWire.WriteUInt16(data, 2, (ushort)message.AddressFamily);
            MadcapWire.WriteUInt32(data, 4, message.TransactionId);
            int position = MadcapMessage.HeaderLength;
            for (int code = 1; code < KnownCodes; code++)
            {
                if (lengths[code] < 0)
                {
                    continue;
                }

                MadcapWire.WriteUInt16(data, position, (ushort)code);
                MadcapWire.WriteUInt16(data, position + 2, (ushort)lengths[code]);
                WriteValue(message, (MadcapOptionCode)code, data, position + 4);
                position += 4 + lengths[code];
            }

            foreach (MadcapRawOption option in message.UnknownOptions)
            {
                MadcapWire.WriteUInt16(data, position, option.Code);
                MadcapWire.WriteUInt16(data, position + 2, (ushort)option.Length);
                option.CopyTo(data, position + 4);
                position += 4 + option.Length;
            }

            // §3.1: End, code 0, length 0; the array is already zero there.
            return data;
        }

        /// <summary>The value length of option <paramref name="code"/>, or -1 when the message does not carry it.</summary>
        private static int ValueLength(MadcapMessage message, MadcapOptionCode code)
        {
            int addressLength = MadcapWire.AddressLength(message.AddressFamily);
            switch (code)
            {
                case MadcapOptionCode.LeaseTime:
                    return message.LeaseTime.HasValue ? 4 : -1;
                case MadcapOptionCode.ServerIdentifier:
                    return message.ServerIdentifier is null ? -1 : 2 + message.ServerIdentifier.AddressLength;
                case MadcapOptionCode.LeaseIdentifier:
                    return message.LeaseIdentifier?.Length ?? -1;
                case MadcapOptionCode.MulticastScope:
                    if (message.MulticastScope is null)
                    {
                        return -1;
                    }

                    CheckFamily(message, code, message.MulticastScope);
                    return addressLength;
                case MadcapOptionCode.OptionRequestList:
                    if (message.OptionRequestList is null)
                    {
                        return -1;
                    }

                    if (message.OptionRequestList.Count == 0)
                    {
                        throw new MulticastRuleException("MadcapEmptyOptionRequestList", code, "An Option Request List names at least one option (RFC 2730 §3.6: minimum length 2).");
                    }

                    return 2 * message.OptionRequestList.Count;
                case MadcapOptionCode.StartTime:
                    return message.StartTime.HasValue ? 4 : -1;
                case MadcapOptionCode.NumberOfAddressesRequested:
                    return message.NumberOfAddressesRequested.HasValue ? 4 : -1;
                case MadcapOptionCode.RequestedLanguage:
                    if (message.RequestedLanguage is null)
                    {
                        return -1;
                    }

                    if (!MadcapZoneName.IsLanguageTag(message.RequestedLanguage))
                    {
                        throw new MulticastRuleException("MadcapLanguageTag", message.RequestedLanguage, "A Requested Language is an RFC 1766 language tag of printable ASCII (RFC 2730 §3.9); '" + message.RequestedLanguage + "' is not.");
                    }

                    return message.RequestedLanguage.Length;
                case MadcapOptionCode.MulticastScopeList:
                    return ScopeListLength(message);
                case MadcapOptionCode.ListOfAddressRanges:
                    if (message.AddressRanges is null)
                    {
                        return -1;
                    }

                    foreach (MadcapAddressRange range in message.AddressRanges)
                    {
                        CheckFamily(message, code, range.Start);
                    }

                    return message.AddressRanges.Count * (addressLength + 2);
                case MadcapOptionCode.CurrentTime:
                    return message.CurrentTime.HasValue ? 4 : -1;
                case MadcapOptionCode.FeatureList:
                    return message.FeatureList?.EncodedLength ?? -1;
                case MadcapOptionCode.RetryTime:
                    return message.RetryTime.HasValue ? 4 : -1;
                case MadcapOptionCode.MinimumLeaseTime:
                    return message.MinimumLeaseTime.HasValue ? 4 : -1;
                case MadcapOptionCode.MaximumStartTime:
                    return message.MaximumStartTime.HasValue ? 4 : -1;
                case MadcapOptionCode.Error:
                    return message.Error is null ? -1 : 2 + message.Error.ExtraDataLength;
                case MadcapOptionCode.MulticastNestingState:
                    return message.NestingState?.EncodedLength ?? -1;
                default:
                    return -1;
            }
        }

        private static int ScopeListLength(MadcapMessage message)
        {
            IReadOnlyList<MadcapScopeEntry>? scopes = message.MulticastScopeList;
            if (scopes is null)
            {
                return -1;
            }

            if (scopes.Count > byte.MaxValue)
            {
                throw new MulticastRuleException("MadcapScopeListCount", scopes.Count, "A Multicast Scope List holds at most 255 scopes (RFC 2730 §3.10: a one-octet count); this one has " + scopes.Count + ".");
            }

            var scopeIds = new HashSet<IPAddress>();
            int length = 1;
            foreach (MadcapScopeEntry scope in scopes)
            {
                CheckFamily(message, MadcapOptionCode.MulticastScopeList, scope.ScopeId);
                if (!scopeIds.Add(scope.ScopeId))
                {
                    throw new MulticastRuleException("MadcapScopeListDuplicate", scope.ScopeId.ToString(), "The Scope IDs of a Multicast Scope List MUST be unique (RFC 2730 §3.10); " + scope.ScopeId + " is there twice.");
                }

                length += (2 * MadcapWire.AddressLength(message.AddressFamily)) + 2;
                foreach (MadcapZoneName name in scope.Names)
                {
                    length += name.EncodedLength;
                }
            }

            return length;
        }

        private static void WriteValue(MadcapMessage message, MadcapOptionCode code, byte[] data, int index)
        {
            switch (code)
            {
                case MadcapOptionCode.LeaseTime:
                    MadcapWire.WriteUInt32(data, index, message.LeaseTime!.Value);
                    break;
                case MadcapOptionCode.ServerIdentifier:
                    MadcapWire.WriteUInt16(data, index, (ushort)message.ServerIdentifier!.Family);
                    message.ServerIdentifier.CopyAddressTo(data, index + 2);
                    break;
                case MadcapOptionCode.LeaseIdentifier:
                    message.LeaseIdentifier!.CopyTo(data, index);
                    break;
                case MadcapOptionCode.MulticastScope:
                    WriteAddress(message.MulticastScope!, data, index);
                    break;
                case MadcapOptionCode.OptionRequestList:
                    for (int i = 0; i < message.OptionRequestList!.Count; i++)
                    {
                        MadcapWire.WriteUInt16(data, index + (2 * i), message.OptionRequestList[i]);
                    }

                    break;
                case MadcapOptionCode.StartTime:
                    MadcapWire.WriteUInt32(data, index, message.StartTime!.Value);
                    break;
                case MadcapOptionCode.NumberOfAddressesRequested:
                    MadcapWire.WriteUInt16(data, index, message.NumberOfAddressesRequested!.Value.Minimum);
                    MadcapWire.WriteUInt16(data, index + 2, message.NumberOfAddressesRequested.Value.Desired);
                    break;
                case MadcapOptionCode.RequestedLanguage:
                    Encoding.ASCII.GetBytes(message.RequestedLanguage!, 0, message.RequestedLanguage!.Length, data, index);
                    break;
                case MadcapOptionCode.MulticastScopeList:
                    WriteScopeList(message.MulticastScopeList!, data, index);
                    break;
                case MadcapOptionCode.ListOfAddressRanges:
                    foreach (MadcapAddressRange range in message.AddressRanges!)
                    {
                        index = WriteAddress(range.Start, data, index);
                        MadcapWire.WriteUInt16(data, index, range.BlockSize);
                        index += 2;
                    }

                    break;
                case MadcapOptionCode.CurrentTime:
                    MadcapWire.WriteUInt32(data, index, message.CurrentTime!.Value);
                    break;
                case MadcapOptionCode.FeatureList:
                    foreach (IReadOnlyList<ushort> list in new[] { message.FeatureList!.Supported, message.FeatureList.Requested, message.FeatureList.Required })
                    {
                        MadcapWire.WriteUInt16(data, index, (ushort)list.Count);
                        index += 2;
                        foreach (ushort feature in list)
                        {
                            MadcapWire.WriteUInt16(data, index, feature);
                            index += 2;
                        }
                    }

                    break;
                case MadcapOptionCode.RetryTime:
                    MadcapWire.WriteUInt32(data, index, message.RetryTime!.Value);
                    break;
                case MadcapOptionCode.MinimumLeaseTime:
                    MadcapWire.WriteUInt32(data, index, message.MinimumLeaseTime!.Value);
                    break;
                case MadcapOptionCode.MaximumStartTime:
                    MadcapWire.WriteUInt32(data, index, message.MaximumStartTime!.Value);
                    break;
                case MadcapOptionCode.Error:
                    MadcapWire.WriteUInt16(data, index, (ushort)message.Error!.Code);
                    message.Error.CopyExtraDataTo(data, index + 2);
                    break;
                case MadcapOptionCode.MulticastNestingState:
                    message.NestingState!.CopyTo(data, index);
                    break;
            }
        }

        private static void WriteScopeList(IReadOnlyList<MadcapScopeEntry> scopes, byte[] data, int index)
        {
            data[index++] = (byte)scopes.Count;
            foreach (MadcapScopeEntry scope in scopes)
            {
                index = WriteAddress(scope.ScopeId, data, index);
                index = WriteAddress(scope.LastAddress, data, index);
                data[index++] = scope.Ttl;
                data[index++] = (byte)scope.Names.Count;
                foreach (MadcapZoneName name in scope.Names)
                {
                    data[index++] = name.Flags;
                    int tagLength = Encoding.ASCII.GetBytes(name.LanguageTag, 0, name.LanguageTag.Length, data, index + 1);
                    data[index] = (byte)tagLength;
                    index += 1 + tagLength;
                    int nameLength = Encoding.UTF8.GetBytes(name.Name, 0, name.Name.Length, data, index + 1);
                    data[index] = (byte)nameLength;
                    index += 1 + nameLength;
                }
            }
        }

        private static int WriteAddress(IPAddress address, byte[] data, int index)
        {
            byte[] octets = address.GetAddressBytes();
            Buffer.BlockCopy(octets, 0, data, index, octets.Length);
            return index + octets.Length;
        }

        /// <summary>§3.5, §3.10, §3.11: these addresses are in the header's addrfamily, which must therefore be IPv4 or IPv6.</summary>
        private static void CheckFamily(MadcapMessage message, MadcapOptionCode code, IPAddress address)
        {
            if (MadcapWire.AddressLength(message.AddressFamily) == 0 || MadcapWire.FamilyOf(address) != message.AddressFamily)
            {
                throw new MulticastRuleException(
                    "MadcapAddressFamilyMismatch",
                    address.ToString(),
                    "The " + code + " option holds addresses of the message's address family (RFC 2730 §2.1.3), which is " + message.AddressFamily + "; " + address + " is not of that family.");
            }
        }

        private static void CheckLength(MadcapOptionCode code, int length)
        {
            if (length > ushort.MaxValue)
            {
                throw new MulticastRuleException("MadcapOptionTooLong", (ushort)code, "An option's length field is 16 bits (RFC 2730 §2.1.5); the " + code + " option needs " + length + " octets.");
            }
        }
    }
}
