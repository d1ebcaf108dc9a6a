BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Get-MulticastAddressInfo' {
    Context 'outputs' {
        It 'explains 224.0.0.251 (mDNS in the Local Network Control Block)' {
            $info = Get-MulticastAddressInfo -Address 224.0.0.251
            $info | Should -BeOfType ([Multicast.MulticastAddressInfo])
            "$info" | Should -Be '224.0.0.251'
            $info.Address.ToString() | Should -Be '224.0.0.251'
            $info.AddressFamily | Should -Be 'InterNetwork'
            $info.IsMulticast | Should -BeTrue
            $info.Scope | Should -Be 'LinkLocal'
            $info.ScopeName | Should -Be 'Link-Local Scope'
            $info.IsAdminScoped | Should -BeFalse
            $info.IanaBlock | Should -Be 'Local Network Control Block'
            $info.IanaName | Should -Be 'mDNS'
            $info.IanaReference | Should -Be '[RFC6762]'
            $info.Mechanism | Should -Be 'Static IANA assignment (RFC 5771)'
            $info.MacAddress | Should -BeExactly '01-00-5E-00-00-FB'
            $info.R | Should -BeNullOrEmpty
            $info.Warning | Should -HaveCount 2
            $info.Warning[0].Id | Should -BeExactly 'LocalNetworkControlBlock'
            $info.Warning[0].Rfc | Should -Match 'RFC 4541 §2\.1\.2'
            $info.Warning[1].Id | Should -BeExactly 'IanaAssigned'
            $info.Warning[1].Rfc | Should -BeExactly 'RFC 5771 §4.1'
        }

        It 'gives each warning a stable Id to filter on, the RFC of its rule, and the reason as text' {
            $info = Get-MulticastAddressInfo 230.0.0.1
            $info.Warning.Id | Should -Be @('ReservedBlock', 'MacAliasesLocalControl')
            $info.Warning[0].Rfc | Should -BeExactly 'RFC 5771 §13'
            "$($info.Warning[0])" | Should -BeExactly $info.Warning[0].Message
            $info.Warning[0].Message | Should -BeLike '230.0.0.1 is in 225.0.0.0-231.255.255.255, *'
            $found = '239.192.0.10', '230.0.0.1', '239.128.1.1', '224.0.0.251' | Get-MulticastAddressInfo |
                Where-Object { $_.Warning.Id -contains 'MacAliasesLocalControl' }
            ($found | ForEach-Object { "$_" }) | Should -Be @('230.0.0.1')
        }

        It 'writes the reasons, joined by "; ", where a property becomes text (Export-Csv)' {
            $rows = Get-MulticastAddressInfo 230.0.0.1, 239.192.0.10 | Select-Object Address, Warning | ConvertTo-Csv | ConvertFrom-Csv
            $info = Get-MulticastAddressInfo 230.0.0.1
            $rows[0].Warning | Should -BeExactly ($info.Warning[0].Message + '; ' + $info.Warning[1].Message)
            $rows[1].Warning | Should -BeExactly ''
        }

        It 'keeps Where-Object Warning true only for an address that draws one' {
            $warned = '239.192.0.10', '230.0.0.1', '233.22.30.7' | Get-MulticastAddressInfo | Where-Object Warning
            ($warned | ForEach-Object { "$_" }) | Should -Be @('230.0.0.1')
        }

        It 'explains 233.22.30.7 as GLOP of AS 5662, a good choice' {
            $info = Get-MulticastAddressInfo 233.22.30.7
            $info.GlopAsNumber | Should -Be 5662
            $info.Mechanism | Should -Be 'GLOP (RFC 3180)'
            $info.IanaBlock | Should -Be 'GLOP Block'
            $info.Warning | Should -HaveCount 0
            , $info.Warning | Should -BeOfType ([Multicast.MulticastWarningList])
        }

        It 'reports the RFC 5771 name of a renamed block' {
            $info = Get-MulticastAddressInfo 234.192.0.2
            $info.IanaBlock | Should -Be 'Unicast-Prefix-based IPv4 Multicast Addresses'
            $info.IanaBlockRfc5771Name | Should -Be 'RESERVED'
            $info.NetworkPrefix.ToString() | Should -Be '192.0.2.0/24'
            $info.Warning.Id | Should -Be 'DocumentationUnicastPrefixIPv4'
            $info.Warning[0].Rfc | Should -Match 'RFC 6676 §2\.3'
        }

        It 'gives the IPv4 scope of <Address> as <Scope> (RFC 2365 section 8)' -ForEach @(
            @{ Address = '239.255.0.1'; Scope = 'RealmLocal'; Name = 'IPv4 Local Scope' }
            @{ Address = '239.192.0.1'; Scope = 'OrganizationLocal'; Name = 'IPv4 Organization Local Scope' }
            @{ Address = '224.0.1.1'; Scope = 'Global'; Name = 'Global Scope' }
        ) {
            $info = Get-MulticastAddressInfo $Address
            $info.Scope | Should -Be $Scope
            $info.ScopeName | Should -Be $Name
        }

        It 'has no scope for 239.200.0.1, whose extent RFC 2365 does not define' {
            $info = Get-MulticastAddressInfo 239.200.0.1
            $info.Scope | Should -BeNullOrEmpty
            $info.IsAdminScoped | Should -BeTrue
            $info.Warning.Id | Should -Be 'AdminScopedWithoutScope'
            $info.Warning[0].Rfc | Should -Match 'RFC 2365'
        }

        It 'reads the IPv6 flags one by one (RFC 7371)' {
            $info = Get-MulticastAddressInfo 'ff7e:740:2001:db8:beef:feed:8000:1'
            $info.X | Should -BeFalse
            $info.R | Should -BeTrue
            $info.P | Should -BeTrue
            $info.T | Should -BeTrue
            $info.Ff1 | Should -Be 7
            $info.Ff2 | Should -Be 0
            $info.Mechanism | Should -Be 'Embedded RP (RFC 3956, RFC 7371)'
            $info.RendezvousPoint.ToString() | Should -Be '2001:db8:beef:feed::7'
            $info.Riid | Should -Be 7
            $info.PrefixLength | Should -Be 64
            $info.NetworkPrefix.ToString() | Should -Be '2001:db8:beef:feed::/64'
            $info.GroupId | Should -Be 2147483649
            $info.GroupIdRange | Should -Be 'Dynamic'
            $info.Warning | Should -HaveCount 1
            $info.Warning[0].Id | Should -BeExactly 'DocumentationEmbeddedRp'
            $info.Warning[0].Rfc | Should -Match 'RFC 6676 §3\.2'
        }

        It 'classifies SSM group IDs (RFC 4607): <Address> is <Range>' -ForEach @(
            @{ Address = 'ff3e::5'; Range = 'Invalid'; Warns = 'SsmGroupIdInvalid' }
            @{ Address = 'ff3e::4000:0'; Range = 'ReservedNull'; Warns = 'SsmReservedNull' }
            @{ Address = 'ff3e::4000:1'; Range = 'IanaReserved'; Warns = 'SsmIanaReserved' }
            @{ Address = 'ff3e::8000:1'; Range = 'HostAllocated'; Warns = $null }
            @{ Address = '232.0.0.5'; Range = 'IanaReserved'; Warns = 'SsmIanaReserved' }
            @{ Address = '232.1.2.3'; Range = 'HostAllocated'; Warns = $null }
        ) {
            $info = Get-MulticastAddressInfo $Address
            $info.IsSourceSpecific | Should -BeTrue
            $info.SsmRange | Should -Be $Range
            if ($Warns) { $info.Warning.Id | Should -Contain $Warns } else { $info.Warning | Should -HaveCount 0 }
        }

        It 'gives the served suffix of a solicited-node group (RFC 4291 section 2.7.1)' {
            $info = Get-MulticastAddressInfo 'FF02::1:FF0E:8C6C'
            "$info" | Should -BeExactly 'ff02::1:ff0e:8c6c'
            $info.Mechanism | Should -Be 'Solicited-node (RFC 4291 §2.7.1)'
            $info.SolicitedNodeSuffix | Should -BeExactly '0e:8c6c'
            $info.MacAddress | Should -BeExactly '33-33-FF-0E-8C-6C'
        }

        It 'reads the interface ID of the RFC 4489 section 4 example' {
            $info = Get-MulticastAddressInfo 'ff32:ff:a12:34ff:fe56:7890:8000:1'
            $info.Mechanism | Should -Be 'Link-scoped (RFC 4489)'
            $info.InterfaceId.ToString() | Should -Be 'a12:34ff:fe56:7890'
            $info.Warning | Should -HaveCount 0
        }

        It 'does not claim an IPv6 address is unassigned: the data is partial' {
            $info = Get-MulticastAddressInfo 'ff0e::1234'
            $info.IanaName | Should -BeNullOrEmpty
            $info.Warning.Id | Should -Be 'PermanentNotInRegistry'
        }
    }

    Context 'non-multicast addresses' {
        It 'explains <Address> instead of failing' -ForEach @(
            @{ Address = '192.0.2.1' }
            @{ Address = '2001:db8::1' }
        ) {
            $errors = $null
            $info = Get-MulticastAddressInfo $Address -ErrorVariable errors
            $errors | Should -HaveCount 0
            $info.IsMulticast | Should -BeFalse
            $info.Scope | Should -BeNullOrEmpty
            $info.Mechanism | Should -BeNullOrEmpty
            $info.MacAddress | Should -BeNullOrEmpty
            $info.Warning | Should -HaveCount 1
            $info.Warning[0].Id | Should -BeExactly 'NotMulticast'
        }

        It 'suggests the IPv4 group for an IPv4-mapped address' {
            $warnings = (Get-MulticastAddressInfo '::ffff:224.0.0.1').Warning
            $warnings.Id | Should -Be @('NotMulticast', 'IPv4MappedGroup')
            $warnings[1].Message | Should -Match 'did you mean 224\.0\.0\.1\?'
        }
    }

    Context 'pipeline' {
        It 'binds strings and IPAddress objects by value, one object each' {
            $infos = '239.192.0.10', [ipaddress]'ff02::fb', '233.252.0.1' | Get-MulticastAddressInfo
            $infos | Should -HaveCount 3
            ($infos | ForEach-Object { $_.ToString() }) | Should -Be @('239.192.0.10', 'ff02::fb', '233.252.0.1')
        }

        It 'takes several addresses positionally' {
            (Get-MulticastAddressInfo 239.192.0.10, 'ff15::1234') | Should -HaveCount 2
        }

        It 'binds the <Name> property of a [pscustomobject]' -ForEach @(
            @{ Name = 'Address' }
            @{ Name = 'IPAddress' }
            @{ Name = 'Group' }
        ) {
            $item = [pscustomobject]@{ $Name = '239.255.255.250' }
            $info = $item | Get-MulticastAddressInfo
            $info.IanaName | Should -Be 'SSDP'
            $info.Mechanism | Should -Match 'Scope-relative'
        }

        It 'takes its own output back' {
            (Get-MulticastAddressInfo 230.0.0.1 | Get-MulticastAddressInfo).ToString() | Should -Be '230.0.0.1'
        }

        It 'chains from Get-GlopRange: a range stands for its first address' {
            $output = Get-GlopRange 5662 | Get-MulticastAddressInfo -Verbose 4>&1
            $info = $output | Where-Object { $_ -is [Multicast.MulticastAddressInfo] }
            $info | Should -HaveCount 1
            $info.ToString() | Should -Be '233.22.30.0'
            $info.GlopAsNumber | Should -Be 5662
            $info.Warning | Should -HaveCount 0
            ($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Match 'first address, 233\.22\.30\.0'
        }

        It 'chains from New-EmbeddedRpAddress' {
            $info = New-EmbeddedRpAddress -RendezvousPoint 2001:db8:beef:feed::7 -GroupId 0x80000001 | Get-MulticastAddressInfo
            $info.ToString() | Should -Be 'ff7e:740:2001:db8:beef:feed:8000:1'
            $info.RendezvousPoint.ToString() | Should -Be '2001:db8:beef:feed::7'
        }

        It 'chains from New-UnicastPrefixMulticastAddress (<Prefix>)' -ForEach @(
            @{ Prefix = '2001:db8:dead:beef::/64'; Address = 'ff3e:40:2001:db8:dead:beef:8000:1'; NetworkPrefix = '2001:db8:dead:beef::/64'; Warning = 'DocumentationUnicastPrefixIPv6' }
            @{ Prefix = '192.0.2.0/24'; Address = '234.192.0.2'; NetworkPrefix = '192.0.2.0/24'; Warning = 'DocumentationUnicastPrefixIPv4' }
        ) {
            $groupId = if ($Prefix -like '*:*') { 0x80000001 } else { 0 }
            $info = New-UnicastPrefixMulticastAddress -Prefix $Prefix -GroupId $groupId | Get-MulticastAddressInfo
            $info.ToString() | Should -Be $Address
            $info.NetworkPrefix.ToString() | Should -Be $NetworkPrefix
            $info.Warning.Id | Should -Be $Warning
        }

        It 'chains from New-LinkScopedMulticastAddress' {
            $info = New-LinkScopedMulticastAddress -InterfaceAddress fe80::a12:34ff:fe56:7890 -GroupId 0x80000001 | Get-MulticastAddressInfo
            $info.ToString() | Should -Be 'ff32:ff:a12:34ff:fe56:7890:8000:1'
            $info.InterfaceId.ToString() | Should -Be 'a12:34ff:fe56:7890'
        }

        It 'chains from ConvertTo-MulticastMacAddress' {
            (ConvertTo-MulticastMacAddress 239.1.1.1 | Get-MulticastAddressInfo).MacAddress | Should -Be '01-00-5E-01-01-01'
        }
    }

    Context 'errors' {
        It 'writes one ErrorRecord for <Text> and goes on' -ForEach @(
            @{ Text = '239.1'; ErrorId = 'AddressShortForm' }
            @{ Text = '239.1.1.010'; ErrorId = 'AddressLeadingZero' }
            @{ Text = 'ff02::1::1'; ErrorId = 'AddressInvalidIPv6' }
            @{ Text = '233.22.30.0/24'; ErrorId = 'AddressInvalid' }
        ) {
            $errors = $null
            $infos = '239.192.0.10', $Text, 'ff15::1234' | Get-MulticastAddressInfo -ErrorVariable errors -ErrorAction SilentlyContinue
            ($infos | ForEach-Object { $_.ToString() }) | Should -Be @('239.192.0.10', 'ff15::1234')
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be $Text
        }

        It 'refuses an object with no address and goes on' {
            $errors = $null
            $item = [pscustomobject]@{ Name = 'not an address' }
            $infos = $item, '239.192.0.10' | Get-MulticastAddressInfo -ErrorVariable errors -ErrorAction SilentlyContinue
            $infos | Should -HaveCount 1
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressInputNotRecognized,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject.Name | Should -Be 'not an address'
        }

        It 'reads a bare 239.1, which PowerShell makes a number, as the text typed (as the help page says)' {
            $errors = $null
            $infos = Get-MulticastAddressInfo 239.1 -ErrorVariable errors -ErrorAction SilentlyContinue
            $infos | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[0].Exception.Message | Should -Match '239\.0\.0\.1'
            $errors[0].Exception.Message | Should -Match 'put addresses in quotes'
        }
    }

    Context 'format' {
        It 'shows a narrow table at 80 columns: address, warning count, scope and mechanism' {
            $text = Get-MulticastAddressInfo 230.0.0.1, 239.192.0.10 | Out-String -Width 80
            $text | Should -Match 'Address\s+WarningCount\s+Scope\s+Mechanism'
            $text | Should -Match '230\.0\.0\.1\s+2 Global\s+Reserved \(RFC 5771 §3\)'
            $text | Should -Match '239\.192\.0\.10\s+0 OrganizationLocal Administratively scoped \(RFC 2365\)'
        }

        It 'keeps a long IPv6 address whole at 80 columns, and cuts the mechanism instead' {
            $text = Get-MulticastAddressInfo 'ff7e:740:2001:db8:beef:feed:8000:1' | Out-String -Width 80
            $text | Should -Match 'ff7e:740:2001:db8:beef:feed:8000:1\s+1 Global\s+Embedded RP'
        }

        It 'counts warnings in a property that sorts and filters' {
            $infos = Get-MulticastAddressInfo 239.192.0.10, 230.0.0.1, 192.0.2.1
            ($infos | Where-Object WarningCount -gt 0 | ForEach-Object { "$_" }) | Should -Be '230.0.0.1', '192.0.2.1'
            ($infos | Sort-Object WarningCount -Descending)[0].ToString() | Should -Be '230.0.0.1'
        }

        It 'shows every property in a list' {
            $text = Get-MulticastAddressInfo 233.22.30.7 | Format-List | Out-String -Width 200
            foreach ($name in 'Address', 'Scope', 'IanaBlock', 'GlopAsNumber', 'Mechanism', 'MacAddress', 'Warning') {
                $text | Should -Match "(?m)^$name\s+:"
            }

            $text | Should -Match 'GlopAsNumber\s+: 5662'
        }

        It 'lists each warning: its Id, its RFC, and the reason' {
            $text = (Get-MulticastAddressInfo 230.0.0.1).Warning | Out-String -Width 400
            $text | Should -Match '(?m)^Id\s+: ReservedBlock$'
            $text | Should -Match '(?m)^Rfc\s+: RFC 5771 §13$'
            $text | Should -Match '(?m)^Message\s+: 230\.0\.0\.1 is in 225\.0\.0\.0-231\.255\.255\.255, which IANA keeps RESERVED'
            $text | Should -Match '(?m)^Id\s+: MacAliasesLocalControl$'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Get-MulticastAddressInfo
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.MulticastAddressInfo'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Address'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Address'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
