using System.Management.Automation.Language;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Reads text as PowerShell reads a number literal. In command mode PowerShell passes an argument such as
    /// -1, -5L or -0x5 to a cmdlet as a string, so a numeric parameter's transformation reads it here, with
    /// PowerShell's own tokenizer, and can refuse the number with the module's message instead of a conversion error.
    /// </summary>
    internal static class NumberLiteral
    {
        public static bool TryParse(string text, out object? value)
        {
            value = null;

            // A number literal has no colon and at most one dot; an address piped to a command that also takes
            // numbers (Get-GlopRange) has three dots or a colon, and must not pay for PowerShell's parser.
            if (text.IndexOf(':') >= 0 || text.IndexOf('.') != text.LastIndexOf('.'))
            {
                return false;
            }

            Parser.ParseInput(text, out Token[] tokens, out ParseError[] errors);
            if (errors.Length != 0 || tokens.Length != 2 || !(tokens[0] is NumberToken number) || tokens[1].Kind != TokenKind.EndOfInput)
            {
                return false;
            }

            value = number.Value;
            return true;
        }
    }
}
