# Get-MulticastSession offline: the committed synthetic capture (tests/Data/sap-sessions.pcapng, made by
# SampleCaptureTests in the Core tests) and datagrams built with the module's own SAP types. Listening on a
# real network is tested in a network namespace: SapNetwork.Tests.ps1.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sample = Join-Path $PSScriptRoot 'Data/sap-sessions.pcapng'

    function New-SapDatagram {
        param([string] $Sdp, [uint16] $Hash = 0x1234, [string] $From = '192.0.2.7', [switch] $Deletion)
        $type = if ($Deletion) { 'Deletion' } else { 'Announcement' }
        [Multicast.Sap.SapPacket]::new($type, $From, $Hash, [Text.Encoding]::UTF8.GetBytes($Sdp)).Encode()
    }

    function Get-Lines { param([string[]] $Line) ($Line -join "`r`n") + "`r`n" }
}

Describe 'Get-MulticastSession' {
    Context 'a capture file' {
        It 'writes one object per session event, in the order heard, removals only with -IncludeRemoved' {
            $sessions = Get-MulticastSession -Path $sample -WarningAction SilentlyContinue
            @($sessions | ForEach-Object { "$($_.Event) $($_.Name)" }) | Should -Be @(
                'New Lobby camera', 'New Studio A', 'New Campus lecture', 'New Hallway', 'Changed Lobby camera (HD)')
            $sessions | Should -BeOfType ([Multicast.Sap.MulticastSession])

            $all = Get-MulticastSession -Path $sample -IncludeRemoved -WarningAction SilentlyContinue
            @($all | Where-Object IsRemoved | ForEach-Object { "$($_.Event) $($_.Name)" }) | Should -Be @(
                'Deleted Studio A', 'TimedOut Campus lecture', 'TimedOut Hallway')
        }

        It 'carries the name, origin, announcer, groups with TTL or scope and count, port and media, times, hash and when heard' {
            $sessions = Get-MulticastSession -Path $sample -WarningAction SilentlyContinue
            $studio = $sessions | Where-Object Name -EQ 'Studio A'
            $studio.Origin.ToString() | Should -Be '- 3949808401 1 IN IP4 192.0.2.20'
            $studio.Announcer.ToString() | Should -Be '192.0.2.20'
            $studio.SapGroup.ToString() | Should -Be '239.195.255.255'
            $studio.MessageIdHash | Should -Be 0x2002
            $studio.LastHeard | Should -Be ([datetime]::new(2025, 3, 1, 9, 0, 1, [DateTimeKind]::Utc))
            $group = $studio.Groups | Select-Object -First 1
            $group.Address.ToString() | Should -Be '239.192.40.1'
            $group.Ttl | Should -Be 32
            $group.AddressCount | Should -Be 2
            $group.Scope | Should -Be 'OrganizationLocal'
            $group.Port | Should -Be 5004
            $group.Media | Should -Be 'audio'
            $studio.Times[0].IsPermanent | Should -BeTrue

            $lecture = $sessions | Where-Object Name -EQ 'Campus lecture'
            $lecture.Announcer.ToString() | Should -Be '2001:db8::30'
            $lecture.IsAuthenticated | Should -BeTrue
            $lecture.Groups[0].Ttl | Should -BeNullOrEmpty
            $lecture.Groups[0].Scope | Should -Be 'SiteLocal'
            $lecture.Times[0].Repeats[0].ToString() | Should -Be '7d 2h 0'
            $lecture.Times[0].Start | Should -Be ([datetime]::new(2025, 3, 1, 9, 0, 0, [DateTimeKind]::Utc))
        }

        It 'warns of a description that breaks RFC 8866 and of an encrypted announcement, and counts malformed packets' {
            $warnings = $null
            $verbose = Get-MulticastSession -Path $sample -WarningVariable warnings -WarningAction SilentlyContinue -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $warnings | Should -HaveCount 2
            "$($warnings[0])" | Should -Match 'encrypted announcement from 192\.0\.2\.40 .*RFC 2974 §7'
            "$($warnings[1])" | Should -Match "session 'Hallway' from 192\.0\.2\.50 breaks RFC 8866: .*SdpLineOutOfOrder.*SdpConnectionTtlMissing"
            ($verbose.Message -join "`n") | Should -Match '11 datagrams; 1 malformed and dropped \(1 UnsupportedVersion\); 1 encrypted; 0 stale announcements and 1 stale deletions ignored'

            $hallway = Get-MulticastSession -Path $sample -WarningAction SilentlyContinue | Where-Object Name -EQ 'Hallway'
            $hallway.Warnings.Id | Should -Be 'SdpLineOutOfOrder', 'SdpConnectionTtlMissing'
            $hallway.Groups[0].Address.ToString() | Should -Be '239.255.20.1'
        }

        It 'gives groups that go straight into Get-MulticastAddressInfo and Test-MulticastScope' {
            $groups = Get-MulticastSession -Path $sample -WarningAction SilentlyContinue | Where-Object Event -EQ 'New' | ForEach-Object Groups
            @($groups | Get-MulticastAddressInfo | ForEach-Object { "$($_.Address) $($_.Scope)" }) |
                Should -Be '239.255.10.1 RealmLocal', '239.192.40.1 OrganizationLocal', 'ff15::8000:1234 SiteLocal', '239.255.20.1 RealmLocal'
            @($groups | Test-MulticastScope -Scope RealmLocal) | Should -Be $true, $false, $false, $true
        }

        It 'shows at 80 columns each event, the whole addresses of its groups and its announcer, and its warning count, the name last' {
            $text = Get-MulticastSession -Path $sample -IncludeRemoved -WarningAction SilentlyContinue | Out-String -Width 80
            $text | Should -Match 'Event\s+GroupAddresses\s+WarningCount\s+Announcer\s+Name'
            $text | Should -Match 'New\s+239\.192\.40\.1-239\.192\.40\.2\s+0\s+192\.0\.2\.20\s+Studio A'
            $text | Should -Match 'TimedOut\s+ff15::8000:1234\s+0\s+2001:db8::30\s+Campus lecture'
            $text | Should -Match 'New\s+239\.255\.20\.1\s+2\s+192\.0\.2\.50\s+Hallway'

            $groups = (Get-MulticastSession -Path $sample -WarningAction SilentlyContinue | Where-Object Name -EQ 'Studio A').Groups | Out-String -Width 80
            $groups | Should -Match 'Address\s+AddressCount\s+Port\s+Ttl\s+Scope'
            $groups | Should -Match '239\.192\.40\.1\s+2\s+5004\s+32\s+OrganizationLocal'
        }

        It 'reads files piped from Get-ChildItem, and writes one error for a path that is not there' {
            $copy = Join-Path $TestDrive 'copy.pcapng'
            Copy-Item $sample $copy
            @(Get-ChildItem $copy | Get-MulticastSession -WarningAction SilentlyContinue).Count | Should -Be 5

            $errors = $null
            $found = Get-MulticastSession -Path (Join-Path $TestDrive 'missing.pcapng'), $copy -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            @($found).Count | Should -Be 5
            $errors | Should -HaveCount 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'CaptureNotFound,*'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'expands wildcards and reads several files as one capture, never going back in time' {
            Copy-Item $sample (Join-Path $TestDrive 'a.pcapng')
            Copy-Item $sample (Join-Path $TestDrive 'b.pcapng')
            # The second copy's packets are older than the first's last: each session is already known, or a refresh.
            $sessions = Get-MulticastSession -Path (Join-Path $TestDrive '?.pcapng') -WarningAction SilentlyContinue
            @($sessions | ForEach-Object { "$($_.Event) $($_.Name)" })[0..4] | Should -Be @(
                'New Lobby camera', 'New Studio A', 'New Campus lecture', 'New Hallway', 'Changed Lobby camera (HD)')
        }

        It 'refuses a file that is no capture' {
            $text = Join-Path $TestDrive 'notes.txt'
            Set-Content -Path $text -Value 'not a capture'
            $errors = $null
            Get-MulticastSession -Path $text -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'CaptureFormatUnknown,*'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errors[0].TargetObject | Should -Be $text
        }
    }

    Context 'datagrams' {
        It 'reads a SAP packet given as bytes, and piped datagrams as one directory' {
            $sdp = Get-Lines 'v=0', 'o=- 1 1 IN IP4 192.0.2.7', 's=Test pattern', 't=0 0', 'm=video 5004 RTP/AVP 33', 'c=IN IP4 239.255.40.1/127'
            $session = Get-MulticastSession -Datagram (New-SapDatagram $sdp)
            $session.Name | Should -Be 'Test pattern'
            $session.Groups[0].ToString() | Should -Be '239.255.40.1/127 video 5004 RTP/AVP'

            $datagrams = @(
                [pscustomobject]@{ Data = New-SapDatagram $sdp }
                [pscustomobject]@{ Data = New-SapDatagram 'o=- 1 1 IN IP4 192.0.2.7' -Deletion }
            )
            @($datagrams | Get-MulticastSession -IncludeRemoved | ForEach-Object Event) | Should -Be 'New', 'Deleted'
        }

        It 'reads what real announcers send: an IPv6 origin, a description out of order and with LF line ends' {
            $sdp = "v=0`no=- 5 1 IN IP6 2001:db8::5`ns=Six`nt=0 0`nc=IN IP6 ff15::8000:5/2`nm=audio 5004 RTP/AVP 0`n"
            $session = Get-MulticastSession -Datagram (New-SapDatagram $sdp -From '2001:db8::5') -WarningAction SilentlyContinue
            $session.Announcer.ToString() | Should -Be '2001:db8::5'
            $session.Groups[0].AddressCount | Should -Be 2
            $session.Warnings.Id | Should -Contain 'SdpLineOutOfOrder'
        }

        It 'ignores a description with a line type RFC 8866 does not define, and says why' {
            $sdp = Get-Lines 'v=0', 'o=- 1 1 IN IP4 192.0.2.7', 's=Odd', 't=0 0', 'x=unknown', 'm=video 5004 RTP/AVP 33', 'c=IN IP4 239.255.40.1/127'
            $warnings = $null
            $session = Get-MulticastSession -Datagram (New-SapDatagram $sdp) -WarningVariable warnings -WarningAction SilentlyContinue
            $session.DescriptionRejected | Should -BeTrue
            $session.Name | Should -BeNullOrEmpty
            $session.Groups | Should -BeNullOrEmpty
            "$warnings" | Should -Match 'was ignored, as RFC 8866 §5 requires.*SdpUnknownLineType'
        }

        It 'counts and drops a datagram that is no SAP packet' {
            $verbose = Get-MulticastSession -Datagram ([byte[]] (0x40, 0, 0, 1, 192, 0, 2, 7)) -Verbose 4>&1
            @($verbose | Where-Object { $_ -is [Multicast.Sap.MulticastSession] }) | Should -BeNullOrEmpty
            ($verbose.Message -join "`n") | Should -Match '1 datagrams; 1 malformed and dropped \(1 UnsupportedVersion\)'
        }
    }

    Context 'listening' {
        # Nothing here joins a group: outside a network namespace of their own, specs send nothing, not even a
        # membership report. Listening is tested in SapNetwork.Tests.ps1.
        It 'writes one error for a bad -ScopePrefix, and stops when no SAP group is left to listen to' {
            $errors = $null
            $thrown = $null
            try {
                Get-MulticastSession -Duration 0 -Scope @() -ScopePrefix 233.252.0.0/24 -ErrorVariable errors -ErrorAction SilentlyContinue
            }
            catch {
                $thrown = $_
            }
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'ScopePrefixNotAdminScoped,*'
            $errors[0].TargetObject | Should -Be '233.252.0.0/24'
            $thrown.FullyQualifiedErrorId | Should -BeLike 'SapNoGroupToListen,*'
        }
    }

    Context 'parameters' {
        # As Get-Command declares them. A fact the contexts above show by running the cmdlet is not repeated here.
        BeforeAll {
            $command = Get-Command Get-MulticastSession
        }

        It 'declares its output type, its parameter sets and no other parameters' {
            $command.OutputType.Name | Should -Be 'Multicast.Sap.MulticastSession'
            $command.ParameterSets.Name | Sort-Object | Should -Be 'Continuous', 'Datagram', 'Listen', 'Path'
            $command.DefaultParameterSet | Should -Be 'Listen'
            Get-OwnParameterName $command | Should -Be 'Continuous', 'Datagram', 'Duration', 'IncludeRemoved', 'Path', 'Scope', 'ScopePrefix'
        }

        It '-<Name>' -ForEach @(
            @{ Name = 'Duration'; Type = 'timespan'; Sets = 'Listen'; Mandatory = $false; Pipeline = 'No' }
            @{ Name = 'Continuous'; Type = 'switch'; Sets = 'Continuous'; Mandatory = $true }
            @{ Name = 'Scope'; Type = 'Multicast.PowerShell.ScopeInput[]'; Sets = 'Continuous', 'Listen'; Attributes = 'ScopeTransformation', 'ArgumentCompleter' }
            @{ Name = 'ScopePrefix'; Type = 'Multicast.PowerShell.PrefixInput[]'; Sets = 'Continuous', 'Listen'; Attributes = 'PrefixTransformation', 'ArgumentCompleter' }
            @{ Name = 'Path'; Type = 'string[]'; Sets = 'Path'; Mandatory = $true; Position = 0; Pipeline = 'ByValue, ByPropertyName'; Aliases = 'FullName'; Attributes = 'SupportsWildcards' }
            @{ Name = 'Datagram'; Type = 'byte[]'; Sets = 'Datagram'; Mandatory = $true; Pipeline = 'ByPropertyName'; Aliases = 'Data' }
            @{ Name = 'IncludeRemoved'; Type = 'switch'; Sets = '(All)' }
        ) {
            Assert-Parameter $command $_
        }
    }
}
