@{
    RootModule           = 'Multicast.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f3c1e-7d7a-4c4e-9a3f-2f1d6f0b8e21'
    Author               = 'Multicast contributors'
    CompanyName          = 'Multicast contributors'
    Copyright            = '(c) Multicast contributors. MIT License.'
    Description          = 'The Internet multicast addressing architecture (RFC 6308) for PowerShell: GLOP, embedded-RP, scopes, scope-relative addresses, exact to the RFCs.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    RequiredAssemblies   = @('Multicast.Core.dll', 'Multicast.Leases.dll')
    FormatsToProcess     = @('Multicast.Format.ps1xml')
    CmdletsToExport      = @(
        'ConvertTo-MulticastMacAddress'
        'Find-MulticastAssignment'
        'Get-GlopRange'
        'Get-MulticastAddressInfo'
        'Get-MulticastAddressLease'
        'Get-MulticastAddressPool'
        'Get-ScopeRelativeAddress'
        'New-EmbeddedRpAddress'
        'New-LinkScopedMulticastAddress'
        'New-MulticastAddressPool'
        'New-UnicastPrefixMulticastAddress'
        'Remove-MulticastAddressLease'
        'Remove-MulticastAddressPool'
        'Request-MulticastAddress'
        'Set-MulticastAddressPool'
        'Test-MulticastScope'
        'Update-MulticastAddressLease'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Multicast', 'IPv6', 'IPv4', 'Network', 'RFC6308', 'GLOP', 'EmbeddedRP', 'PIM', 'SSM', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/multicast-ps/Multicast'
            LicenseUri   = 'https://github.com/multicast-ps/Multicast/blob/main/LICENSE'
            ReleaseNotes = 'First release: Get-GlopRange, New-EmbeddedRpAddress, Test-MulticastScope, Get-ScopeRelativeAddress.'
        }
    }
}
