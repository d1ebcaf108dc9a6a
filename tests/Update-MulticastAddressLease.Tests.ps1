BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'LeaseTestStore.ps1')
}

Describe 'Update-MulticastAddressLease' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        Write-LeaseStore -Path $store -Lease $ExpiredLease, $App1Lease
        $lease = Get-MulticastAddressLease -Address 239.192.10.20 -StorePath $store
    }

    It 'renews for -Duration from now, keeping the start' {
        $renewed = Update-MulticastAddressLease 239.192.10.20 -Duration '2.00:00:00' -StorePath $store -WarningAction SilentlyContinue
        $renewed.Start | Should -Be $lease.Start
        $renewed.End | Should -BeGreaterThan (Get-Date).AddHours(47.9)
        $renewed.State | Should -Be 'Active'
    }

    It 'renews for the pool default without -Duration' {
        (Update-MulticastAddressLease 239.192.10.20 -StorePath $store -WarningAction SilentlyContinue).End | Should -BeGreaterThan (Get-Date).AddHours(7.9)
    }

    It 'renews the leases piped in' {
        Request-MulticastAddress video app1 -Address 239.192.10.21 -StorePath $store -WarningAction SilentlyContinue | Out-Null
        $renewed = Get-MulticastAddressLease -Owner app1 -StorePath $store | Update-MulticastAddressLease -Duration '1.00:00:00' -StorePath $store
        $renewed | Should -HaveCount 2
        $renewed.End | ForEach-Object { $_ | Should -BeGreaterThan (Get-Date).AddHours(23.9) }
    }

    It 'checks -Owner and -Pool, one error per lease' {
        $errors = $null
        Update-MulticastAddressLease 239.192.10.20, 239.192.77.7 -Owner app2 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors | Should -HaveCount 2
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'LeaseOwnerMismatch,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $errors[0].TargetObject | Should -Be '239.192.10.20'
        $errors[1].FullyQualifiedErrorId | Should -BeLike 'LeaseNotFound,*'
        { Update-MulticastAddressLease 239.192.10.20 -Pool glop -StorePath $store -ErrorAction Stop } | Should -Throw -ErrorId 'LeaseNotFound,*'
    }

    It 'reclaims the pool''s expired leases, with a warning' {
        $warnings = $null
        Update-MulticastAddressLease 239.192.10.20 -StorePath $store -WarningVariable warnings -WarningAction SilentlyContinue | Out-Null
        "$warnings" | Should -Match 'Reclaimed the expired lease on 239\.192\.9\.1'
    }

    It 'refuses an expired lease and says how to lease the group again' {
        $errors = $null
        Update-MulticastAddressLease 239.192.9.1 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'LeaseExpired,*'
        $errors[0].ErrorDetails.RecommendedAction | Should -Match "Request-MulticastAddress -Pool video -Owner 'old' -Address 239\.192\.9\.1"
    }

    It 'binds a [pscustomobject] with Address and Owner' {
        ([pscustomobject]@{ Address = '239.192.10.20'; Owner = 'app1' } | Update-MulticastAddressLease -StorePath $store -WarningAction SilentlyContinue).Owner | Should -Be 'app1'
    }

    It '-WhatIf changes nothing' {
        Update-MulticastAddressLease 239.192.10.20 -Duration '30.00:00:00' -StorePath $store -WhatIf | Should -BeNullOrEmpty
        (Get-MulticastAddressLease -Address 239.192.10.20 -StorePath $store).End | Should -Be $lease.End
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Update-MulticastAddressLease
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressLease'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Address', 'ClientId', 'Duration', 'Owner', 'Pool', 'Server', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Address'; Mandatory = $true }
            @{ Name = 'Pool'; Pipeline = 'ByPropertyName'; Aliases = @() }
            @{ Name = 'Owner'; Pipeline = 'ByPropertyName'; Aliases = @() }
            # A lease a MADCAP server holds binds these, and is acted on there; one parameter set, since a piped lease binds
            # -Address by value before its properties, so only its Server value can tell where it lives.
            @{ Name = 'Server'; Type = 'string'; Mandatory = $false; Pipeline = 'ByPropertyName'; Aliases = @() }
            @{ Name = 'ClientId'; Type = 'Multicast.Leases.ClientIdentifier'; Mandatory = $false; Pipeline = 'ByPropertyName'; Aliases = 'LeaseIdentifier' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
