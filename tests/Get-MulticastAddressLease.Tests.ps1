BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'LeaseTestStore.ps1')
}

Describe 'Get-MulticastAddressLease' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        Write-LeaseStore -Path $store -Lease $ExpiredLease, $LongLease, $App1Lease
        New-MulticastAddressPool glop 233.22.30.0/24 -StorePath $store | Out-Null
        Request-MulticastAddress glop app2 -Address 233.22.30.7 -StorePath $store | Out-Null
    }

    It 'returns active leases, sorted by group' {
        $leases = Get-MulticastAddressLease -StorePath $store
        @($leases | ForEach-Object { $_.Address.ToString() }) | Should -Be @('233.22.30.7', '239.192.9.2', '239.192.10.20')
        $leases[0] | Should -BeOfType ([Multicast.Leases.MulticastAddressLease])
        $leases.State | Should -Be @('Active', 'Active', 'Active')
    }

    It 'shows expired leases with -IncludeExpired, state Expired, and does not reclaim them' {
        $expired = Get-MulticastAddressLease -IncludeExpired -StorePath $store | Where-Object State -eq 'Expired'
        $expired.Address.ToString() | Should -Be '239.192.9.1'
        $expired.End | Should -BeLessThan (Get-Date)
        Get-MulticastAddressLease -IncludeExpired -StorePath $store | Should -HaveCount 4
    }

    It 'filters by pool and owner, with wildcards' {
        (Get-MulticastAddressLease glop -StorePath $store).Owner | Should -Be 'app2'
        (Get-MulticastAddressLease -Owner 'app*' -StorePath $store).Owner | Should -Be @('app2', 'app1')
        (Get-MulticastAddressLease -Pool 'vid*' -Owner KEEPER -StorePath $store).Address.ToString() | Should -Be '239.192.9.2'
    }

    It 'filters by address, with an error for a group no lease holds' {
        $errors = $null
        $result = Get-MulticastAddressLease -Address 239.192.10.20, 239.192.99.99 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $result.Owner | Should -Be 'app1'
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'LeaseNotFound,*'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].TargetObject | Should -Be '239.192.99.99'
    }

    It 'shows the Ethernet address' {
        (Get-MulticastAddressLease -Address 239.192.10.20 -StorePath $store).MacAddress | Should -Be '01-00-5E-40-0A-14'
    }

    It 'binds pool objects, addresses and [pscustomobject]s from the pipeline' {
        (Get-MulticastAddressPool glop -StorePath $store | Get-MulticastAddressLease -StorePath $store).Address.ToString() | Should -Be '233.22.30.7'
        ('239.192.10.20' | Get-MulticastAddressLease -StorePath $store).Owner | Should -Be 'app1'
        ([pscustomobject]@{ Owner = 'keeper' } | Get-MulticastAddressLease -StorePath $store).Address.ToString() | Should -Be '239.192.9.2'
        ([pscustomobject]@{ IPAddress = '233.22.30.7' } | Get-MulticastAddressLease -StorePath $store).Owner | Should -Be 'app2'
    }

    It 'has a table view' {
        $text = Get-MulticastAddressLease -Owner app1 -StorePath $store | Format-Table | Out-String -Width 80
        $text | Should -Match 'Address\s+State\s+Pool\s+Owner\s+End'
        $text | Should -Match '239\.192\.10\.20\s+Active\s+video\s+app1\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d'
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Get-MulticastAddressLease
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressLease'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Address', 'IncludeExpired', 'Owner', 'Pool', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Pool'; Aliases = 'Name'; Attributes = 'SupportsWildcards' }
            @{ Name = 'Owner'; Aliases = @(); Attributes = 'SupportsWildcards' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
