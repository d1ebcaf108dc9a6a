BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'ConvertTo-MulticastMacAddress' {
    Context 'IPv4 (RFC 1112 section 6.4)' {
        It '<Address> is sent to <Mac>' -ForEach @(
            @{ Address = '224.0.0.0'; Mac = '01-00-5E-00-00-00' }
            @{ Address = '224.0.0.1'; Mac = '01-00-5E-00-00-01' }
            @{ Address = '224.0.0.251'; Mac = '01-00-5E-00-00-FB' }
            @{ Address = '239.255.255.250'; Mac = '01-00-5E-7F-FF-FA' }
            @{ Address = '239.255.255.255'; Mac = '01-00-5E-7F-FF-FF' }
            @{ Address = '224.128.0.0'; Mac = '01-00-5E-00-00-00' }
        ) {
            $mapping = ConvertTo-MulticastMacAddress -Address $Address
            $mapping | Should -BeOfType ([Multicast.MulticastMacMapping])
            $mapping.MacAddress | Should -BeExactly $Mac
            $mapping.Address.ToString() | Should -Be $Address
            $mapping.AliasOf | Should -BeNullOrEmpty
            "$mapping" | Should -Be $Address
        }
    }

    Context 'IPv6 (RFC 2464 section 7)' {
        It '<Address> is sent to <Mac>' -ForEach @(
            @{ Address = 'ff02::1'; Mac = '33-33-00-00-00-01' }
            @{ Address = 'ff02::fb'; Mac = '33-33-00-00-00-FB' }
            @{ Address = 'ff02::1:ff00:1234'; Mac = '33-33-FF-00-12-34' }
            @{ Address = 'ff3e:40:2001:db8:beef:feed:1234:5678'; Mac = '33-33-12-34-56-78' }
        ) {
            (ConvertTo-MulticastMacAddress -Address $Address).MacAddress | Should -BeExactly $Mac
        }

        It 'writes the address canonically' {
            "$(ConvertTo-MulticastMacAddress 'FF02:0:0:0:0:1:FF00:1234')" | Should -BeExactly 'ff02::1:ff00:1234'
        }
    }

    Context '-IncludeAliases' {
        It 'writes the group, then the 31 other IPv4 groups that share its MAC' {
            $mappings = ConvertTo-MulticastMacAddress 239.255.255.250 -IncludeAliases
            $mappings | Should -HaveCount 32
            $mappings[0].Address.ToString() | Should -Be '239.255.255.250'
            $mappings[0].AliasOf | Should -BeNullOrEmpty
            $aliases = $mappings | Select-Object -Skip 1
            $aliases | ForEach-Object { $_.AliasOf.ToString() | Should -Be '239.255.255.250' }
            $aliases | ForEach-Object { $_.MacAddress | Should -Be '01-00-5E-7F-FF-FA' }
            ($mappings | ForEach-Object { $_.ToString() } | Sort-Object -Unique) | Should -HaveCount 32
            $aliases[0].ToString() | Should -Be '224.127.255.250'
            $aliases[30].ToString() | Should -Be '239.127.255.250'
        }

        It 'lists IPv6 groups without aliases and warns once' {
            $output = 'ff02::1', 'ff02::2' | ConvertTo-MulticastMacAddress -IncludeAliases 3>&1
            ($output | Where-Object { $_ -is [Multicast.MulticastMacMapping] }) | Should -HaveCount 2
            $warnings = @($output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] })
            $warnings | Should -HaveCount 1
            $warnings[0].Message | Should -Match 'IPv4 groups only'
        }

        It 'writes no aliases without the switch' {
            ConvertTo-MulticastMacAddress 239.255.255.250 | Should -HaveCount 1
        }
    }

    Context 'groups that share a flooded MAC (RFC 4541 section 2.1.2)' {
        It '<Address> shares a control-block MAC: <Expected>' -ForEach @(
            @{ Address = '224.0.0.1'; Expected = $true }
            @{ Address = '224.0.1.1'; Expected = $true }
            @{ Address = '230.0.0.1'; Expected = $true }
            @{ Address = '239.128.0.1'; Expected = $true }
            @{ Address = '224.0.2.1'; Expected = $false }
            @{ Address = '239.192.0.1'; Expected = $false }
            @{ Address = 'ff02::1'; Expected = $false }
        ) {
            (ConvertTo-MulticastMacAddress $Address).SharesControlBlockMac | Should -Be $Expected
        }
    }

    Context 'collision detection' {
        It 'finds groups that share a MAC with Group-Object MacAddress' {
            $groups = '239.1.1.1', '224.1.1.1', '239.129.1.1', '239.2.2.2', '225.2.2.2', '239.192.0.1'
            $collisions = $groups | ConvertTo-MulticastMacAddress | Group-Object MacAddress | Where-Object Count -gt 1
            $collisions | Should -HaveCount 2
            $collisions[0].Name | Should -Be '01-00-5E-01-01-01'
            ($collisions[0].Group | ForEach-Object { $_.ToString() }) | Should -Be @('239.1.1.1', '224.1.1.1', '239.129.1.1')
            $collisions[1].Name | Should -Be '01-00-5E-02-02-02'
        }
    }

    Context 'pipeline' {
        It 'binds strings and IPAddress objects by value' {
            ('239.1.1.1', [ipaddress]'ff02::fb' | ConvertTo-MulticastMacAddress).MacAddress |
                Should -Be @('01-00-5E-01-01-01', '33-33-00-00-00-FB')
        }

        It 'binds the Address property of a [pscustomobject]' {
            ([pscustomobject]@{ Address = '239.1.1.1' } | ConvertTo-MulticastMacAddress).MacAddress | Should -Be '01-00-5E-01-01-01'
        }

        It 'binds the Group alias property of a [pscustomobject]' {
            ([pscustomobject]@{ Group = 'ff02::fb' } | ConvertTo-MulticastMacAddress).MacAddress | Should -Be '33-33-00-00-00-FB'
        }

        It 'takes its own output back' {
            (ConvertTo-MulticastMacAddress 230.0.0.1 | ConvertTo-MulticastMacAddress).MacAddress | Should -Be '01-00-5E-00-00-01'
        }
    }

    Context 'errors' {
        It 'refuses <Address>: only multicast addresses have a mapped MAC' -ForEach @(
            @{ Address = '223.255.255.255' }
            @{ Address = '240.0.0.0' }
            @{ Address = '192.0.2.1' }
            @{ Address = 'fe80::1' }
        ) {
            $errors = $null
            $result = ConvertTo-MulticastMacAddress -Address $Address -ErrorVariable errors -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'MacMappingNotMulticast,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -Be $Address
            $errors[0].Exception.Message | Should -Match 'Only multicast addresses'
        }

        It 'writes one ErrorRecord per bad item and goes on' {
            $errors = $null
            $result = '239.1.1.1', '10.0.0.1', '239.1', 'ff02::1' |
                ConvertTo-MulticastMacAddress -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.MacAddress | Should -Be @('01-00-5E-01-01-01', '33-33-00-00-00-01')
            $errors | Should -HaveCount 2
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'MacMappingNotMulticast,*'
            $errors[0].TargetObject | Should -Be '10.0.0.1'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[1].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[1].TargetObject | Should -Be '239.1'
        }
    }

    Context 'format' {
        It 'shows the address, the MAC, AliasOf and SharesControlBlockMac, whole at 80 columns' {
            $text = ConvertTo-MulticastMacAddress 'ff3e:40:2001:db8:beef:feed:1234:5678', 230.0.0.1 | Out-String -Width 80
            $text | Should -Match 'Address\s+MacAddress\s+AliasOf\s+SharesControlB'
            $text | Should -Match 'ff3e:40:2001:db8:beef:feed:1234:5678 33-33-12-34-56-78'
            $text | Should -Match '230\.0\.0\.1\s+01-00-5E-00-00-01\s+True'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command ConvertTo-MulticastMacAddress
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.MulticastMacMapping'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Address', 'IncludeAliases'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Address'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
            @{ Name = 'IncludeAliases'; Type = 'switch'; Pipeline = 'No' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
