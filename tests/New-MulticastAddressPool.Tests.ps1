BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'New-MulticastAddressPool' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
    }

    Context 'pool kinds' {
        It '<Prefix> is a <Kind> pool of <Capacity> groups' -ForEach @(
            @{ Prefix = '239.192.0.0/16'; Kind = 'AdminScope'; Capacity = 65280 }
            @{ Prefix = '239.255.0.0/16'; Kind = 'AdminScope'; Capacity = 65280 }
            @{ Prefix = '233.22.30.0/24'; Kind = 'Glop'; Capacity = 256 }
            @{ Prefix = '234.192.0.2/32'; Kind = 'UnicastPrefixIPv4'; Capacity = 1 }
            @{ Prefix = '232.0.0.0/8'; Kind = 'SourceSpecific'; Capacity = 16776960 }
            @{ Prefix = 'ff3e::/96'; Kind = 'SourceSpecific'; Capacity = 2147483648 }
            @{ Prefix = 'ff3e:30:3ffe:ffff:1::/96'; Kind = 'UnicastPrefixIPv6'; Capacity = 2147483648 }
            @{ Prefix = 'ff7e:140:2001:db8:beef:feed::/96'; Kind = 'EmbeddedRP'; Capacity = 2147483648 }
        ) {
            $pool = New-MulticastAddressPool -Name p1 -Prefix $Prefix -StorePath $store
            $pool | Should -BeOfType ([Multicast.Leases.MulticastAddressPool])
            $pool.Kind | Should -Be $Kind
            $pool.Capacity | Should -Be $Capacity
            $pool.Prefix.ToString() | Should -Be $Prefix
            $pool.ActiveLeases | Should -Be 0
        }

        It 'keeps exclusions, default lease length and MAC policy' {
            $pool = New-MulticastAddressPool video 239.192.0.0/16 -Exclude 239.192.0.0/24, 239.192.1.1 -DefaultDuration '08:00:00' -ExcludeFloodedMac -StorePath $store
            @($pool.Exclusions | ForEach-Object { $_.ToString() }) | Should -Be @('239.192.0.0/24', '239.192.1.1/32')
            $pool.DefaultDuration | Should -Be ([timespan]'08:00:00')
            $pool.ExcludeFloodedMac | Should -BeTrue
            (Get-MulticastAddressPool video -StorePath $store).Capacity | Should -Be (65536 - 256 - 256 - 1)
        }

        It 'defaults to a lease of one day' {
            (New-MulticastAddressPool p 233.22.30.0/24 -StorePath $store).DefaultDuration | Should -Be ([timespan]'1.00:00:00')
        }
    }

    Context '-WhatIf' {
        It 'creates nothing and does not open the store' {
            New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -StorePath $store -WhatIf | Should -BeNullOrEmpty
            Test-Path $store | Should -BeFalse
        }
    }

    Context 'pipeline' {
        It 'binds Name, Prefix and Exclusions of a [pscustomobject]' {
            $pool = [pscustomobject]@{ Name = 'csv'; Prefix = '233.22.30.0/24'; Exclusions = '233.22.30.0/28' } | New-MulticastAddressPool -StorePath $store
            $pool.Name | Should -Be 'csv'
            $pool.Capacity | Should -Be 240
        }

        It 'copies pools from another store' {
            $other = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
            New-MulticastAddressPool a 239.192.0.0/16 -Exclude 239.192.9.0/24 -DefaultDuration '02:00:00' -ExcludeFloodedMac -StorePath $other | Out-Null
            New-MulticastAddressPool b ff3e::/96 -StorePath $other | Out-Null
            $copies = Get-MulticastAddressPool -StorePath $other | New-MulticastAddressPool -StorePath $store
            $copies.Name | Should -Be @('a', 'b')
            $a = Get-MulticastAddressPool a -StorePath $store
            $a.Exclusions[0].ToString() | Should -Be '239.192.9.0/24'
            $a.DefaultDuration | Should -Be ([timespan]'02:00:00')
            $a.ExcludeFloodedMac | Should -BeTrue
        }
    }

    Context 'errors' {
        It 'writes one error per bad pool and goes on' {
            $errors = $null
            $rows = @(
                [pscustomobject]@{ Name = 'team'; Prefix = '239.1.2.0/24' }
                [pscustomobject]@{ Name = 'good'; Prefix = '239.1.2.0/23' }
                [pscustomobject]@{ Name = 'asn0'; Prefix = '233.0.0.0/24' }
            )
            $result = $rows | New-MulticastAddressPool -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.Name | Should -Be 'good'
            $errors | Should -HaveCount 2
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolAdminScopeTooSmall,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -Be 'team'
            $errors[0].Exception.Message | Should -Match '239\.1\.2\.0/23'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'PoolGlopAsZero,*'
        }

        It 'refuses a taken name and an overlapping prefix' {
            New-MulticastAddressPool video 239.192.0.0/16 -StorePath $store | Out-Null
            { New-MulticastAddressPool VIDEO 239.193.0.0/16 -StorePath $store -ErrorAction Stop } | Should -Throw -ErrorId 'PoolNameTaken,*'
            $errors = $null
            New-MulticastAddressPool inner 239.192.4.0/23 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolOverlap,*'
            $errors[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        }

        It 'refuses a duration given as a bare number (ticks)' {
            { New-MulticastAddressPool p 233.22.30.0/24 -DefaultDuration 3600 -StorePath $store -ErrorAction Stop } | Should -Throw -ErrorId 'LeaseDurationOutOfRange,*'
        }

        It 'refuses a badly written prefix with a suggestion' {
            $errors = $null
            New-MulticastAddressPool p 239.192.1.0/16 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'PrefixHostBitsSet,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }

        It 'stops on a damaged store and leaves it as it was' {
            Set-Content -Path $store -Value '{"format": "multicast-leases", "version": 1, "pools": [' -NoNewline
            { New-MulticastAddressPool p 233.22.30.0/24 -StorePath $store } | Should -Throw -ErrorId 'LeaseStoreCorrupt,*'
            Get-Content -Path $store -Raw | Should -Be '{"format": "multicast-leases", "version": 1, "pools": ['
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command New-MulticastAddressPool
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressPool'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'DefaultDuration', 'Exclude', 'ExcludeFloodedMac', 'Name', 'Prefix', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Name'; Mandatory = $true; Aliases = @() }
            @{ Name = 'Prefix'; Type = 'Multicast.PowerShell.PrefixInput'; Mandatory = $true; Aliases = @(); Attributes = 'PrefixTransformation' }
            @{ Name = 'Exclude'; Type = 'Multicast.PowerShell.PrefixInput[]'; Aliases = 'Exclusions'; Attributes = 'PrefixTransformation' }
            @{ Name = 'DefaultDuration'; Type = 'timespan'; Aliases = @() }
            @{ Name = 'ExcludeFloodedMac'; Type = 'switch'; Aliases = @() }
        ) {
            Assert-Parameter $command $_
        }
    }
}
