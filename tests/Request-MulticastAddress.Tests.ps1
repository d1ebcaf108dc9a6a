BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'LeaseTestStore.ps1')
}

Describe 'Request-MulticastAddress' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        New-MulticastAddressPool video 239.192.0.0/16 -DefaultDuration '08:00:00' -StorePath $store | Out-Null
        New-MulticastAddressPool glop 233.22.30.0/28 -StorePath $store | Out-Null
    }

    Context 'random groups' {
        It 'leases one free group for the pool default' {
            $before = Get-Date
            $lease = Request-MulticastAddress -Pool video -Owner app1 -StorePath $store
            $lease | Should -BeOfType ([Multicast.Leases.MulticastAddressLease])
            $lease.Pool | Should -Be 'video'
            $lease.Owner | Should -Be 'app1'
            $lease.State | Should -Be 'Active'
            $lease.Address.ToString() | Should -Match '^239\.192\.'
            $lease.Address.ToString() | Should -Not -Match '^239\.192\.255\.'
            $lease.End | Should -BeGreaterThan $before.AddHours(7.9)
            $lease.End | Should -BeLessThan (Get-Date).AddHours(8.1)
            $lease.MacAddress | Should -Match '^01-00-5E-'
        }

        It 'counts the free groups exactly when a pool cannot give -Count, every time' {
            $counted = Join-Path $TestDrive 'counted.json'
            New-MulticastAddressPool -Name glop -Prefix 233.22.30.0/24 -StorePath $counted | Out-Null
            Request-MulticastAddress glop app1 -Count 3 -StorePath $counted | Out-Null
            foreach ($attempt in 1..3) {
                $errors = $null
                Request-MulticastAddress glop app2 -Count 300 -StorePath $counted -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
                $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolExhausted,*'
                $errors[0].Exception.Message | Should -Match 'has 253 free group\(s\), fewer than the 300 asked for'
            }
            @(Get-MulticastAddressLease -Pool glop -StorePath $counted).Count | Should -Be 3
        }

        It 'leases -Count distinct groups, all or none' {
            $leases = Request-MulticastAddress glop app1 -Count 10 -StorePath $store
            $leases | Should -HaveCount 10
            # Not $leases.Address: on an array, that is the array's own Address method (member enumeration).
            ([string[]] $leases | Select-Object -Unique) | Should -HaveCount 10
            $errors = $null
            Request-MulticastAddress glop app2 -Count 7 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolExhausted,*'
            $errors[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            Get-MulticastAddressLease -Pool glop -StorePath $store | Should -HaveCount 10
        }

        It 'takes -Duration' {
            $lease = Request-MulticastAddress video app1 -Duration '00:30:00' -StorePath $store
            ($lease.End - $lease.Start) | Should -Be ([timespan]'00:30:00')
        }
    }

    Context 'exact groups' {
        It 'leases the group given, or refuses it with the reason' {
            (Request-MulticastAddress video app1 -Address 239.192.10.20 -StorePath $store).Address.ToString() | Should -Be '239.192.10.20'
            $errors = $null
            $result = Request-MulticastAddress video app2 -Address 239.192.255.1, 239.192.10.20, 239.193.0.1, 239.192.10.21 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.Address.ToString() | Should -Be '239.192.10.21'
            $errors | Should -HaveCount 3
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'LeaseRelativeAssignment,*'
            $errors[0].TargetObject | Should -Be '239.192.255.1'
            $errors[1].FullyQualifiedErrorId | Should -BeLike 'LeaseAddressTaken,*'
            $errors[1].CategoryInfo.Category | Should -Be 'ResourceExists'
            $errors[1].Exception.Message | Should -Match 'app1'
            $errors[2].FullyQualifiedErrorId | Should -BeLike 'LeaseAddressNotInPool,*'
        }

        It 'refuses -Count with -Address: they are separate parameter sets' {
            { Request-MulticastAddress video app1 -Address 239.192.10.20 -Count 2 -StorePath $store } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
            (Get-Command Request-MulticastAddress).ParameterSets.Name | Sort-Object | Should -Be @('Address', 'Random', 'Server')
        }

        It 'writes one error per badly written address and goes on' {
            $errors = $null
            $result = '239.192.1', '239.192.10.22' | Request-MulticastAddress -Pool video -Owner app1 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue
            $result.Address.ToString() | Should -Be '239.192.10.22'
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'AddressShortForm,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be '239.192.1'
        }
    }

    Context 'pipeline' {
        It 'binds pool objects by their Name and leases a free group from each' {
            $leases = Get-MulticastAddressPool -StorePath $store | Request-MulticastAddress -Owner app3 -StorePath $store
            $leases.Pool | Should -Be @('glop', 'video')
        }

        It 'binds Pool, Owner and Address of a [pscustomobject]' {
            $lease = [pscustomobject]@{ Pool = 'video'; Owner = 'csv'; Address = '239.192.20.1' } | Request-MulticastAddress -StorePath $store
            $lease.Owner | Should -Be 'csv'
            $lease.Address.ToString() | Should -Be '239.192.20.1'
        }

        It 'takes a row whose Address is empty as a request for a free group' {
            $lease = [pscustomobject]@{ Pool = 'glop'; Owner = 'csv'; Address = '' } | Request-MulticastAddress -StorePath $store
            $lease.Address.ToString() | Should -Match '^233\.22\.30\.'
        }

        It 'binds addresses by value' {
            @('239.192.30.1', [ipaddress]'239.192.30.2' | Request-MulticastAddress -Pool video -Owner app1 -StorePath $store | ForEach-Object { $_.Address.ToString() }) |
                Should -Be @('239.192.30.1', '239.192.30.2')
        }
    }

    Context 'informed allocation (-AvoidSession)' {
        BeforeEach {
            # Two free groups, 239.255.10.0 and .1; the sample capture's Lobby camera announces 239.255.10.1.
            $exclude = '239.255.10.2/31', '239.255.10.4/30', '239.255.10.8/29', '239.255.10.16/28', '239.255.10.32/27', '239.255.10.64/26', '239.255.10.128/25'
            New-MulticastAddressPool lobby 239.255.10.0/23 -Exclude $exclude -StorePath $store | Out-Null
            $sessions = Get-MulticastSession -Path (Join-Path $PSScriptRoot 'Data/sap-sessions.pcapng') -WarningAction SilentlyContinue
        }

        It 'never leases a group an announced session uses, in one request after the last session' {
            foreach ($try in 1..8) {
                $lease = $sessions | Request-MulticastAddress -Pool lobby -Owner app1 -AvoidSession -StorePath $store
                @($lease).Count | Should -Be 1 -Because 'the sessions are gathered and one request is made at the end'
                $lease.Address.ToString() | Should -Be '239.255.10.0'
                $lease | Remove-MulticastAddressLease -StorePath $store
            }
        }

        It 'says how many free groups it avoided when too few are left' {
            $errors = $null
            Request-MulticastAddress lobby app1 -Count 2 -AvoidSession -InputObject $sessions -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'PoolExhausted,*'
            $errors[0].Exception.Message | Should -Match 'has 2 free group\(s\), 1 of them in use outside the store and avoided'
        }

        It 'leases also when no session was heard, and does not avoid removed sessions' {
            (@() | Request-MulticastAddress -Pool lobby -Owner app1 -AvoidSession -StorePath $store).Pool | Should -Be 'lobby'
            Request-MulticastAddress lobby app2 -AvoidSession -InputObject $null -StorePath $store | Should -Not -BeNullOrEmpty
            Get-MulticastAddressLease -Pool lobby -StorePath $store | Should -HaveCount 2

        }

        It 'does not avoid the groups of removed sessions' {
            # A session on 239.255.10.1, announced and then deleted: its deletion frees the group.
            $sdp = "v=0`r`no=- 7 1 IN IP4 192.0.2.7`r`ns=Gone`r`nt=0 0`r`nm=video 5004 RTP/AVP 33`r`nc=IN IP4 239.255.10.1/127`r`n"
            $datagrams = foreach ($type in 'Announcement', 'Deletion') {
                $payload = if ($type -eq 'Announcement') { $sdp } else { "o=- 7 1 IN IP4 192.0.2.7`r`n" }
                [pscustomobject]@{ Data = [Multicast.Sap.SapPacket]::new($type, '192.0.2.7', 0x77, [Text.Encoding]::UTF8.GetBytes($payload)).Encode() }
            }
            $heard = $datagrams | Get-MulticastSession -IncludeRemoved
            @($heard.Event) | Should -Be 'New', 'Deleted'
            $heard[1] | Request-MulticastAddress -Pool lobby -Owner app1 -Count 2 -AvoidSession -StorePath $store | Should -HaveCount 2
        }

        It 'refuses sessions piped without -AvoidSession, one error each, and leases nothing' {
            $errors = $null
            $sessions | Request-MulticastAddress -Pool lobby -Owner app1 -StorePath $store -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount $sessions.Count
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'SessionWithoutAvoidSession,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be $sessions[0]
            Get-MulticastAddressLease -StorePath $store | Should -BeNullOrEmpty
        }

        It 'leases nothing with -WhatIf' {
            $sessions | Request-MulticastAddress -Pool lobby -Owner app1 -AvoidSession -StorePath $store -WhatIf | Should -BeNullOrEmpty
            Get-MulticastAddressLease -IncludeExpired -StorePath $store | Should -BeNullOrEmpty
        }
    }

    Context 'expiry' {
        It 'reclaims the pool''s expired leases, with a warning' {
            Write-LeaseStore -Path $store -Lease $ExpiredLease, $LongLease
            $warnings = $null
            $lease = Request-MulticastAddress video app1 -Address 239.192.9.1 -StorePath $store -WarningVariable warnings -WarningAction SilentlyContinue
            $lease.Owner | Should -Be 'app1'
            $warnings | Should -HaveCount 1
            "$warnings" | Should -Match "Reclaimed the expired lease on 239\.192\.9\.1 in pool 'video' \(owner 'old'"
            (Get-MulticastAddressLease -IncludeExpired -StorePath $store).Owner | Should -Be @('app1', 'keeper')
        }
    }

    Context '-WhatIf' {
        It 'leases nothing' {
            Request-MulticastAddress video app1 -Count 3 -StorePath $store -WhatIf | Should -BeNullOrEmpty
            Request-MulticastAddress video app1 -Address 239.192.10.20 -StorePath $store -WhatIf | Should -BeNullOrEmpty
            Get-MulticastAddressLease -IncludeExpired -StorePath $store | Should -BeNullOrEmpty
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated
        # here, nor a rule that tests/Module.Tests.ps1 checks for every cmdlet (-Address, -Scope, -StorePath).
        BeforeAll {
            $command = Get-Command Request-MulticastAddress
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Leases.MulticastAddressLease'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'Address', 'Random', 'Server'
            $command.DefaultParameterSet | Should -Be 'Random'
            Get-OwnParameterName $command | Should -Be 'Address', 'AvoidSession', 'Count', 'Duration', 'InputObject', 'Owner', 'Pool', 'Server', 'StartTime', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Pool'; Mandatory = $true; Pipeline = 'ByPropertyName'; Aliases = 'Name' }
            @{ Name = 'Owner'; Sets = 'Address', 'Random'; Mandatory = $true; Aliases = @() }
            @{ Name = 'Duration'; Pipeline = 'ByPropertyName'; Aliases = @() }
            @{ Name = 'Count'; Type = 'int'; Sets = 'Random', 'Server'; Attributes = 'ValidateRange' }
            @{ Name = 'AvoidSession'; Type = 'switch'; Sets = 'Random'; Mandatory = $false }
            @{ Name = 'InputObject'; Type = 'Multicast.Sap.MulticastSession[]'; Sets = 'Random'; Mandatory = $false; Pipeline = 'ByValue'; Attributes = 'AllowNull', 'AllowEmptyCollection' }
            @{ Name = 'Address'; Sets = 'Address'; Mandatory = $true; Aliases = 'IPAddress', 'Group' }
            @{ Name = 'Server'; Type = 'string'; Sets = 'Server'; Mandatory = $true; Pipeline = 'ByPropertyName'; Aliases = @() }
            @{ Name = 'StartTime'; Type = 'datetime'; Sets = 'Server'; Mandatory = $false; Pipeline = 'No' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
