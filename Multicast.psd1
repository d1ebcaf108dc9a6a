@{
    RootModule           = 'Multicast.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f3c1e-7d7a-4c4e-9a3f-2f1d6f0b8e21'
    Author               = 'Multicast contributors'
    CompanyName          = 'Multicast contributors'
    Copyright            = '(c) Multicast contributors. MIT License.'
    Description          = 'The Internet multicast addressing architecture (RFC 6308) for PowerShell: computes and checks group addresses exactly to the RFCs (GLOP, unicast-prefix-based, embedded-RP, link-scoped, scopes, scope-relative, the IANA registries), leases groups from pools, serves and requests them over MADCAP (RFC 2730), and lists and announces multicast sessions (SAP, SDP).'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    # Multicast.dll too: Windows PowerShell 5.1 reads TypesToProcess before it loads the RootModule, and the
    # type file's getters (Multicast.PowerShell.OutputValues) are in it.
    RequiredAssemblies   = @('Multicast.Core.dll', 'Multicast.Leases.dll', 'Multicast.dll')
    FormatsToProcess     = @('Multicast.Format.ps1xml')
    TypesToProcess       = @('Multicast.Types.ps1xml')
    CmdletsToExport      = @(
        'ConvertTo-MulticastMacAddress'
        'Find-MulticastAssignment'
        'Get-GlopRange'
        'Get-MulticastAddressInfo'
        'Get-MulticastAddressLease'
        'Get-MulticastAddressPool'
        'Get-MulticastAddressScope'
        'Get-MulticastSession'
        'Get-ScopeRelativeAddress'
        'New-EmbeddedRpAddress'
        'New-LinkScopedMulticastAddress'
        'New-MulticastAddressPool'
        'New-UnicastPrefixMulticastAddress'
        'Publish-MulticastSession'
        'Remove-MulticastAddressLease'
        'Remove-MulticastAddressPool'
        'Repair-MulticastAddressStore'
        'Request-MulticastAddress'
        'Set-MulticastAddressPool'
        'Start-MulticastAddressServer'
        'Test-MulticastScope'
        'Update-MulticastAddressLease'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Multicast', 'IPv6', 'IPv4', 'Network', 'RFC6308', 'GLOP', 'SAP', 'SDP', 'EmbeddedRP', 'PIM', 'SSM', 'MADCAP', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ReleaseNotes = @'
0.1.0, the first release. Addresses: Get-MulticastAddressInfo explains any address and warns of poor choices;
Get-GlopRange (RFC 3180), New-EmbeddedRpAddress (RFC 3956, RFC 7371), New-UnicastPrefixMulticastAddress
(RFC 3306, RFC 6034), New-LinkScopedMulticastAddress (RFC 4489), Test-MulticastScope (RFC 4291, RFC 7346,
RFC 2365), Get-ScopeRelativeAddress (RFC 2365 section 9, RFC 2375), Find-MulticastAssignment (the IANA
registries) and ConvertTo-MulticastMacAddress (RFC 1112, RFC 2464). Pools and leases (RFC 6308 section 3.5):
New-MulticastAddressPool, Get-MulticastAddressPool, Set-MulticastAddressPool, Remove-MulticastAddressPool,
Request-MulticastAddress, Get-MulticastAddressLease, Update-MulticastAddressLease and
Remove-MulticastAddressLease; a store that never drops a lease quietly, and Repair-MulticastAddressStore to
settle what a damaged journal record held. MADCAP (RFC 2730, RFC 2907): Start-MulticastAddressServer serves
a store's pools to any MADCAP client, IPv4 and IPv6; Get-MulticastAddressScope lists a server's scopes, and
Request-MulticastAddress, Update-MulticastAddressLease and Remove-MulticastAddressLease lease, renew and
release at a MADCAP server with -Server. Sessions (RFC 2974 SAP, RFC 8866 SDP): Get-MulticastSession lists
the sessions announced on the network as they are heard, or read from a pcap or pcapng capture;
Publish-MulticastSession announces one, on a group given or chosen so that no announced session uses it, and
deletes it when it stops; Request-MulticastAddress -AvoidSession leases groups no announced session uses.
'@
        }
    }
}
