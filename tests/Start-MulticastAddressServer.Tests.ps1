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

    Context 'views at 80 columns' {
        It 'shows whole IPv6 scopes, the server and the zone name; the counters; and the job with where it listens' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress ::1 -Port 0 -AsJob
            $text = Get-MulticastAddressScope -Server $job.EndPoints[0] | Out-String -Width 80
            $text | Should -Match 'Range\s+Ttl\s+Server\s+Name'
            $text | Should -Match ('ff35:30:2001:db8::/96\s+255\s+' + [regex]::Escape($job.EndPoints[0].ToString()) + '\s+site6')
            $jobText = $job | Out-String -Width 80
            $jobText | Should -Match 'Id\s+State\s+HasMoreData\s+EndPoints\s+Name'
            $jobText | Should -Match ('Running\s+\w+\s+.*' + [regex]::Escape($job.EndPoints[0].ToString()) + '.*MulticastAddressServer')
            $job | Stop-Job
            $statistics = $job | Receive-Job | Out-String -Width 80
            $statistics | Should -Match 'Received\s+Acks\s+Naks\s+Ignored\s+LeasesGranted'
            $statistics | Should -Match '\s1\s+1\s+0\s+0\s+0\s'
        }
    }

    Context 'Ctrl+C' {
        It 'stops the server in the foreground cleanly, its sockets closed and its leases kept' {
            # Ctrl+C at the console stops the running pipeline, as Stop() does here.
            $shell = [powershell]::Create()
            try {
                $null = $shell.AddCommand('Import-Module').AddArgument((Get-Module Multicast).Path).AddStatement()
                $null = $shell.AddCommand('Start-MulticastAddressServer').AddParameter('StorePath', $store).AddParameter('ListenAddress', '127.0.0.1').AddParameter('Port', 0)
                $async = $shell.BeginInvoke()
                $listening = $null
                foreach ($attempt in 1..200) {
                    # By index: enumerating a running pipeline's stream waits for its end.
                    $information = $shell.Streams.Information
                    $listening = @(for ($i = 0; $i -lt $information.Count; $i++) { if ("$($information[$i].MessageData)" -match 'Listening on') { $information[$i] } })
                    if ($listening -or $async.IsCompleted) { break }
                    Start-Sleep -Milliseconds 50
                }
                $shell.Streams.Error.Count | Should -Be 0
                "$($listening[0].MessageData)" -match 'Listening on (127\.0\.0\.1:\d+)' | Should -BeTrue
                $server = $Matches[1]

                $lease = Request-MulticastAddress -Server $server -Pool video
                $lease | Update-MulticastAddressLease -Duration 02:00:00 | Out-Null

                $shell.Stop()
                $async.AsyncWaitHandle.WaitOne(30000) | Should -BeTrue -Because 'the server should stop within 30 seconds'
                $shell.InvocationStateInfo.State | Should -Be 'Stopped'
                # Only the stop itself, which the console does not show after Ctrl+C: no failure of the server's.
                for ($i = 0; $i -lt $shell.Streams.Error.Count; $i++) {
                    $shell.Streams.Error[$i].FullyQualifiedErrorId | Should -Be 'PipelineStopped'
                }
                $socket = [System.Net.Sockets.UdpClient]::new([System.Net.IPEndPoint]::Parse($server))
                $socket.Dispose()
                $stored = @(Get-MulticastAddressLease -StorePath $store)
                $stored | Should -HaveCount 1
                $stored[0].Address | Should -Be $lease.Address
                $stored[0].End | Should -BeGreaterThan (Get-Date).AddHours(2.9) -Because 'the renewal was acknowledged, so it is on disk'
            }
            finally {
                $shell.Dispose()
            }
        }

        It 'stops after -StopAfter and writes its statistics' {
            $statistics = @(Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port 0 -StopAfter 00:00:00.5)
            $statistics | Should -HaveCount 1
            $statistics[0] | Should -BeOfType ([Multicast.Leases.Madcap.MadcapServerStatistics])
            $statistics[0].Received | Should -Be 0
            $statistics[0].Uptime | Should -BeGreaterOrEqual ([timespan] '00:00:00.5')
        }
    }

    Context 'a server in another PowerShell process' {
        It 'serves a client in this one; killed, it has lost no lease it acknowledged' {
            $child = Start-ChildPowerShell -Script "Start-MulticastAddressServer -StorePath '$store' -ListenAddress 127.0.0.1 -Port 0 -InformationAction Continue"
            try {
                # The server says where it listens as its first line; a bounded wait for it.
                $line = $child.StandardOutput.ReadLineAsync()
                $line.Wait(30000) | Should -BeTrue -Because 'the server should start within 30 seconds'
                $line.Result -match 'Listening on (127\.0\.0\.1:\d+)' | Should -BeTrue -Because $line.Result
                $server = $Matches[1]

                (Get-MulticastAddressScope -Server $server).Name | Should -Be 'video'
                $kept = Request-MulticastAddress -Server $server -Pool video -Count 2
                $gone = Request-MulticastAddress -Server $server -Pool video
                $gone | Remove-MulticastAddressLease
                $kept | Update-MulticastAddressLease -Duration 05:00:00 | Out-Null

                $child.Kill()
                $child.WaitForExit(30000) | Should -BeTrue
                $stored = @(Get-MulticastAddressLease -StorePath $store | Sort-Object Address)
                @($stored | ForEach-Object { "$($_.Address)" }) | Should -Be @($kept | Sort-Object Address | ForEach-Object { "$($_.Address)" })
                $stored | ForEach-Object { $_.End | Should -BeGreaterThan (Get-Date).AddHours(4.9) }
                $stored.Owner | Sort-Object -Unique | Should -Be 'madcap:127.0.0.1'
            }
            finally {
                if (-not $child.HasExited) { $child.Kill() }
                $child.Dispose()
            }
        }
    }

    Context 'bad input' {
        It 'writes one error per bad server and goes on' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port 0 -AsJob
            $errors = $null
            $scopes = @(Get-MulticastAddressScope -Server 'bad host!', "$($job.EndPoints[0])", '127.0.0.1:99999', '224.0.1.68' -ErrorVariable errors -ErrorAction SilentlyContinue)
            $scopes.Name | Should -Be 'video'
            $errors | Should -HaveCount 3
            $errors.FullyQualifiedErrorId | Should -Be 'MadcapServerInvalid,Multicast.PowerShell.Commands.GetMulticastAddressScopeCommand', 'MadcapServerInvalid,Multicast.PowerShell.Commands.GetMulticastAddressScopeCommand', 'MadcapGlobalScopeServerAddress,Multicast.PowerShell.Commands.GetMulticastAddressScopeCommand'
            $errors.CategoryInfo.Category | Should -Be 'InvalidArgument', 'InvalidArgument', 'InvalidData'
            $errors.TargetObject | Should -Be 'bad host!', '127.0.0.1:99999', '224.0.1.68'
        }

        It 'writes one error per group renewed or released at a server without its Lease Identifier' {
            $errors = $null
            Update-MulticastAddressLease -Address 239.192.0.1, 239.192.0.2 -Server 127.0.0.1:9 -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 2
            $errors.FullyQualifiedErrorId | Sort-Object -Unique | Should -Be 'MadcapLeaseIdentifierMissing,Multicast.PowerShell.Commands.UpdateMulticastAddressLeaseCommand'
            $errors.CategoryInfo.Category | Sort-Object -Unique | Should -Be 'InvalidData'
            $errors.TargetObject | Should -Be '239.192.0.1', '239.192.0.2'
            Remove-MulticastAddressLease -Address 239.192.0.3 -Server 127.0.0.1:9 -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors.FullyQualifiedErrorId | Should -Be 'MadcapLeaseIdentifierMissing,Multicast.PowerShell.Commands.RemoveMulticastAddressLeaseCommand'
        }

        It 'renews or releases a lease the server no longer holds: one exchange a lease, one LeaseIdentifierNotRecognized error a group' {
            $job = Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1 -Port 0 -AsJob
            $leases = @(Request-MulticastAddress -Server $job.EndPoints[0] -Pool video -Count 2)
            $leases | Remove-MulticastAddressLease
            $errors = $null
            $leases | Update-MulticastAddressLease -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors | Should -HaveCount 2 -Because 'each group piped is an item, with its error'
            $errors.FullyQualifiedErrorId | Sort-Object -Unique | Should -Be 'MadcapLeaseIdentifierNotRecognized,Multicast.PowerShell.Commands.UpdateMulticastAddressLeaseCommand'
            $errors.CategoryInfo.Category | Sort-Object -Unique | Should -Be 'ObjectNotFound'
            @($errors | ForEach-Object { "$($_.TargetObject)" }) | Should -Be @($leases | ForEach-Object { "$($_.Address)" })
            $job.Statistics.NakLeaseNotRecognized | Should -Be 1 -Because 'the lease was renewed once, not once a group'
            $leases | Remove-MulticastAddressLease -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors | Should -HaveCount 2
            $errors.FullyQualifiedErrorId | Sort-Object -Unique | Should -Be 'MadcapLeaseIdentifierNotRecognized,Multicast.PowerShell.Commands.RemoveMulticastAddressLeaseCommand'
            $job.Statistics.NakLeaseNotRecognized | Should -Be 2 -Because 'the lease was released once, not once a group'
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
            $errors.TargetObject | Should -Be '127.0.0.01', 'x/33'
            $errors.CategoryInfo.Category | Sort-Object -Unique | Should -Be 'InvalidArgument'
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
