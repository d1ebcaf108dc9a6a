BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'New-UnicastPrefixMulticastAddress' {
    Context 'IPv4, RFC 6034' {
        It 'RFC 6676 2.3: <Prefix> gives <Expected>' -ForEach @(
            @{ Prefix = '192.0.2.0/24'; Expected = '234.192.0.2' }
            @{ Prefix = '198.51.100.0/24'; Expected = '234.198.51.100' }
            @{ Prefix = '203.0.113.0/24'; Expected = '234.203.0.113' }
        ) {
            $group = New-UnicastPrefixMulticastAddress -Prefix $Prefix
            $group | Should -BeOfType [Multicast.UnicastPrefixMulticastAddress]
            $group.Address | Should -BeOfType [System.Net.IPAddress]
            "$($group.Address)" | Should -Be $Expected
            "$($group.Prefix)" | Should -Be "$Expected/32"
            "$($group.NetworkPrefix)" | Should -Be $Prefix
            $group.PrefixLength | Should -Be 24
            $group.Scope | Should -Be ([Multicast.MulticastScope]::Global)
            $group.IsSourceSpecific | Should -BeFalse
            $group.GroupIdRange | Should -BeNullOrEmpty
            "$group" | Should -Be $Expected
        }

        It 'RFC 6034 4: a /16 owns 234.x.y.0/24 and the group ID fills the last octet' {
            $group = New-UnicastPrefixMulticastAddress 198.51.0.0/16 -GroupId 10
            "$group" | Should -Be '234.198.51.10'
            "$($group.Prefix)" | Should -Be '234.198.51.0/24'
        }

        It 'gives the owner of a 234/8 address by shifting it 8 bits left' {
            [Multicast.UnicastPrefixMulticastAddress]::UnicastAddressOf('234.192.0.2').ToString() | Should -Be '192.0.2.0'
        }

        It 'refuses a group ID that does not fit after the prefix' {
            $errors = $null
            New-UnicastPrefixMulticastAddress 192.0.2.0/24 -GroupId 1 -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'UnicastPrefixGroupIdTooLarge,*'
            $errors[0].Exception.Message | Should -Match 'exactly one address'
        }

        It 'refuses a scope other than Global' {
            $errors = $null
            New-UnicastPrefixMulticastAddress 192.0.2.0/24 -Scope SiteLocal -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'UnicastPrefixIPv4ScopeNotGlobal,*'
        }
    }

    Context 'IPv6, RFC 3306' {
        It 'RFC 6676 3.1: 2001:DB8::/32 gives FF3X:20:2001:DB8::/64' {
            $group = New-UnicastPrefixMulticastAddress -Prefix '2001:DB8::/32'
            "$($group.AllocationPrefix)" | Should -Be 'ff3e:20:2001:db8::/64'
            "$($group.Prefix)" | Should -Be 'ff3e:20:2001:db8::/96'
            "$($group.Address)" | Should -Be 'ff3e:20:2001:db8::8000:0'
            $group.PrefixLength | Should -Be 32
            $group.GroupIdRange | Should -Be ([Multicast.GroupIdRange]::Dynamic)
        }

        It 'RFC 6676 3.1: 2001:DB8:DEAD:BEEF::/64 gives FF3X:40:2001:DB8:DEAD:BEEF::/96 at scope <X>' -ForEach @(
            @{ X = '1' }, @{ X = '2' }, @{ X = '5' }, @{ X = '8' }, @{ X = 'e' }
        ) {
            $group = New-UnicastPrefixMulticastAddress -Prefix 2001:DB8:DEAD:BEEF::/64 -Scope "0x$X"
            "$($group.Prefix)" | Should -Be "ff3$($X):40:2001:db8:dead:beef::/96"
            "$($group.AllocationPrefix)" | Should -Be "ff3$($X):40:2001:db8:dead:beef::/96"
        }

        It 'RFC 3306 7: 3FFE:FFFF:1::/48 gives FF3x:0030:3FFE:FFFF:0001::/96' {
            "$((New-UnicastPrefixMulticastAddress 3FFE:FFFF:1::/48).Prefix)" | Should -Be 'ff3e:30:3ffe:ffff:1::/96'
        }

        It 'puts the group ID in the last 32 bits, hex literals as written' {
            $group = New-UnicastPrefixMulticastAddress 2001:db8:dead:beef::/64 -GroupId 0x80000001 -Scope SiteLocal
            "$group" | Should -Be 'ff35:40:2001:db8:dead:beef:8000:1'
            $group.GroupIdRange | Should -Be ([Multicast.GroupIdRange]::Dynamic)
        }

        It 'refuses <Prefix> with <ErrorId>' -ForEach @(
            @{ Prefix = '2001:db8:1:2:8000::/65'; ErrorId = 'UnicastPrefixTooLong' }
            @{ Prefix = '192.0.2.128/25'; ErrorId = 'UnicastPrefixTooLong' }
            @{ Prefix = '::/0'; ErrorId = 'UnicastPrefixLengthZero' }
            @{ Prefix = 'ff00::/8'; ErrorId = 'UnicastPrefixNotUnicast' }
            @{ Prefix = '::/64'; ErrorId = 'UnicastPrefixNotUnicast' }
            @{ Prefix = 'fe80::/64'; ErrorId = 'ScopeExceedsUnicastPrefix' }
            @{ Prefix = '10.1.0.0/16'; ErrorId = 'UnicastPrefixNotGlobal' }
            @{ Prefix = '127.0.0.0/8'; ErrorId = 'UnicastPrefixNotGlobal' }
            @{ Prefix = '169.254.0.0/16'; ErrorId = 'UnicastPrefixNotGlobal' }
            @{ Prefix = '224.0.0.0/4'; ErrorId = 'UnicastPrefixNotGlobal' }
        ) {
            $errors = $null
            New-UnicastPrefixMulticastAddress -Prefix $Prefix -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -Be $Prefix
        }

        It 'allows a link-local prefix at link scope' {
            "$(New-UnicastPrefixMulticastAddress fe80::/64 -Scope LinkLocal)" | Should -Be 'ff32:40:fe80::8000:0'
        }

        It 'names the right prefix when host bits are set' {
            { New-UnicastPrefixMulticastAddress -Prefix '192.0.2.1/24' -ErrorAction Stop } | Should -Throw '*192.0.2.0/24*'
        }
    }

    Context 'choices' {
        It 'gives the first dynamic group ID when none is given, and no warning for a documentation prefix' {
            $warnings = $null
            $group = New-UnicastPrefixMulticastAddress 2001:db8::/32 -WarningVariable warnings
            $group.GroupId | Should -Be 2147483648
            $warnings | Should -BeNullOrEmpty
        }

        It 'warns of a group ID that RFC 3307 keeps for permanent addresses, and still gives the group' {
            $warnings = $null
            "$(New-UnicastPrefixMulticastAddress 2001:db8::/32 -GroupId 7 -WarningVariable warnings -WarningAction SilentlyContinue)" | Should -Be 'ff3e:20:2001:db8::7'
            $warnings | Should -HaveCount 1
            "$warnings" | Should -Match 'RFC 3307'
        }

        It 'warns once for each poor group in a pipeline' {
            $warnings = $null
            $groups = [pscustomobject]@{ Prefix = '2001:db8::/32'; GroupId = 7 }, [pscustomobject]@{ Prefix = '2001:db8::/32'; GroupId = 0x80000007 } |
                New-UnicastPrefixMulticastAddress -WarningVariable warnings -WarningAction SilentlyContinue
            $groups | Should -HaveCount 2
            $warnings | Should -HaveCount 1
            "$warnings" | Should -BeLike 'ff3e:20:2001:db8::7 *'
        }

        It 'warns of a prefix no network holds' {
            $warnings = $null
            New-UnicastPrefixMulticastAddress 3ffe:ffff:1::/48 -WarningVariable warnings -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty
            "$warnings" | Should -Match '6bone'
        }
    }

    Context 'SSM, RFC 3306 6 and RFC 4607' {
        It 'gives FF3x::/96' {
            $group = New-UnicastPrefixMulticastAddress -SourceSpecific
            "$($group.Prefix)" | Should -Be 'ff3e::/96'
            $group.IsSourceSpecific | Should -BeTrue
            $group.PrefixLength | Should -Be 0
            "$($group.NetworkPrefix)" | Should -Be '::/0'
            "$group" | Should -Be 'ff3e::8000:0'
        }

        It 'warns that group ID 0 is the range itself, which RFC 4607 calls invalid as a group' {
            $warnings = $null
            "$(New-UnicastPrefixMulticastAddress -SourceSpecific -GroupId 0 -WarningVariable warnings -WarningAction SilentlyContinue)" | Should -Be 'ff3e::'
            $warnings | Should -HaveCount 1
            "$warnings" | Should -Match 'RFC 4607'
        }

        It 'takes group IDs by value from the pipeline' {
            $groups = 0x80000001, 0x80000002 | New-UnicastPrefixMulticastAddress -SourceSpecific -Scope OrganizationLocal
            ($groups | ForEach-Object { "$_" }) | Should -Be @('ff38::8000:1', 'ff38::8000:2')
            $groups[0].GroupIdRange | Should -Be ([Multicast.GroupIdRange]::Dynamic)
        }

        It 'refuses a group ID RFC 4607 calls invalid, and goes on' {
            $errors = $null
            $groups = 5, 0x40000001 | New-UnicastPrefixMulticastAddress -SourceSpecific -ErrorVariable errors -ErrorAction SilentlyContinue
            "$groups" | Should -Be 'ff3e::4000:1'
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'SsmGroupIdInvalid,*'
            $errors[0].Exception.Message | Should -Match 'RFC 4607'
        }

        It 'says that -GroupId takes one value when a comma after the prefix hands it a list' {
            { New-UnicastPrefixMulticastAddress 2001:db8::/32, 192.0.2.0/24 -ErrorAction Stop } | Should -Throw '*-GroupId takes one group ID, and was given a list of 2 values*pipe them in*'
        }

        It 'does not take a prefix with -SourceSpecific' {
            { New-UnicastPrefixMulticastAddress -Prefix 2001:db8::/32 -SourceSpecific -ErrorAction Stop } | Should -Throw
        }
    }

    Context 'pipeline' {
        It 'binds prefixes by value and goes on past a bad one' {
            $errors = $null
            $groups = '192.0.2.0/24', '10.1.0.0/16', '2001:db8::/32' |
                New-UnicastPrefixMulticastAddress -ErrorVariable errors -ErrorAction SilentlyContinue
            ($groups | ForEach-Object { "$_" }) | Should -Be @('234.192.0.2', 'ff3e:20:2001:db8::8000:0')
            $errors | Should -HaveCount 1
            $errors[0].TargetObject | Should -Be '10.1.0.0/16'
        }

        It 'binds Prefix, GroupId and Scope by property name' {
            "$([pscustomobject]@{ Prefix = '2001:db8::/32'; GroupId = 7; Scope = 'org' } | New-UnicastPrefixMulticastAddress)" |
                Should -Be 'ff38:20:2001:db8::7'
        }

        It 'binds IPAddress and PrefixLength, as Get-NetIPAddress gives them' {
            "$([pscustomobject]@{ IPAddress = '2001:db8:dead:beef::15'; PrefixLength = 64 } | New-UnicastPrefixMulticastAddress)" |
                Should -Be 'ff3e:40:2001:db8:dead:beef:8000:0'
        }

        It 'takes its own output back through NetworkPrefix' {
            "$(New-UnicastPrefixMulticastAddress 2001:db8::/32 | New-UnicastPrefixMulticastAddress -GroupId 0x80000001)" |
                Should -Be 'ff3e:20:2001:db8::8000:1'
        }
    }

    Context 'format' {
        It 'shows Address, Scope and NetworkPrefix whole at 80 columns' {
            $text = '192.0.2.0/24', '2001:db8:dead:beef::/64' | New-UnicastPrefixMulticastAddress | Out-String -Width 80
            $text | Should -Match 'Address\s+Scope\s+NetworkPrefix'
            $text | Should -Match '234\.192\.0\.2\s+Global 192\.0\.2\.0/24'
            $text | Should -Match 'ff3e:40:2001:db8:dead:beef:8000:0 Global 2001:db8:dead:beef::/64'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command New-UnicastPrefixMulticastAddress
        }

        It 'declares its output type, its parameter sets and no other parameters, not even -WhatIf' {
            $command.OutputType.Name | Should -Be 'Multicast.UnicastPrefixMulticastAddress'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'Prefix', 'SourceSpecific'
            $command.DefaultParameterSet | Should -Be 'Prefix'
            Get-OwnParameterName $command | Should -Be 'GroupId', 'Prefix', 'Scope', 'SourceSpecific'
            $command.Parameters.Keys | Should -Not -Contain 'WhatIf' -Because 'it changes nothing'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Prefix'; Type = 'Multicast.PowerShell.PrefixInput'; Sets = 'Prefix'; Mandatory = $true; Aliases = 'UnicastPrefix'; Attributes = 'PrefixTransformation' }
            @{ Name = 'SourceSpecific'; Type = 'switch'; Sets = 'SourceSpecific'; Mandatory = $true }
            @{ Name = 'GroupId'; Type = 'uint32'; Sets = 'Prefix', 'SourceSpecific'; Pipeline = 'Prefix: ByPropertyName; SourceSpecific: ByValue, ByPropertyName' }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput'; Sets = '(All)' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
