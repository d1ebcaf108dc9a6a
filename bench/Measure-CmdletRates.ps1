<#
.SYNOPSIS
    How many addresses a second each address-taking cmdlet handles in PowerShell, beside a floor: a
    minimal compiled cmdlet, built in the same session, that binds string[] Address and writes one
    small object per item. Speed is measured here, never in a test.
.DESCRIPTION
    The data is the IPv4 multicast lines of bench/data/addresses-10k.txt repeated to -Count items (for the
    cmdlets that need other addresses, addresses of their kind, made the same way every run). Each cmdlet
    is run with the whole array as -Address and with the array piped, -Rounds times, each time just after the
    floor's run of the same kind; the table gives the median rate of each, and the median of its ratios to
    the floor run beside it. Every run assigns its output to $null, which keeps every object until the
    command ends, as $result = ... does: what is measured is binding, the work, and writing the objects.

    A second floor, piped only, has the parameter shape of New-EmbeddedRpAddress (three more parameters that
    take piped objects' properties): PowerShell looks each of them up on every piped object, and the line
    under the table shows what that costs before any of the module's work.

    Rates are counted in this thread's CPU time where the system gives it (Linux, Windows): on a shared
    machine, the wall clock also counts the time other processes hold the processors, and moves by a
    factor of two between runs. The wall-clock rates are printed too.
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File bench/Measure-CmdletRates.ps1
#>
[CmdletBinding()]
param(
    [string] $Module = (Join-Path $PSScriptRoot '../out/Multicast/0.1.0/Multicast.psd1'),
    [int] $Count = 40000,
    [int] $Rounds = 5,
    # Each measurement repeats its command until this much time has passed.
    [double] $Seconds = 0.4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

# The floor: the least a compiled cmdlet can do per item, compiled and measured in this session.
Add-Type -Language CSharp -TypeDefinition @'
using System.Management.Automation;

namespace MulticastBench
{
    using System;
    using System.Runtime.InteropServices;

    /// <summary>CPU time of the calling thread in seconds, or -1 where this system does not say.</summary>
    public static class ThreadCpu
    {
        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec { public long Seconds; public long Nanoseconds; }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out Timespec time);

        [DllImport("kernel32")]
        private static extern IntPtr GetCurrentThread();

        [DllImport("kernel32")]
        private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);

        public static double Seconds()
        {
            try
            {
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && ClockGetTime(3, out Timespec time) == 0)
                {
                    return time.Seconds + (time.Nanoseconds / 1e9);
                }

                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && GetThreadTimes(GetCurrentThread(), out _, out _, out long kernel, out long user))
                {
                    return (kernel + user) / 1e7;
                }
            }
            catch (DllNotFoundException)
            {
            }

            return -1;
        }
    }

    public sealed class FloorItem
    {
        public FloorItem(string address) { Address = address; }
        public string Address { get; }
    }

    [Cmdlet("Measure", "Floor")]
    public sealed class MeasureFloorCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public string[] Address { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string address in Address)
            {
                WriteObject(new FloorItem(address));
            }
        }
    }

    [Cmdlet("Measure", "ShapedFloor")]
    public sealed class MeasureShapedFloorCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RP", "IPAddress")]
        public string[] Address { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Plen")]
        public int PrefixLength { get; set; }

        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
        public uint GroupId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Scope { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string address in Address)
            {
                WriteObject(new FloorItem(address));
            }
        }
    }
}
'@
Import-Module -Assembly ([MulticastBench.MeasureFloorCommand].Assembly)

# Import-Module, each time in a fresh process of this same PowerShell.
$hostArguments = if ((Test-Path (Join-Path $PSHOME 'pwsh.dll')) -and (Get-Process -Id $PID).ProcessName -eq 'dotnet') {
    @((Get-Process -Id $PID).Path, (Join-Path $PSHOME 'pwsh.dll'))
}
else {
    @((Get-Process -Id $PID).Path)
}
$importMs = foreach ($i in 1..3) {
    $command = "(Measure-Command { Import-Module '$Module' }).TotalMilliseconds"
    [double] (& $hostArguments[0] @($hostArguments | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $command)
}
Import-Module $Module

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $sorted[[int][math]::Floor(($sorted.Count - 1) / 2)]
}

$useCpu = [MulticastBench.ThreadCpu]::Seconds() -ge 0

# Items a second over one measurement: in CPU time where the system gives it ($useCpu), and on the wall clock.
function Measure-Rate([scriptblock] $Script, [object[]] $Data) {
    $d = $Data
    $cpu = [MulticastBench.ThreadCpu]::Seconds()
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $runs = 0
    do {
        . $Script
        $runs++
    } while ($watch.Elapsed.TotalSeconds -lt $Seconds)
    $wall = $watch.Elapsed.TotalSeconds
    $cpu = [MulticastBench.ThreadCpu]::Seconds() - $cpu
    [pscustomobject]@{ Cpu = if ($useCpu) { $Data.Count * $runs / $cpu } else { $null }; Wall = $Data.Count * $runs / $wall }
}

# The data: IPv4 multicast lines of the 10k mix, repeated; and addresses of each other cmdlet's kind.
$lines = Get-Content -Path (Join-Path $PSScriptRoot 'data/addresses-10k.txt')
$ipv4 = @($lines | Where-Object { $_ -match '^(22[4-9]|23\d)\.' })
$multicast = [string[]] (0..($Count - 1) | ForEach-Object { $ipv4[$_ % $ipv4.Count] })
$glop = [string[]] (0..($Count - 1) | ForEach-Object { '233.{0}.{1}.{2}' -f (1 + $_ % 251), ($_ * 7 % 256), ($_ % 256) })
$relative = [string[]] (0..($Count - 1) | ForEach-Object { '239.255.255.{0}' -f ($_ % 256) })
$rendezvousPoints = [string[]] (0..($Count - 1) | ForEach-Object { '2001:db8:{0:x}:{1:x}::{2:x}' -f ($_ % 65536), ($_ * 31 % 65536), (1 + $_ % 15) })
$interfaces = [string[]] (0..($Count - 1) | ForEach-Object { 'fe80::a12:34ff:fe56:{0:x}' -f ($_ % 65536) })
$asNumbers = 1..$Count

$cases = @(
    @{ Name = 'Get-MulticastAddressInfo'; Data = $multicast; Target = 0.6
        Array = { $null = Get-MulticastAddressInfo -Address $d }; Piped = { $null = $d | Get-MulticastAddressInfo } }
    @{ Name = 'Test-MulticastScope -Scope Global -Within'; Data = $multicast; Target = 0.5
        Array = { $null = Test-MulticastScope -Address $d -Scope Global -Within }; Piped = { $null = $d | Test-MulticastScope -Scope Global -Within } }
    @{ Name = 'ConvertTo-MulticastMacAddress'; Data = $multicast; Target = 0.5
        Array = { $null = ConvertTo-MulticastMacAddress -Address $d }; Piped = { $null = $d | ConvertTo-MulticastMacAddress } }
    @{ Name = 'Find-MulticastAssignment -Address'; Data = $multicast; Target = 0.5
        Array = { $null = Find-MulticastAssignment -Address $d }; Piped = { $null = $d | Find-MulticastAssignment } }
    @{ Name = 'Get-GlopRange -Address'; Data = $glop; Target = 0.5
        Array = { $null = Get-GlopRange -Address $d }; Piped = { $null = $d | Get-GlopRange } }
    @{ Name = 'Get-GlopRange -AsNumber'; Data = $asNumbers; Target = 0.5
        Array = { $null = Get-GlopRange -AsNumber $d }; Piped = { $null = $d | Get-GlopRange } }
    @{ Name = 'Get-ScopeRelativeAddress -Address'; Data = $relative; Target = 0.5
        Array = { $null = Get-ScopeRelativeAddress -Address $d }; Piped = { $null = $d | Get-ScopeRelativeAddress } }
    @{ Name = 'New-EmbeddedRpAddress (one RP a call)'; Data = $rendezvousPoints; Target = 0.5
        Array = $null; Piped = { $null = $d | New-EmbeddedRpAddress -GroupId 0x80000001 } }
    @{ Name = 'New-LinkScopedMulticastAddress (one a call)'; Data = $interfaces; Target = 0.5
        Array = $null; Piped = { $null = $d | New-LinkScopedMulticastAddress -GroupId 0x80000001 } }
)

# Each command must do its real work on this data: one output or more per item, and no error.
foreach ($case in $cases) {
    $d = $case.Data[0..999]
    foreach ($script in @($case.Array, $case.Piped) | Where-Object { $_ }) {
        $output = @(& ([scriptblock]::Create($script.ToString().Replace('$null = ', ''))) 2>&1)
        $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        if ($errors.Count -gt 0 -or $output.Count -lt $d.Count) {
            throw "$($case.Name): $($output.Count) outputs and $($errors.Count) errors for $($d.Count) items. $($errors | Select-Object -First 1)"
        }
    }
}

$floorArray = { $null = Measure-Floor -Address $d }
$floorPiped = { $null = $d | Measure-Floor }
$shapedPiped = { $null = $d | Measure-ShapedFloor -GroupId 1 }
$rates = @{}
function Add-Rate([string] $Key, $Rate, $Floor) {
    foreach ($clock in 'Cpu', 'Wall') {
        foreach ($entry in @(@($Key, $Rate.$clock), @("$Key ratio", $(if ($null -ne $Rate.$clock) { $Rate.$clock / $Floor.$clock })))) {
            if (-not $rates.ContainsKey("$($entry[0]) $clock")) { $rates["$($entry[0]) $clock"] = New-Object System.Collections.Generic.List[double] }
            if ($null -ne $entry[1]) { $rates["$($entry[0]) $clock"].Add($entry[1]) }
        }
    }
}

# One warm-up round, not counted: the first calls JIT-compile the code and read the registry.
foreach ($round in 0..$Rounds) {
    foreach ($case in $cases) {
        if ($case.Array) {
            $floor = Measure-Rate $floorArray $multicast
            $rate = Measure-Rate $case.Array $case.Data
            if ($round -gt 0) { Add-Rate 'floor array' $floor $floor; Add-Rate "$($case.Name) array" $rate $floor }
        }

        $floor = Measure-Rate $floorPiped $multicast
        $rate = Measure-Rate $case.Piped $case.Data
        if ($round -gt 0) { Add-Rate 'floor piped' $floor $floor; Add-Rate "$($case.Name) piped" $rate $floor }
    }

    $floor = Measure-Rate $floorPiped $multicast
    $rate = Measure-Rate $shapedPiped $multicast
    if ($round -gt 0) { Add-Rate 'shaped floor piped' $rate $floor }
}

$clock = if ($useCpu) { 'Cpu' } else { 'Wall' }
$load = if (Test-Path /proc/loadavg) { (Get-Content /proc/loadavg).Split(' ')[0..2] -join ' ' } else { 'n/a' }
"PowerShell $($PSVersionTable.PSVersion), $([Environment]::ProcessorCount) processors, load average $load, $Count items, median of $Rounds rounds"
"Rates in {0}" -f $(if ($useCpu) { "this thread's CPU time (wall-clock rates in brackets)" } else { 'wall-clock time' })
"Import-Module: {0:N0} ms (median of 3 fresh processes: {1})" -f (Get-Median $importMs), (($importMs | ForEach-Object { '{0:N0}' -f $_ }) -join ', ')

function Format-Rate([string] $Key) {
    $rate = Get-Median $rates["$Key $clock"]
    $text = '{0:N0}' -f $rate
    if ($useCpu) { $text += ' ({0:N0})' -f (Get-Median $rates["$Key Wall"]) }
    $text
}

"Floor: {0}/s with an array, {1}/s piped" -f (Format-Rate 'floor array'), (Format-Rate 'floor piped')
''

$table = foreach ($case in $cases) {
    $array = if ($case.Array) { Get-Median $rates["$($case.Name) array ratio $clock"] } else { $null }
    $piped = Get-Median $rates["$($case.Name) piped ratio $clock"]
    [pscustomobject]@{
        Cmdlet          = $case.Name
        'Array /s'      = if ($null -ne $array) { Format-Rate "$($case.Name) array" } else { '-' }
        'x floor'       = if ($null -ne $array) { '{0:N2}' -f $array } else { '-' }
        'Array target'  = if ($null -ne $array) { if ($array -ge $case.Target) { "met ($($case.Target))" } else { "MISSED ($($case.Target))" } } else { '-' }
        'Piped /s'      = Format-Rate "$($case.Name) piped"
        'x floor piped' = '{0:N2}' -f $piped
        'Piped target'  = if ($piped -ge 0.9) { 'met (0.9)' } else { 'MISSED (0.9)' }
    }
}
$table | Format-Table -AutoSize | Out-String -Width 200
'A floor with the parameter shape of New-EmbeddedRpAddress (three more by-property-name parameters), piped: {0}/s, {1:N2} x floor piped.' -f (Format-Rate 'shaped floor piped'), (Get-Median $rates["shaped floor piped ratio $clock"])
$info = Get-Median $rates["Get-MulticastAddressInfo array $clock"]
'Get-MulticastAddressInfo -Address: {0:N0}/s; the target is 2,000,000/s on the reference machine, where the floor runs at 3,400,000/s.' -f $info
