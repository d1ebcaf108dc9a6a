using System;
using System.Collections.Generic;

namespace Multicast.Madcap
{
    /// <summary>
    /// The value of an Error option (RFC 2730 §3.17): a two-octet error code and extra data whose format the
    /// code defines. The extra data of codes 0-4 is checked on decoding; other codes' is kept as it came.
    /// </summary>
    public sealed class MadcapErrorOption
    {
        /// <summary>§3.17.1-§3.17.2: the extra data value for "the problem was not with a specific option".</summary>
        public const ushort NoSpecificOption = 0xFFFF;

        /// <summary>§3.17.6: the first error code reserved for experimental use.</summary>
        public const ushort FirstExperimentalCode = 1024;

        /// <summary>§3.17.6: the last error code reserved for experimental use.</summary>
        public const ushort LastExperimentalCode = 2047;

        private readonly byte[] _extraData;

        /// <summary>Any code with its extra data as octets; throws when a code of §3.17.1-§3.17.5 gets extra data of the wrong shape.</summary>
        public MadcapErrorOption(ushort code, byte[]? extraData = null)
        {
            _extraData = extraData is null ? new byte[0] : (byte[])extraData.Clone();
            Code = (MadcapErrorCode)code;
            if (!IsWellFormed(code, _extraData.Length))
            {
                throw new MulticastRuleException("MadcapErrorExtraData", code, "MADCAP error code " + code + " cannot carry " + _extraData.Length + " octets of extra data (RFC 2730 §3.17).");
            }

            if (_extraData.Length > ushort.MaxValue - 2)
            {
                throw new MulticastRuleException("MadcapErrorExtraData", code, "An Error option's extra data is at most 65533 octets; this one has " + _extraData.Length + ".");
            }
        }

        public MadcapErrorCode Code { get; }

        /// <summary>True for codes 1024-2047, whose extra data has no defined format (§3.17.6).</summary>
        public bool IsExperimental => (ushort)Code >= FirstExperimentalCode && (ushort)Code <= LastExperimentalCode;

        public int ExtraDataLength => _extraData.Length;

        /// <summary>For codes 0 and 1: the option code at fault, or <see cref="NoSpecificOption"/>; null for other codes.</summary>
        public ushort? ProblemOption =>
            (Code == MadcapErrorCode.ValidRequestCouldNotBeCompleted || Code == MadcapErrorCode.InvalidRequest) && _extraData.Length == 2
                ? MadcapWire.ReadUInt16(_extraData, 0)
                : (ushort?)null;

        /// <summary>For code 2: the server's clock, seconds since 1970; null for other codes.</summary>
        public uint? ServerTime => Code == MadcapErrorCode.ExcessiveClockSkew && _extraData.Length == 4 ? MadcapWire.ReadUInt32(_extraData, 0) : (uint?)null;

        /// <summary>For code 4: the required feature codes the server does not support; empty for other codes.</summary>
        public IReadOnlyList<ushort> UnsupportedFeatures
        {
            get
            {
                var features = new List<ushort>();
                if (Code == MadcapErrorCode.RequiredFeatureNotSupported)
                {
                    for (int i = 0; i + 1 < _extraData.Length; i += 2)
                    {
                        features.Add(MadcapWire.ReadUInt16(_extraData, i));
                    }
                }

                return features.AsReadOnly();
            }
        }

        public static MadcapErrorOption ValidRequestCouldNotBeCompleted(ushort problemOption = NoSpecificOption) => WithOptionCode(MadcapErrorCode.ValidRequestCouldNotBeCompleted, problemOption);

        public static MadcapErrorOption InvalidRequest(ushort problemOption = NoSpecificOption) => WithOptionCode(MadcapErrorCode.InvalidRequest, problemOption);

        public static MadcapErrorOption ExcessiveClockSkew(uint serverTime)
        {
            var extra = new byte[4];
            MadcapWire.WriteUInt32(extra, 0, serverTime);
            return new MadcapErrorOption((ushort)MadcapErrorCode.ExcessiveClockSkew, extra);
        }

        public static MadcapErrorOption LeaseIdentifierNotRecognized() => new MadcapErrorOption((ushort)MadcapErrorCode.LeaseIdentifierNotRecognized);

        public static MadcapErrorOption RequiredFeatureNotSupported(IEnumerable<ushort> unsupported)
        {
            var codes = new List<ushort>(unsupported ?? throw new ArgumentNullException(nameof(unsupported)));
            var extra = new byte[codes.Count * 2];
            for (int i = 0; i < codes.Count; i++)
            {
                MadcapWire.WriteUInt16(extra, i * 2, codes[i]);
            }

            return new MadcapErrorOption((ushort)MadcapErrorCode.RequiredFeatureNotSupported, extra);
        }

        /// <summary>A copy of the extra data.</summary>
        public byte[] GetExtraData() => (byte[])_extraData.Clone();

        /// <summary>
        /// The shapes §3.17.1-§3.17.5 define: a two-octet option code for codes 0 and 1, a four-octet time for 2,
        /// nothing for 3, and a non-empty list of two-octet feature codes for 4 ("at least one feature"). Other
        /// codes are not this document's to judge.
        /// </summary>
        internal static bool IsWellFormed(ushort code, int extraLength) => (MadcapErrorCode)code switch
        {
            MadcapErrorCode.ValidRequestCouldNotBeCompleted => extraLength == 2,
            MadcapErrorCode.InvalidRequest => extraLength == 2,
            MadcapErrorCode.ExcessiveClockSkew => extraLength == 4,
            MadcapErrorCode.LeaseIdentifierNotRecognized => extraLength == 0,
            MadcapErrorCode.RequiredFeatureNotSupported => extraLength >= 2 && extraLength % 2 == 0,
            _ => true,
        };

        internal static MadcapErrorOption Read(byte[] data, int index, int length)
        {
            var extra = new byte[length - 2];
            Buffer.BlockCopy(data, index + 2, extra, 0, extra.Length);
            return new MadcapErrorOption(MadcapWire.ReadUInt16(data, index), extra);
        }

        internal void CopyExtraDataTo(byte[] destination, int index) => Buffer.BlockCopy(_extraData, 0, destination, index, _extraData.Length);

        private static MadcapErrorOption WithOptionCode(MadcapErrorCode code, ushort option)
        {
            var extra = new byte[2];
            MadcapWire.WriteUInt16(extra, 0, option);
            return new MadcapErrorOption((ushort)code, extra);
        }

        public override string ToString() => MadcapErrorText.Describe(this);
    }
}
