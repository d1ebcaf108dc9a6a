BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'LeaseTestStore.ps1')
}

Describe 'Remove-MulticastAddressLease' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        Write-LeaseStore -Path $store -Lease $ExpiredLease, $LongLease, $App1Lease, $App1SecondLease
    }

    It 'releases the leases an owner''s Get-MulticastAddressLease pipes in' {
        Get-MulticastAddressLease -Owner app1 -StorePath $store | Remove-MulticastAddressLease -StorePath $store -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-MulticastAddressLease -StorePath $store).Owner | Should -Be 'keeper'
        (Request-MulticastAddress video app2 -Address 239.192.10.20 -StorePath $store).Owner | Should -Be 'app2'
    }

    It 'returns released leases with -PassThru' {
        $released = Remove-MulticastAddressLease 239.192.10.20 -PassThru -StorePath $store -WarningAction SilentlyContinue
        $released.State | Should -Be 'Released'
        $released.Owner | Should -Be 'app1'
    }

    It 'releases an expired lease' {
        Remove-MulticastAddressLease 239.192.9.1 -StorePath $store
        Get-MulticastAddressLease -IncludeExpired -StorePath $store | Should -HaveCount 3
    }

    It 'checks -Owner, one error per lease, and goes on' {
        $errors = $null
        '239.192.9.2', '239.192.10.20', 'nonsense' | Remove-MulticastAddressLease -Owner app1 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $errors | Should -HaveCount 2
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'LeaseOwnerMismatch,*'
        $errors[0].TargetObject | Should -Be '239.192.9.2'
        $errors[1].FullyQualifiedErrorId | Should -BeLike 'AddressInvalid,*'
        $errors[1].TargetObject | Should -Be 'nonsense'
        @(Get-MulticastAddressLease -StorePath $store | ForEach-Object { $_.Address.ToString() }) | Should -Be @('239.192.9.2', '239.192.10.21')
    }

    It 'reports the expired leases it reclaims' {
        $warnings = $null
        Remove-MulticastAddressLease 239.192.10.20 -StorePath $store -WarningVariable warnings -WarningAction SilentlyContinue
        "$warnings" | Should -Match '239\.192\.9\.1'
    }

    It 'binds a [pscustomobject] with a Group property' {
        [pscustomobject]@{ Group = '239.192.10.21' } | Remove-MulticastAddressLease -StorePath $store -WarningAction SilentlyContinue
        (Get-MulticastAddressLease -Owner app1 -StorePath $store).Address.ToString() | Should -Be '239.192.10.20'
    }

    It '-WhatIf releases nothing' {
        Get-MulticastAddressLease -StorePath $store | Remove-MulticastAddressLease -StorePath $store -WhatIf
        Get-MulticastAddressLease -StorePath $store | Should -HaveCount 3
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Remove-MulticastAddressLease
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressLease'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Address', 'ClientId', 'Owner', 'PassThru', 'Pool', 'Server', 'StorePath'
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
