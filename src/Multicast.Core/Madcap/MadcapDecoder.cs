using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace Multicast.Madcap
{
    /// <summary>
    /// Datagram to <see cref="MadcapMessage"/>, in two passes: the first frames the options (RFC 2730 §2.1.5),
    /// so that a garbled datagram is told apart from a readable but invalid one; the second reads each
    /// known option. Every path returns a result; nothing a peer sends can make it throw.
    /// </summary>
    internal static class MadcapDecoder
    {
        private const int NoOption = -1;

        public static bool TryDecode(byte[] data, int offset, int count, out MadcapMessage? message, out MadcapDecodeError error)
        {
            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The offset and count do not describe a part of the array.");
            }

            message = null;
            if (count < MadcapMessage.MinimumLength)
            {
                error = Failed(MadcapDecodeFailure.TooShort, NoOption, count);
                return false;
            }

            if (data[offset] != MadcapMessage.Version)
            {
                error = Failed(MadcapDecodeFailure.UnsupportedVersion, NoOption, 0);
                return false;
            }

            var type = (MadcapMessageType)data[offset + 1];
            var family = (MadcapAddressFamily)MadcapWire.ReadUInt16(data, offset + 2);
            uint xid = MadcapWire.ReadUInt32(data, offset + 4);

            // Pass 1: framing. The options must be a sequence of (code, length, value) ending with End (§2.1.5).
            int end = offset + count;
            int position = offset + MadcapMessage.HeaderLength;
            ulong seenLow = 0;
            ulong[]? seenHigh = null;
            int duplicate = NoOption;
            int duplicateAt = 0;
            int leaseIdentifierAt = -1;
            int leaseIdentifierLength = 0;
            while (true)
            {
                if (position == end)
                {
                    error = Readable(MadcapDecodeFailure.MissingEnd, NoOption, position - offset, type, family, xid, null);
                    return false;
                }

                if (end - position < 4)
                {
                    error = Readable(MadcapDecodeFailure.TruncatedOption, NoOption, position - offset, type, family, xid, null);
                    return false;
                }

                ushort code = MadcapWire.ReadUInt16(data, position);
                int length = MadcapWire.ReadUInt16(data, position + 2);
                if (code == (ushort)MadcapOptionCode.End)
                {
                    if (length != 0)
                    {
                        error = Readable(MadcapDecodeFailure.EndLengthNotZero, code, position - offset, type, family, xid, null);
                        return false;
                    }

                    if (position + 4 != end)
                    {
                        error = Readable(MadcapDecodeFailure.EndNotLast, code, position + 4 - offset, type, family, xid, null);
                        return false;
                    }

                    break;
                }

                if (length > end - position - 4)
                {
                    error = Readable(MadcapDecodeFailure.TruncatedOption, code, position - offset, type, family, xid, null);
                    return false;
                }

                if (duplicate == NoOption && !MarkSeen(code, ref seenLow, ref seenHigh))
                {
                    duplicate = code;
                    duplicateAt = position - offset;
                }

                if (code == (ushort)MadcapOptionCode.LeaseIdentifier && leaseIdentifierAt < 0)
                {
                    leaseIdentifierAt = position + 4;
                    leaseIdentifierLength = length;
                }

                position += 4 + length;
            }

            // The header and Lease Identifier are now trustworthy enough for a server to address a NAK.
            MadcapLeaseIdentifier? leaseIdentifier = leaseIdentifierAt >= 0 && leaseIdentifierLength >= 1 && duplicate != (int)MadcapOptionCode.LeaseIdentifier
                ? MadcapLeaseIdentifier.Read(data, leaseIdentifierAt, leaseIdentifierLength)
                : null;
            if (duplicate != NoOption)
            {
                error = Readable(MadcapDecodeFailure.DuplicateOption, duplicate, duplicateAt, type, family, xid, leaseIdentifier);
                return false;
            }

            if (type < MadcapMessageType.Discover || type > MadcapMessageType.GetInfo)
            {
                error = Readable(MadcapDecodeFailure.UnknownMessageType, NoOption, 1, type, family, xid, leaseIdentifier);
                return false;
            }

            // Pass 2: the value of each option.
            var result = new MadcapMessage(type, family, xid);
            position = offset + MadcapMessage.HeaderLength;
            while (true)
            {
                ushort code = MadcapWire.ReadUInt16(data, position);
                int length = MadcapWire.ReadUInt16(data, position + 2);
                if (code == (ushort)MadcapOptionCode.End)
                {
                    break;
                }

                MadcapDecodeFailure failure = ReadOption(result, code, data, position + 4, length);
                if (failure != MadcapDecodeFailure.None)
                {
                    error = Readable(failure, code, position - offset, type, family, xid, leaseIdentifier);
                    return false;
                }

                position += 4 + length;
            }

            message = result;
            error = default;
            return true;
        }

        /// <summary>
        /// Records <paramref name="code"/>; false when it was already there. Codes below 64 (every code RFC 2730 and RFC 2907
        /// define) live in one word; the others in a bitmap of all 65536 codes, made at the first such code, so that a
        /// datagram of thousands of distinct unknown options costs one bit test each, not a search.
        /// </summary>
        private static bool MarkSeen(ushort code, ref ulong seenLow, ref ulong[]? seenHigh)
        {
            if (code < 64)
            {
                ulong bit = 1UL << code;
                if ((seenLow & bit) != 0)
                {
                    return false;
                }

                seenLow |= bit;
                return true;
            }

            seenHigh ??= new ulong[(ushort.MaxValue + 1) / 64];
            ulong mask = 1UL << (code & 63);
            if ((seenHigh[code >> 6] & mask) != 0)
            {
                return false;
            }

            seenHigh[code >> 6] |= mask;
            return true;
        }

        private static MadcapDecodeFailure ReadOption(MadcapMessage message, ushort code, byte[] data, int index, int length)
        {
            int addressLength = MadcapWire.AddressLength(message.AddressFamily);
            switch ((MadcapOptionCode)code)
            {
                case MadcapOptionCode.LeaseTime:
                case MadcapOptionCode.StartTime:
                case MadcapOptionCode.CurrentTime:
                case MadcapOptionCode.RetryTime:
                case MadcapOptionCode.MinimumLeaseTime:
                case MadcapOptionCode.MaximumStartTime:
                    // §3.2, §3.7, §3.12, §3.14, §3.15, §3.16: "the length is 4".
                    if (length != 4)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    StoreSeconds(message, (MadcapOptionCode)code, MadcapWire.ReadUInt32(data, index));
                    return MadcapDecodeFailure.None;

                case MadcapOptionCode.ServerIdentifier:
                {
                    // §3.3: family (2 octets), then the address; "its minimum length is 3".
                    if (length < 3)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    var serverFamily = (MadcapAddressFamily)MadcapWire.ReadUInt16(data, index);
                    int expected = MadcapWire.AddressLength(serverFamily);
                    if (expected != 0 && length - 2 != expected)
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    message.ServerIdentifier = MadcapServerIdentifier.Read(serverFamily, data, index + 2, length - 2);
                    return MadcapDecodeFailure.None;
                }

                case MadcapOptionCode.LeaseIdentifier:
                    if (length < 1)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    message.LeaseIdentifier = MadcapLeaseIdentifier.Read(data, index, length);
                    return MadcapDecodeFailure.None;

                case MadcapOptionCode.MulticastScope:
                    if (length < 1)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    if (addressLength == 0)
                    {
                        return MadcapDecodeFailure.UnsupportedAddressFamily;
                    }

                    if (length != addressLength)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    message.MulticastScope = MadcapWire.ReadAddress(data, index, length);
                    return MadcapDecodeFailure.None;

                case MadcapOptionCode.OptionRequestList:
                {
                    // §3.6: a list of two-octet codes, "the minimum length is 2".
                    if (length < 2 || length % 2 != 0)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    var codes = new ushort[length / 2];
                    for (int i = 0; i < codes.Length; i++)
                    {
                        codes[i] = MadcapWire.ReadUInt16(data, index + (2 * i));
                    }

                    message.OptionRequestList = Array.AsReadOnly(codes);
                    return MadcapDecodeFailure.None;
                }

                case MadcapOptionCode.NumberOfAddressesRequested:
                    if (length != 4)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    message.NumberOfAddressesRequested = new MadcapAddressCount(MadcapWire.ReadUInt16(data, index), MadcapWire.ReadUInt16(data, index + 2));
                    return MadcapDecodeFailure.None;

                case MadcapOptionCode.RequestedLanguage:
                    if (!IsLanguageTag(data, index, length))
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    message.RequestedLanguage = Encoding.ASCII.GetString(data, index, length);
                    return MadcapDecodeFailure.None;

                case MadcapOptionCode.MulticastScopeList:
                    return ReadScopeList(message, data, index, length, addressLength);

                case MadcapOptionCode.ListOfAddressRanges:
                {
                    if (length == 0)
                    {
                        message.AddressRanges = Array.AsReadOnly(new MadcapAddressRange[0]);
                        return MadcapDecodeFailure.None;
                    }

                    if (addressLength == 0)
                    {
                        return MadcapDecodeFailure.UnsupportedAddressFamily;
                    }

                    int entryLength = addressLength + 2;
                    if (length % entryLength != 0)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    var ranges = new MadcapAddressRange[length / entryLength];
                    for (int i = 0; i < ranges.Length; i++)
                    {
                        int at = index + (i * entryLength);
                        ranges[i] = new MadcapAddressRange(MadcapWire.ReadAddress(data, at, addressLength), MadcapWire.ReadUInt16(data, at + addressLength));
                    }

                    message.AddressRanges = Array.AsReadOnly(ranges);
                    return MadcapDecodeFailure.None;
                }

                case MadcapOptionCode.FeatureList:
                    return ReadFeatureList(message, data, index, length);

                case MadcapOptionCode.Error:
                {
                    // §3.17: "the minimum length is 2"; codes 0-4 define the extra data's shape.
                    if (length < 2)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    if (!MadcapErrorOption.IsWellFormed(MadcapWire.ReadUInt16(data, index), length - 2))
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    message.Error = MadcapErrorOption.Read(data, index, length);
                    return MadcapDecodeFailure.None;
                }

                case MadcapOptionCode.MulticastNestingState:
                    if (length < 1)
                    {
                        return MadcapDecodeFailure.BadOptionLength;
                    }

                    if (!MadcapNestingState.TryRead(data, index, length, out MadcapNestingState? state))
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    message.NestingState = state;
                    return MadcapDecodeFailure.None;

                default:
                {
                    var value = new byte[length];
                    Buffer.BlockCopy(data, index, value, 0, length);
                    message.UnknownOptions.Add(new MadcapRawOption(code, value));
                    return MadcapDecodeFailure.None;
                }
            }
        }

        private static void StoreSeconds(MadcapMessage message, MadcapOptionCode code, uint value)
        {
            switch (code)
            {
                case MadcapOptionCode.LeaseTime:
                    message.LeaseTime = value;
                    break;
                case MadcapOptionCode.StartTime:
                    message.StartTime = value;
                    break;
                case MadcapOptionCode.CurrentTime:
                    message.CurrentTime = value;
                    break;
                case MadcapOptionCode.RetryTime:
                    message.RetryTime = value;
                    break;
                case MadcapOptionCode.MinimumLeaseTime:
                    message.MinimumLeaseTime = value;
                    break;
                default:
                    message.MaximumStartTime = value;
                    break;
            }
        }

        /// <summary>
        /// §3.10: a one-octet count, then per scope the Scope ID, the last address, a TTL octet, a name count and
        /// the names, each (flags, tag length, tag, name length, UTF-8 name) with non-zero lengths. The tuples must
        /// fill the option exactly, and "The Scope IDs of entries in the list MUST be unique".
        /// </summary>
        private static MadcapDecodeFailure ReadScopeList(MadcapMessage message, byte[] data, int index, int length, int addressLength)
        {
            // "the minimum length is 0": an empty option lists no scope.
            if (length == 0)
            {
                message.MulticastScopeList = Array.AsReadOnly(new MadcapScopeEntry[0]);
                return MadcapDecodeFailure.None;
            }

            int end = index + length;
            int count = data[index];
            int position = index + 1;
            if (count > 0 && addressLength == 0)
            {
                return MadcapDecodeFailure.UnsupportedAddressFamily;
            }

            var entries = new MadcapScopeEntry[count];
            var scopeIds = new HashSet<IPAddress>();
            for (int e = 0; e < count; e++)
            {
                if (end - position < (2 * addressLength) + 2)
                {
                    return MadcapDecodeFailure.MalformedOption;
                }

                IPAddress scopeId = MadcapWire.ReadAddress(data, position, addressLength);
                IPAddress last = MadcapWire.ReadAddress(data, position + addressLength, addressLength);
                byte ttl = data[position + (2 * addressLength)];
                int nameCount = data[position + (2 * addressLength) + 1];
                position += (2 * addressLength) + 2;
                if (MadcapWire.Compare(scopeId, last) > 0 || !scopeIds.Add(scopeId))
                {
                    return MadcapDecodeFailure.MalformedOption;
                }

                var names = new MadcapZoneName[nameCount];
                for (int n = 0; n < nameCount; n++)
                {
                    if (end - position < 2)
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    byte flags = data[position];
                    int tagLength = data[position + 1];
                    position += 2;
                    if (tagLength == 0 || end - position < tagLength + 1 || !IsLanguageTag(data, position, tagLength))
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    string tag = Encoding.ASCII.GetString(data, position, tagLength);
                    position += tagLength;
                    int nameLength = data[position];
                    position++;
                    if (nameLength == 0 || end - position < nameLength || !MadcapWire.IsWellFormedUtf8(data, position, nameLength))
                    {
                        return MadcapDecodeFailure.MalformedOption;
                    }

                    names[n] = new MadcapZoneName(flags, tag, Encoding.UTF8.GetString(data, position, nameLength));
                    position += nameLength;
                }

                entries[e] = new MadcapScopeEntry(scopeId, last, ttl, names);
            }

            if (position != end)
            {
                return MadcapDecodeFailure.MalformedOption;
            }

            message.MulticastScopeList = Array.AsReadOnly(entries);
            return MadcapDecodeFailure.None;
        }

        /// <summary>§3.13: three lists, each a two-octet count and that many two-octet codes; "the minimum length is 6".</summary>
        private static MadcapDecodeFailure ReadFeatureList(MadcapMessage message, byte[] data, int index, int length)
        {
            if (length < 6)
            {
                return MadcapDecodeFailure.BadOptionLength;
            }

            int end = index + length;
            int position = index;
            var lists = new ushort[3][];
            for (int l = 0; l < 3; l++)
            {
                if (end - position < 2)
                {
                    return MadcapDecodeFailure.MalformedOption;
                }

                int count = MadcapWire.ReadUInt16(data, position);
                position += 2;
                if ((end - position) / 2 < count)
                {
                    return MadcapDecodeFailure.MalformedOption;
                }

                lists[l] = new ushort[count];
                for (int i = 0; i < count; i++)
                {
                    lists[l][i] = MadcapWire.ReadUInt16(data, position);
                    position += 2;
                }
            }

            if (position != end)
            {
                return MadcapDecodeFailure.MalformedOption;
            }

            message.FeatureList = new MadcapFeatureList(lists[0], lists[1], lists[2]);
            return MadcapDecodeFailure.None;
        }

        private static bool IsLanguageTag(byte[] data, int index, int length)
        {
            for (int i = index; i < index + length; i++)
            {
                if (!MadcapWire.IsLanguageTagOctet(data[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static MadcapDecodeError Failed(MadcapDecodeFailure failure, int optionCode, int offset) =>
            new MadcapDecodeError(failure, optionCode, offset, headerRead: false, default, default, 0, null);

        private static MadcapDecodeError Readable(MadcapDecodeFailure failure, int optionCode, int offset, MadcapMessageType type, MadcapAddressFamily family, uint xid, MadcapLeaseIdentifier? leaseIdentifier) =>
            new MadcapDecodeError(failure, optionCode, offset, headerRead: true, type, family, xid, leaseIdentifier);
    }
}
