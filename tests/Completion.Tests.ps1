# Tab completion offers what each parameter takes, never file names: pools, owners and leased groups from the
# store, common lease lengths, and the common scopes before the reserved and unassigned ones.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $store = Join-Path $TestDrive 'leases.json'
    New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -StorePath $store | Out-Null
    New-MulticastAddressPool -Name voice -Prefix 239.193.0.0/16 -StorePath $store | Out-Null
    Request-MulticastAddress -Pool video -Owner 'app one' -Address 239.192.1.1 -StorePath $store | Out-Null
    Request-MulticastAddress -Pool voice -Owner app2 -Address 239.193.2.2 -StorePath $store | Out-Null

    function Get-Completion {
        param([string] $Line)
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText)
    }
}

Describe 'Tab completion' {
    It 'completes -Scope with the common scopes first, smallest to largest' {
        Get-Completion 'Test-MulticastScope ff02::1 -Scope ' | Should -Be @('InterfaceLocal', 'LinkLocal', 'RealmLocal', 'AdminLocal', 'SiteLocal', 'OrganizationLocal', 'Global')
        (Get-Completion 'New-EmbeddedRpAddress 2001:db8::1 -Scope R')[0] | Should -Be 'RealmLocal'
        Get-Completion 'New-EmbeddedRpAddress 2001:db8::1 -Scope U' | Should -Be @('Unassigned6', 'Unassigned7', 'Unassigned9', 'UnassignedA', 'UnassignedB', 'UnassignedC', 'UnassignedD')
    }

    It 'completes -Pool with the store''s pools' {
        Get-Completion "Request-MulticastAddress -StorePath '$store' -Pool v" | Should -Be @('video', 'voice')
    }

    It 'completes -Owner with the owners of the store''s leases, quoted where needed' {
        Get-Completion "Update-MulticastAddressLease -StorePath '$store' -Owner " | Should -Be @("'app one'", 'app2')
        Get-Completion "Request-MulticastAddress -StorePath '$store' -Owner app2" | Should -Be @('app2')
        Get-Completion "Request-MulticastAddress -StorePath '$store' -Owner nobody" | Should -BeNullOrEmpty
    }

    It 'completes -Address of a lease cmdlet with the groups the leases hold, for the -Pool given' {
        Get-Completion "Remove-MulticastAddressLease -StorePath '$store' -Address " | Should -Be @('239.192.1.1', '239.193.2.2')
        Get-Completion "Get-MulticastAddressLease -StorePath '$store' -Pool voice -Address " | Should -Be @('239.193.2.2')
    }

    It 'completes lease lengths with common ones' {
        Get-Completion "New-MulticastAddressPool x 239.194.0.0/16 -DefaultDuration " | Should -Contain "'08:00:00'"
        Get-Completion "Update-MulticastAddressLease 239.192.1.1 -Duration 7" | Should -Be @("'7.00:00:00'")
    }
}
