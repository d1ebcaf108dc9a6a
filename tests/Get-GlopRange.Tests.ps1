BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Get-GlopRange' {
    Context 'by AS number' {
        It 'maps AS 5662 to 233.22.30.0/24 (RFC 3180 section 3.1)' {
            $range = Get-GlopRange -AsNumber 5662
            $range | Should -BeOfType ([Multicast.GlopRange])
            $range.AsNumber | Should -Be 5662
            $range.Prefix.ToString() | Should -Be '233.22.30.0/24'
            $range.FirstAddress.ToString() | Should -Be '233.22.30.0'
            $range.LastAddress.ToString() | Should -Be '233.22.30.255'
            $range.AddressCount | Should -Be 256
            $range.IsDocumentation | Should -BeFalse
            $range.Note | Should -BeNullOrEmpty
            "$range" | Should -Be '233.22.30.0/24'
        }

        It 'AS <AsNumber> owns <Prefix>' -ForEach @(
            @{ AsNumber = 1; Prefix = '233.0.1.0/24' }
            @{ AsNumber = 255; Prefix = '233.0.255.0/24' }
            @{ AsNumber = 256; Prefix = '233.1.0.0/24' }
            @{ AsNumber = 64495; Prefix = '233.251.239.0/24' }
            @{ AsNumber = 64511; Prefix = '233.251.255.0/24' }
        ) {
            (Get-GlopRange -AsNumber $AsNumber).Prefix.ToString() | Should -Be $Prefix
        }

        It 'reads <Text> as AS 5662' -ForEach @(
            @{ Text = 'AS5662' }
            @{ Text = 'as5662' }
            @{ Text = '5662' }
            @{ Text = 'AS 5662' }
            @{ Text = '0.5662' }
        ) {
            (Get-GlopRange -AsNumber $Text).AsNumber | Should -Be 5662
        }

        It 'takes the ASN alias' {
            (Get-GlopRange -ASN 5662).Prefix.ToString() | Should -Be '233.22.30.0/24'
        }

        It 'takes several AS numbers positionally' {
            $ranges = Get-GlopRange 5662, 'AS1'
            $ranges | Should -HaveCount 2
            $ranges[0].ToString() | Should -Be '233.22.30.0/24'
            $ranges[1].ToString() | Should -Be '233.0.1.0/24'
        }
    }

    Context 'documentation AS numbers (RFC 5398, RFC 6676 section 2.2)' {
        It 'AS <AsNumber> is documentation: <Expected>' -ForEach @(
            @{ AsNumber = 64495; Expected = $false }
            @{ AsNumber = 64496; Expected = $true }
            @{ AsNumber = 64500; Expected = $true }
            @{ AsNumber = 64511; Expected = $true }
        ) {
            (Get-GlopRange -AsNumber $AsNumber).IsDocumentation | Should -Be $Expected
        }

        It 'says so in Note and in a verbose message, not a warning' {
            $output = Get-GlopRange -AsNumber 64500 -Verbose 4>&1 3>&1
            $range = $output | Where-Object { $_ -is [Multicast.GlopRange] }
            $range.Prefix.ToString() | Should -Be '233.251.244.0/24'
            $range.Note | Should -Match 'RFC 6676'
            ($output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Match 'Documentation'
            $output | Where-Object { $_ -is [System.Management.Automation.WarningRecord] } | Should -BeNullOrEmpty
        }

        It 'notes AS_TRANS' {
            (Get-GlopRange -AsNumber 23456).Note | Should -Match 'AS_TRANS'
        }
    }

    Context 'refused AS numbers' {
        It 'AS <AsNumber> is refused with <ErrorId>' -ForEach @(
            @{ AsNumber = 0; ErrorId = 'GlopAsNumberZero'; Mention = 'reserved' }
            @{ AsNumber = 64512; ErrorId = 'GlopAsNumberAdHocBlock3'; Mention = 'MCAST-TEST-NET' }
            @{ AsNumber = 65535; ErrorId = 'GlopAsNumberAdHocBlock3'; Mention = 'AD-HOC Block III' }
            @{ AsNumber = 65536; ErrorId = 'GlopAsNumberFourByte'; Mention = 'RFC 6034' }
            @{ AsNumber = 4294967295; ErrorId = 'GlopAsNumberFourByte'; Mention = 'AD-HOC Block III' }
        ) {
            $errors = $null
            $result = Get-GlopRange -AsNumber $AsNumber -ErrorVariable errors -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -Be ([uint32]$AsNumber)
            $errors[0].Exception.Message | Should -BeLike "*$Mention*"
        }

        It 'reads asdot 1.10 as AS 65546 and refuses it as 4-byte' {
            $errors = $null
            Get-GlopRange -AsNumber '1.10' -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'GlopAsNumberFourByte,*'
            $errors[0].Exception.Message | Should -BeLike '*65546 (1.10 in asdot)*'
        }

        It 'goes on after a refused AS number' {
            $errors = $null
            $result = 5662, 0, 65536, 1 | Get-GlopRange -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.AsNumber | Should -Be @(5662, 1)
            $errors | Should -HaveCount 2
        }

        It 'refuses text that is not an AS number when binding' {
            { Get-GlopRange -AsNumber 'ASfoo' -ErrorAction Stop } | Should -Throw '*not an AS number*'
            { Get-GlopRange -AsNumber '4294967296' -ErrorAction Stop } | Should -Throw '*out of range*'
            { Get-GlopRange -AsNumber -1 -ErrorAction Stop } | Should -Throw '*not an AS number*'
        }

        It 'writes a binding error for a bad piped AS number and goes on' {
            $errors = $null
            $result = 'ASfoo', 'AS5662' | Get-GlopRange -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.AsNumber | Should -Be 5662
            $errors | Should -HaveCount 1
            $errors[0].TargetObject | Should -Be 'ASfoo'
        }
    }

    Context 'by address' {
        It '<Address> is owned by AS <AsNumber>' -ForEach @(
            @{ Address = '233.0.1.0'; AsNumber = 1; Prefix = '233.0.1.0/24' }
            @{ Address = '233.22.30.7'; AsNumber = 5662; Prefix = '233.22.30.0/24' }
            @{ Address = '233.251.255.255'; AsNumber = 64511; Prefix = '233.251.255.0/24' }
        ) {
            $range = Get-GlopRange -Address $Address
            $range.AsNumber | Should -Be $AsNumber
            $range.Prefix.ToString() | Should -Be $Prefix
        }

        It 'binds a positional address to -Address' {
            (Get-GlopRange 233.22.30.7).AsNumber | Should -Be 5662
        }

        It '<Address> is refused with <ErrorId>' -ForEach @(
            @{ Address = '233.0.0.0'; ErrorId = 'GlopAddressAsNumberZero' }
            @{ Address = '233.252.0.0'; ErrorId = 'GlopAddressAdHocBlock3' }
            @{ Address = '233.255.255.255'; ErrorId = 'GlopAddressAdHocBlock3' }
            @{ Address = '232.255.255.255'; ErrorId = 'GlopAddressOutsideBlock' }
            @{ Address = '234.0.0.0'; ErrorId = 'GlopAddressOutsideBlock' }
            @{ Address = 'ff0e::1'; ErrorId = 'GlopAddressNotIPv4' }
        ) {
            $errors = $null
            $result = Get-GlopRange -Address $Address -ErrorVariable errors -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -Be $Address
        }

        It 'names MCAST-TEST-NET for 233.252.0.0/24' {
            $errors = $null
            Get-GlopRange -Address 233.252.0.1 -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].Exception.Message | Should -BeLike '*MCAST-TEST-NET*'
        }

        It 'writes InvalidArgument for an unreadable address and goes on' {
            # Three parts: '233.22' would bind to -AsNumber as asdot AS 233.22 (RFC 5396).
            $errors = $null
            $result = '233.22.30', '233.22.30.7' | Get-GlopRange -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.AsNumber | Should -Be 5662
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }
    }

    Context 'pipeline' {
        It 'binds numbers and AS strings by value' {
            5662, 'AS64511' | Get-GlopRange | ForEach-Object { $_.ToString() } | Should -Be @('233.22.30.0/24', '233.251.255.0/24')
        }

        It 'binds address strings and IPAddress objects by value to -Address' {
            ('233.22.30.7', [ipaddress]'233.0.1.9' | Get-GlopRange).AsNumber | Should -Be @(5662, 1)
        }

        It 'binds a mixed pipeline item by item' {
            ('AS5662', '233.0.1.9', 64511 | Get-GlopRange).AsNumber | Should -Be @(5662, 1, 64511)
        }

        It 'binds the AsNumber property of a [pscustomobject]' {
            ([pscustomobject]@{ AsNumber = 5662 } | Get-GlopRange).Prefix.ToString() | Should -Be '233.22.30.0/24'
        }

        It 'binds the ASN alias property of a [pscustomobject]' {
            ([pscustomobject]@{ ASN = 'AS5662' } | Get-GlopRange).Prefix.ToString() | Should -Be '233.22.30.0/24'
        }

        It 'binds the Address property of a [pscustomobject]' {
            ([pscustomobject]@{ Address = '233.22.30.7' } | Get-GlopRange).AsNumber | Should -Be 5662
        }

        It 'binds the IPAddress alias property of a [pscustomobject]' {
            ([pscustomobject]@{ IPAddress = '233.22.30.7' } | Get-GlopRange).AsNumber | Should -Be 5662
        }

        It 'takes its own output back' {
            (Get-GlopRange 5662 | Get-GlopRange).Prefix.ToString() | Should -Be '233.22.30.0/24'
        }

        It 'reports the [pscustomobject] as the target of a refusal' {
            $errors = $null
            $item = [pscustomobject]@{ Address = '234.0.0.1' }
            $item | Get-GlopRange -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'GlopAddressOutsideBlock,*'
            $errors[0].TargetObject.Address | Should -Be '234.0.0.1'
        }
    }

    Context 'format' {
        It 'shows a table with the prefix and the whole note at 80 columns' {
            $text = Get-GlopRange 5662, 64500, 23456 -WarningAction SilentlyContinue | Out-String -Width 80
            $text | Should -Match 'AsNumber\s+Prefix\s+Note'
            $text | Should -Match '5662 233\.22\.30\.0/24'
            $text | Should -Match 'Documentation only: RFC 5398 AS, RFC 6676 §2\.2 prefix'
            $text | Should -Match "AS_TRANS \(RFC 6793\): a placeholder, not a network's AS"
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Get-GlopRange
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.GlopRange'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'ByAddress', 'ByAsNumber'
            $command.DefaultParameterSet | Should -Be 'ByAsNumber'
            Get-OwnParameterName $command | Should -Be 'Address', 'AsNumber'
        }

        It '-<Name>' -ForEach @(
            # -ASN on the command line is a prefix of -AsNumber, and a piped object's ASN is read by the transformation:
            # only Get-Command shows the alias and ByPropertyName.
            @{ Name = 'AsNumber'; Type = 'uint32[]'; Sets = 'ByAsNumber'; Mandatory = $true; Pipeline = 'ByValue, ByPropertyName'; Aliases = 'ASN' }
            @{ Name = 'Address'; Sets = 'ByAddress'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
