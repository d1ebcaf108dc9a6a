# Dot-sourced by every spec's BeforeAll: imports the built module (./build.ps1 -Task Build), or the
# module at $env:MULTICAST_MODULE_PATH when set.
$modulePath = $env:MULTICAST_MODULE_PATH
if (-not $modulePath) {
    $modulePath = Join-Path (Split-Path -Parent $PSScriptRoot) 'out/Multicast'
}
Import-Module $modulePath -Force -ErrorAction Stop

# The parameters a cmdlet declares itself, sorted: not the common ones, nor -WhatIf and -Confirm.
function Get-OwnParameterName {
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)

    $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    $Command.Parameters.Keys | Where-Object { $_ -notin $common } | Sort-Object
}

# Checks one parameter as PowerShell sees it against a row of a spec's 'parameters' table: Name, and any of
#   Type        a type name: 'uint32[]', 'switch', 'Multicast.IPPrefix'
#   Sets        the set names, '(All)' for every set
#   Mandatory   $true or $false               } one value when every set agrees,
#   Position    0, 1, ... or 'Named'          } else 'Set: value; Set: value'
#   Pipeline    'ByValue, ByPropertyName', 'ByValue', 'ByPropertyName' or 'No'
#   Aliases     every alias, in any order; @() for none
#   Attributes  attributes it must have, without the 'Attribute' suffix: 'SupportsWildcards'
# A fact a row leaves out is not checked: the spec shows it by running the cmdlet.
function Assert-Parameter {
    param(
        [Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command,
        [Parameter(Mandatory)] [hashtable] $Expected
    )

    $name = $Expected.Name
    $Command.Parameters.Keys | Should -Contain $name -Because "$($Command.Name) has -$name"
    $parameter = $Command.Parameters[$name]
    $sets = @($parameter.ParameterSets.GetEnumerator() | Sort-Object Key)
    $perSet = {
        param([scriptblock] $Fact)
        $values = @(foreach ($set in $sets) { "$(& $Fact $set.Value)" })
        if (@($values | Select-Object -Unique).Count -eq 1) {
            return $values[0]
        }
        @(foreach ($set in $sets) { '{0}: {1}' -f $set.Key, (& $Fact $set.Value) }) -join '; '
    }
    $actual = @{
        Sets = @($sets.Key -replace '^__AllParameterSets$', '(All)' | Sort-Object) -join ', '
        Mandatory = & $perSet { param($s) $s.IsMandatory }
        Position = & $perSet { param($s) if ($s.Position -eq [int]::MinValue) { 'Named' } else { $s.Position } }
        Pipeline = & $perSet {
            param($s)
            $ways = @(if ($s.ValueFromPipeline) { 'ByValue' }; if ($s.ValueFromPipelineByPropertyName) { 'ByPropertyName' })
            if ($ways) { $ways -join ', ' } else { 'No' }
        }
        Aliases = @($parameter.Aliases | Sort-Object) -join ', '
    }

    foreach ($fact in $Expected.Keys) {
        $because = "the spec gives it as -$name's $fact"
        switch ($fact) {
            'Name' {}
            'Type' { $parameter.ParameterType | Should -Be ([type] $Expected.Type) -Because $because }
            'Attributes' {
                $present = @($parameter.Attributes | ForEach-Object { $_.GetType().Name -replace 'Attribute$' })
                foreach ($attribute in $Expected.Attributes) {
                    $present | Should -Contain $attribute -Because $because
                }
            }
            { $_ -in 'Sets', 'Aliases' } { $actual[$fact] | Should -Be (@($Expected[$fact] | Sort-Object) -join ', ') -Because $because }
            { $_ -in 'Mandatory', 'Position', 'Pipeline' } { $actual[$fact] | Should -Be "$($Expected[$fact])" -Because $because }
            default { throw "Assert-Parameter knows no fact '$fact'." }
        }
    }
}

# The program and arguments that run a script in a new PowerShell process like this one, with the module under test
# imported: @{ Exe; Arguments }.
function Get-ChildPowerShellCommand {
    param([Parameter(Mandatory)] [string] $Script)

    $exe = (Get-Process -Id $PID).Path
    $hostArgs = @()
    if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $hostArgs = @(Join-Path $PSHOME 'pwsh.dll') }
    $full = "`$ErrorActionPreference = 'Stop'; Import-Module '$((Join-Path (Get-Module Multicast).ModuleBase 'Multicast.psd1') -replace "'", "''")'; $Script"
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($full))
    @{ Exe = $exe; Arguments = @($hostArgs) + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded) }
}

# Runs a script in a new PowerShell process, as a second runbook or a fresh session would, with the module
# under test imported by its manifest (so its types and views load too). Returns its output as text; a failure in the child is a thrown error here.
function Invoke-ChildPowerShell {
    param([Parameter(Mandatory)] [string] $Script)

    $child = Get-ChildPowerShellCommand -Script $Script
    $arguments = $child.Arguments
    $output = & $child.Exe @arguments 2>&1
    if ($LASTEXITCODE -ne 0) { throw "The child PowerShell failed ($LASTEXITCODE): $output" }
    $output
}

# Starts a script in a new PowerShell process with the module under test imported, and returns the process at once,
# its output and errors redirected: for a server a spec talks to while it runs.
function Start-ChildPowerShell {
    param([Parameter(Mandatory)] [string] $Script)

    $child = Get-ChildPowerShellCommand -Script $Script
    $start = [System.Diagnostics.ProcessStartInfo]::new($child.Exe)
    foreach ($argument in $child.Arguments) { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    [System.Diagnostics.Process]::Start($start)
}
