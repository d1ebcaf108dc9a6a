BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'New-EmbeddedRpAddress' {
    Context 'RFC examples' {
        It 'RFC 6676 3.2: RP 2001:DB8:BEEF:FEED::7 gives FF7X:740:2001:DB8:BEEF:FEED::/96' {
            $group = New-EmbeddedRpAddress -RendezvousPoint '2001:DB8:BEEF:FEED::7'
            $group | Should -BeOfType [Multicast.EmbeddedRpAddress]
            $group.Address | Should -BeOfType [System.Net.IPAddress]
            "$($group.Address)" | Should -Be 'ff7e:740:2001:db8:beef:feed:8000:0'
            "$($group.Prefix)" | Should -Be 'ff7e:740:2001:db8:beef:feed::/96'
            "$($group.RendezvousPoint)" | Should -Be '2001:db8:beef:feed::7'
            $group.Riid | Should -Be 7
            $group.PrefixLength | Should -Be 64
            "$($group.NetworkPrefix)" | Should -Be '2001:db8:beef:feed::/64'
            $group.GroupId | Should -Be 2147483648
            $group.Scope | Should -Be ([Multicast.MulticastScope]::Global)
            "$group" | Should -Be 'ff7e:740:2001:db8:beef:feed:8000:0'
        }

        It 'RFC 6676 3.2: RP 2001:DB8::1 with plen 32 gives FF7X:120:2001:DB8::/96 at scope <Scope>' -ForEach @(
            @{ Scope = 'InterfaceLocal'; X = '1' }
            @{ Scope = 'LinkLocal'; X = '2' }
            @{ Scope = 'RealmLocal'; X = '3' }
            @{ Scope = 'AdminLocal'; X = '4' }
            @{ Scope = 'SiteLocal'; X = '5' }
            @{ Scope = 'OrganizationLocal'; X = '8' }
            @{ Scope = 'Global'; X = 'e' }
        ) {
            $group = New-EmbeddedRpAddress -RendezvousPoint '2001:DB8::1' -PrefixLength 32 -Scope $Scope
            "$($group.Prefix)" | Should -Be "ff7$($X):120:2001:db8::/96"
        }

        It 'RFC 3956 5.2: an RP with plen 32 owns the groups of ff7x:y20:2001:db8::/64' {
            $group = New-EmbeddedRpAddress 2001:db8::5 32
            "$($group.AllocationPrefix)" | Should -Be 'ff7e:520:2001:db8::/64'
        }

        It 'RFC 3956 5.4: RP 2001:DB8:BEEF::y with plen 48 gives FF7x:y30:2001:DB8:BEEF::/80' {
            "$((New-EmbeddedRpAddress 2001:db8:beef::9 -PrefixLength 48 -Scope SiteLocal).AllocationPrefix)" |
                Should -Be 'ff75:930:2001:db8:beef::/80'
        }

        It 'Core decodes a group with ff2 bits set back to the same RP (RFC 7371)' {
            $decoded = [Multicast.EmbeddedRpAddress]::Decode('ff7e:f740:2001:db8:beef:feed::1')
            "$($decoded.RendezvousPoint)" | Should -Be '2001:db8:beef:feed::7'
        }
    }

    Context 'parameters' {
        It 'takes hex group IDs as written, including those PowerShell reads as negative' {
            $group = New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 0x80000001
            $group.GroupId | Should -Be 2147483649
            "$($group.Address)" | Should -Be 'ff7e:740:2001:db8:beef:feed:8000:1'
            (New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 0xFFFFFFFF).GroupId | Should -Be 4294967295
            (New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId '0x4000000a').GroupId | Should -Be 1073741834
            (New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 12).GroupId | Should -Be 12
        }

        It 'refuses a group ID that does not fit 32 bits' {
            { New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 0x100000000 -ErrorAction Stop } | Should -Throw '*32-bit group ID*'
            { New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId -5L -ErrorAction Stop } | Should -Throw '*32-bit group ID*'
            { New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 'many' -ErrorAction Stop } | Should -Throw '*UInt32*'
        }

        It 'takes scopes by name, short name and number' {
            (New-EmbeddedRpAddress 2001:db8::1 32 -Scope site).Scope | Should -Be ([Multicast.MulticastScope]::SiteLocal)
            (New-EmbeddedRpAddress 2001:db8::1 32 -Scope 8).Scope | Should -Be ([Multicast.MulticastScope]::OrganizationLocal)
            "$(New-EmbeddedRpAddress 2001:db8::1 32 -Scope '0x5')" | Should -Be 'ff75:120:2001:db8::8000:0'
        }

        It 'defaults to plen 64, Global scope and the first dynamic group ID' {
            $group = New-EmbeddedRpAddress 2001:db8::1
            $group.PrefixLength | Should -Be 64
            $group.GroupIdRange | Should -Be ([Multicast.GroupIdRange]::Dynamic)
            "$group" | Should -Be 'ff7e:140:2001:db8::8000:0'
        }

        It 'parses the RP strictly' {
            { New-EmbeddedRpAddress -RendezvousPoint '2001:db8::1::2' -ErrorAction Stop } | Should -Throw
        }
    }

    Context 'choices' {
        It 'gives no warning for the default group ID on a documentation RP' {
            $warnings = $null
            New-EmbeddedRpAddress 2001:db8:beef:feed::7 -WarningVariable warnings | Should -Not -BeNullOrEmpty
            $warnings | Should -BeNullOrEmpty
        }

        It 'warns that group ID 1 is kept for permanent addresses and shares the MAC of all-nodes' {
            $warnings = $null
            "$(New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 1 -WarningVariable warnings -WarningAction SilentlyContinue)" |
                Should -Be 'ff7e:740:2001:db8:beef:feed:0:1'
            $warnings | Should -HaveCount 2
            "$($warnings[0])" | Should -Match 'RFC 3307'
            "$($warnings[1])" | Should -Match '33-33-00-00-00-01'
        }
    }

    Context 'pipeline' {
        It 'binds strings and IPAddress objects by value' {
            $groups = '2001:db8:beef:feed::7', [ipaddress]'2001:db8:cafe::3' | New-EmbeddedRpAddress
            $groups | Should -HaveCount 2
            "$($groups[0])" | Should -Be 'ff7e:740:2001:db8:beef:feed:8000:0'
            "$($groups[1])" | Should -Be 'ff7e:340:2001:db8:cafe:0:8000:0'
        }

        It 'binds RendezvousPoint, PrefixLength, GroupId and Scope by property name' {
            $group = [pscustomobject]@{ RendezvousPoint = '2001:db8::1'; PrefixLength = 32; GroupId = 5; Scope = 'SiteLocal' } | New-EmbeddedRpAddress
            "$group" | Should -Be 'ff75:120:2001:db8::5'
        }

        It 'binds the RP alias property' {
            "$([pscustomobject]@{ RP = '2001:db8::1'; Plen = 32 } | New-EmbeddedRpAddress)" | Should -Be 'ff7e:120:2001:db8::8000:0'
        }

        It 'binds IPAddress and PrefixLength, as Get-NetIPAddress gives them' {
            "$([pscustomobject]@{ IPAddress = '2001:db8:beef:feed::7'; PrefixLength = 64 } | New-EmbeddedRpAddress)" |
                Should -Be 'ff7e:740:2001:db8:beef:feed:8000:0'
        }

        It 'takes its own output back, with a new scope' {
            $site = New-EmbeddedRpAddress 2001:db8::1 -PrefixLength 32 -GroupId 5 | New-EmbeddedRpAddress -Scope SiteLocal
            "$site" | Should -Be 'ff75:120:2001:db8::5'
        }
    }

    Context 'RPs that cannot be embedded' {
        It 'writes one ErrorRecord per bad RP and goes on' {
            $errors = $null
            $groups = '2001:db8:beef:feed::7', '2001:db8:beef:feed::10', 'fe80::7', '2001:db8::1:7', '2001:db8:cafe::3' |
                New-EmbeddedRpAddress -ErrorVariable errors -ErrorAction SilentlyContinue
            $groups | Should -HaveCount 2
            $errors | Should -HaveCount 3
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'EmbeddedRpRiidZero,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            "$($errors[0].TargetObject)" | Should -Be '2001:db8:beef:feed::10'
            $errors[0].Exception.Message | Should -Match 'RFC 3956'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'EmbeddedRpAddressExcluded,*'
            $errors[1].Exception.Message | Should -Match 'fe80::/10'
            $errors[2].FullyQualifiedErrorId | Should -BeLike 'EmbeddedRpBitsAfterPrefix,*'
        }

        It 'refuses <Rp> /<Plen> with <ErrorId>' -ForEach @(
            @{ Rp = '::1'; Plen = 64; ErrorId = 'EmbeddedRpAddressExcluded' }
            @{ Rp = 'ff02::1'; Plen = 64; ErrorId = 'EmbeddedRpAddressExcluded' }
            @{ Rp = '2001:db8:beef:feed::7'; Plen = 48; ErrorId = 'EmbeddedRpBitsAfterPrefix' }
            @{ Rp = '2001:db8:beef:feed::7'; Plen = 65; ErrorId = 'EmbeddedRpPrefixLengthOutOfRange' }
            @{ Rp = '2001:db8:beef:feed::7'; Plen = 0; ErrorId = 'EmbeddedRpPrefixLengthOutOfRange' }
            @{ Rp = '192.0.2.1'; Plen = 24; ErrorId = 'EmbeddedRpNotIPv6' }
        ) {
            $errors = $null
            $result = New-EmbeddedRpAddress -RendezvousPoint $Rp -PrefixLength $Plen -ErrorVariable errors -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
        }

        It 'refuses the reserved scopes 0 and F' {
            $errors = $null
            New-EmbeddedRpAddress 2001:db8::1 -Scope 0 -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            New-EmbeddedRpAddress 2001:db8::1 -Scope F -ErrorVariable +errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 2
            $errors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'ScopeReserved,*' }
        }

        It 'reports an unreadable RP in the pipeline and goes on' {
            $errors = $null
            $groups = '2001:db8:beef:feed::7', 'not-an-address', '2001:db8:cafe::3' |
                New-EmbeddedRpAddress -ErrorVariable errors -ErrorAction SilentlyContinue
            $groups | Should -HaveCount 2
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressInvalid,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be 'not-an-address'
        }
    }

    Context 'format' {
        It 'shows Address, Scope and RendezvousPoint whole at 80 columns' {
            $text = New-EmbeddedRpAddress 2001:db8:beef:feed::7 -Scope OrganizationLocal | Out-String -Width 80
            $text | Should -Match 'Address\s+Scope\s+RendezvousPoint'
            $text | Should -Match 'ff78:740:2001:db8:beef:feed:8000:0 OrganizationLocal 2001:db8:beef:feed::7'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command New-EmbeddedRpAddress
        }

        It 'declares its output type, its parameter sets and no other parameters, not even -WhatIf' {
            $command.OutputType.Name | Should -Be 'Multicast.EmbeddedRpAddress'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'GroupId', 'PrefixLength', 'RendezvousPoint', 'Scope'
            $command.Parameters.Keys | Should -Not -Contain 'WhatIf' -Because 'it changes nothing'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'RendezvousPoint'; Type = 'Multicast.PowerShell.AddressInput'; Mandatory = $true; Aliases = 'RP', 'IPAddress'; Attributes = 'AddressTransformation' }
            @{ Name = 'PrefixLength'; Type = 'int'; Pipeline = 'ByPropertyName' }
            @{ Name = 'GroupId'; Type = 'uint32' }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
