<#
.SYNOPSIS
    Writes what the console really shows into the help and README examples that do not show it.
.DESCRIPTION
    Runs every example in docs/en-US and the README against the built module, as tests/HelpExamples.Tests.ps1 does, at 120
    columns. A step whose documented lines all appear in the console's output is left as written, with its
    elisions ("..."). A step that lies gets the console's output in place of its documented lines. Review
    the diff: the console's order of messages and rows, and any text worth eliding, are a writer's call.
.EXAMPLE
    ./build.ps1 -Task Build; pwsh -File tools/Update-HelpExample.ps1 -Module out/Multicast/0.1.0/Multicast.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Module,
    [string] $Path = (Join-Path (Split-Path -Parent $PSScriptRoot) 'docs/en-US'),
    [string] $Readme = (Join-Path (Split-Path -Parent $PSScriptRoot) 'README.md'),
    # Only the pages whose names match.
    [string] $Page = '*'
)

$root = Split-Path -Parent $PSScriptRoot
. (Join-Path $PSScriptRoot 'HelpExample.ps1')
. (Join-Path $root 'tests/LeaseTestStore.ps1')
Import-Module (Resolve-Path -Path $Module).Path -Force -ErrorAction Stop

# As the spec runs them: a store of each example's own, a clock moved instead of waiting, plain text.
function Start-Sleep {
    param([Parameter(Mandatory)] [int] $Seconds)
    Move-LeaseStoreClock -Path $env:MULTICAST_STORE_PATH -By ([timespan]::FromSeconds($Seconds))
}

if (Test-Path variable:PSStyle) { $PSStyle.OutputRendering = 'PlainText' }
$ErrorActionPreference = 'Continue'
$WarningPreference = 'Continue'
$savedStore = $env:MULTICAST_STORE_PATH
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ('multicast-examples-' + [guid]::NewGuid())
New-Item -ItemType Directory -Path $scratch | Out-Null

try {
    $examples = @(Get-HelpExample -Path $Path -Readme $Readme | Where-Object { $_.Page -like $Page })
    foreach ($file in $examples | Group-Object File) {
        $lines = [System.Collections.Generic.List[string]]::new([string[]] (Get-Content -Path $file.Name -Encoding UTF8))
        $changed = 0
        # From the last example up, so that the line numbers of those above hold.
        foreach ($example in $file.Group | Sort-Object Start -Descending) {
            $env:MULTICAST_STORE_PATH = Join-Path $scratch ([guid]::NewGuid().ToString() + '.json')
            $steps = Get-ExampleStep -Lines $example.Lines
            $written = New-Object System.Collections.Generic.List[string]
            $lies = $false
            Push-Location (New-ExampleFolder -Parent $scratch)
            try {
                foreach ($step in $steps) {
                    $exampleRecords = @(. ([scriptblock]::Create($step.Command)) 2>&1 3>&1 4>&1)
                    $run = ConvertTo-ExampleShown -Records $exampleRecords
                    $missing = @(Get-ExampleMismatch -Expected $step.Expected -Shown $run.Shown)
                    $unexpected = $run.Errors.Count -gt 0 -and -not (Test-ExampleExpectsError -Command $step.Command -Expected $step.Expected)
                    $written.AddRange($step.Source)
                    if ($missing.Count -eq 0 -and -not $unexpected) {
                        $written.AddRange($step.Expected)
                        continue
                    }

                    $lies = $true
                    Write-Host "$($example.Page): $($example.Title): '$($step.Command)'"
                    $written.AddRange([string[]] $run.Shown)
                    # Keep the blank lines that parted this step from the next.
                    for ($i = $step.Expected.Count - 1; $i -ge 0 -and $step.Expected[$i] -eq ''; $i--) { $written.Add('') }
                }
            }
            finally {
                Pop-Location
            }

            if ($lies) {
                $lines.RemoveRange($example.Start, $example.End - $example.Start + 1)
                $lines.InsertRange($example.Start, $written)
                $changed++
            }
        }

        if ($changed -gt 0) {
            $text = ($lines -join "`n") + "`n"
            [System.IO.File]::WriteAllText($file.Name, $text, [System.Text.UTF8Encoding]::new($false))
        }
    }
}
finally {
    $env:MULTICAST_STORE_PATH = $savedStore
    Remove-Item -Recurse -Force -Path $scratch -ErrorAction SilentlyContinue
}
