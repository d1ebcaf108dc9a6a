# The examples of the help pages in docs/en-US and of the README: how they are found, split into steps, run
# and checked. Dot-sourced by tests/HelpExamples.Tests.ps1, which checks that no example lies, and by
# tools/Update-HelpExample.ps1, which writes what the console really shows into the examples that lie.
#
# In a help page, an example is the first code block under a "### Example" heading; in the README, any
# PowerShell code block that starts with a prompt. Each prompt line ("PS C:\> " in help, "PS> " in the
# README), with its continuation lines, is a step, and the lines after it are what the step documents:
# every one must appear in what the console shows, whitespace aside, so that a line the console wraps may
# be written whole. A documented "..." or an ellipsis character stands for text left out.

# Every example of the help pages in $Path, and of $Readme if given: @{ Page; File; Title; Lines; Start; End },
# Start and End being the line numbers (from 0) of the code block's first and last lines, between the fences.
function Get-HelpExample {
    param([Parameter(Mandatory)] [string] $Path, [string] $Readme)
    foreach ($file in Get-ChildItem -Path $Path -Filter '*-*.md' | Sort-Object Name) {
        $lines = Get-Content -Path $file.FullName -Encoding UTF8
        $title = $null
        $start = -1
        for ($i = 0; $i -lt $lines.Count; $i++) {
            $line = $lines[$i]
            if ($start -ge 0) {
                if ($line -match '^```\s*$') {
                    @{ Page = $file.BaseName; File = $file.FullName; Title = $title; Lines = @($lines[$start..($i - 1)]); Start = $start; End = $i - 1 }
                    $start = -1
                    $title = $null
                }
            }
            elseif ($line -match '^### (Example .+)$') {
                $title = $Matches[1]
            }
            elseif ($line -match '^#{1,3} ') {
                $title = $null
            }
            elseif ($title -and $line -match '^```') {
                $start = $i + 1
            }
        }
    }

    if ($Readme) {
        $file = Get-Item -Path $Readme
        $lines = Get-Content -Path $file.FullName -Encoding UTF8
        $start = -1
        for ($i = 0; $i -lt $lines.Count; $i++) {
            if ($start -ge 0 -and $lines[$i] -match '^```\s*$') {
                if ($lines[$start].StartsWith('PS> ')) {
                    @{ Page = $file.BaseName; File = $file.FullName; Title = "line $($start + 1)"; Lines = @($lines[$start..($i - 1)]); Start = $start; End = $i - 1 }
                }
                $start = -1
            }
            elseif ($start -lt 0 -and $lines[$i] -match '^```powershell\s*$') {
                $start = $i + 1
            }
        }
    }
}

# Splits an example into steps: @{ Command; Source (the step's own lines); Expected (the lines after it) }.
function Get-ExampleStep {
    param([string[]] $Lines)
    $steps = New-Object System.Collections.Generic.List[hashtable]
    $current = $null
    $continues = $false
    foreach ($line in $Lines) {
        if ($line -match '^PS( C:\\)?> ') {
            $current = @{
                Command  = $line.Substring($Matches[0].Length)
                Source   = New-Object System.Collections.Generic.List[string]
                Expected = New-Object System.Collections.Generic.List[string]
            }
            $current.Source.Add($line)
            $steps.Add($current)
            $continues = $line -match '[|`{(,]\s*$'
        }
        elseif ($null -ne $current -and $current.Expected.Count -eq 0 -and ($continues -or $line.StartsWith('>> '))) {
            $current.Command += [Environment]::NewLine + ($line -replace '^>> ', '')
            $current.Source.Add($line)
            $continues = $line -match '[|`{(,]\s*$'
        }
        elseif ($null -ne $current) {
            $current.Expected.Add($line)
        }
    }
    , $steps.ToArray()
}

# Text without its whitespace: columns may be spaced, and lines wrapped, at any width.
function ConvertTo-NormalizedText {
    param([AllowEmptyString()] [string] $Text)
    $Text -replace '\s+', ''
}

# What the console shows for the records a step wrote (its output, 2>&1 3>&1 4>&1): @{ Errors; Shown }, Shown
# being the console's lines at $Width columns (120, a Windows console's width). The caller runs the step itself, dot-sourced, so that the
# example's variables live on into its next step. Errors, warnings and verbose messages are shown as the
# console writes them ("Cmdlet: message", "WARNING: ...", "VERBOSE: ..."), before the objects: the console
# writes them as they come, while a table waits for its first rows to size its columns. Times are shown as
# an ellipsis, since they change at every run.
function ConvertTo-ExampleShown {
    param([AllowNull()] [object[]] $Records, [int] $Width = 120)
    $messages = New-Object System.Collections.Generic.List[string]
    $objects = New-Object System.Collections.Generic.List[object]
    $errors = New-Object System.Collections.Generic.List[object]
    foreach ($record in $Records) {
        if ($record -is [System.Management.Automation.ErrorRecord]) {
            # As PowerShell's own error view renders it, on one line however long: the console wraps it.
            $errors.Add($record)
            foreach ($line in (($record | Out-String -Width 4096).Trim() -split '\r?\n')) { $messages.Add($line.TrimEnd()) }
        }
        elseif ($record -is [System.Management.Automation.WarningRecord]) { $messages.Add("WARNING: $($record.Message)") }
        elseif ($record -is [System.Management.Automation.VerboseRecord]) { $messages.Add("VERBOSE: $($record.Message)") }
        else { $objects.Add($record) }
    }

    $text = New-Object System.Collections.Generic.List[string]
    $text.AddRange($messages)
    if ($objects.Count -gt 0) {
        $lines = @(($objects | Out-String -Width $Width) -split '\r?\n' | ForEach-Object { $_.TrimEnd() })
        $text.AddRange([string[]] $lines)
    }

    $text = @($text | ForEach-Object { $_ -replace '\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ?', [string] [char] 0x2026 })

    # No runs of blank lines, nor trailing ones. A table or list keeps the blank line it starts with.
    $shown = New-Object System.Collections.Generic.List[string]
    foreach ($line in $text) {
        if ($line -eq '' -and $shown.Count -gt 0 -and $shown[$shown.Count - 1] -eq '') { continue }
        $shown.Add($line)
    }
    while ($shown.Count -gt 0 -and $shown[$shown.Count - 1] -eq '') { $shown.RemoveAt($shown.Count - 1) }

    @{ Errors = $errors.ToArray(); Shown = $shown.ToArray() }
}

# The documented lines of a step that the console did not show; none when the step tells the truth.
function Get-ExampleMismatch {
    param([string[]] $Expected, [string[]] $Shown)
    $actual = ConvertTo-NormalizedText ($Shown -join ' ')
    foreach ($expected in $Expected) {
        foreach ($piece in ($expected -split ('\.\.\.|' + [char] 0x2026))) {
            $want = ConvertTo-NormalizedText $piece
            if ($want -and -not $actual.Contains($want)) {
                $want
            }
        }
    }
}

# Whether a step documents, or asks for, errors: a documented "Cmdlet: message" line, or -ErrorAction or
# -ErrorVariable on the command.
function Test-ExampleExpectsError {
    param([string] $Command, [string[]] $Expected)
    ($Expected -match '^[A-Z][A-Za-z]+-[A-Za-z]+: ').Count -gt 0 -or
        $Command -match '-ErrorAction\s+(SilentlyContinue|Ignore)|-ErrorVariable|-EA\s+0'
}

# A new folder, under $Parent, holding the files the examples read (tests/Data: the synthetic SAP capture
# ./sap-sessions.pcapng), so that no session example listens to or sends on a network. Examples run in it.
function New-ExampleFolder {
    param([Parameter(Mandatory)] [string] $Parent)
    $folder = Join-Path $Parent ([guid]::NewGuid().ToString())
    New-Item -Path $folder -ItemType Directory | Out-Null
    Copy-Item -Path (Join-Path (Split-Path -Parent $PSScriptRoot) 'tests/Data/*') -Destination $folder
    $folder
}
