using System;

namespace Multicast.Madcap
{
    /// <summary>
    /// An option whose code this implementation does not know: kept as code and octets so that a message
    /// re-encodes as it came, and otherwise ignored (RFC 2730 §2.1.5: "Any unrecognized options MUST be
    /// ignored and the rest of the message processed as if the unknown options were not present").
    /// </summary>
    public sealed class MadcapRawOption
    {
        private readonly byte[] _value;

        public MadcapRawOption(ushort code, byte[] value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (value.Length > ushort.MaxValue)
            {
                throw new MulticastRuleException("MadcapOptionTooLong", code, "An option's length field is 16 bits (RFC 2730 §2.1.5); option " + code + " has " + value.Length + " octets.");
            }

            Code = code;
            _value = (byte[])value.Clone();
        }

        public ushort Code { get; }

        public int Length => _value.Length;

        public byte[] GetValue() => (byte[])_value.Clone();

        internal void CopyTo(byte[] destination, int index) => Buffer.BlockCopy(_value, 0, destination, index, _value.Length);

        public override string ToString() => "option " + Code + " (" + _value.Length + " octets)";
    }
}
