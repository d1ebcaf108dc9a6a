# Every parameter that takes a prefix reads System.Net.IPNetwork2 objects (the IPNetwork2 package, which
# many network scripts already use), here with the real package restored for the specs.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    Add-Type -Path $env:MULTICAST_IPNETWORK_PATH
    $store = Join-Path $TestDrive 'leases.json'
}

Describe 'IPNetwork2 objects bind wherever a prefix is taken' {
    It 'is the real IPNetwork2' {
        [System.Net.IPNetwork2]::Parse('239.192.0.0/16').GetType().Assembly.GetName().Name | Should -Be 'System.Net.IPNetwork'
    }

    It 'New-MulticastAddressPool -Prefix and -Exclude' {
        $pool = New-MulticastAddressPool -Name video -Prefix ([System.Net.IPNetwork2]::Parse('239.192.0.0/16')) -Exclude ([System.Net.IPNetwork2]::Parse('239.192.0.0/24')) -StorePath $store
        "$($pool.Prefix)" | Should -Be '239.192.0.0/16'
        "$($pool.Exclusions)" | Should -Be '239.192.0.0/24'
    }

    It 'Set-MulticastAddressPool -Exclude' {
        New-MulticastAddressPool -Name audio -Prefix 239.193.0.0/16 -StorePath $store | Out-Null
        $pool = Set-MulticastAddressPool -Name audio -Exclude ([System.Net.IPNetwork2]::Parse('239.193.1.0/24')), '239.193.2.7' -PassThru -StorePath $store
        ($pool.Exclusions | ForEach-Object { "$_" }) | Should -Be @('239.193.1.0/24', '239.193.2.7/32')
    }

    It 'New-UnicastPrefixMulticastAddress -Prefix, by value from the pipeline' {
        "$([System.Net.IPNetwork2]::Parse('2001:db8::/32') | New-UnicastPrefixMulticastAddress)" | Should -Be 'ff3e:20:2001:db8::8000:0'
        "$([System.Net.IPNetwork2]::Parse('192.0.2.0/24') | New-UnicastPrefixMulticastAddress)" | Should -Be '234.192.0.2'
    }

    It 'Find-MulticastAssignment -Prefix' {
        $rows = Find-MulticastAssignment -Prefix ([System.Net.IPNetwork2]::Parse('224.0.1.0/29'))
        ($rows | Where-Object Name -Like 'NTP*').Range | Should -Be '224.0.1.1'
    }

    It 'Get-ScopeRelativeAddress -ScopePrefix' {
        "$(Get-ScopeRelativeAddress -Offset 2 -ScopePrefix ([System.Net.IPNetwork2]::Parse('239.192.0.0/14')))" | Should -Be '239.195.255.253'
    }

    It 'a prefix IPNetwork2 normalized is read as the network it names' {
        # IPNetwork2 keeps the network, not the host bits typed, so 239.192.1.7/16 is 239.192.0.0/16.
        "$(Get-ScopeRelativeAddress -Offset 2 -ScopePrefix ([System.Net.IPNetwork2]::Parse('239.255.1.7/16')))" | Should -Be '239.255.255.253'
    }
}
