namespace Multicast.PowerShell
{
    /// <summary>
    /// What the cmdlets that make a group say about it: the decoder's warnings (MulticastAddressDecoder), so that a
    /// group they build is never a poor choice in silence. Warnings about documentation space are left out: the
    /// prefix or RP is the user's, given on purpose, and RFC 6676 made those prefixes for examples.
    /// </summary>
    internal static class ChoiceWarnings
    {
        public static void Write(MulticastCmdlet cmdlet, IPAddressValue group)
        {
            MulticastWarningList warnings = MulticastAddressDecoder.Decode(group).Warning;
            for (int i = 0; i < warnings.Count; i++)
            {
                if (!warnings[i].Id.StartsWith("Documentation", System.StringComparison.Ordinal))
                {
                    cmdlet.WriteWarning(warnings[i].Message);
                }
            }
        }
    }
}
