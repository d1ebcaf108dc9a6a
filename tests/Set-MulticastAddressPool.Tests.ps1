BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Set-MulticastAddressPool' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        New-MulticastAddressPool video 239.192.0.0/16 -Exclude 239.192.0.0/24 -StorePath $store | Out-Null
    }

    It 'changes only the settings given' {
        $pool = Set-MulticastAddressPool video -DefaultDuration '04:00:00' -PassThru -StorePath $store
        $pool.DefaultDuration | Should -Be ([timespan]'04:00:00')
        $pool.Exclusions[0].ToString() | Should -Be '239.192.0.0/24'
        $pool.ExcludeFloodedMac | Should -BeFalse
        (Get-MulticastAddressPool video -StorePath $store).DefaultDuration | Should -Be ([timespan]'04:00:00')
    }

    It 'replaces and clears exclusions' {
        (Set-MulticastAddressPool video -Exclude 239.192.1.0/24, 239.192.2.0/24 -PassThru -StorePath $store).Capacity | Should -Be (65536 - 768)
        (Set-MulticastAddressPool video -Exclude @() -PassThru -StorePath $store).Exclusions | Should -BeNullOrEmpty
    }

    It 'turns the MAC policy on and off' {
        New-MulticastAddressPool all 239.0.0.0/10 -StorePath $store | Out-Null
        (Set-MulticastAddressPool all -ExcludeFloodedMac -PassThru -StorePath $store).Capacity | Should -Be (4194304 - 768)
        (Set-MulticastAddressPool all -ExcludeFloodedMac:$false -PassThru -StorePath $store).Capacity | Should -Be (4194304 - 256)
    }

    It 'warns about active leases it now excludes' {
        Request-MulticastAddress -Pool video -Owner app1 -Address 239.192.10.20 -StorePath $store | Out-Null
        $warnings = $null
        Set-MulticastAddressPool video -Exclude 239.192.10.0/24 -StorePath $store -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings | Should -HaveCount 1
        "$warnings" | Should -Match '239\.192\.10\.20'
    }

    It 'returns nothing without -PassThru' {
        Set-MulticastAddressPool video -DefaultDuration '04:00:00' -StorePath $store | Should -BeNullOrEmpty
    }

    It '-WhatIf changes nothing' {
        Set-MulticastAddressPool video -DefaultDuration '00:05:00' -StorePath $store -WhatIf
        (Get-MulticastAddressPool video -StorePath $store).DefaultDuration | Should -Be ([timespan]'1.00:00:00')
    }

    It 'binds pool objects and names from the pipeline' {
        New-MulticastAddressPool voice 239.193.0.0/16 -StorePath $store | Out-Null
        Get-MulticastAddressPool -StorePath $store | Set-MulticastAddressPool -DefaultDuration '12:00:00' -StorePath $store
        (Get-MulticastAddressPool -StorePath $store).DefaultDuration | Should -Be @([timespan]'12:00:00', [timespan]'12:00:00')
        'voice' | Set-MulticastAddressPool -DefaultDuration '06:00:00' -StorePath $store
        (Get-MulticastAddressPool voice -StorePath $store).DefaultDuration | Should -Be ([timespan]'06:00:00')
    }

    It 'writes one error per bad pool and goes on' {
        New-MulticastAddressPool voice 239.193.0.0/16 -StorePath $store | Out-Null
        $errors = $null
        # 239.192.1.0/24 lies in video (239.192.0.0/16), outside voice (239.193.0.0/16).
        'audio', 'voice', 'video' | Set-MulticastAddressPool -Exclude 239.192.1.0/24 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors | Should -HaveCount 2
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolNotFound,*'
        $errors[0].TargetObject | Should -Be 'audio'
        $errors[1].FullyQualifiedErrorId | Should -BeLike 'PoolExclusionOutsidePrefix,*'
        $errors[1].CategoryInfo.Category | Should -Be 'InvalidData'
        $errors[1].TargetObject | Should -Be 'voice'
        (Get-MulticastAddressPool video -StorePath $store).Exclusions[0].ToString() | Should -Be '239.192.1.0/24'
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Set-MulticastAddressPool
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressPool'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'DefaultDuration', 'Exclude', 'ExcludeFloodedMac', 'Name', 'PassThru', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            # A piped pool binds by value as well (as its name), so only Get-Command shows ByPropertyName.
            @{ Name = 'Name'; Type = 'string'; Mandatory = $true; Pipeline = 'ByValue, ByPropertyName' }
            # A pool piped in names the pool to change; its settings are not copied.
            @{ Name = 'Exclude'; Type = 'Multicast.PowerShell.PrefixInput[]'; Pipeline = 'No'; Attributes = 'PrefixTransformation' }
            @{ Name = 'DefaultDuration'; Pipeline = 'No' }
            @{ Name = 'ExcludeFloodedMac'; Pipeline = 'No' }
            @{ Name = 'PassThru'; Pipeline = 'No' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
