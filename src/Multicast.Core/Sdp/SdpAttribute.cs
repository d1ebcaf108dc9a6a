using System;

namespace Multicast.Sdp
{
    /// <summary>An a= line (RFC 8866 §5.13): a property ("recvonly") or a name and a value ("rtpmap:99 h263-1998/90000").</summary>
    public sealed class SdpAttribute
    {
        public SdpAttribute(string name, string? value = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Value = value;
        }

        public string Name { get; }

        /// <summary>The value after the colon, or null for a property attribute.</summary>
        public string? Value { get; }

        public override string ToString() => Value is null ? Name : Name + ":" + Value;
    }
}
