BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Find-MulticastAssignment' {
    Context 'by name' {
        It 'answers "where is NTP?" with 224.0.1.1 and ff0x::101' {
            $result = Find-MulticastAssignment -Name NTP
            @($result | ForEach-Object { $_.Range }) | Should -Be @('224.0.1.1', 'ff0x::101')
            $result[0].Name | Should -Be 'NTP Network Time Protocol'
            $result[0].Block | Should -Be 'Internetwork Control Block'
            $result[0].Reference | Should -Be '[RFC1119][RFC5905][David_Mills]'
            $result[0].AddressFamily | Should -Be 'InterNetwork'
            $result[0].IsScopeRelative | Should -BeFalse
            $result[1].Kind | Should -Be 'VariableScope'
            $result[1].AddressFamily | Should -Be 'InterNetworkV6'
            $result[1].IsScopeRelative | Should -BeTrue
        }

        It 'finds the relative offset and the IPv6 rows of SSDP' {
            $result = Find-MulticastAssignment SSDP
            @($result | ForEach-Object { $_.Range }) | Should -Be @('offset 5', 'ff02::c', 'ff0x::c')
            $result[0].Kind | Should -Be 'RelativeOffset'
            $result[0].Offset | Should -Be 5
        }

        It 'matches whole words without wildcards, and whole names with them' {
            $mdns = @(Find-MulticastAssignment mDNS)
            $mdns | Should -HaveCount 1
            $mdns[0].Range | Should -Be '224.0.0.251'
            @(Find-MulticastAssignment 'mDNS*' | ForEach-Object { $_.Range }) | Should -Be @('224.0.0.251', 'ff01::fb', 'ff02::fb', 'ff0x::fb')
            (Find-MulticastAssignment '*ntp*' | Where-Object Name -EQ 'mcntp-directory') | Should -Not -BeNullOrEmpty
        }

        It 'lists every row without a name' {
            (Find-MulticastAssignment | Measure-Object).Count | Should -Be 703
        }

        It 'returns nothing for a wildcard that matches nothing' {
            Find-MulticastAssignment 'zz*' -ErrorAction Stop | Should -BeNullOrEmpty
        }
    }

    Context 'by address' {
        It 'finds <Address>: <Name>' -ForEach @(
            @{ Address = '224.0.0.251'; Range = '224.0.0.251'; Name = 'mDNS'; Block = 'Local Network Control Block' }
            @{ Address = '224.0.1.1'; Range = '224.0.1.1'; Name = 'NTP Network Time Protocol'; Block = 'Internetwork Control Block' }
            @{ Address = '233.252.0.7'; Range = '233.252.0.0/24'; Name = 'MCAST-TEST-NET'; Block = 'AD-HOC Block III' }
            @{ Address = 'ff05::101'; Range = 'ff0x::101'; Name = 'Network Time Protocol (NTP)'; Block = 'Variable Scope Multicast Addresses' }
            @{ Address = 'ff05::db8:0:1'; Range = 'ff0x::db8:0:0/96'; Name = 'Documentation Addresses'; Block = 'Variable Scope Multicast Addresses' }
        ) {
            $result = @(Find-MulticastAssignment -Address $Address)
            $result[0].Range | Should -Be $Range
            $result[0].Name | Should -Be $Name
            $result[0].Block | Should -Be $Block
        }

        It 'gives the relative offset before the 239/8 row for 239.255.255.250' {
            $result = Find-MulticastAssignment -Address 239.255.255.250
            @($result | ForEach-Object { $_.Range }) | Should -Be @('offset 5', '239.0.0.0/8')
            $result[1].Block | Should -Be 'Administratively Scoped Block'
            $result[1].Note | Should -Match 'RFC 2365'
        }

        It 'gives the link-local row before the variable-scope row for ff02::fb' {
            @(Find-MulticastAssignment -Address ff02::fb | ForEach-Object { $_.Range }) | Should -Be @('ff02::fb', 'ff0x::fb')
        }

        It 'follows the registry for the renamed block <Address> and keeps RFC 5771''s name' -ForEach @(
            @{ Address = '224.252.1.1'; Block = 'DIS Transient Groups' }
            @{ Address = '234.192.0.2'; Block = 'Unicast-Prefix-based IPv4 Multicast Addresses' }
        ) {
            $result = Find-MulticastAssignment -Address $Address
            $result.Block | Should -Be $Block
            $result.Note | Should -Match 'RFC 5771'
            $result.Note | Should -Match 'RESERVED'
        }
    }

    Context 'by prefix' {
        It 'says what IANA''s data says of a row''s use in Flags' {
            (Find-MulticastAssignment -Address 224.0.0.251).Flags | Should -Be 'None'
            (Find-MulticastAssignment -Address 224.0.0.3).Flags | Should -Be 'Unassigned'
            (Find-MulticastAssignment -Address 233.252.0.1).Flags | Should -Be 'Documentation'
            $free = Find-MulticastAssignment -Prefix 224.0.0.0/24 | Where-Object Flags -eq Unassigned
            $free.Name | Sort-Object -Unique | Should -Be 'Unassigned'
            $free.Range | Should -Contain '224.0.0.3'
        }

        It 'finds every row that overlaps a prefix' {
            @(Find-MulticastAssignment -Prefix 224.0.0.248/29 | ForEach-Object { $_.Range }) |
                Should -Be @('224.0.0.153-224.0.0.250', '224.0.0.251', '224.0.0.252', '224.0.0.253', '224.0.0.254', '224.0.0.255')
        }

        It 'finds variable-scope rows in an IPv6 prefix' {
            @(Find-MulticastAssignment -Prefix ff05::100/126 | ForEach-Object { $_.Range }) |
                Should -Be @('ff0x::100', 'ff0x::101', 'ff0x::102', 'ff0x::103')
        }

        It 'refuses a prefix with host bits set, naming the prefix meant' {
            { Find-MulticastAssignment -Prefix '224.0.0.1/24' -ErrorAction Stop } | Should -Throw '*224.0.0.0/24*' -ErrorId 'PrefixHostBitsSet,*'
        }
    }

    Context 'pipeline' {
        It 'binds strings and IPAddress objects by value' {
            $result = '224.0.0.251', [ipaddress]'224.0.1.1', [ipaddress]'ff02::fb' | Find-MulticastAssignment
            @($result | ForEach-Object { $_.Name }) | Should -Be @('mDNS', 'NTP Network Time Protocol', 'mDNSv6', 'mDNSv6')
        }

        It 'binds the Address property of a [pscustomobject]' {
            ([pscustomobject]@{ Address = '224.0.0.251' } | Find-MulticastAssignment).Name | Should -Be 'mDNS'
        }

        It 'binds the Group alias property of a [pscustomobject]' {
            ([pscustomobject]@{ Group = '224.0.1.1' } | Find-MulticastAssignment).Name | Should -Be 'NTP Network Time Protocol'
        }

        It 'reads the Name property of a [pscustomobject] that has no address' {
            @([pscustomobject]@{ Name = 'NTP' } | Find-MulticastAssignment | ForEach-Object { $_.Range }) | Should -Be @('224.0.1.1', 'ff0x::101')
        }
    }

    Context 'errors do not stop the pipeline' {
        It 'writes one ErrorRecord per bad item and goes on' {
            $errors = $null
            $result = '224.0.0.251', '224.1', '192.0.2.1', 'ff05::1234', 'ff02::fb' |
                Find-MulticastAssignment -ErrorVariable errors -ErrorAction SilentlyContinue
            @($result | ForEach-Object { $_.Range }) | Should -Be @('224.0.0.251', 'ff02::fb', 'ff0x::fb')
            $errors | Should -HaveCount 3
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be '224.1'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'AddressNotMulticast,*'
            $errors[1].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[1].TargetObject | Should -Be '192.0.2.1'
            $errors[2].FullyQualifiedErrorId | Should -BeLike 'AssignmentNotFound,*'
            $errors[2].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[2].TargetObject | Should -Be 'ff05::1234'
            $errors[2].Exception.Message | Should -Match 'partial'
        }

        It 'writes an error for a name it does not hold and goes on' {
            $errors = $null
            $result = Find-MulticastAssignment -Name NTP, 'No Such Service', mDNS -ErrorVariable errors -ErrorAction SilentlyContinue
            @($result | ForEach-Object { $_.Range }) | Should -Be @('224.0.1.1', 'ff0x::101', '224.0.0.251')
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AssignmentNameNotFound,*'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be 'No Such Service'
        }
    }

    Context 'output' {
        It 'is a Multicast.MulticastAssignment whose ToString is the range' {
            $result = Find-MulticastAssignment -Address 224.0.1.1
            $result.GetType().FullName | Should -Be 'Multicast.MulticastAssignment'
            "$result" | Should -Be '224.0.1.1'
            $result.Address.ToString() | Should -Be '224.0.1.1'
        }

        It 'has a table view with the range, name and block' {
            $table = Find-MulticastAssignment NTP | Format-Table | Out-String -Width 80
            $table | Should -Match 'Range\s+Name\s+Block'
            $table | Should -Match '224\.0\.1\.1\s+NTP Network Time Protocol\s+Internetwork Control Block'
        }
    }

    Context 'argument completion' {
        It 'completes names from the registry, quoted when needed' {
            $completions = (TabExpansion2 -inputScript 'Find-MulticastAssignment -Name SLPv' -cursorColumn 35).CompletionMatches
            $completions.CompletionText | Should -Contain "'SLPv2 Discovery'"
        }

        It 'completes only scope-relative names for Get-ScopeRelativeAddress' {
            # mDNS is a fixed IPv4 row; mDNSv6 has a variable-scope row.
            $completions = (TabExpansion2 -inputScript 'Get-ScopeRelativeAddress -Name mDNS' -cursorColumn 35).CompletionMatches
            $completions.CompletionText | Should -Contain 'mDNSv6'
            $completions.CompletionText | Should -Not -Contain 'mDNS'
        }

        It 'escapes wildcard characters so that a completed name matches only itself' {
            $completions = (TabExpansion2 -inputScript 'Get-ScopeRelativeAddress -Name RFC3692' -cursorColumn 38).CompletionMatches
            $completions.CompletionText | Should -Contain "'RFC3692-style Experiment (``*)'"
            (Get-ScopeRelativeAddress -Name 'RFC3692-style Experiment (`*)').Offset | Should -Be 254
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Find-MulticastAssignment
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.MulticastAssignment'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'ByAddress', 'ByName', 'ByPrefix'
            $command.DefaultParameterSet | Should -Be 'ByName'
            Get-OwnParameterName $command | Should -Be 'Address', 'Name', 'Prefix'
        }

        It '-<Name>' -ForEach @(
            # A piped object reaches -Address by value and the cmdlet reads its Name, so only Get-Command shows this.
            @{ Name = 'Name'; Type = 'string[]'; Sets = 'ByName'; Pipeline = 'ByPropertyName'; Attributes = 'SupportsWildcards' }
            @{ Name = 'Address'; Sets = 'ByAddress'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
            @{ Name = 'Prefix'; Type = 'Multicast.PowerShell.PrefixInput[]'; Sets = 'ByPrefix'; Mandatory = $true; Attributes = 'PrefixTransformation' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
