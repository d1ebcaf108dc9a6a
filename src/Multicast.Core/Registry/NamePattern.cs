using System;
using System.Collections.Generic;

namespace Multicast
{
    /// <summary>
    /// How a registry name is looked up. A pattern with wildcards (* ? [a-z], ` escapes) must match the
    /// whole description, case-insensitively, as PowerShell's -like does. Plain text matches a description
    /// that holds it as whole words: "NTP" finds "NTP Network Time Protocol" and "Network Time Protocol
    /// (NTP)" but not "mcntp-directory". Matching allocates nothing.
    /// </summary>
    internal sealed class NamePattern
    {
        private readonly Element[] _elements;
        private readonly string _literal;

        private NamePattern(string text)
        {
            Text = text;
            var elements = new List<Element>();
            var literal = new System.Text.StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '`' && i + 1 < text.Length)
                {
                    c = text[++i];
                    elements.Add(Element.Char(c));
                    literal.Append(c);
                }
                else if (c == '*')
                {
                    elements.Add(Element.Star);
                    HasWildcards = true;
                }
                else if (c == '?')
                {
                    elements.Add(Element.Any);
                    HasWildcards = true;
                }
                else if (c == '[' && text.IndexOf(']', i + 1) > i + 1)
                {
                    int close = text.IndexOf(']', i + 1);
                    elements.Add(Element.Set(text.Substring(i + 1, close - i - 1)));
                    HasWildcards = true;
                    i = close;
                }
                else
                {
                    elements.Add(Element.Char(c));
                    literal.Append(c);
                }
            }

            _elements = elements.ToArray();
            _literal = literal.ToString().Trim();
        }

        public string Text { get; }

        public bool HasWildcards { get; }

        public static NamePattern Parse(string text) => new NamePattern(text ?? throw new ArgumentNullException(nameof(text)));

        public bool IsMatch(string name) => HasWildcards ? MatchesWildcards(name) : ContainsWords(name);

        // Greedy matching with backtracking to the last star: linear in practice, no allocation.
        private bool MatchesWildcards(string name)
        {
            int p = 0, n = 0, star = -1, starName = 0;
            while (n < name.Length)
            {
                if (p < _elements.Length && _elements[p].Kind == ElementKind.Star)
                {
                    star = p++;
                    starName = n;
                }
                else if (p < _elements.Length && _elements[p].Matches(name[n]))
                {
                    p++;
                    n++;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    n = ++starName;
                }
                else
                {
                    return false;
                }
            }

            while (p < _elements.Length && _elements[p].Kind == ElementKind.Star)
            {
                p++;
            }

            return p == _elements.Length;
        }

        private bool ContainsWords(string name)
        {
            if (_literal.Length == 0)
            {
                return false;
            }

            for (int at = name.IndexOf(_literal, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(_literal, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + _literal.Length;
                if ((at == 0 || !char.IsLetterOrDigit(name[at - 1])) && (end == name.Length || !char.IsLetterOrDigit(name[end])))
                {
                    return true;
                }
            }

            return false;
        }

        private enum ElementKind
        {
            Char,
            Any,
            Star,
            Set,
        }

        private readonly struct Element
        {
            private readonly char _char;
            private readonly string? _set;

            private Element(ElementKind kind, char c, string? set)
            {
                Kind = kind;
                _char = char.ToUpperInvariant(c);
                _set = set;
            }

            public static Element Star => new Element(ElementKind.Star, '\0', null);

            public static Element Any => new Element(ElementKind.Any, '\0', null);

            public ElementKind Kind { get; }

            public static Element Char(char c) => new Element(ElementKind.Char, c, null);

            public static Element Set(string set) => new Element(ElementKind.Set, '\0', set.ToUpperInvariant());

            public bool Matches(char c)
            {
                c = char.ToUpperInvariant(c);
                switch (Kind)
                {
                    case ElementKind.Char:
                        return c == _char;
                    case ElementKind.Any:
                        return true;
                    case ElementKind.Set:
                        // [abc] or ranges [a-z], as in PowerShell's -like.
                        string set = _set!;
                        for (int i = 0; i < set.Length; i++)
                        {
                            if (i + 2 < set.Length && set[i + 1] == '-')
                            {
                                if (c >= set[i] && c <= set[i + 2])
                                {
                                    return true;
                                }

                                i += 2;
                            }
                            else if (c == set[i])
                            {
                                return true;
                            }
                        }

                        return false;
                    default:
                        return false;
                }
            }
        }
    }
}
