BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Test-MulticastScope' {
    Context 'exact scope' {
        It '<Address> is <Scope>: <Expected>' -ForEach @(
            @{ Address = 'ff02::1'; Scope = 'LinkLocal'; Expected = $true }
            @{ Address = 'ff05::101'; Scope = 'SiteLocal'; Expected = $true }
            @{ Address = 'ff05::101'; Scope = 'OrganizationLocal'; Expected = $false }
            @{ Address = 'ff0e::1'; Scope = 'Global'; Expected = $true }
            @{ Address = 'ff15::1'; Scope = 5; Expected = $true }
            @{ Address = 'ff18::1'; Scope = '0x8'; Expected = $true }
            @{ Address = 'ff03::1'; Scope = 'RealmLocal'; Expected = $true }
            @{ Address = '224.0.0.251'; Scope = 'LinkLocal'; Expected = $true }
            @{ Address = '224.0.1.1'; Scope = 'Global'; Expected = $true }
            @{ Address = '239.255.255.250'; Scope = 'RealmLocal'; Expected = $true }
            @{ Address = '239.192.0.1'; Scope = 'OrganizationLocal'; Expected = $true }
            @{ Address = '239.1.2.3'; Scope = 'OrganizationLocal'; Expected = $false }
        ) {
            Test-MulticastScope -Address $Address -Scope $Scope | Should -Be $Expected
        }

        It 'takes short and IANA scope names' {
            Test-MulticastScope 'ff05::2' site | Should -BeTrue
            Test-MulticastScope 'ff05::2' 'Site-Local scope' | Should -BeTrue
            Test-MulticastScope 'ff0e::2' E | Should -BeTrue
        }

        It 'returns exactly one [bool] per address' {
            $result = Test-MulticastScope -Address 'ff02::1', 'ff05::1', '224.0.0.1' -Scope LinkLocal
            $result | Should -HaveCount 3
            $result | ForEach-Object { $_ | Should -BeOfType [bool] }
            $result | Should -Be @($true, $false, $true)
        }
    }

    Context '-Within' {
        It '<Address> within <Scope>: <Expected>' -ForEach @(
            @{ Address = 'ff02::1'; Scope = 'SiteLocal'; Expected = $true }
            @{ Address = 'ff05::1'; Scope = 'SiteLocal'; Expected = $true }
            @{ Address = 'ff08::1'; Scope = 'SiteLocal'; Expected = $false }
            @{ Address = 'ff0e::1'; Scope = 'OrganizationLocal'; Expected = $false }
            @{ Address = '239.255.0.1'; Scope = 'OrganizationLocal'; Expected = $true }
            @{ Address = '239.192.0.1'; Scope = 'SiteLocal'; Expected = $false }
            @{ Address = '224.0.0.5'; Scope = 'AdminLocal'; Expected = $true }
            @{ Address = '239.1.2.3'; Scope = 'OrganizationLocal'; Expected = $false }
            @{ Address = '239.1.2.3'; Scope = 'Global'; Expected = $true }
        ) {
            Test-MulticastScope -Address $Address -Scope $Scope -Within | Should -Be $Expected
        }
    }

    Context 'pipeline' {
        It 'binds strings and IPAddress objects by value' {
            'ff02::fb', [ipaddress]'ff02::1', [ipaddress]'224.0.0.251' | Test-MulticastScope -Scope LinkLocal |
                Should -Be @($true, $true, $true)
        }

        It 'binds the Address property of a [pscustomobject]' {
            [pscustomobject]@{ Address = 'ff05::1:3' } | Test-MulticastScope -Scope SiteLocal | Should -BeTrue
        }

        It 'binds the IPAddress alias property of a [pscustomobject]' {
            [pscustomobject]@{ IPAddress = '239.255.0.1' } | Test-MulticastScope -Scope RealmLocal | Should -BeTrue
        }
    }

    Context 'non-multicast and bad input' {
        It 'returns $false with a verbose message for a unicast address' {
            $verbose = Test-MulticastScope -Address '192.0.2.1' -Scope Global -Verbose 4>&1
            ($verbose | Where-Object { $_ -is [bool] }) | Should -BeFalse
            ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Match 'not a multicast address'
        }

        It 'writes one ErrorRecord per unparsable item and goes on' {
            $errors = $null
            $result = '224.1', 'ff02::1', 'not-an-address', '224.0.0.1' |
                Test-MulticastScope -Scope LinkLocal -ErrorVariable errors -ErrorAction SilentlyContinue
            $result | Should -Be @($true, $true)
            $errors | Should -HaveCount 2
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be '224.1'
            $errors[0].Exception.Message | Should -Match '224\.0\.0\.1'
            $errors[1].TargetObject | Should -Be 'not-an-address'
        }

        It 'refuses an unknown scope when binding' {
            { Test-MulticastScope -Address 'ff02::1' -Scope 'planet' -ErrorAction Stop } | Should -Throw '*not an IPv6 multicast scope*'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Test-MulticastScope
        }

        It 'declares its parameter set and no other parameters' {
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'Address', 'Scope', 'Within'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Address'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput'; Mandatory = $true; Pipeline = 'No' }
            @{ Name = 'Within'; Type = 'switch' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
