# SAP on a real network: Publish-MulticastSession and Get-MulticastSession in separate PowerShell processes,
# sending and joining real multicast groups, IPv4 and IPv6, inside a network namespace this spec makes and
# deletes, whose only interface is its own loopback. Nothing is sent outside it, not even a membership report.
#
# The namespace: lo up and multicast on; 224.0.0.0/4 routed on lo with source 127.0.0.1 (lo's address has host
# scope, so without it multicast would go out from 0.0.0.0); ff00::/8 as a "local" route on lo (Linux turns an
# ordinary IPv6 route via lo into a reject route, and a local one delivers multicast to the host's members).
#
# It runs on Linux as root (ip netns needs both). Where a namespace cannot be made it says why: it fails when
# it must run (as root on Linux, or with MULTICAST_REQUIRE_NETNS=1, which .ci/run sets), and is skipped, with
# the reason, elsewhere. It never passes without having run.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    # The manifest, not the module's Path (its dll), so that the children load the format views too.
    $module = Join-Path (Get-Module Multicast).ModuleBase 'Multicast.psd1'
    $sample = Join-Path $PSScriptRoot 'Data/sap-sessions.pcapng'
    $namespace = "mcsap$PID"
    $made = $false
    $why = $null
    $isRoot = $IsLinux -and ((& id -u) -eq '0')
    $required = $env:MULTICAST_REQUIRE_NETNS -eq '1' -or $isRoot

    function Invoke-Ip {
        param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
        $output = & ip @Arguments 2>&1
        if ($LASTEXITCODE -ne 0) { throw "ip $($Arguments -join ' ') failed ($LASTEXITCODE): $output" }
    }

    if (-not $IsLinux) {
        $why = 'network namespaces are a Linux feature'
    }
    elseif (-not (Get-Command ip -CommandType Application -ErrorAction SilentlyContinue)) {
        $why = 'the ip command (iproute2) is missing'
    }
    elseif (-not $isRoot) {
        $why = 'making a network namespace needs root'
    }
    else {
        try {
            Invoke-Ip netns add $namespace
            $made = $true
            Invoke-Ip -n $namespace link set lo up
            Invoke-Ip -n $namespace link set lo multicast on
            Invoke-Ip -n $namespace route add 224.0.0.0/4 dev lo src 127.0.0.1
            Invoke-Ip -n $namespace -6 route add local ff00::/8 dev lo
        }
        catch {
            $why = "the network namespace could not be made: $_"
        }
    }

    # Fails the test where it must run, skips it with the reason elsewhere; true when it can run.
    function Test-Namespace {
        if (-not $why) { return $true }
        if ($required) { throw "SAP network tests cannot run: $why." }
        Set-ItResult -Skipped -Because $why
        $false
    }

    $exe = (Get-Process -Id $PID).Path
    $hostArgs = @()
    if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $hostArgs = @(Join-Path $PSHOME 'pwsh.dll') }
    $started = New-Object System.Collections.Generic.List[System.Diagnostics.Process]

    # A PowerShell process inside the namespace, with the module imported and Say (a line to its log, flushed).
    function Start-InNamespace {
        param([string] $Name, [string] $Script)
        $log = Join-Path $TestDrive "$Name.log"
        $prelude = "`$ErrorActionPreference = 'Stop'; `$ProgressPreference = 'SilentlyContinue'; Import-Module '$module'; " +
            "function Say([string] `$Text) { [IO.File]::AppendAllText('$log', `$Text + [char] 10) }; "
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($prelude + "try { $Script } catch { Say ('FAILED ' + `$_) }"))
        $arguments = @('netns', 'exec', $namespace, $exe) + $hostArgs + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded)
        $process = Start-Process -FilePath ip -ArgumentList $arguments -PassThru `
            -RedirectStandardOutput (Join-Path $TestDrive "$Name.out") -RedirectStandardError (Join-Path $TestDrive "$Name.err")
        $started.Add($process)
        [pscustomobject]@{ Name = $Name; Process = $process; Log = $log }
    }

    function Get-Log {
        param($Child)
        if (Test-Path $Child.Log) { @(Get-Content -Path $Child.Log) } else { @() }
    }

    # Waits for a line of the child's log to match; throws, with what the child wrote, when it does not in time.
    function Wait-Log {
        param($Child, [string] $Pattern, [int] $Seconds = 60)
        $deadline = [DateTime]::UtcNow.AddSeconds($Seconds)
        while ([DateTime]::UtcNow -lt $deadline) {
            $line = Get-Log $Child | Where-Object { $_ -match $Pattern } | Select-Object -First 1
            if ($line) { return $line }
            $failed = Get-Log $Child | Where-Object { $_ -like 'FAILED*' }
            if ($failed -or ($Child.Process.HasExited -and -not (Get-Log $Child | Where-Object { $_ -match $Pattern }))) { break }
            Start-Sleep -Milliseconds 100
        }
        $errors = Get-Content -Path (Join-Path $TestDrive "$($Child.Name).err") -Raw -ErrorAction SilentlyContinue
        throw "$($Child.Name) wrote no line matching '$Pattern'. Its log: $((Get-Log $Child) -join ' | ') Its errors: $errors"
    }

    function New-TwoGroupPool {
        # 239.255.10.0 and 239.255.10.1 free; the rest of the /23 excluded or kept for relative assignments.
        param([string] $Name, [string] $Store)
        $exclude = '239.255.10.2/31', '239.255.10.4/30', '239.255.10.8/29', '239.255.10.16/28', '239.255.10.32/27', '239.255.10.64/26', '239.255.10.128/25'
        New-MulticastAddressPool -Name $Name -Prefix 239.255.10.0/23 -Exclude $exclude -StorePath $Store | Out-Null
    }
}

AfterAll {
    foreach ($process in $started) {
        if (-not $process.HasExited) { Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue }
    }
    if ($made) { & ip netns delete $namespace 2>&1 | Out-Null }
}

Describe 'SAP between processes, in a network namespace' -Tag 'Network' {
    It 'lists a session published in another process with its groups, into the address cmdlets and a lease that avoids it, then its deletion' {
        if (-not (Test-Namespace)) { return }
        $listenerStore = Join-Path $TestDrive 'listener.json'
        $publisherStore = Join-Path $TestDrive 'publisher.json'
        New-TwoGroupPool -Name lobby -Store $listenerStore
        New-TwoGroupPool -Name lobby -Store $publisherStore

        $listener = Start-InNamespace -Name listener -Script @"
Get-MulticastSession -Continuous -IncludeRemoved -Scope 'realm', 'site', 'Global' -Verbose 4>&1 | ForEach-Object {
    if (`$_ -is [System.Management.Automation.VerboseRecord]) { if (`$_.Message -like 'Listening on*') { Say ('READY ' + `$_.Message) }; return }
    `$s = `$_
    Say ('EVENT {0}|{1}|{2}|{3}|{4}' -f `$s.Event, `$s.Name, `$s.Announcer, `$s.SapGroup, `$s.Information)
    foreach (`$g in `$s.Groups) { Say ('GROUP {0}|{1}|{2}|{3}|{4}|{5}' -f `$g.Address, `$g.Ttl, `$g.AddressCount, `$g.Port, `$g.Media, `$g.Protocol) }
    if (`$s.Event -eq 'New' -and `$s.Name -eq 'Lobby camera') {
        `$s.Groups | Get-MulticastAddressInfo | ForEach-Object { Say ('INFO {0}|{1}' -f `$_.Address, `$_.ScopeName) }
        `$s.Groups | Test-MulticastScope -Scope RealmLocal | ForEach-Object { Say "WITHIN `$_" }
        `$lease = `$s | Request-MulticastAddress -Pool lobby -Owner listener -AvoidSession -StorePath '$listenerStore'
        Say ('LEASE ' + `$lease.Address)
    }
    `$s
} | Select-Object -First 4 | Out-Null
Say 'DONE'
"@
        Wait-Log $listener '^READY' | Should -Match '239\.255\.255\.255.*ff05::2:7ffe.*224\.2\.127\.254'

        $publisher = Start-InNamespace -Name publisher -Script @"
if (Test-Path variable:PSStyle) { `$PSStyle.OutputRendering = 'PlainText' }
`$lobby = @(Publish-MulticastSession -Name 'Lobby camera' -Group 239.255.10.1 -Port 5004 -Information 'Entrance' -Count 1)
`$lobby | ForEach-Object { Say ('SENT {0}|{1}|{2}' -f `$_.MessageType, `$_.Destination, `$_.OriginatingSource) }
(`$lobby | Out-String -Width 80) -split '\r?\n' | Where-Object { `$_.Trim() } | ForEach-Object { Say ('TABLE ' + `$_.TrimEnd()) }
Get-MulticastSession -Path '$sample' -WarningAction SilentlyContinue |
    Publish-MulticastSession -Name 'Informed' -Pool lobby -Owner publisher -Port 5006 -Media audio -Format 0 -AvoidSession -Count 1 -Compress -StorePath '$publisherStore' |
    ForEach-Object { Say ('SENT {0}|{1}|{2}' -f `$_.MessageType, `$_.Destination, (`$_.Groups -join ',')) }
Say 'DONE'
"@
        Wait-Log $publisher '^DONE' | Out-Null
        Wait-Log $listener '^DONE' | Out-Null
        $heard = Get-Log $listener
        $sent = Get-Log $publisher

        $sent | Should -Contain 'SENT Announcement|239.255.255.255:9875|127.0.0.1'
        $sent | Should -Contain 'SENT Deletion|239.255.255.255:9875|127.0.0.1'

        # The publisher's table at 80 columns: the packet, its group and destination whole, the interval last.
        $table = @($sent | Where-Object { $_ -like 'TABLE *' }) -join "`n"
        $table | Should -Match '(?m)^TABLE Number\s+MessageType\s+GroupAddresses\s+Destination\s+Interval$'
        $table | Should -Match '(?m)^TABLE\s+1\s+Announcement\s+239\.255\.10\.1\s+239\.255\.255\.255:9875\s+00:0[5-9]:\d\d$'
        $table | Should -Match '(?m)^TABLE\s+1\s+Deletion\s+239\.255\.10\.1\s+239\.255\.255\.255:9875\s+00:0[5-9]:\d\d$'

        # The session and its group as the other process heard them, and its deletion.
        $events = @($heard | Where-Object { $_ -like 'EVENT *' })
        $events | Should -Be @(
            'EVENT New|Lobby camera|127.0.0.1|239.255.255.255|Entrance'
            'EVENT Deleted|Lobby camera|127.0.0.1|239.255.255.255|Entrance'
            'EVENT New|Informed|127.0.0.1|239.255.255.255|'
            'EVENT Deleted|Informed|127.0.0.1|239.255.255.255|')
        $heard | Should -Contain 'GROUP 239.255.10.1|127|1|5004|video|RTP/AVP'
        $heard | Should -Contain 'INFO 239.255.10.1|IPv4 Local Scope'
        $heard | Should -Contain 'WITHIN True'

        # Informed allocation, both ways: the listener's lease skips the announced 239.255.10.1, and the publisher,
        # avoiding the capture's Lobby camera (also 239.255.10.1), leased 239.255.10.0 and announced it.
        $heard | Should -Contain 'LEASE 239.255.10.0'
        $heard | Should -Contain 'GROUP 239.255.10.0|127|1|5006|audio|RTP/AVP'
        (Get-MulticastAddressLease -Pool lobby -StorePath $publisherStore).Address.ToString() | Should -Be '239.255.10.0'
    }

    It 'streams each session as it is heard, and Ctrl+C stops both cleanly: the publisher sends its deletion' {
        if (-not (Test-Namespace)) { return }
        $stopFile = Join-Path $TestDrive 'stop-publisher'

        # Each runs its cmdlet in a PowerShell instance and stops it as Ctrl+C would (StopProcessing).
        $listener = Start-InNamespace -Name stopping-listener -Script @"
`$ps = [powershell]::Create().AddCommand('Import-Module').AddArgument('$module').AddStatement().AddCommand('Get-MulticastSession').AddParameter('Continuous').AddParameter('IncludeRemoved').AddParameter('Scope', 'SiteLocal').AddParameter('Verbose')
`$output = [System.Management.Automation.PSDataCollection[psobject]]::new()
`$none = [System.Management.Automation.PSDataCollection[psobject]]::new()
`$none.Complete()
`$handle = `$ps.BeginInvoke(`$none, `$output)
`$deadline = [DateTime]::UtcNow.AddSeconds(60)
while (-not (`$ps.Streams.Verbose | Where-Object Message -Like 'Listening on*') -and -not `$handle.IsCompleted -and [DateTime]::UtcNow -lt `$deadline) { Start-Sleep -Milliseconds 20 }
if (`$handle.IsCompleted) { Say ('FAILED ' + (`$ps.Streams.Error -join ' ')) }
Say 'READY'
`$seen = 0
`$deadline = [DateTime]::UtcNow.AddSeconds(60)
while (`$seen -lt 2 -and [DateTime]::UtcNow -lt `$deadline) {
    while (`$seen -lt `$output.Count) { `$s = `$output[`$seen]; Say ('EVENT {0}|{1}|{2}' -f `$s.Event, `$s.Name, (`$s.Groups -join ',')); `$seen++ }
    Start-Sleep -Milliseconds 20
}
`$watch = [Diagnostics.Stopwatch]::StartNew()
`$ps.Stop()
# Stop returns once the pipeline has stopped; the asynchronous result is marked complete just after, on another thread.
`$completed = `$handle.AsyncWaitHandle.WaitOne(2000)
Say ('STOPPED {0}|{1}|{2}' -f `$watch.ElapsedMilliseconds, `$completed, `$ps.InvocationStateInfo.State)
Say 'DONE'
"@
        Wait-Log $listener '^READY' | Out-Null

        $publisher = Start-InNamespace -Name stopping-publisher -Script @"
`$ps = [powershell]::Create().AddCommand('Import-Module').AddArgument('$module').AddStatement().AddCommand('Publish-MulticastSession').AddParameter('Name', 'Six').AddParameter('Scope', 'SiteLocal').AddParameter('IPv6').AddParameter('Port', 5006)
`$output = [System.Management.Automation.PSDataCollection[psobject]]::new()
`$none = [System.Management.Automation.PSDataCollection[psobject]]::new()
`$none.Complete()
`$handle = `$ps.BeginInvoke(`$none, `$output)
while (`$output.Count -lt 1 -and -not `$handle.IsCompleted) { Start-Sleep -Milliseconds 20 }
if (`$output.Count -lt 1) { Say ('FAILED ' + (`$ps.Streams.Error -join ' ')) }
Say ('SENT {0}|{1}|{2}' -f `$output[0].MessageType, `$output[0].Destination, (`$output[0].Groups -join ','))
`$deadline = [DateTime]::UtcNow.AddSeconds(60)
while (-not (Test-Path '$stopFile') -and [DateTime]::UtcNow -lt `$deadline) { Start-Sleep -Milliseconds 20 }
`$watch = [Diagnostics.Stopwatch]::StartNew()
`$ps.Stop()
Say ('STOPPED {0}|{1}' -f `$watch.ElapsedMilliseconds, `$ps.InvocationStateInfo.State)
Say 'DONE'
"@
        $sent = Wait-Log $publisher '^SENT'
        $sent | Should -Match '^SENT Announcement\|\[ff05::2:7ffe\]:9875\|ff15::[0-9a-f]+:[0-9a-f]+ video 5006 RTP/AVP$'

        # The listener writes the session while the publisher is still announcing it: streamed, not collected.
        $new = Wait-Log $listener '^EVENT New'
        $new | Should -Match '^EVENT New\|Six\|ff15::'
        Get-Log $publisher | Should -Not -Contain 'DONE'

        New-Item -Path $stopFile -ItemType File | Out-Null
        Wait-Log $publisher '^DONE' | Out-Null
        Wait-Log $listener '^DONE' | Out-Null

        $group = ($sent -split '\|')[2]
        Get-Log $listener | Should -Contain "EVENT Deleted|Six|$group"
        $stopped = (Wait-Log $publisher '^STOPPED') -split '[ |]'
        [int] $stopped[1] | Should -BeLessThan 2000
        $stopped[2] | Should -Be 'Stopped'
        $stopped = (Wait-Log $listener '^STOPPED') -split '[ |]'
        [int] $stopped[1] | Should -BeLessThan 2000
        $stopped[2] | Should -Be 'True'
        $stopped[3] | Should -Be 'Stopped'
    }
}
