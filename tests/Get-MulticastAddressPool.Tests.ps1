BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Get-MulticastAddressPool' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        New-MulticastAddressPool video 239.192.0.0/16 -StorePath $store | Out-Null
        New-MulticastAddressPool voice 239.193.0.0/16 -StorePath $store | Out-Null
        New-MulticastAddressPool ssm6 ff3e::/96 -StorePath $store | Out-Null
    }

    It 'returns every pool, sorted by name' {
        $pools = Get-MulticastAddressPool -StorePath $store
        $pools | Should -HaveCount 3
        $pools.Name | Should -Be @('ssm6', 'video', 'voice')
        $pools[0] | Should -BeOfType ([Multicast.Leases.MulticastAddressPool])
    }

    It 'takes wildcards and names, without regard to case' {
        (Get-MulticastAddressPool 'v*' -StorePath $store).Name | Should -Be @('video', 'voice')
        (Get-MulticastAddressPool 'SSM6' -StorePath $store).Name | Should -Be 'ssm6'
    }

    It 'counts active leases' {
        Request-MulticastAddress -Pool video -Owner app1 -Count 5 -StorePath $store | Out-Null
        (Get-MulticastAddressPool video -StorePath $store).ActiveLeases | Should -Be 5
    }

    It 'binds names by value and the Pool property of leases' {
        ('voice', 'ssm6' | Get-MulticastAddressPool -StorePath $store).Name | Should -Be @('voice', 'ssm6')
        $lease = Request-MulticastAddress -Pool video -Owner app1 -StorePath $store
        ($lease | Get-MulticastAddressPool -StorePath $store).Name | Should -Be 'video'
        ([pscustomobject]@{ Name = 'voice' } | Get-MulticastAddressPool -StorePath $store).Name | Should -Be 'voice'
    }

    It 'writes an error for a name that matches no pool, and goes on' {
        $errors = $null
        $result = Get-MulticastAddressPool 'audio', 'video', 'x*' -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $result.Name | Should -Be 'video'
        $errors | Should -HaveCount 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolNotFound,*'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].TargetObject | Should -Be 'audio'
    }

    It 'refuses a -StorePath where no store is, and does not create it (a mistyped path is not an empty store)' {
        $missing = Join-Path $TestDrive 'missing/leases.json'
        { Get-MulticastAddressPool -StorePath $missing } | Should -Throw -ErrorId 'LeaseStoreNotFound,*'
        Test-Path (Split-Path $missing) | Should -BeFalse
    }

    It 'uses $env:MULTICAST_STORE_PATH when -StorePath is not given' {
        $saved = $env:MULTICAST_STORE_PATH
        try {
            $env:MULTICAST_STORE_PATH = $store
            (Get-MulticastAddressPool).Name | Should -Be @('ssm6', 'video', 'voice')
        }
        finally {
            $env:MULTICAST_STORE_PATH = $saved
        }
    }

    It 'has a table view' {
        $text = Get-MulticastAddressPool video -StorePath $store | Format-Table | Out-String -Width 80
        $text | Should -Match 'Name\s+ActiveLeases\s+Capacity\s+Prefix'
        $text | Should -Match 'video\s+0\s+65280 239\.192\.0\.0/16'
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Get-MulticastAddressPool
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressPool'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Name', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Name'; Type = 'string[]'; Aliases = 'Pool'; Attributes = 'SupportsWildcards', 'ArgumentCompleter' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
