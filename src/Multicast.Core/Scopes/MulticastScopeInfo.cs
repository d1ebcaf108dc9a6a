using System;
using System.Collections.Generic;
using System.Globalization;

namespace Multicast
{
    /// <summary>Names and parsing for <see cref="MulticastScope"/>: the IANA names, short forms and numbers.</summary>
    public static class MulticastScopeInfo
    {
        // IANA "IPv6 Multicast Address Scopes" (RFC 7346 §2).
        private static readonly string[] IanaNames =
        {
            "Reserved", "Interface-Local scope", "Link-Local scope", "Realm-Local scope",
            "Admin-Local scope", "Site-Local scope", "Unassigned", "Unassigned",
            "Organization-Local scope", "Unassigned", "Unassigned", "Unassigned",
            "Unassigned", "Unassigned", "Global scope", "Reserved",
        };

        private static readonly Dictionary<string, MulticastScope> Aliases = BuildAliases();

        /// <summary>The IANA registry name, such as "Site-Local scope".</summary>
        public static string GetIanaName(MulticastScope scope) => IanaNames[(int)scope & 0xF];

        /// <summary>True for scop 0 and F (RFC 4291 §2.7).</summary>
        public static bool IsReserved(MulticastScope scope) => scope == MulticastScope.Reserved0 || scope == MulticastScope.ReservedF;

        /// <summary>True for the scopes that neither the RFCs nor IANA assign (6, 7, 9-D; RFC 7346 §2).</summary>
        public static bool IsUnassigned(MulticastScope scope)
        {
            int scop = (int)scope & 0xF;
            return scop == 6 || scop == 7 || (scop >= 9 && scop <= 0xD);
        }

        /// <summary>
        /// Reads a scope given as its enum name (SiteLocal), IANA name (Site-Local scope), short name
        /// (site, link, org), decimal number (5) or hex digit (0x5, E).
        /// </summary>
        public static MulticastScope Parse(string text)
        {
            if (TryParse(text, out MulticastScope scope))
            {
                return scope;
            }

            throw new AddressFormatException(
                "ScopeInvalid",
                text ?? string.Empty,
                "'" + text + "' is not an IPv6 multicast scope. Use a name (InterfaceLocal, LinkLocal, RealmLocal, AdminLocal, SiteLocal, OrganizationLocal, Global) or a scop value 0-15 (hex 0x0-0xF).");
        }

        public static bool TryParse(string? text, out MulticastScope scope)
        {
            scope = default;
            if (text is null)
            {
                return false;
            }

            string key = Normalize(text);
            if (key.Length == 0)
            {
                return false;
            }

            if (Aliases.TryGetValue(key, out scope))
            {
                return true;
            }

            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number <= 15)
            {
                scope = (MulticastScope)number;
                return true;
            }

            string hex = key.StartsWith("0x", StringComparison.Ordinal) ? key.Substring(2) : key;
            if (hex.Length == 1 && Uri.IsHexDigit(hex[0]))
            {
                scope = (MulticastScope)Uri.FromHex(hex[0]);
                return true;
            }

            return false;
        }

        private static string Normalize(string text)
        {
            // Separators are dropped from names ("Site-Local scope"), never from numbers ("-1").
            bool isName = text.Trim().Length > 1 && char.IsLetter(text.Trim()[0]) && char.IsLetter(text.Trim()[1]);
            var chars = new List<char>(text.Length);
            foreach (char c in text.Trim())
            {
                if (!isName || (c != '-' && c != ' ' && c != '_'))
                {
                    chars.Add(char.ToLowerInvariant(c));
                }
            }

            string key = new string(chars.ToArray());
            return key.EndsWith("scope", StringComparison.Ordinal) && key.Length > 5 ? key.Substring(0, key.Length - 5) : key;
        }

        private static Dictionary<string, MulticastScope> BuildAliases()
        {
            var aliases = new Dictionary<string, MulticastScope>(StringComparer.Ordinal);
            foreach (MulticastScope scope in Enum.GetValues(typeof(MulticastScope)))
            {
                aliases[Normalize(scope.ToString())] = scope;
            }

            aliases["interface"] = MulticastScope.InterfaceLocal;
            aliases["nodelocal"] = MulticastScope.InterfaceLocal; // RFC 2373's name for scop 1
            aliases["node"] = MulticastScope.InterfaceLocal;
            aliases["link"] = MulticastScope.LinkLocal;
            aliases["realm"] = MulticastScope.RealmLocal;
            aliases["admin"] = MulticastScope.AdminLocal;
            aliases["site"] = MulticastScope.SiteLocal;
            aliases["organization"] = MulticastScope.OrganizationLocal;
            aliases["organisation"] = MulticastScope.OrganizationLocal;
            aliases["organisationlocal"] = MulticastScope.OrganizationLocal;
            aliases["org"] = MulticastScope.OrganizationLocal;
            aliases["orglocal"] = MulticastScope.OrganizationLocal;
            return aliases;
        }
    }
}
