BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'New-LinkScopedMulticastAddress' {
    Context 'RFC 4489' {
        It 'section 4: FE80::A12:34FF:FE56:7890 gives FF32:00FF:A12:34FF:FE56:7890::/96' {
            $group = New-LinkScopedMulticastAddress -InterfaceAddress 'FE80::A12:34FF:FE56:7890'
            $group | Should -BeOfType [Multicast.LinkScopedMulticastAddress]
            $group.Address | Should -BeOfType [System.Net.IPAddress]
            "$($group.Prefix)" | Should -Be 'ff32:ff:a12:34ff:fe56:7890::/96'
            "$($group.Address)" | Should -Be 'ff32:ff:a12:34ff:fe56:7890:8000:0'
            "$($group.InterfaceId)" | Should -Be 'a12:34ff:fe56:7890'
            "$($group.InterfaceAddress)" | Should -Be 'fe80::a12:34ff:fe56:7890'
            $group.Scope | Should -Be ([Multicast.MulticastScope]::LinkLocal)
            "$group" | Should -Be 'ff32:ff:a12:34ff:fe56:7890:8000:0'
        }

        It 'puts the group ID in the last 32 bits' {
            "$(New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 -GroupId 0x80000001)" | Should -Be 'ff32:ff:a12:34ff:fe56:7890:8000:1'
            "$(New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 0xFFFFFFFF)" | Should -Be 'ff32:ff:a12:34ff:fe56:7890:ffff:ffff'
        }

        It 'allows InterfaceLocal scope' {
            "$(New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 -GroupId 1 -Scope InterfaceLocal)" | Should -Be 'ff31:ff:a12:34ff:fe56:7890:0:1'
        }

        It 'refuses scope <Scope>' -ForEach @(
            @{ Scope = 'RealmLocal'; ErrorId = 'LinkScopedScopeTooWide' }
            @{ Scope = 'SiteLocal'; ErrorId = 'LinkScopedScopeTooWide' }
            @{ Scope = 'Global'; ErrorId = 'LinkScopedScopeTooWide' }
            @{ Scope = 0; ErrorId = 'ScopeReserved' }
        ) {
            $errors = $null
            New-LinkScopedMulticastAddress fe80::1 -Scope $Scope -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
        }
    }

    Context '-InterfaceId' {
        It 'takes <Text>' -ForEach @(
            @{ Text = 'a12:34ff:fe56:7890' }
            @{ Text = '::a12:34ff:fe56:7890' }
            @{ Text = '0x0a1234fffe567890' }
            @{ Text = 0x0A1234FFFE567890 }
        ) {
            "$(New-LinkScopedMulticastAddress -InterfaceId $Text)" | Should -Be 'ff32:ff:a12:34ff:fe56:7890:8000:0'
        }

        It 'keeps the bits of a hex literal PowerShell reads as negative' {
            "$(New-LinkScopedMulticastAddress -InterfaceId 0x8000000000000001)" | Should -Be 'ff32:ff:8000::1:8000:0'
        }

        It 'refuses a whole address, and says which groups to give' {
            { New-LinkScopedMulticastAddress -InterfaceId 'fe80::a12:34ff:fe56:7890' -ErrorAction Stop } | Should -Throw '*-InterfaceAddress*'
        }

        It 'refuses interface ID 0' {
            $errors = $null
            New-LinkScopedMulticastAddress -InterfaceId '0:0:0:0' -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'LinkScopedInterfaceIdZero,*'
        }
    }

    Context 'choices' {
        It 'gives the first dynamic group ID when none is given, and no warning' {
            $warnings = $null
            $group = New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 -WarningVariable warnings
            $group.GroupIdRange | Should -Be ([Multicast.GroupIdRange]::Dynamic)
            $warnings | Should -BeNullOrEmpty
        }

        It 'takes group ID 0 without a warning: RFC 4489 section 3 leaves the group ID to the host' {
            $warnings = $null
            "$(New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 -GroupId 0 -WarningVariable warnings)" | Should -Be 'ff32:ff:a12:34ff:fe56:7890::'
            $warnings | Should -BeNullOrEmpty
        }

        It 'warns of a group ID whose MAC is the one every IPv6 node listens on' {
            $warnings = $null
            New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 -GroupId 1 -WarningVariable warnings -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty
            "$warnings" | Should -Match '33-33-00-00-00-01'
        }
    }

    Context 'pipeline' {
        It 'binds addresses by value and goes on past one that is not link-local' {
            $errors = $null
            $groups = 'fe80::1', '2001:db8::1', [ipaddress]'fe80::2', 'fe80:1::3' |
                New-LinkScopedMulticastAddress -ErrorVariable errors -ErrorAction SilentlyContinue
            ($groups | ForEach-Object { "$_" }) | Should -Be @('ff32:ff::1:8000:0', 'ff32:ff::2:8000:0')
            $errors | Should -HaveCount 2
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'LinkScopedAddressNotLinkLocal,*'
            "$($errors[0].TargetObject)" | Should -Be '2001:db8::1'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'LinkScopedAddressMalformed,*'
        }

        It 'binds the IPAddress property, with a zone index, as Get-NetIPAddress gives it' {
            "$([pscustomobject]@{ IPAddress = 'fe80::a12:34ff:fe56:7890%12' } | New-LinkScopedMulticastAddress -GroupId 1)" |
                Should -Be 'ff32:ff:a12:34ff:fe56:7890:0:1'
        }

        It 'binds InterfaceId, GroupId and Scope by property name' {
            "$([pscustomobject]@{ InterfaceId = 'a12:34ff:fe56:7890'; GroupId = 2; Scope = 1 } | New-LinkScopedMulticastAddress)" |
                Should -Be 'ff31:ff:a12:34ff:fe56:7890:0:2'
        }
    }

    Context 'format' {
        It 'shows Address, Scope and InterfaceAddress whole at 80 columns' {
            $text = New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 | Out-String -Width 80
            $text | Should -Match 'Address\s+Scope\s+InterfaceAddress'
            $text | Should -Match 'ff32:ff:a12:34ff:fe56:7890:8000:0 LinkLocal fe80::a12:34ff:fe56:7890'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command New-LinkScopedMulticastAddress
        }

        It 'declares its output type, its parameter sets and no other parameters, not even -WhatIf' {
            $command.OutputType.Name | Should -Be 'Multicast.LinkScopedMulticastAddress'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'InterfaceAddress', 'InterfaceId'
            $command.DefaultParameterSet | Should -Be 'InterfaceAddress'
            Get-OwnParameterName $command | Should -Be 'GroupId', 'InterfaceAddress', 'InterfaceId', 'Scope'
            $command.Parameters.Keys | Should -Not -Contain 'WhatIf' -Because 'it changes nothing'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'InterfaceAddress'; Type = 'Multicast.PowerShell.AddressInput'; Sets = 'InterfaceAddress'; Mandatory = $true; Attributes = 'AddressTransformation' }
            # By value it would compete with -InterfaceAddress for every piped string.
            @{ Name = 'InterfaceId'; Type = 'Multicast.InterfaceIdentifier'; Sets = 'InterfaceId'; Mandatory = $true; Pipeline = 'ByPropertyName' }
            @{ Name = 'GroupId'; Type = 'uint32'; Sets = '(All)' }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput'; Sets = '(All)' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
