# Publish-MulticastSession without a network: -WhatIf, and what is refused before anything is sent. The packets
# it sends, and their deletion on Ctrl+C, are tested in a network namespace: SapNetwork.Tests.ps1.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sample = Join-Path $PSScriptRoot 'Data/sap-sessions.pcapng'
}

Describe 'Publish-MulticastSession' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
    }

    Context '-WhatIf' {
        It 'sends nothing, writes nothing and leases nothing' {
            Publish-MulticastSession -Name Lobby -Group 239.255.10.1 -Port 5004 -WhatIf | Should -BeNullOrEmpty
            Publish-MulticastSession -Name Lobby -Scope OrganizationLocal -Port 5004 -WhatIf | Should -BeNullOrEmpty
            New-MulticastAddressPool -Name studio -Prefix 239.192.0.0/16 -StorePath $store | Out-Null
            Publish-MulticastSession -Name Lobby -Pool studio -Owner me -Port 5004 -StorePath $store -WhatIf | Should -BeNullOrEmpty
            Get-MulticastAddressLease -IncludeExpired -StorePath $store | Should -BeNullOrEmpty
        }

        It 'avoids the groups of the sessions piped in, with -AvoidSession' {
            $verbose = Get-MulticastSession -Path $sample -WarningAction SilentlyContinue |
                Publish-MulticastSession -Name 'Studio B' -Scope OrganizationLocal -Port 5004 -AvoidSession -WhatIf -Verbose 4>&1
            ($verbose.Message -join "`n") | Should -Match 'Avoiding the groups of 5 sessions heard: 239\.192\.40\.1-239\.192\.40\.2, 239\.255\.10\.1, 239\.255\.20\.1, ff15::8000:1234\.'
        }

        It 'reads SDP line by line from the pipeline' {
            'v=0', 'o=- 1 1 IN IP4 192.0.2.7', 's=Lines', 't=0 0', 'm=video 5004 RTP/AVP 33', 'c=IN IP4 239.255.40.1/127' |
                Publish-MulticastSession -Count 1 -WhatIf -ErrorAction Stop | Should -BeNullOrEmpty
        }
    }

    Context 'refusals, before anything is sent' {
        It '<Case>' -ForEach @(
            @{ Case = 'sessions given without -AvoidSession'; Id = 'SessionWithoutAvoidSession'; Category = 'InvalidArgument'; Run = { Get-MulticastSession -Path $sample -WarningAction SilentlyContinue | Publish-MulticastSession -Name x -Scope Global -Port 5004 -WhatIf } }
            @{ Case = 'a pool with several addresses'; Id = 'PublishPoolAddressCount'; Category = 'InvalidArgument'; Run = { Publish-MulticastSession -Name x -Pool p -Owner o -Port 5004 -AddressCount 2 -WhatIf } }
            @{ Case = 'a group of an admin scope RFC 2365 does not define, without -ScopePrefix'; Id = 'SapScopeRequired'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Name x -Group 239.1.2.3 -Port 5004 -WhatIf } }
            @{ Case = 'a scope with no IPv4 session range'; Id = 'SapScopeNotIPv4'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Name x -Scope SiteLocal -Port 5004 -WhatIf } }
            @{ Case = 'a line type RFC 8866 does not define'; Id = 'SdpUnknownLineType'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Sdp "v=0`no=- 1 1 IN IP4 192.0.2.7`ns=x`nt=0 0`nx=y`nc=IN IP4 239.255.1.1/1`n" -WhatIf } }
            @{ Case = 'groups in two scopes'; Id = 'SapSessionSpansScopes'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Sdp "v=0`no=- 1 1 IN IP4 192.0.2.7`ns=x`nt=0 0`nm=audio 1 RTP/AVP 0`nc=IN IP4 239.255.1.1/1`nm=audio 2 RTP/AVP 0`nc=IN IP4 239.192.1.1/1`n" -WhatIf } }
            @{ Case = 'a description with no group'; Id = 'SapSessionHasNoGroup'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Sdp "v=0`no=- 1 1 IN IP4 192.0.2.7`ns=x`nt=0 0`n" -WhatIf } }
            @{ Case = 'an IPv4 group without a TTL'; Id = 'SdpConnectionTtlRequired'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Sdp "v=0`no=- 1 1 IN IP4 192.0.2.7`ns=x`nt=0 0`nc=IN IP4 239.255.1.1`n" -WhatIf } }
            @{ Case = 'an empty session name'; Id = 'ParameterArgumentValidationError'; Category = 'InvalidData'; Run = { Publish-MulticastSession -Name '' -Group 239.255.1.1 -Port 5004 -WhatIf } }
        ) {
            $thrown = $null
            try {
                & $Run
            }
            catch {
                $thrown = $_
            }
            $thrown | Should -Not -BeNullOrEmpty
            $thrown.FullyQualifiedErrorId | Should -BeLike "$Id,*"
            $thrown.CategoryInfo.Category | Should -Be $Category
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated here.
        BeforeAll {
            $command = Get-Command Publish-MulticastSession
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Sap.SapTransmission'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'Group', 'Pool', 'Scope', 'ScopePrefix', 'Sdp'
            $command.DefaultParameterSet | Should -Be 'ScopePrefix'
            Get-OwnParameterName $command | Should -Be 'AddressCount', 'AvoidSession', 'BandwidthLimit', 'Compress', 'Count', 'Format', 'Group', 'Information',
                'InputObject', 'IPv6', 'Media', 'Name', 'Owner', 'Pool', 'Port', 'Protocol', 'Scope', 'ScopePrefix', 'Sdp', 'SourceAddress', 'StorePath', 'Ttl'
            $command.Parameters.Keys | Should -Contain 'WhatIf'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Name'; Sets = 'Group', 'Pool', 'Scope', 'ScopePrefix'; Mandatory = $true; Position = 0 }
            @{ Name = 'Group'; Type = 'Multicast.PowerShell.AddressInput'; Sets = 'Group'; Mandatory = $true; Attributes = 'AddressTransformation' }
            @{ Name = 'Port'; Type = 'int'; Sets = 'Group', 'Pool', 'Scope', 'ScopePrefix'; Mandatory = $true; Attributes = 'ValidateRange' }
            @{ Name = 'Ttl'; Type = 'int'; Mandatory = $false; Attributes = 'ValidateRange' }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput'; Sets = 'Scope'; Mandatory = $true }
            @{ Name = 'ScopePrefix'; Sets = 'Group', 'ScopePrefix', 'Sdp'; Mandatory = 'Group: False; ScopePrefix: True; Sdp: False' }
            @{ Name = 'Pool'; Sets = 'Pool'; Mandatory = $true; Attributes = 'ArgumentCompleter' }
            @{ Name = 'Sdp'; Type = 'string[]'; Sets = 'Sdp'; Mandatory = $true; Pipeline = 'ByValue' }
            @{ Name = 'AvoidSession'; Type = 'switch'; Sets = 'Pool', 'Scope', 'ScopePrefix' }
            @{ Name = 'InputObject'; Type = 'Multicast.Sap.MulticastSession[]'; Sets = 'Pool', 'Scope', 'ScopePrefix'; Pipeline = 'ByValue' }
            @{ Name = 'Count'; Type = 'int'; Sets = '(All)'; Mandatory = $false; Attributes = 'ValidateRange' }
            @{ Name = 'SourceAddress'; Type = 'Multicast.PowerShell.AddressInput'; Sets = '(All)'; Attributes = 'AddressTransformation' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
