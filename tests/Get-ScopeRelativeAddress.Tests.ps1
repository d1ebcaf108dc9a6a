BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Get-ScopeRelativeAddress' {
    Context 'IPv4 relative offsets (RFC 2365 section 9)' {
        It 'places SLPv2, offset 2, at <Expected> in <ScopePrefix> (RFC 6308 section 3.4.2)' -ForEach @(
            @{ ScopePrefix = '239.255.0.0/16'; Expected = '239.255.255.253' }
            @{ ScopePrefix = '239.192.0.0/14'; Expected = '239.195.255.253' }
            @{ ScopePrefix = '239.200.4.0/24'; Expected = '239.200.4.253' }
            @{ ScopePrefix = '239.0.0.0/8'; Expected = '239.255.255.253' }
        ) {
            $result = Get-ScopeRelativeAddress -Offset 2 -ScopePrefix $ScopePrefix
            $result | Should -HaveCount 1
            $result.Address.ToString() | Should -Be $Expected
            $result.Offset | Should -Be 2
            $result.Name | Should -Be 'SLPv2 Discovery'
            $result.ScopePrefix.ToString() | Should -Be $ScopePrefix
            $result.Scope | Should -BeNullOrEmpty
            $result.Reference | Should -Be '[Erik_Guttman]'
        }

        It 'uses the Local Scope by default: offset 10 is MCAST-TEST-NET-2, 239.255.255.245 (RFC 6676 section 2.1)' {
            $result = Get-ScopeRelativeAddress -Offset 10
            $result.Address.ToString() | Should -Be '239.255.255.245'
            $result.Name | Should -Be 'MCAST-TEST-NET-2'
            $result.ScopePrefix.ToString() | Should -Be '239.255.0.0/16'
            $result.Reference | Should -Be '[RFC6676]'
        }

        It 'counts down from the top of the scope: offset <Offset> is <Expected>, <Name>' -ForEach @(
            @{ Offset = 0; Expected = '239.255.255.255'; Name = 'SAP Session Announcement Protocol' }
            @{ Offset = 1; Expected = '239.255.255.254'; Name = 'MADCAP Protocol' }
            @{ Offset = 5; Expected = '239.255.255.250'; Name = 'SSDP' }
            @{ Offset = 11; Expected = '239.255.255.244'; Name = 'Unassigned' }
            @{ Offset = 252; Expected = '239.255.255.3'; Name = 'Unassigned' }
            @{ Offset = 253; Expected = '239.255.255.2'; Name = 'Reserved' }
            @{ Offset = 254; Expected = '239.255.255.1'; Name = 'RFC3692-style Experiment (*)' }
            @{ Offset = 255; Expected = '239.255.255.0'; Name = 'Unassigned' }
        ) {
            $result = Get-ScopeRelativeAddress -Offset $Offset
            $result.Address.ToString() | Should -Be $Expected
            $result.Name | Should -Be $Name
        }

        It 'gives one object per offset' {
            $result = Get-ScopeRelativeAddress -Offset (0..10) -ScopePrefix 239.200.4.0/24
            $result | Should -HaveCount 11
            $result[10].Address.ToString() | Should -Be '239.200.4.245'
        }

        It 'refuses offset <Offset> when binding' -ForEach @(
            @{ Offset = -1 }
            @{ Offset = 256 }
        ) {
            { Get-ScopeRelativeAddress -Offset $Offset } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        }
    }

    Context 'scope prefixes' {
        It 'refuses <ScopePrefix> once, with <ErrorId>' -ForEach @(
            @{ ScopePrefix = '224.0.0.0/24'; ErrorId = 'ScopePrefixNotAdminScoped' }
            @{ ScopePrefix = '238.0.0.0/7'; ErrorId = 'ScopePrefixNotAdminScoped' }
            @{ ScopePrefix = '239.255.255.128/25'; ErrorId = 'ScopePrefixTooLong' }
            @{ ScopePrefix = 'ff05::/16'; ErrorId = 'ScopePrefixNotIPv4' }
        ) {
            $err = $null
            try {
                Get-ScopeRelativeAddress -Offset 1, 2, 3 -ScopePrefix $ScopePrefix -ErrorAction Stop
            }
            catch {
                $err = $_
            }

            $err | Should -Not -BeNullOrEmpty
            $err.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $err.CategoryInfo.Category | Should -Be 'InvalidData'
            $err.Exception.Message | Should -Match 'RFC'
        }

        It 'refuses a prefix with host bits set, naming the prefix meant' {
            { Get-ScopeRelativeAddress -Offset 2 -ScopePrefix '239.255.0.1/16' } | Should -Throw '*239.255.0.0/16*'
        }
    }

    Context 'IPv6 variable-scope addresses (RFC 2375 section 3, RFC 4291 section 2.7)' {
        It 'places NTP, ff0x::101, at <Scope>: <Expected>' -ForEach @(
            @{ Scope = 'InterfaceLocal'; Expected = 'ff01::101' }
            @{ Scope = 'LinkLocal'; Expected = 'ff02::101' }
            @{ Scope = 'SiteLocal'; Expected = 'ff05::101' }
            @{ Scope = 'Global'; Expected = 'ff0e::101' }
        ) {
            $result = Get-ScopeRelativeAddress -Name NTP -Scope $Scope
            $result | Should -HaveCount 1
            $result.Address.ToString() | Should -Be $Expected
            $result.Name | Should -Be 'Network Time Protocol (NTP)'
            $result.Scope | Should -Be $Scope
            $result.Offset | Should -BeNullOrEmpty
            $result.ScopePrefix | Should -BeNullOrEmpty
            $result.Assignment.Range | Should -Be 'ff0x::101'
        }

        It 'takes scope numbers, hex digits and short names' {
            (Get-ScopeRelativeAddress -Name NTP -Scope 5).Address.ToString() | Should -Be 'ff05::101'
            (Get-ScopeRelativeAddress -Name NTP -Scope site).Address.ToString() | Should -Be 'ff05::101'
            (Get-ScopeRelativeAddress -Name NTP -Scope 0x8).Address.ToString() | Should -Be 'ff08::101'
        }

        It 'refuses the reserved scope <Scope>' -ForEach @(
            @{ Scope = 0 }
            @{ Scope = 'F' }
        ) {
            { Get-ScopeRelativeAddress -Name NTP -Scope $Scope -ErrorAction Stop } | Should -Throw -ErrorId 'VariableScopeReserved,*'
        }

        It 'places a variable-scope range' {
            $result = Get-ScopeRelativeAddress -Name 'Documentation Addresses' -Scope SiteLocal
            $result.ToString() | Should -Be 'ff05::db8:0:0/96'
            $result.Address.ToString() | Should -Be 'ff05::db8:0:0'
            $result.LastAddress.ToString() | Should -Be 'ff05::db8:ffff:ffff'
        }

        It 'says to give a scope for a name that only IPv6 has' {
            $errors = $null
            $result = Get-ScopeRelativeAddress -Name NTP -ErrorVariable errors -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'ScopeRelativeNameNotFound,*'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be 'NTP'
            $errors[0].Exception.Message | Should -Match 'SiteLocal'
        }
    }

    Context 'names' {
        It 'matches whole words and wildcards' {
            (Get-ScopeRelativeAddress -Name SLPv2).Offset | Should -Be 2
            (Get-ScopeRelativeAddress -Name 'slpv2*').Offset | Should -Be 2
            (Get-ScopeRelativeAddress -Name '*Announcement*').Offset | Should -Be 0
        }

        It 'gives both families when both scopes are given' {
            $result = Get-ScopeRelativeAddress -Name SSDP -ScopePrefix 239.192.0.0/14 -Scope OrganizationLocal
            @($result | ForEach-Object { $_.ToString() }) | Should -Be @('239.195.255.250', 'ff08::c')
        }

        It 'gives every offset of a row of many offsets' {
            $result = Get-ScopeRelativeAddress -Name Unassigned
            $result | Should -HaveCount 243
            $result[0].Offset | Should -Be 11
            $result[-1].Offset | Should -Be 255
        }

        It 'returns nothing for a wildcard that matches nothing' {
            Get-ScopeRelativeAddress -Name 'zz*' -ErrorAction Stop | Should -BeNullOrEmpty
        }
    }

    Context 'reading addresses back' {
        It 'reads 239.255.255.250 in 239.255.0.0/16 as offset 5, SSDP' {
            $result = Get-ScopeRelativeAddress -Address 239.255.255.250 -ScopePrefix 239.255.0.0/16
            $result.Offset | Should -Be 5
            $result.Name | Should -Be 'SSDP'
            $result.ToString() | Should -Be '239.255.255.250'
        }

        It 'infers the scope of <Address>: <ScopePrefix>' -ForEach @(
            @{ Address = '239.255.255.250'; ScopePrefix = '239.255.0.0/16'; Offset = 5 }
            @{ Address = '239.195.255.253'; ScopePrefix = '239.192.0.0/14'; Offset = 2 }
        ) {
            $result = Get-ScopeRelativeAddress -Address $Address
            $result.ScopePrefix.ToString() | Should -Be $ScopePrefix
            $result.Offset | Should -Be $Offset
        }

        It 'reads ff05::101 as NTP at site scope' {
            $result = Get-ScopeRelativeAddress -Address ff05::101
            $result.Name | Should -Be 'Network Time Protocol (NTP)'
            $result.Scope | Should -Be 'SiteLocal'
        }

        It 'refuses <Address>: <ErrorId>' -ForEach @(
            @{ Address = '239.255.0.1'; ScopePrefix = '239.255.0.0/16'; ErrorId = 'AddressBelowRelativeRange' }
            @{ Address = '239.195.255.253'; ScopePrefix = '239.255.0.0/16'; ErrorId = 'AddressNotInScope' }
            @{ Address = '224.0.1.1'; ScopePrefix = '239.255.0.0/16'; ErrorId = 'AddressNotAdminScoped' }
        ) {
            { Get-ScopeRelativeAddress -Address $Address -ScopePrefix $ScopePrefix -ErrorAction Stop } | Should -Throw -ErrorId "$ErrorId,*"
        }

        It 'refuses <Address> without a scope prefix: <ErrorId>' -ForEach @(
            @{ Address = '239.1.2.3'; ErrorId = 'ScopePrefixRequired' }
            @{ Address = 'ff15::101'; ErrorId = 'AddressNotVariableScope' }
            @{ Address = 'ff00::101'; ErrorId = 'VariableScopeReserved' }
            @{ Address = 'ff05::2'; ErrorId = 'VariableScopeNotAssigned' }
        ) {
            { Get-ScopeRelativeAddress -Address $Address -ErrorAction Stop } | Should -Throw -ErrorId "$ErrorId,*"
        }

        It 'checks -Scope against the address' {
            { Get-ScopeRelativeAddress -Address ff02::fb -Scope SiteLocal -ErrorAction Stop } | Should -Throw -ErrorId 'AddressNotInScope,*'
            (Get-ScopeRelativeAddress -Address ff02::fb -Scope LinkLocal).Name | Should -Be 'mDNSv6'
        }
    }

    Context 'pipeline' {
        It 'binds integers to -Offset by value' {
            $result = 0, 1, 2 | Get-ScopeRelativeAddress
            @($result | ForEach-Object { $_.Address.ToString() }) | Should -Be @('239.255.255.255', '239.255.255.254', '239.255.255.253')
        }

        It 'binds strings and IPAddress objects to -Address by value' {
            $result = '239.255.255.250', [ipaddress]'239.195.255.253', [ipaddress]'ff05::101' | Get-ScopeRelativeAddress
            @($result | ForEach-Object { $_.Name }) | Should -Be @('SSDP', 'SLPv2 Discovery', 'Network Time Protocol (NTP)')
        }

        It 'binds the Address property of a [pscustomobject]' {
            ([pscustomobject]@{ Address = '239.255.255.250' } | Get-ScopeRelativeAddress).Offset | Should -Be 5
        }

        It 'binds the IPAddress alias property of a [pscustomobject]' {
            ([pscustomobject]@{ IPAddress = 'ff02::fb' } | Get-ScopeRelativeAddress).Name | Should -Be 'mDNSv6'
        }

        It 'reads the Offset property of a [pscustomobject]' {
            $result = [pscustomobject]@{ Offset = 2 } | Get-ScopeRelativeAddress -ScopePrefix 239.192.0.0/14
            $result.Address.ToString() | Should -Be '239.195.255.253'
        }

        It 'reads the Name property of a [pscustomobject]' {
            $result = [pscustomobject]@{ Name = 'NTP' } | Get-ScopeRelativeAddress -Scope SiteLocal
            $result.Address.ToString() | Should -Be 'ff05::101'
        }

        It 'places rows from Find-MulticastAssignment in the scopes given' {
            $result = Find-MulticastAssignment SSDP | Where-Object IsScopeRelative |
                Get-ScopeRelativeAddress -ScopePrefix 239.192.0.0/14 -Scope OrganizationLocal
            @($result | ForEach-Object { $_.ToString() }) | Should -Be @('239.195.255.250', 'ff08::c')
        }

        It 'takes a pipeline that mixes addresses, offsets, names and registry rows, each by its own parameter set' {
            $ssdp = Find-MulticastAssignment SSDP | Where-Object Kind -EQ RelativeOffset
            $result = '239.255.255.250', [pscustomobject]@{ Offset = 2 }, [pscustomobject]@{ Name = 'SSDP' }, $ssdp |
                Get-ScopeRelativeAddress
            @($result | ForEach-Object { $_.ToString() }) | Should -Be @('239.255.255.250', '239.255.255.253', '239.255.255.250', '239.255.255.250')
        }

        It 'reads its own output back' {
            $result = Get-ScopeRelativeAddress -Offset 5 | Get-ScopeRelativeAddress
            $result.Offset | Should -Be 5
            $result.ScopePrefix.ToString() | Should -Be '239.255.0.0/16'
        }
    }

    Context 'errors do not stop the pipeline' {
        It 'writes one ErrorRecord per bad item and goes on' {
            $errors = $null
            $result = '239.255.255.250', '224.1', '239.255.0.1', 'ff05::101' |
                Get-ScopeRelativeAddress -ErrorVariable errors -ErrorAction SilentlyContinue
            @($result | ForEach-Object { $_.ToString() }) | Should -Be @('239.255.255.250', 'ff05::101')
            $errors | Should -HaveCount 2
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be '224.1'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'ScopePrefixRequired,*'
            $errors[1].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[1].TargetObject | Should -Be '239.255.0.1'
        }

        It 'writes an error for a name it does not hold and goes on' {
            $errors = $null
            $result = Get-ScopeRelativeAddress -Name SSDP, 'No Such Service', SLPv2 -ErrorVariable errors -ErrorAction SilentlyContinue
            @($result | ForEach-Object { $_.Offset }) | Should -Be @(5, 2)
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'ScopeRelativeNameNotFound,*'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be 'No Such Service'
        }
    }

    Context 'output' {
        It 'is a Multicast.ScopeRelativeAddress whose ToString is the address' {
            $result = Get-ScopeRelativeAddress -Offset 2
            $result.GetType().FullName | Should -Be 'Multicast.ScopeRelativeAddress'
            "$result" | Should -Be '239.255.255.253'
        }

        It 'has a table view with the range, offset, scope and name' {
            $table = Get-ScopeRelativeAddress -Offset 2 | Format-Table | Out-String -Width 80
            $table | Should -Match 'Range\s+Offset\s+ScopePrefix\s+Scope\s+Name'
            $table | Should -Match '239\.255\.255\.253\s+2 239\.255\.0\.0/16\s+SLPv2 Discovery'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Get-ScopeRelativeAddress
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.ScopeRelativeAddress'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'ByAddress', 'ByAssignment', 'ByName', 'ByOffset'
            $command.DefaultParameterSet | Should -Be 'ByOffset'
            Get-OwnParameterName $command | Should -Be 'Address', 'Assignment', 'Name', 'Offset', 'Scope', 'ScopePrefix'
        }

        It '-<Name>' -ForEach @(
            # An object with an Offset or a Name and no address binds those by property name.
            @{ Name = 'Offset'; Type = 'int[]'; Sets = 'ByOffset'; Mandatory = $true; Position = 0; Pipeline = 'ByValue, ByPropertyName' }
            @{ Name = 'Name'; Type = 'string[]'; Sets = 'ByName'; Mandatory = $true; Pipeline = 'ByPropertyName'; Attributes = 'SupportsWildcards' }
            @{ Name = 'Address'; Sets = 'ByAddress'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
            @{ Name = 'Assignment'; Type = 'Multicast.MulticastAssignment[]'; Sets = 'ByAssignment'; Mandatory = $true; Pipeline = 'ByValue' }
            @{ Name = 'ScopePrefix'; Type = 'Multicast.PowerShell.PrefixInput'; Sets = '(All)'; Pipeline = 'No'; Attributes = 'PrefixTransformation' }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput'; Sets = 'ByAddress', 'ByAssignment', 'ByName' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
