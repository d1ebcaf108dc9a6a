BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Remove-MulticastAddressPool' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        New-MulticastAddressPool video 239.192.0.0/16 -StorePath $store | Out-Null
        New-MulticastAddressPool voice 239.193.0.0/16 -StorePath $store | Out-Null
    }

    It 'removes a pool without leases' {
        Remove-MulticastAddressPool video -Confirm:$false -StorePath $store | Should -BeNullOrEmpty
        (Get-MulticastAddressPool -StorePath $store).Name | Should -Be 'voice'
    }

    It 'needs -Force for a pool with active leases' {
        Request-MulticastAddress -Pool video -Owner app1 -StorePath $store | Out-Null
        $errors = $null
        Remove-MulticastAddressPool video -Confirm:$false -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolHasActiveLeases,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $errors[0].TargetObject | Should -Be 'video'
        Get-MulticastAddressPool video -StorePath $store | Should -Not -BeNullOrEmpty
    }

    It '-Force removes the pool and its leases, with a warning for each' {
        Request-MulticastAddress -Pool video -Owner app1 -Count 2 -StorePath $store | Out-Null
        $warnings = $null
        $removed = Remove-MulticastAddressPool video -Force -PassThru -Confirm:$false -StorePath $store -WarningVariable warnings -WarningAction SilentlyContinue
        $removed.Name | Should -Be 'video'
        $warnings | Should -HaveCount 2
        Get-MulticastAddressLease -IncludeExpired -StorePath $store | Should -BeNullOrEmpty
    }

    It 'takes -Name literally: a wildcard removes no pool' {
        $errors = $null
        Remove-MulticastAddressPool 'v*' -Force -Confirm:$false -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolNotFound,*'
        (Get-MulticastAddressPool -StorePath $store).Name | Should -Be 'video', 'voice'
    }

    It '-WhatIf removes nothing' {
        Remove-MulticastAddressPool video, voice -Force -WhatIf -StorePath $store
        (Get-MulticastAddressPool -StorePath $store) | Should -HaveCount 2
    }

    It 'binds pool objects and names from the pipeline, one error per missing pool' {
        $errors = $null
        'audio', 'video' | Remove-MulticastAddressPool -Confirm:$false -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolNotFound,*'
        $errors[0].TargetObject | Should -Be 'audio'
        Get-MulticastAddressPool voice -StorePath $store | Remove-MulticastAddressPool -Confirm:$false -StorePath $store
        Get-MulticastAddressPool -StorePath $store | Should -BeNullOrEmpty
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Remove-MulticastAddressPool
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressPool'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Force', 'Name', 'PassThru', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            # A piped pool binds by value as well (as its name), so only Get-Command shows ByPropertyName.
            @{ Name = 'Name'; Mandatory = $true; Pipeline = 'ByValue, ByPropertyName'; Aliases = @() }
            @{ Name = 'Force'; Type = 'switch' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
