using System;
using System.Globalization;

namespace Multicast.PowerShell
{
    /// <summary>
    /// Core's remedies phrased for PowerShell users, as cmdlets and parameters. Core names no command; this is
    /// the one place that does, so another host (a MADCAP server) can phrase the same remedies its own way.
    /// </summary>
    internal static class RemedyText
    {
        public static string For(Remedy remedy) => remedy.Kind switch
        {
            RemedyKind.UseGlopRange => "Use the GLOP range of your AS instead (RFC 3180, Get-GlopRange).",
            RemedyKind.UseSourceSpecific => "Ask for an SSM address instead (-SourceSpecific), or give the unicast prefix.",
            RemedyKind.UseLinkScopedAddress => "Use -Scope " + remedy["Scope"] + ", or better, an RFC 4489 link-scoped address (New-LinkScopedMulticastAddress).",
            RemedyKind.UseUnicastPrefixAddress => "Use New-UnicastPrefixMulticastAddress for a wider scope.",
            RemedyKind.UseInterfaceAddress => "Give the link-local address as -InterfaceAddress, or " + remedy["InterfaceId"] + " as the interface ID.",
            RemedyKind.UpdateOrUseAnotherStore => "Update the Multicast module on this machine, or point -StorePath at another store.",
            RemedyKind.CheckStorePath => "Check the path and your access to it, or give another -StorePath.",
            RemedyKind.RestoreStore => "Restore " + remedy["Path"] + " from a backup, or move it and " + remedy["Journal"] + " aside to start an empty store.",
            RemedyKind.RepairStore => "Run Repair-MulticastAddressStore -StorePath " + remedy["Path"] + " with -Release or -Restore to decide what the damaged record held; until then its bytes are kept, unchanged, in " + remedy["Kept"] + ".",
            RemedyKind.GiveStorePath => "Give -StorePath, or set $env:" + remedy["Variable"] + ".",
            RemedyKind.GiveDurationInRange => "Give " + Span(remedy["Minimum"]) + " to " + Span(remedy["Maximum"]) + ", for example -Duration (New-TimeSpan -Hours 8) or '7.00:00:00'.",
            RemedyKind.ReleaseLeasesOrWait => "Release leases (Remove-MulticastAddressLease), wait for some to expire, or use a larger pool.",
            RemedyKind.ExcludeFromZonePool => "To lease from part of the zone, create the pool of the whole zone " + remedy["Zone"] + " and -Exclude the rest.",
            RemedyKind.ChooseAnotherPoolName => "Choose another name, or change pool '" + remedy["Pool"] + "' with Set-MulticastAddressPool.",
            RemedyKind.ReleaseLeasesOrForce => "Release them with Remove-MulticastAddressLease, or give -Force to remove the pool and its leases.",
            RemedyKind.RequestAnotherGroup => "Ask for another group, or leave out -Address to get a free one; its owner renews it with Update-MulticastAddressLease.",
            RemedyKind.RequestAgain => "Request-MulticastAddress -Pool " + remedy["Pool"] + " -Owner '" + remedy["Owner"] + "' -Address " + remedy["Address"] + " leases it again while it is free.",
            RemedyKind.ListOrCreatePool => "Get-MulticastAddressPool lists the pools; New-MulticastAddressPool makes one.",
            RemedyKind.ListLeases => "Get-MulticastAddressLease -IncludeExpired lists the leases.",
            RemedyKind.GiveOwner => "Give -Owner '" + remedy["Owner"] + "' if that is you.",
            RemedyKind.MadcapAskForLess => "Ask for fewer groups (-Count), a shorter -Duration or an earlier -StartTime" + Named(remedy["Option"]) + ", or another pool: Get-MulticastAddressScope -Server " + remedy["Server"] + " lists the server's scopes.",
            RemedyKind.MadcapCorrectRequest => "Correct the request" + Named(remedy["Option"]) + ", or send it to the server that holds the lease (the lease's Server property).",
            RemedyKind.MadcapSetClock => "Set this computer's clock" + (remedy["ServerTime"] is DateTime server ? " (the server's reads " + server.ToString("u", CultureInfo.InvariantCulture) + ")" : string.Empty) + ", for example by NTP, and try again.",
            RemedyKind.MadcapLeaseAgain => "Lease groups again with Request-MulticastAddress -Server " + remedy["Server"] + ".",
            RemedyKind.MadcapDropFeatures => "Send the request without requiring features " + Features(remedy["Features"]) + ", or use another MADCAP server.",
            RemedyKind.MadcapCheckServer => "Check that a MADCAP server runs at " + remedy["Destination"] + " (Start-MulticastAddressServer) and that UDP port " + remedy["Port"] + " is open to it, or give -Server another address.",
            RemedyKind.MadcapUseScopedGroup => "Give -Server a MADCAP server's unicast address, or 239.255.255.254, the IPv4 Local Scope's MADCAP Server Multicast Address.",
            RemedyKind.MadcapListScopes => "Get-MulticastAddressScope -Server " + remedy["Server"] + " lists the server's scopes; give -Pool a zone name or Scope ID from it.",
            RemedyKind.MadcapNameServer => "Give -Server the address of a MADCAP server: IANA assigns IPv6 no MADCAP Server Multicast Address to find one with.",
            RemedyKind.RequestUnusedGroup => "Ask for another group, or leave out -Address to get a free one that no announced session uses.",
            _ => throw new ArgumentOutOfRangeException(nameof(remedy), remedy.Kind, "No PowerShell phrase for this remedy."),
        };

        private static string Named(object? option) => option is string name ? " (its " + name + " option)" : string.Empty;

        private static string Features(object? codes) =>
            codes is System.Collections.Generic.IEnumerable<ushort> list ? string.Join(", ", list) : Convert.ToString(codes, CultureInfo.InvariantCulture) ?? string.Empty;

        private static string Span(object? value) =>
            value is TimeSpan span ? span.ToString("c", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
