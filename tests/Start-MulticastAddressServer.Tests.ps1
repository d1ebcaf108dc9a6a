BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

# A MADCAP server and its clients in real PowerShell, on loopback only: the server as a job of this session and as a
# child PowerShell process, the clients as the module's cmdlets.
Describe 'Start-MulticastAddressServer' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -DefaultDuration 08:00:00 -StorePath $store | Out-Null
        New-MulticastAddressPool -Name site6 -Prefix ff35:30:2001:db8::/96 -StorePath $store | Out-Null
    }

    AfterEach {
        Get-Job -Name MulticastAddressServer -ErrorAction SilentlyContinue | Remove-Job -Force
    }

    Context 'a session against a server running as a job' {
        It 'lists the scopes, leases, renews and releases, then stops cleanly with its statistics' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1, ::1 -Port 0 -AsJob
            $job | Should -BeOfType ([Multicast.PowerShell.MadcapServerJob])
            $job.State | Should -Be 'Running'
            $server = $job.EndPoints[0]
            $server.Address.ToString() | Should -Be '127.0.0.1'
            $server.Port | Should -Not -Be 0

            # GETINFO: the pools as scopes, one family at a time.
            $scopes = @(Get-MulticastAddressScope -Server $server)
            $scopes | Should -HaveCount 1
            $scopes[0] | Should -BeOfType ([Multicast.Madcap.MadcapServerScope])
            $scopes[0].Name | Should -Be 'video'
            $scopes[0].Prefix.ToString() | Should -Be '239.192.0.0/16'
            $scopes[0].Ttl | Should -Be 255
            (Get-MulticastAddressScope -Server $job.EndPoints[1]).Name | Should -Be 'site6'

            # REQUEST: one lease of two groups, in the server's store under the client's address.
            $leases = @(Request-MulticastAddress -Server $server -Pool video -Count 2 -Duration 01:00:00)
            $leases | Should -HaveCount 2
            $leases[0] | Should -BeOfType ([Multicast.Leases.MulticastAddressLease])
            $leases.Server | ForEach-Object { $_ | Should -Be $server }
            $leases[0].ClientId | Should -Be $leases[1].ClientId
            $leases[0].ScopeId.ToString() | Should -Be '239.192.0.0'
            $leases[0].Owner | Should -Be 'madcap:127.0.0.1'
            ($leases[0].End - $leases[0].Start) | Should -Be ([timespan] '01:00:00')
            $stored = @(Get-MulticastAddressLease -StorePath $store)
            $stored | Should -HaveCount 2
            $stored.Owner | ForEach-Object { $_ | Should -Be 'madcap:127.0.0.1' }
            "$($stored[0].ClientId)" | Should -Be "$($leases[0].ClientId)"
            $stored[0].Server | Should -BeNullOrEmpty -Because 'a lease of the store is local to it'

            # RENEW, once for the lease, piped group by group.
            $renewed = @($leases | Update-MulticastAddressLease -Duration 03:00:00)
            $renewed | Should -HaveCount 2
            $renewed | ForEach-Object { $_.End | Should -BeGreaterThan (Get-Date).AddHours(2.9) }
            (Get-MulticastAddressLease -StorePath $store)[0].End | Should -BeGreaterThan (Get-Date).AddHours(3.9) -Because 'the store keeps the extra allocation hour'

            # RELEASE, once for the lease.
            $leases | Remove-MulticastAddressLease
            Get-MulticastAddressLease -StorePath $store | Should -BeNullOrEmpty

            $job | Stop-Job
            $job.State | Should -Be 'Stopped'
            $statistics = @($job | Receive-Job)
            $statistics | Should -HaveCount 1
            $statistics[0] | Should -BeOfType ([Multicast.Leases.Madcap.MadcapServerStatistics])
            $statistics[0].Acks | Should -Be 6
            $statistics[0].LeasesGranted | Should -Be 2
            $statistics[0].LeasesRenewed | Should -Be 2
            $statistics[0].LeasesReleased | Should -Be 2
            $statistics[0].Naks | Should -Be 0

            # Stopped means the sockets are closed: the port is free again.
            $socket = [System.Net.Sockets.UdpClient]::new($server)
            $socket.Dispose()
        }

        It 'writes each exchange as verbose output with -Verbose, and warnings and information as it goes' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port 0 -AsJob -Verbose
            Get-MulticastAddressScope -Server $job.EndPoints[0] | Out-Null
            $job | Stop-Job
            $job.ChildJobs | Should -BeNullOrEmpty
            @($job.Verbose) -join "`n" | Should -Match 'GETINFO xid [0-9a-f]{8} .* from 127\.0\.0\.1:\d+ to 127\.0\.0\.1: ACK: 1 scope'
            @($job.Information.MessageData) -join "`n" | Should -Match 'Listening on 127\.0\.0\.1:\d+'
        }

        It 'refuses a NAK-worthy request with an error naming the server, the reason and the remedy' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port 0 -MaximumLeasesPerClient 1 -AsJob
            $errors = $null
            Request-MulticastAddress -Server $job.EndPoints[0] -Pool video -Count 2 -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'MadcapValidRequestCouldNotBeCompleted,*'
            $errors[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $errors[0].Exception.Message | Should -Match ([regex]::Escape("The MADCAP server $($job.EndPoints[0]) refused the REQUEST with Valid Request Could Not Be Completed (error 0)"))
            $errors[0].ErrorDetails.RecommendedAction | Should -Match 'Ask for fewer groups \(-Count\)'
            $errors[0].TargetObject | Should -Be 'video'

            Request-MulticastAddress -Server $job.EndPoints[0] -Pool nothing -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'MadcapScopeNotFound,*'
            $errors[0].ErrorDetails.RecommendedAction | Should -Match 'Get-MulticastAddressScope -Server'
        }

        It 'leases from a scope named by its Scope ID, over IPv6, starting later' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress ::1 -Port 0 -AsJob
            $lease = Request-MulticastAddress -Server $job.EndPoints[0] -Pool ff35:30:2001:db8:: -StartTime (Get-Date).AddHours(1) -Duration 00:30:00
            $lease.State | Should -Be 'Scheduled'
            $lease.Address.ToString() | Should -Match '^ff35:30:2001:db8::'
            $lease.Start | Should -BeGreaterThan (Get-Date).AddMinutes(59)
            (Get-MulticastAddressLease -StorePath $store).State | Should -Be 'Scheduled'
        }
    }

    Context 'a server in another PowerShell process' {
        It 'serves a client in this one, and stops after -StopAfter with its statistics' {
            $port = Get-FreeUdpPort
            $child = Start-ChildPowerShell -Script "Start-MulticastAddressServer -StorePath '$store' -ListenAddress 127.0.0.1 -Port $port -StopAfter 00:00:06 | ForEach-Object { 'granted {0}, released {1}, acks {2}' -f `$_.LeasesGranted, `$_.LeasesReleased, `$_.Acks }"
            try {
                $server = "127.0.0.1:$port"
                $scope = $null
                foreach ($attempt in 1..40) {
                    $scope = Get-MulticastAddressScope -Server $server -ErrorAction SilentlyContinue -Verbose:$false
                    if ($scope) { break }
                }
                $scope.Name | Should -Be 'video'
                $lease = Request-MulticastAddress -Server $server -Pool video
                $lease | Remove-MulticastAddressLease
                $child.WaitForExit(30000) | Should -BeTrue
                $output = $child.StandardOutput.ReadToEnd()
                $child.ExitCode | Should -Be 0 -Because $child.StandardError.ReadToEnd()
                $output | Should -Match 'granted 1, released 1, acks 4' -Because 'two GETINFOs (the listing and the lease''s scope lookup), a REQUEST and a RELEASE were acknowledged; a retransmission is answered from the cache'
            }
            finally {
                if (-not $child.HasExited) { $child.Kill() }
            }
        }
    }

    Context 'refusals' {
        It 'stops with LeaseStoreNotFound for a store that does not exist' {
            { Start-MulticastAddressServer -StorePath (Join-Path $TestDrive 'none.json') -ListenAddress 127.0.0.1 -Port 0 -StopAfter 00:00:01 -ErrorAction Stop } | Should -Throw -ErrorId 'LeaseStoreNotFound,*'
        }

        It 'stops with MadcapServerCannotListen when the port is taken' {
            $taken = [System.Net.Sockets.UdpClient]::new([System.Net.IPEndPoint]::new([ipaddress]::Loopback, 0))
            try {
                $port = ([System.Net.IPEndPoint] $taken.Client.LocalEndPoint).Port
                $thrown = { Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port $port -StopAfter 00:00:01 -ErrorAction Stop } | Should -Throw -ErrorId 'MadcapServerCannotListen,*' -PassThru
                $thrown.CategoryInfo.Category | Should -Be 'ConnectionError'
                $thrown.Exception.Message | Should -Match "127\.0\.0\.1:$port"
            }
            finally {
                $taken.Dispose()
            }
        }

        It 'writes one error per bad -ListenAddress or -ClientNetwork and starts nothing' {
            $errors = $null
            Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1, '127.0.0.01' -ClientNetwork 'x/33' -Port 0 -AsJob -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 2
            Get-Job -Name MulticastAddressServer -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }

        It '-WhatIf starts nothing' {
            Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port 0 -AsJob -WhatIf | Should -BeNullOrEmpty
            Get-Job -Name MulticastAddressServer -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }
    }

    Context 'parameters' {
        BeforeAll {
            $command = Get-Command Start-MulticastAddressServer
        }

        It 'declares its output types, one parameter set and its parameters' {
            $command.OutputType.Name | Sort-Object | Should -Be 'Multicast.Leases.Madcap.MadcapServerStatistics', 'Multicast.PowerShell.MadcapServerJob'
            $command.ParameterSets.Name | Should -Be '__AllParameterSets'
            Get-OwnParameterName $command | Should -Be 'AsJob', 'ClientNetwork', 'ClockSkewAllowance', 'ExtraAllocationTime', 'ListenAddress', 'MaximumLeasesPerClient', 'MaximumLeaseTime', 'Port', 'StatisticsInterval', 'StopAfter', 'StorePath'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'ListenAddress'; Type = 'Multicast.PowerShell.AddressInput[]'; Mandatory = $false; Pipeline = 'No'; Attributes = 'AddressTransformation' }
            @{ Name = 'Port'; Type = 'int'; Attributes = 'ValidateRange' }
            @{ Name = 'ClientNetwork'; Type = 'Multicast.PowerShell.PrefixInput[]'; Attributes = 'PrefixTransformation' }
            @{ Name = 'MaximumLeasesPerClient'; Type = 'int'; Attributes = 'ValidateRange' }
            @{ Name = 'MaximumLeaseTime'; Type = 'timespan' }
            @{ Name = 'StopAfter'; Type = 'timespan' }
            @{ Name = 'AsJob'; Type = 'switch' }
        ) {
            Assert-Parameter $command $_
        }

        It 'supports -WhatIf and -Confirm' {
            $command.Parameters.Keys | Should -Contain 'WhatIf'
        }
    }
}
