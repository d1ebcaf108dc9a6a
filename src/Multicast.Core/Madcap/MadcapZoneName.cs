using System;
using System.Text;

namespace Multicast.Madcap
{
    /// <summary>
    /// One encoded zone name of a Multicast Scope List (RFC 2730 §3.10): flags, a language tag (RFC 1766) and
    /// a UTF-8 name, each length 1 to 255 octets ("MUST NOT be zero").
    /// </summary>
    public sealed class MadcapZoneName : IEquatable<MadcapZoneName>
    {
        /// <summary>§3.10: "The high bit of the Name Flags field is set if the following name should be used if no name is available in a desired language."</summary>
        public const byte FallbackFlag = 0x80;

        public MadcapZoneName(string languageTag, string name, bool isFallback = false)
            : this(isFallback ? FallbackFlag : (byte)0, languageTag, name)
        {
        }

        /// <summary>With the flags octet as sent: bits other than the high bit "MUST be ignored" (§3.10) but are kept, so a decoded message re-encodes as it came.</summary>
        public MadcapZoneName(byte flags, string languageTag, string name)
        {
            LanguageTag = languageTag ?? throw new ArgumentNullException(nameof(languageTag));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Flags = flags;
            int tagLength = Encoding.ASCII.GetByteCount(languageTag);
            int nameLength = Encoding.UTF8.GetByteCount(name);
            if (languageTag.Length == 0 || tagLength > byte.MaxValue || !IsLanguageTag(languageTag))
            {
                throw new MulticastRuleException("MadcapZoneNameLanguage", languageTag, "A zone name's language tag is 1 to 255 printable ASCII characters (RFC 2730 §3.10, RFC 1766); '" + languageTag + "' is not.");
            }

            if (name.Length == 0 || nameLength > byte.MaxValue)
            {
                throw new MulticastRuleException("MadcapZoneNameLength", name, "A zone name is 1 to 255 octets of UTF-8 (RFC 2730 §3.10); '" + name + "' is " + nameLength + ".");
            }
        }

        public byte Flags { get; }

        /// <summary>True when this name is the one to show if none is in the language wanted.</summary>
        public bool IsFallback => (Flags & FallbackFlag) != 0;

        public string LanguageTag { get; }

        public string Name { get; }

        internal int EncodedLength => 3 + Encoding.ASCII.GetByteCount(LanguageTag) + Encoding.UTF8.GetByteCount(Name);

        internal static bool IsLanguageTag(string tag)
        {
            foreach (char c in tag)
            {
                if (c > 0x7F || !MadcapWire.IsLanguageTagOctet((byte)c))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Equals(MadcapZoneName? other) =>
            other != null && other.Flags == Flags && other.LanguageTag == LanguageTag && other.Name == Name;

        public override bool Equals(object? obj) => Equals(obj as MadcapZoneName);

        public override int GetHashCode() => (Flags * 397) ^ LanguageTag.GetHashCode() ^ (Name.GetHashCode() * 31);

        public override string ToString() => Name + " (" + LanguageTag + (IsFallback ? ", fallback" : string.Empty) + ")";
    }
}
